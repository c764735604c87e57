using Dossier.Articles;
using Dossier.Pictures;

namespace Dossier.Home;

/// <summary>The model of theme/pages/index.liquid, the front page.</summary>
public sealed record HomePage(
    string Title, string Description, IReadOnlyList<KeyNumber> Numbers, string? LastUpdate, string? LastUpdateIso,
    IReadOnlyList<LatestEvent> LatestEvents, Picture? Chart, IReadOnlyList<TopicCard> Topics, IReadOnlyList<ArticleListItem> Articles,
    string? MoreArticles, string TopicsHref, string SourcesHref, string ClaimsHref, string TimelineHref, string EntitiesHref, Pages.PageHead Head)
    : Pages.IHasPageHead;

/// <summary>One of the key numbers: "12 articles", linked to where they are.</summary>
public sealed record KeyNumber(string Value, string What, string Href);

/// <summary>A recent event, linked to its place on the timeline.</summary>
public sealed record LatestEvent(string Date, string DateIso, string Title, string Href);

/// <summary>A topic's card: its summary and how many articles it has.</summary>
public sealed record TopicCard(string Title, string Summary, string Href, string ArticleCount);
