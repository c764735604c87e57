using Dossier.Articles;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Sources;

/// <summary>
/// Renders sources.html, the source index: every article, page_size to a page (sources.page-2.html …), and on the
/// first page the heatmap and every outlet with its reliability grade.
/// </summary>
public sealed class SourcesPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/sources", typeof(SourcesPage))];

    private const string Title = "Source index";

    public override string Name => "SourcesPage";

    protected override void Render(PageRenderer renderer)
    {
        var articles = Content.Articles;
        var outlets = Content.Outlets;
        var topics = Content.Topics;
        var perOutlet = articles.Articles.GroupBy(a => a.Meta.Outlet).ToDictionary(g => g.Key, g => g.Count());
        var totalWords = articles.Articles.Sum(a => a.WordCount);
        var description = "Every article of the dossier and every outlet, with its reliability grade.";
        foreach (var page in Pagination.Split(Routes.Sources, articles.Articles, Content.PageSize))
            Add(new PageInfo(page.Path, Pagination.Title(Title, page), description, "Sources"), "sources", links => new SourcesPage(
                First: page.IsFirst,
                Heatmap: page.IsFirst ? TopicHeatmap.Draw("topic-heatmap", topics.Topics, articles.Articles, Content.Claims.Claims, Content.Timeline.Events, links) : null,
                Articles: page.Items.Select(a => ArticleViews.ListItem(a, links, outlets.Outlets, topics.Topics)).ToList(),
                TotalLabel: page.Count == 1 ? "Total" : $"All {Format.Count(articles.Articles.Count, "article")}",
                TotalWords: totalWords,
                Pagination: Pagination.Nav(page, links),
                OutletsHref: links.To(Routes.Sources, "outlets-heading"),
                Outlets: outlets.Outlets.Values.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new OutletView(
                    Anchor: "outlet-" + o.Id,
                    o.Name,
                    o.Url,
                    o.Country,
                    Grade: o.Reliability.ToString(),
                    GradeLabel: o.ReliabilityLabel,
                    GradeHref: Methodology.AdmiraltyScale.ReliabilityHref(links, o.Reliability),
                    o.Note,
                    ArticleCount: perOutlet.GetValueOrDefault(o.Id))).ToList(),
                UnknownCount: perOutlet.GetValueOrDefault(ArticleMetaReader.UnknownOutlet) is var unknown and > 0
                    ? Format.Count(unknown, "article does", "articles do") : null,
                Grades: Methodology.AdmiraltyScale.ReliabilityLegend(links)));
    }
}
