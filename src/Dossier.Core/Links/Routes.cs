namespace Dossier.Links;

/// <summary>Where every page of the site lives (DESIGN.md §3). Paths are site-relative and name a file.</summary>
public static class Routes
{
    public const string Home = "index.html";
    public const string TopicsIndex = "topics/index.html";
    public const string Sources = "sources.html";
    public const string NotFound = "404.html";
    public const string Stylesheet = "assets/site.css";
    public const string Icon = "assets/icon.svg";
    public const string EntitiesIndex = "entities/index.html";
    public const string Timeline = "timeline.html";
    public const string Claims = "claims.html";
    public const string Search = "search.html";
    public const string Corrections = "corrections.html";
    public const string Methodology = "methodology.html";
    public const string Data = "data.html";

    /// <summary>The folder of the data downloads (data.html describes them).</summary>
    public const string DataFolder = "data";

    public static string Article(string slug) => $"articles/{slug}.html";
    public static string Topic(string id) => $"topics/{id}.html";
    public static string Entity(string id) => $"entities/{id}.html";
    public static string Asset(string name) => $"assets/{name}";
    public static string Claim(string id) => $"claims/{id}.html";
    public static string ClaimAnchor(string id) => $"claim-{id}";

    /// <summary>An imported article's source file, published byte for byte: sources/originals/ID.txt (or ID.md).</summary>
    public static string Original(string fileName) => $"sources/originals/{fileName}";

    /// <summary>A data download: data/articles.json, data/claims.csv …</summary>
    public static string DataFile(string name) => $"{DataFolder}/{name}";

    /// <summary>The JSON Schema of a data file: data/schema/articles.schema.json for "articles".</summary>
    public static string DataSchema(string name) => $"{DataFolder}/schema/{name}.schema.json";

    /// <summary>
    /// Page <paramref name="number"/> of a long list whose first page is <paramref name="firstPage"/>: sources.page-2.html,
    /// topics/ID.page-2.html. Ids cannot contain a dot, so no continuation page can take the name of another page.
    /// </summary>
    public static string Page(string firstPage, int number) =>
        number == 1 ? firstPage : $"{firstPage[..^".html".Length]}.page-{number}.html";
}
