using Dossier.Articles;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Output;
using Dossier.Pages;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Theme;
using Dossier.Topics;

namespace Dossier.Sources;

/// <summary>Renders sources.html, the source index: every article, and every outlet with its reliability grade.</summary>
public sealed class SourcesPagePipeline(SitePipeline site, ArticlesPipeline articles, OutletsPipeline outlets, TopicsPipeline topics, ThemePipeline theme)
    : Pipeline.Pipeline
{
    private OutputFile? _page;

    public override string Name => "SourcesPage";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site, articles, outlets, topics, theme];

    public override IEnumerable<OutputFile> Outputs => _page is null ? [] : [_page];

    public override void PostProcess(BuildContext context)
    {
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var renderer = new PageRenderer(theme, site.Config);
        var perOutlet = articles.Articles.GroupBy(a => a.Meta.Outlet).ToDictionary(g => g.Key, g => g.Count());
        var description = "Every article of the dossier and every outlet, with its reliability grade.";
        _page = renderer.Render(new PageInfo(Routes.Sources, "Source index", description, "Sources"), "sources", links => new
        {
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
