using Dossier.Articles;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Output;
using Dossier.Pages;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Theme;
using Dossier.Topics;

namespace Dossier.Home;

/// <summary>Renders index.html: what the dossier covers, its topics and its articles.</summary>
public sealed class HomePagePipeline(SitePipeline site, TopicsPipeline topics, ArticlesPipeline articles, OutletsPipeline outlets, ThemePipeline theme)
    : Pipeline.Pipeline
{
    private OutputFile? _page;

    public override string Name => "HomePage";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site, topics, articles, outlets, theme];

    public override IEnumerable<OutputFile> Outputs => _page is null ? [] : [_page];

    public override void PostProcess(BuildContext context)
    {
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var config = site.Config;
        var renderer = new PageRenderer(theme, config);
        var counts = articles.Articles.SelectMany(a => a.Meta.Topics.Select(t => t.Id)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        _page = renderer.Render(new PageInfo(Routes.Home, config.Title, config.Description, "Home"), "index", links => new
        {
            config.Title,
            config.Description,
            ArticleCount = Format.Count(articles.Articles.Count, "article"),
            TopicCount = Format.Count(topics.Topics.Count, "topic"),
            OutletCount = Format.Count(outlets.Outlets.Count, "named outlet"),
            Topics = topics.Topics.Values.Select(t => new
            {
                t.Title,
                t.Summary,
                Href = links.To(Routes.Topic(t.Id)),
                ArticleCount = Format.Count(counts.GetValueOrDefault(t.Id), "article"),
            }).ToList(),
            Articles = articles.Articles.Select(a => ArticleViews.ListItem(a, links, outlets.Outlets, topics.Topics)).ToList(),
            TopicsHref = links.To(Routes.TopicsIndex),
            SourcesHref = links.To(Routes.Sources),
        });
    }
}
