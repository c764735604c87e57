using System.Globalization;
using Dossier.Articles;
using Dossier.Claims;
using Dossier.Links;
using Dossier.Timeline;
using Dossier.Topics;

namespace Dossier.Pictures;

/// <summary>
/// Which articles each topic rests on: topics down, articles across (numbered in the source index's order), each cell
/// shaded by how many passages of the article the topic cites — in its own text, its claims and its events —
/// and outlined where the article is filed under the topic. Only the most cited articles are drawn — at most
/// <see cref="MaxArticles"/>, and fewer when there are many topics, so no more than <see cref="MaxCells"/> cells —
/// and the table has the same, so the page stays light.
/// </summary>
public static class TopicHeatmap
{
    private const double LabelWidth = 290, Top = 22, Row = 26;
    private const int MaxArticles = 60, MaxCells = 480;

    public static Picture? Draw(string id, IReadOnlyDictionary<string, Topic> topics, IReadOnlyList<Article> articles,
        IReadOnlyList<Claim> claims, IReadOnlyList<TimelineEvent> events, LinkGenerator links)
    {
        if (topics.Count == 0 || articles.Count == 0) return null;
        var counts = Counts(topics, claims, events);
        int Cited(string topic, string article) => counts.GetValueOrDefault((topic, article));
        var number = articles.Select((a, i) => (a.Id, i + 1)).ToDictionary(x => x.Id, x => x.Item2, StringComparer.Ordinal);
        var shown = articles.OrderByDescending(a => topics.Keys.Sum(t => Cited(t, a.Id))).ThenBy(a => number[a.Id]).Take(Math.Clamp(MaxCells / topics.Count, 1, MaxArticles))
            .OrderBy(a => number[a.Id]).ToList();
        var most = Math.Max(1, counts.Values.DefaultIfEmpty(0).Max());
        var cell = Math.Clamp(510.0 / shown.Count, 9, 46);
        var height = Top + topics.Count * Row + 8;
        var which = shown.Count < articles.Count ? $"the {shown.Count} most cited of {articles.Count} articles" : Pages.Format.Count(articles.Count, "article");
        var svg = new Svg(id, LabelWidth + shown.Count * cell + 8, height, "Heatmap of topics against articles",
            $"{Pages.Format.Count(topics.Count, "topic")} down and {which} across. The darker a cell, the more passages of the article the topic cites (at most {most}); " +
            "an outlined cell means the article is filed under the topic. Each cell links to the article.",
            "heatmap-chart");
        for (var c = 0; c < shown.Count; c++)
            if (cell >= 14 || number[shown[c].Id] % 5 == 0 || c == 0)
                svg.Text(LabelWidth + c * cell + (cell - 2) / 2, Top - 8, number[shown[c].Id].ToString(CultureInfo.InvariantCulture), "picture-tick", "middle");
        var r = 0;
        foreach (var topic in topics.Values)
        {
            var y = Top + r++ * Row;
            svg.Text(LabelWidth - 8, y + Row / 2 + 2, Svg.Fit(topic.Title, 38), "picture-label", "end");
            for (var c = 0; c < shown.Count; c++)
            {
                var article = shown[c];
                var n = Cited(topic.Id, article.Id);
                var filed = article.Meta.Topics.Any(t => t.Id == topic.Id);
                var label = $"{topic.Title} × {number[article.Id]}. {Svg.Fit(article.Meta.Title, 90)}: {Pages.Format.Count(n, "cited passage")}{(filed ? ", filed under the topic" : "")}";
                svg.Link(links.To(Routes.Article(article.Slug)), label, s =>
                {
                    s.Rect(LabelWidth + c * cell, y + 2, cell - 2, Row - 6, n > 0 ? "cell cell-heat" : "cell cell-off", 2, n > 0 ? 0.2 + 0.8 * n / most : null);
                    if (filed) s.Rect(LabelWidth + c * cell + 1, y + 3, cell - 4, Row - 8, "cell-filed", 2);
                });
            }
        }
        var table = new DataTable("Passages cited by each topic, per article", ["#", "Article", .. topics.Values.Select(t => t.Title)],
            shown.Select(a => (IReadOnlyList<TableCell>)
            [
                new TableCell(number[a.Id].ToString(CultureInfo.InvariantCulture), IsHeader: true),
                new TableCell(a.Meta.Title, links.To(Routes.Article(a.Slug))),
                .. topics.Keys.Select(t => new TableCell(Cited(t, a.Id).ToString(CultureInfo.InvariantCulture) + (a.Meta.Topics.Any(x => x.Id == t) ? " (filed)" : ""))),
            ]).ToList());
        return new Picture("heatmap", svg.ToString(),
            "Darker cells: more passages of the article cited by the topic's text, claims and events. Outlined: the article is filed under the topic.", table);
    }

    /// <summary>Citations per (topic, article): from the topic's text, and from the claims and events filed under it.</summary>
    private static Dictionary<(string Topic, string Article), int> Counts(IReadOnlyDictionary<string, Topic> topics, IReadOnlyList<Claim> claims, IReadOnlyList<TimelineEvent> events)
    {
        var counts = new Dictionary<(string, string), int>();
        void Add(string topic, IEnumerable<Markdown.CitationReference> cites)
        {
            foreach (var c in cites) counts[(topic, c.ArticleId)] = counts.GetValueOrDefault((topic, c.ArticleId)) + 1;
        }
        foreach (var t in topics.Values) Add(t.Id, t.Body.Citations);
        foreach (var c in claims)
            foreach (var t in c.Topics.Where(t => topics.ContainsKey(t.Id))) Add(t.Id, c.Cite);
        foreach (var e in events)
            foreach (var t in e.Topics.Where(t => topics.ContainsKey(t.Id))) Add(t.Id, e.Cite);
        return counts;
    }
}
