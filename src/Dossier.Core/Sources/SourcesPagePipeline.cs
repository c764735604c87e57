using Dossier.Articles;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Sources;

/// <summary>Renders sources.html, the source index: every article, and every outlet with its reliability grade.</summary>
public sealed class SourcesPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    public override string Name => "SourcesPage";

    protected override void Render(PageRenderer renderer)
    {
        var articles = Content.Articles;
        var outlets = Content.Outlets;
        var topics = Content.Topics;
        var perOutlet = articles.Articles.GroupBy(a => a.Meta.Outlet).ToDictionary(g => g.Key, g => g.Count());
        var description = "Every article of the dossier and every outlet, with its reliability grade.";
        Add(new PageInfo(Routes.Sources, "Source index", description, "Sources"), "sources", links => new
        {
            Heatmap = TopicHeatmap.Draw("topic-heatmap", topics.Topics, articles.Articles, Content.Claims.Claims, Content.Timeline.Events, links),
            Articles = articles.Articles.Select(a => ArticleViews.ListItem(a, links, outlets.Outlets, topics.Topics)).ToList(),
            TotalWords = articles.Articles.Sum(a => a.WordCount),
            Outlets = outlets.Outlets.Values.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new
            {
                Anchor = "outlet-" + o.Id,
                o.Name,
                o.Url,
                o.Country,
                Grade = o.Reliability.ToString(),
                GradeLabel = o.ReliabilityLabel,
                o.Note,
                ArticleCount = perOutlet.GetValueOrDefault(o.Id),
            }).ToList(),
            UnknownCount = perOutlet.GetValueOrDefault(ArticleMetaReader.UnknownOutlet) is var unknown and > 0
                ? Format.Count(unknown, "article does", "articles do") : null,
            Grades = Outlet.Grades.Select(g => new { Grade = g.Key.ToString(), Label = g.Value }).ToList(),
        });
    }
}
