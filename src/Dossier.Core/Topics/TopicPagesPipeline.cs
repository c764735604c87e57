using System.Collections.Concurrent;
using Dossier.Articles;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.Outlets;
using Dossier.Output;
using Dossier.Pages;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Theme;

namespace Dossier.Topics;

/// <summary>Renders topics/index.html and topics/ID.html: each topic's text, its articles and related topics.</summary>
public sealed class TopicPagesPipeline(TopicsPipeline topics, ArticlesPipeline articles, OutletsPipeline outlets, SitePipeline site, ThemePipeline theme)
    : Pipeline.Pipeline
{
    private readonly ConcurrentBag<OutputFile> _pages = [];

    public override string Name => "TopicPages";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [topics, articles, outlets, site, theme];

    public override IEnumerable<OutputFile> Outputs => _pages;

    public override void PostProcess(BuildContext context)
    {
        if (site.Config is null || context.Diagnostics.HasErrors) return;
        var renderer = new PageRenderer(theme, site.Config);
        var byTopic = ArticlesByTopic();
        _pages.Add(renderer.Render(new PageInfo(Routes.TopicsIndex, "Topics", $"The topics of {site.Config.Title}.", "Topics"), "topics-index",
            links => new
            {
                Topics = topics.Topics.Values.Select(t => new
                {
                    t.Title,
                    t.Summary,
                    Href = links.To(Routes.Topic(t.Id)),
                    ArticleCount = Format.Count(byTopic[t.Id].Count(), "article"),
                }).ToList(),
            }));
        Parallel.ForEach(topics.Topics.Values, topic =>
        {
            var page = new PageInfo(Routes.Topic(topic.Id), topic.Title, topic.Summary, "Topics", topic.At);
            _pages.Add(renderer.Render(page, "topic", links => new
            {
                topic.Title,
                topic.Summary,
                BodyHtml = MarkdownPipelines.RenderBlock(topic.BodyMarkdown),
                Articles = byTopic[topic.Id].Select(a => ArticleViews.ListItem(a, links, outlets.Outlets, topics.Topics)).ToList(),
                Related = RelatedOf(topic).Select(t => new { t.Title, t.Summary, Href = links.To(Routes.Topic(t.Id)) }).ToList(),
                TopicsHref = links.To(Routes.TopicsIndex),
            }));
        });
    }

    private ILookup<string, Article> ArticlesByTopic() =>
        articles.Articles.SelectMany(a => a.Meta.Topics.Select(t => (t.Id, Article: a))).ToLookup(x => x.Id, x => x.Article);

    /// <summary>Related both ways: the topics this one names and the topics that name it.</summary>
    private IEnumerable<Topic> RelatedOf(Topic topic) =>
        topic.Related.Select(r => r.Id)
            .Concat(topics.Topics.Values.Where(t => t.Related.Any(r => r.Id == topic.Id)).Select(t => t.Id))
            .Distinct().Order(StringComparer.Ordinal)
            .Where(topics.Topics.ContainsKey).Select(id => topics.Topics[id]);
}
