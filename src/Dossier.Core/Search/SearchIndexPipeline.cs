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
/// Writes the search index — every article, topic, entity, claim and event — as plain scripts that each add their
/// part to a global, so search works from file:// with no fetch and no server; and search.html, where MiniSearch
/// indexes them in the browser.
/// </summary>
public sealed class SearchIndexPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/search", typeof(SearchPage))];

    /// <summary>
    /// Documents per part. Parts are made by the workers side by side, and none is large: one index of 100,000
    /// articles, made in one buffer, took 1.5 GB at the end of the build.
    /// </summary>
    public const int PartSize = 500;

    public static string PartFile(int part) => $"assets/search-index-{part + 1}.js";

    // Source-generated, so the index is written without reflection (and in a Native AOT build).
    private static readonly SearchJson Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public override string Name => "Search";

    protected override void Render(PageRenderer renderer)
    {
        var topics = Content.Topics.Topics.Values.ToList();
        var entities = Content.Entities.Entities.Values.ToList();
        var count = Content.Articles.Articles.Count + topics.Count + entities.Count + Content.Claims.Claims.Count + Content.Timeline.Events.Count;
        var parts = Math.Max(1, (count + PartSize - 1) / PartSize);
        for (var part = 0; part < parts; part++)
        {
            var (path, first) = (PartFile(part), part * PartSize);
            Add(path, () => Part(path, first, Math.Min(count, first + PartSize), topics, entities));
        }
        var scripts = new List<string> { "assets/vendor/minisearch/minisearch.js" };
        scripts.AddRange(Enumerable.Range(0, parts).Select(PartFile));
        scripts.Add("assets/search.js");
        Add(new PageInfo(Routes.Search, "Search", $"Search {renderer.Site.Title}.", "Search"), "search", links => new SearchPage(
            Scripts: scripts.Select(s => links.To(s)).ToList()));
    }

    /// <summary>Documents <paramref name="first"/> to <paramref name="end"/>, written one by one as UTF-8.</summary>
    private OutputFile Part(string path, int first, int end, List<Topics.Topic> topics, List<Entities.Entity> entities)
    {
        return OutputFile.Rented(path, stream =>
        {
            stream.Write("(window.DossierSearchParts = window.DossierSearchParts || []).push("u8);
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartArray();
                for (var id = first; id < end; id++) JsonSerializer.Serialize(writer, Document(id, topics, entities), Json.SearchDocument);
                writer.WriteEndArray();
            }
            stream.Write(");\n"u8);
        });
    }

    /// <summary>The document numbered <paramref name="id"/>: articles first, then topics, entities, claims and events.</summary>
    private SearchDocument Document(int id, List<Topics.Topic> topics, List<Entities.Entity> entities)
    {
        var n = id;
        var articles = Content.Articles.Articles;
        if (n < articles.Count)
        {
            var a = articles[n];
            return new SearchDocument(id, "Article", a.Meta.Title, Routes.Article(a.Slug), a.Meta.Summary ?? "", a.Reader.Text.Trim());
        }
        n -= articles.Count;
        if (n < topics.Count)
        {
            var t = topics[n];
            return new SearchDocument(id, "Topic", t.Title, Routes.Topic(t.Id), t.Summary, t.Body.PlainText());
        }
        n -= topics.Count;
        if (n < entities.Count)
        {
            var e = entities[n];
            return new SearchDocument(id, "Entity", e.Name, Routes.Entity(e.Id), string.Join(" · ", e.Aliases),
                $"{e.Role} {e.Description.PlainText()}".Trim());
        }
        n -= entities.Count;
        var claims = Content.Claims.Claims;
        if (n < claims.Count)
        {
            var c = claims[n];
            return new SearchDocument(id, "Claim", c.PlainText, $"{Content.ClaimPages.PageOf(c.Id)}#{Routes.ClaimAnchor(c.Id)}", "",
                string.Join(" ", c.Cite.Select(q => q.Quote).OfType<string>()));
        }
        var ev = Content.Timeline.Events[n - claims.Count];
        return new SearchDocument(id, "Event", ev.Title, $"{Content.EventPages.PageOf(ev)}#{ev.Anchor}", ev.Date.Display, ev.Text.PlainText());
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(SearchDocument))]
internal sealed partial class SearchJson : System.Text.Json.Serialization.JsonSerializerContext;
