using System.Text.Json;
using Dossier.Articles;
using Dossier.Citations;
using Dossier.Claims;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.Output;
using Dossier.References;
using Dossier.Site;

namespace Dossier.Data;

/// <summary>
/// What every data file is made from, and the conventions they share. A page is named twice: <c>page</c>, its path
/// from the site's root folder with the item's #anchor (articles/SLUG.html, claims/ID.html, timeline.html#e-…), which works
/// wherever the site is copied; and <c>page_url</c>, the absolute address from site_url, null when dossier.yml sets none.
/// </summary>
internal sealed class DataContext(DossierContent content, CitationIndex citations, ClaimViews claims, SiteConfig site)
{
    public DossierContent Content => content;
    public ClaimViews Claims => claims;
    public CitationIndex Citations => citations;
    public SiteConfig Site => site;

    public static string Page(string path, string? fragment = null) => fragment is null ? path : $"{path}#{fragment}";

    public string? Url(string path, string? fragment = null) =>
        site.SiteUrl is null ? null : new LinkGenerator(path, site.SiteUrl).To(path, fragment);

    /// <summary>
    /// data/NAME.json, the form of every JSON file but timeline-js.json: its schema and what the dossier says of itself,
    /// then the records in one list.
    /// </summary>
    public OutputFile Records<T>(string name, string list, IEnumerable<T> items, Action<Utf8JsonWriter, T> record) =>
        DataJson.Write(Routes.DataFile(name + ".json"), w =>
        {
            w.WriteStartObject();
            Header(w, name);
            w.WriteStartArray(list);
            foreach (var item in items)
            {
                w.WriteStartObject();
                record(w, item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private void Header(Utf8JsonWriter w, string schema)
    {
        // The schema's address relative to the data file: data/schema/NAME.schema.json seen from data/.
        w.WriteString("$schema", LinkGenerator.Relative(Routes.DataFile("x.json"), Routes.DataSchema(schema)));
        w.WriteString("dossier", site.Title);
        w.StringOrNull("licence", site.Licence);
        w.StringOrNull("site_url", site.SiteUrl);
    }

    public void PageFields(Utf8JsonWriter w, string path, string? fragment = null)
    {
        w.WriteString("page", Page(path, fragment));
        w.StringOrNull("page_url", Url(path, fragment));
    }

    /// <summary>Topic and entity ids of a list, those the dossier knows, in the editor's order.</summary>
    public IEnumerable<string> KnownTopics(IEnumerable<(string Id, Diagnostics.SourceLocation At)> ids) =>
        ids.Select(t => t.Id).Where(content.Topics.Topics.ContainsKey).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> KnownEntities(IEnumerable<(string Id, Diagnostics.SourceLocation At)> ids) =>
        ids.Select(t => t.Id).Where(content.Entities.Entities.ContainsKey).Distinct(StringComparer.Ordinal);

    /// <summary>A citation as the build verified it: the cited passage's paragraph and mark on the article page.</summary>
    public (Article Article, string? Paragraph, string? Mark) Resolve(CitationReference c)
    {
        var article = content.Articles.ById[c.ArticleId];
        var resolved = citations.Find(c.ArticleId, c.Quote);
        return (article, resolved?.ParagraphAnchor, resolved?.MarkId);
    }

    /// <summary>A `cite:` list, each citation with its article, quote (null when the whole article is cited), paragraph, mark and page.</summary>
    public void Cite(Utf8JsonWriter w, IEnumerable<CitationReference> cite)
    {
        w.WriteStartArray("cite");
        foreach (var c in cite.Where(c => content.Articles.ById.ContainsKey(c.ArticleId)))
        {
            var (article, paragraph, mark) = Resolve(c);
            w.WriteStartObject();
            w.WriteString("article", c.ArticleId);
            w.StringOrNull("quote", c.Quote);
            w.StringOrNull("paragraph", paragraph);
            w.StringOrNull("mark", mark);
            PageFields(w, Routes.Article(article.Slug), mark);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A Markdown text as plain words (links keep their words, citations vanish); null when it is empty.</summary>
    public static string? Plain(MarkdownText text) => text.IsEmpty ? null : text.PlainText().ReplaceLineEndings("\n") is { Length: > 0 } plain ? plain : null;

    public static string KindName(Entities.EntityKind kind) => kind switch
    {
        Entities.EntityKind.Person => "person",
        Entities.EntityKind.Organisation => "organisation",
        _ => "place",
    };
}
