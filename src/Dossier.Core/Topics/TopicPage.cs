using Dossier.Articles;
using Dossier.Citations;
using Dossier.Claims;
using Dossier.Pages;
using Dossier.Timeline;

namespace Dossier.Topics;

/// <summary>The model of theme/pages/topics-index.liquid.</summary>
public sealed record TopicsIndexPage(IReadOnlyList<TopicIndexItem> Topics);

/// <summary>A topic in the index, with how many articles and claims it has.</summary>
public sealed record TopicIndexItem(string Title, string Summary, string Href, string ArticleCount, string ClaimCount);

/// <summary>
/// The model of theme/pages/topic.liquid. A continuation page (<see cref="First"/> false) has only the title, summary,
/// its part of the articles and the pagination; the rest is on the first page.
/// </summary>
public sealed record TopicPage
{
    public required bool First { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? BodyHtml { get; init; }
    public IReadOnlyList<SourceRef>? Sources { get; init; }
    public IReadOnlyList<ClaimView>? Claims { get; init; }
    public string? MoreClaims { get; init; }
    public string? AllClaimsHref { get; init; }
    public IReadOnlyList<EventView>? Events { get; init; }
    public string? MoreEvents { get; init; }
    public string? TimelineHref { get; init; }
    public required IReadOnlyList<ArticleListItem> Articles { get; init; }
    public PaginationView? Pagination { get; init; }
    public IReadOnlyList<TopicEntity>? Entities { get; init; }
    public IReadOnlyList<RelatedTopic>? Related { get; init; }
    public required string TopicsHref { get; init; }

    /// <summary>Marked `draft: true`: shown only by `serve` and `build --drafts`, under a banner that says so.</summary>
    public bool Draft { get; init; }
}

/// <summary>An entity of the topic.</summary>
public sealed record TopicEntity(string Name, string? Role, string Href);

/// <summary>A related topic.</summary>
public sealed record RelatedTopic(string Title, string Summary, string Href);
