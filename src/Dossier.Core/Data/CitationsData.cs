using Dossier.Citations;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>
/// data/citations.csv: every citation the build verified, one row each: who cites (a claim, an event, a topic, an
/// entity or an article, in the order of their pages), which article, the quote, and the paragraph and mark of the
/// quoted passage on the article page.
/// </summary>
internal static class CitationsData
{
    public const string Name = "citations";

    public static readonly IReadOnlyList<(string Column, string Meaning)> Columns =
    [
        ("citer_kind", "What cites: claim, event, topic, entity or article."),
        ("citer_id", "Its id (an event's id is its anchor on timeline.html)."),
        ("citer_title", "Its title (a claim's sentence, an entity's name)."),
        ("citer_page", "Where the citation is shown, from the site's root folder."),
        ("article", "The id of the cited article."),
        ("quote", "The quoted words, as the editor wrote them; empty when the whole article is cited."),
        ("paragraph", "The anchor of the paragraph that holds the quote on the article page (p3); empty without a quote."),
        ("mark", "The id of the quote's mark on the article page (q2); empty without a quote."),
        ("page", "The article page at the quoted passage, from the site's root folder."),
    ];

    private static readonly string[] KindOrder = ["claim", "event", "topic", "entity", "article"];

    public static OutputFile Csv(DataContext data)
    {
        var content = data.Content;
        // Citers in the order of their pages: claims as in claims.yml, events as on the timeline, topics and entities by id, articles in reading order.
        var order = new Dictionary<(string Kind, string Id), int>();
        void Number(string kind, IEnumerable<string> ids) { foreach (var id in ids) order.TryAdd((kind, id), order.Count); }
        Number("claim", content.Claims.Claims.Select(c => c.Id));
        Number("event", content.Timeline.Events.Select(e => e.Anchor));
        Number("topic", content.Topics.Topics.Keys);
        Number("entity", content.Entities.Entities.Keys);
        Number("article", content.Articles.Articles.Select(a => a.Id));
        var rows = content.Articles.Articles.SelectMany(a => data.Citations.For(a.Id))
            .OrderBy(r => Array.IndexOf(KindOrder, r.Use.Citer.Kind))
            .ThenBy(r => order.GetValueOrDefault((r.Use.Citer.Kind, r.Use.Citer.Id), int.MaxValue))
            .ThenBy(r => r.Use.Citer.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Use.Reference.At.File, StringComparer.Ordinal)
            .ThenBy(r => r.Use.Reference.At.Line)
            .ThenBy(r => r.Use.Reference.At.Column);
        var table = new CsvTable(Columns.Select(c => c.Column).ToList());
        foreach (var r in rows)
        {
            var citer = r.Use.Citer;
            table.Row([
                citer.Kind, citer.Id, citer.Title, DataContext.Page(citer.Page, citer.Fragment),
                r.Article.Id, r.Use.Reference.Quote, r.ParagraphAnchor, r.MarkId,
                DataContext.Page(Routes.Article(r.Article.Slug), r.MarkId),
            ]);
        }
        return table.ToFile(Routes.DataFile(Name + ".csv"));
    }

    /// <summary>How many rows citations.csv has: every verified citation.</summary>
    public static int Count(DataContext data) => data.Content.Articles.Articles.Sum(a => data.Citations.For(a.Id).Count);
}
