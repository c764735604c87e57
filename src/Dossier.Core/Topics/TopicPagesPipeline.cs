using Dossier.Articles;
using Dossier.Citations;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Topics;

/// <summary>
/// Renders topics/index.html and topics/ID.html: the curated text with its sources, key claims, events, articles,
/// entities and related topics. A long list of articles continues on topics/ID.page-2.html …; the rest is on the
/// first page, where the claims and events are cut to page_size, with a link to all of them.
/// </summary>
public sealed class TopicPagesPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/topics-index", typeof(TopicsIndexPage)), ("pages/topic", typeof(TopicPage))];

    private const int MaxEntities = 16;

    public override string Name => "TopicPages";

    protected override void Render(PageRenderer renderer)
    {
        var topics = Content.Topics.Topics;
        var byTopic = Content.Articles.ByTopic;
        var claims = ClaimViews();
        var events = EventViews();
        // Made when a page first needs them: a preview session serves an edited article before any topic page.
        var claimsOf = new Lazy<ILookup<string, Claims.Claim>>(() => ByTopic(Content.Claims.Claims, c => c.Topics.Select(t => t.Id)));
        var eventsOf = new Lazy<ILookup<string, Timeline.TimelineEvent>>(() => ByTopic(Content.Timeline.Events, e => e.Topics.Select(t => t.Id)));
        var size = Content.PageSize;
        Add(new PageInfo(Routes.TopicsIndex, "Topics", $"The topics of {renderer.Site.Title}.", "Topics"), "topics-index",
            links => new TopicsIndexPage(
                Topics: topics.Values.Select(t => new TopicIndexItem(
                    t.Title,
                    t.Summary,
                    Href: links.To(Routes.Topic(t.Id)),
                    ArticleCount: Format.Count(byTopic[t.Id].Count(), "article"),
                    ClaimCount: Format.Count(claimsOf.Value[t.Id].Count(), "claim"))).ToList()));
        foreach (var topic in topics.Values)
        {
            var articles = byTopic[topic.Id].ToList();
            foreach (var page in Pagination.Split(Routes.Topic(topic.Id), articles, size))
            {
                var info = new PageInfo(page.Path, Pagination.Title(topic.Title, page), topic.Summary, "Topics", topic.At);
                Add(info, "topic", links => page.IsFirst ? FirstPage(topic, page, articles, links, claims, events, claimsOf.Value[topic.Id].ToList(), eventsOf.Value[topic.Id].ToList()) : new TopicPage
                {
                    First = false,
                    Draft = topic.Draft,
                    Title = topic.Title,
                    Summary = topic.Summary,
                    Articles = page.Items.Select(a => ArticleViews.ListItem(a, links, Content.Outlets.Outlets, topics)).ToList(),
                    Pagination = Pagination.Nav(page, links),
                    TopicsHref = links.To(Routes.TopicsIndex),
                });
            }
        }
    }

    /// <summary>Each topic's claims or events, in file order: found once, not by a pass over all of them per topic.</summary>
    private static ILookup<string, T> ByTopic<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> topics) =>
        items.SelectMany(item => topics(item).Distinct(StringComparer.Ordinal).Select(id => (Id: id, Item: item))).ToLookup(x => x.Id, x => x.Item, StringComparer.Ordinal);

    private TopicPage FirstPage(Topic topic, ListPage<Article> page, IReadOnlyList<Article> articles, LinkGenerator links, Claims.ClaimViews claims,
        Timeline.EventViews events, IReadOnlyList<Claims.Claim> itsClaims, IReadOnlyList<Timeline.TimelineEvent> itsEvents)
    {
        var size = Content.PageSize;
        var context = MarkdownContext(links);
        var body = topic.Body.IsEmpty ? null : topic.Body.RenderBlock(context);
        return new TopicPage
        {
            First = true,
            Draft = topic.Draft,
            Title = topic.Title,
            Summary = topic.Summary,
            BodyHtml = body,
            Sources = CitationViews.Numbered(context),
            Claims = itsClaims.Take(size).Select(c => claims.View(c, links)).ToList(),
            MoreClaims = itsClaims.Count > size ? Format.Count(itsClaims.Count, "claim") : null,
            AllClaimsHref = links.To(Content.ClaimPages.PageOfSection(topic.Id), "topic-" + topic.Id),
            Events = itsEvents.Skip(Math.Max(0, itsEvents.Count - size)).Select(e => events.View(e, links)).ToList(),
            MoreEvents = itsEvents.Count > size ? $"The latest {size} of the {itsEvents.Count} events on this topic" : null,
            TimelineHref = links.To(Routes.Timeline),
            Articles = page.Items.Select(a => ArticleViews.ListItem(a, links, Content.Outlets.Outlets, Content.Topics.Topics)).ToList(),
            Pagination = Pagination.Nav(page, links),
            Entities = EntitiesOf(articles, itsClaims, itsEvents).Select(e => new TopicEntity(e.Name, e.Role, links.To(Routes.Entity(e.Id)))).ToList(),
            Related = RelatedOf(topic).Select(t => new RelatedTopic(t.Title, t.Summary, links.To(Routes.Topic(t.Id)))).ToList(),
            TopicsHref = links.To(Routes.TopicsIndex),
        };
    }

    /// <summary>The entities of a topic: those its claims and events name, then those most mentioned in its articles.</summary>
    private IEnumerable<Entities.Entity> EntitiesOf(IReadOnlyList<Article> articles, IReadOnlyList<Claims.Claim> itsClaims, IReadOnlyList<Timeline.TimelineEvent> itsEvents)
    {
        var named = itsClaims.SelectMany(c => c.Entities.Select(e => e.Id)).Concat(itsEvents.SelectMany(e => e.Entities.Select(x => x.Id)));
        var mentioned = articles.SelectMany(a => Analysis.Mentions.ByArticle.GetValueOrDefault(a.Id) ?? []).Select(m => m.EntityId);
        return named.Concat(mentioned).GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).Where(Content.Entities.Entities.ContainsKey).Take(MaxEntities).Select(id => Content.Entities.Entities[id]);
    }

    /// <summary>Related both ways: the topics this one names and the topics that name it.</summary>
    private IEnumerable<Topic> RelatedOf(Topic topic) =>
        topic.Related.Select(r => r.Id)
            .Concat(Content.Topics.Topics.Values.Where(t => t.Related.Any(r => r.Id == topic.Id)).Select(t => t.Id))
            .Distinct().Order(StringComparer.Ordinal)
            .Where(Content.Topics.Topics.ContainsKey).Select(id => Content.Topics.Topics[id]);
}
