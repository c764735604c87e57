using Dossier.Articles;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Home;

/// <summary>
/// Renders index.html, the state of play at a glance: key numbers, the latest events, the timeline picture,
/// topic cards with their summaries and the latest articles (all of them are in the source index).
/// </summary>
public sealed class HomePagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/index", typeof(HomePage))];

    private const int LatestEvents = 4;
    private const int LatestArticles = 12;

    public override string Name => "HomePage";

    private static KeyNumber Number(int value, string one, string many, string href) =>
        new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), value == 1 ? one : many, href);

    protected override void Render(PageRenderer renderer)
    {
        var config = renderer.Site;
        var articles = Content.Articles.Articles;
        var topics = Content.Topics.Topics;
        var claims = ClaimViews();
        var events = Content.Timeline.Events;
        Add(new PageInfo(Routes.Home, config.Title, config.Description, "Home"), "index", links => Page(config, articles, topics, claims, events, links));
    }

    // Made when the page is rendered: a preview session serves an edited article before its home page is asked for.
    private HomePage Page(Site.SiteConfig config, IReadOnlyList<Articles.Article> articles, IReadOnlyDictionary<string, Topics.Topic> topics,
        Claims.ClaimViews claims, IReadOnlyList<Timeline.TimelineEvent> events, Links.LinkGenerator links)
    {
        var counts = Content.Articles.ByTopic;
        var newest = articles.Max(a => a.Meta.Published);
        return new HomePage(
            config.Title,
            config.Description,
            Numbers:
            [
                Number(articles.Count, "article", "articles", links.To(Routes.Sources)),
                Number(Content.Outlets.Outlets.Count, "named outlet", "named outlets", links.To(Routes.Sources, "outlets-heading")),
                Number(Content.Entities.Entities.Count, "person, organisation or place", "people, organisations and places", links.To(Routes.EntitiesIndex)),
                Number(Content.Claims.Claims.Count, "claim", "claims", links.To(Routes.Claims)),
                Number(Content.Claims.Claims.Count(c => claims.Corroboration(c) >= 2), "claim corroborated by two or more named outlets", "claims corroborated by two or more named outlets", links.To(Routes.Claims)),
                Number(events.Count, "event", "events", links.To(Routes.Timeline)),
            ],
            LastUpdate: newest?.Display,
            LastUpdateIso: newest?.Iso,
            LatestEvents: events.TakeLast(LatestEvents).Reverse().Select(e => new LatestEvent(
                Date: e.Date.Display,
                DateIso: e.Date.Iso,
                e.Title,
                Href: Content.EventPages.Href(links, e))).ToList(),
            Chart: Pictures.TimelineChart.Draw("timeline-chart", events, topics, Content.EventPages, links),
            Topics: topics.Values.Select(t => new TopicCard(
                t.Title,
                t.Summary,
                Href: links.To(Routes.Topic(t.Id)),
                ArticleCount: Format.Count(counts[t.Id].Count(), "article"))).ToList(),
            Articles: articles.OrderByDescending(a => a.Meta.Published.HasValue).ThenByDescending(a => a.Meta.Published).Take(LatestArticles)
                .Select(a => ArticleViews.ListItem(a, links, Content.Outlets.Outlets, topics)).ToList(),
            MoreArticles: articles.Count > LatestArticles ? Format.Count(articles.Count, "article") : null,
            TopicsHref: links.To(Routes.TopicsIndex),
            SourcesHref: links.To(Routes.Sources),
            ClaimsHref: links.To(Routes.Claims),
            TimelineHref: links.To(Routes.Timeline),
            EntitiesHref: links.To(Routes.EntitiesIndex),
            Head: new PageHead(StructuredData.WebSiteData.Of(config, StructuredData.Addresses.For(links, config.SiteUrl)), []));
    }
}
