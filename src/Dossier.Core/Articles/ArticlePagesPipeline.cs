using System.Collections.Concurrent;
using Dossier.Diagnostics;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Output;
using Dossier.Pages;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Theme;
using Dossier.Topics;

namespace Dossier.Articles;

/// <summary>Checks each article's outlet and topics against the dossier, and renders articles/SLUG.html.</summary>
public sealed class ArticlePagesPipeline(ArticlesPipeline articles, TopicsPipeline topics, OutletsPipeline outlets, SitePipeline site, ThemePipeline theme)
    : Pipeline.Pipeline
{
    private readonly ConcurrentBag<OutputFile> _pages = [];

    public override string Name => "ArticlePages";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [articles, topics, outlets, site, theme];

    public override IEnumerable<OutputFile> Outputs => _pages;

    public override void PostProcess(BuildContext context)
    {
        Validate(context.Diagnostics);
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var renderer = new PageRenderer(theme, site.Config);
        var list = articles.Articles;
        Parallel.For(0, list.Count, i =>
        {
            var a = list[i];
            var page = new PageInfo(Routes.Article(a.Slug), a.Meta.Title, a.Meta.Summary, null, a.At);
            _pages.Add(renderer.Render(page, "article", links => ArticlePageModel.Build(a,
                i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null, links, outlets.Outlets, topics.Topics)));
        });
    }

    private void Validate(DiagnosticBag d)
    {
        var knownOutlets = outlets.Outlets.Keys.Append(ArticleMetaReader.UnknownOutlet).ToList();
        foreach (var a in articles.Articles)
        {
            if (a.Meta.Outlet != ArticleMetaReader.UnknownOutlet && !outlets.Outlets.ContainsKey(a.Meta.Outlet))
                d.Error(DiagnosticCodes.UnknownOutlet, a.Meta.OutletAt, $"unknown outlet '{a.Meta.Outlet}'",
                    Suggestions.DidYouMean(a.Meta.Outlet, knownOutlets, "outlets") + " Add the outlet to input/outlets.yml, or write 'unknown'.");
            foreach (var (topic, at) in a.Meta.Topics)
                if (!topics.TopicIds.Contains(topic))
                    d.Error(DiagnosticCodes.UnknownTopic, at, $"unknown topic '{topic}'",
                        Suggestions.DidYouMean(topic, topics.TopicIds, "topics") + " Topics are the files of input/topics/.");
        }
    }
}
