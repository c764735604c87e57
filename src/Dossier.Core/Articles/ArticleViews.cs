using Dossier.Links;
using Dossier.Outlets;
using Dossier.Topics;

namespace Dossier.Articles;

/// <summary>How an article is shown in lists on other pages (front page, topics, source index).</summary>
public static class ArticleViews
{
    public const string UnknownOutletLabel = "Outlet unknown";

    public static ArticleListItem ListItem(Article a, LinkGenerator links, IReadOnlyDictionary<string, Outlet> outlets, IReadOnlyDictionary<string, Topic> topics) => new(
        a.Meta.Title,
        Href: links.To(Routes.Article(a.Slug)),
        Outlet: OutletName(a, outlets),
        OutletHref: OutletHref(a, links),
        Date: DateLabel(a),
        DateIso: a.Meta.Published?.Iso,
        a.Meta.DateNote,
        a.Meta.Summary,
        a.WordCount,
        Topics: TopicLinks(a, links, topics));

    public static string OutletName(Article a, IReadOnlyDictionary<string, Outlet> outlets) =>
        outlets.TryGetValue(a.Meta.Outlet, out var o) ? o.Name : UnknownOutletLabel;

    public static string? OutletHref(Article a, LinkGenerator links) =>
        a.Meta.Outlet == ArticleMetaReader.UnknownOutlet ? null : links.To(Routes.Sources, "outlet-" + a.Meta.Outlet);

    public static string DateLabel(Article a) => a.Meta.Published?.Display ?? "Undated";

    public static IReadOnlyList<Pages.TitleLink> TopicLinks(Article a, LinkGenerator links, IReadOnlyDictionary<string, Topic> topics) =>
        a.Meta.Topics.Where(t => topics.ContainsKey(t.Id))
            .Select(t => new Pages.TitleLink(topics[t.Id].Title, links.To(Routes.Topic(t.Id)))).ToList();
}
