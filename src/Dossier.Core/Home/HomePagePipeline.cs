using Dossier.Articles;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Home;

/// <summary>Renders index.html: what the dossier covers, its topics and its articles.</summary>
public sealed class HomePagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    public override string Name => "HomePage";

    protected override void Render(PageRenderer renderer)
    {
        var config = renderer.Site;
        var articles = Content.Articles.Articles;
        var topics = Content.Topics.Topics;
        var claims = ClaimViews();
        var counts = articles.SelectMany(a => a.Meta.Topics.Select(t => t.Id)).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        Add(new PageInfo(Routes.Home, config.Title, config.Description, "Home"), "index", links => new
        {
            config.Title,
            config.Description,
            ArticleCount = Format.Count(articles.Count, "article"),
            TopicCount = Format.Count(topics.Count, "topic"),
            OutletCount = Format.Count(Content.Outlets.Outlets.Count, "named outlet"),
            EntityCount = Format.Count(Content.Entities.Entities.Count, "entity", "entities"),
            ClaimCount = Format.Count(Content.Claims.Claims.Count, "claim"),
            CorroboratedCount = Content.Claims.Claims.Count(c => claims.Corroboration(c) >= 2),
            EventCount = Format.Count(Content.Timeline.Events.Count, "event"),
            Topics = topics.Values.Select(t => new
            {
                t.Title,
                t.Summary,
                Href = links.To(Routes.Topic(t.Id)),
                ArticleCount = Format.Count(counts.GetValueOrDefault(t.Id), "article"),
            }).ToList(),
            Articles = articles.Select(a => ArticleViews.ListItem(a, links, Content.Outlets.Outlets, topics)).ToList(),
            TopicsHref = links.To(Routes.TopicsIndex),
            SourcesHref = links.To(Routes.Sources),
            ClaimsHref = links.To(Routes.Claims),
            TimelineHref = links.To(Routes.Timeline),
            EntitiesHref = links.To(Routes.EntitiesIndex),
        });
    }
}
