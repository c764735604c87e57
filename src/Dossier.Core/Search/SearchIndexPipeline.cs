using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Links;
using Dossier.Output;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Search;

/// <summary>One searchable thing: its kind, its page (relative to the site root), and its words.</summary>
public sealed record SearchDocument(int Id, string Kind, string Title, string Url, string Names, string Text);

/// <summary>
/// Writes assets/search-index.js — every article, topic, entity, claim and event as a plain script that sets a
/// global, so search works from file:// with no fetch and no server — and search.html, where MiniSearch indexes
/// them in the browser.
/// </summary>
public sealed class SearchIndexPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/search", typeof(SearchPage))];

    public const string IndexFile = "assets/search-index.js";

    // Source-generated, so the index is written without reflection (and in a Native AOT build).
    private static readonly SearchJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public override string Name => "Search";

    protected override void Render(PageRenderer renderer)
    {
        Add(IndexFile, () =>
        {
            // Written document by document as UTF-8: the whole list, and the index as one string, took hundreds of MB at 10,000 articles.
            using var stream = new MemoryStream();
            stream.Write("window.DossierSearchData = ["u8);
            var id = 0;
            foreach (var document in Documents())
            {
                if (id > 0) stream.WriteByte((byte)',');
                JsonSerializer.Serialize(stream, document with { Id = id++ }, Json.SearchDocument);
            }
            stream.Write("];\n"u8);
            return new OutputFile(IndexFile, stream.ToArray());
        });
        Add(new PageInfo(Routes.Search, "Search", $"Search {renderer.Site.Title}.", "Search"), "search", links => new SearchPage(
            Scripts: new[] { "assets/vendor/minisearch/minisearch.js", IndexFile, "assets/search.js" }.Select(s => links.To(s)).ToList()));
    }

    private IEnumerable<SearchDocument> Documents()
    {
        foreach (var a in Content.Articles.Articles)
            yield return new SearchDocument(0, "Article", a.Meta.Title, Routes.Article(a.Slug), a.Meta.Summary ?? "", a.Reader.Text.Trim());
        foreach (var t in Content.Topics.Topics.Values)
            yield return new SearchDocument(0, "Topic", t.Title, Routes.Topic(t.Id), t.Summary, t.Body.PlainText());
        foreach (var e in Content.Entities.Entities.Values)
            yield return new SearchDocument(0, "Entity", e.Name, Routes.Entity(e.Id), string.Join(" · ", e.Aliases),
                $"{e.Role} {e.Description.PlainText()}".Trim());
        foreach (var c in Content.Claims.Claims)
            yield return new SearchDocument(0, "Claim", c.PlainText, $"{Content.ClaimPages.PageOf(c.Id)}#{Routes.ClaimAnchor(c.Id)}", "",
                string.Join(" ", c.Cite.Select(q => q.Quote).OfType<string>()));
        foreach (var e in Content.Timeline.Events)
            yield return new SearchDocument(0, "Event", e.Title, $"{Content.EventPages.PageOf(e)}#{e.Anchor}", e.Date.Display, e.Text.PlainText());
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(SearchDocument))]
internal sealed partial class SearchJson : System.Text.Json.Serialization.JsonSerializerContext;
