using Dossier.Citations;
using Dossier.Claims;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.Timeline;

namespace Dossier.Entities;

/// <summary>The model of theme/pages/entities-index.liquid: the graph and the entities by kind.</summary>
public sealed record EntitiesIndexPage(Picture? Graph, IReadOnlyList<EntityGroup> Groups);

/// <summary>The entities of one kind.</summary>
public sealed record EntityGroup(string Label, string Anchor, IReadOnlyList<EntityListItem> Entities);

/// <summary>An entity in the index, with how often it is mentioned.</summary>
public sealed record EntityListItem(string Name, string? Role, string Href, string Mentions, string Articles);

/// <summary>
/// The model of theme/pages/entity.liquid. A continuation page (<see cref="First"/> false) has only the name, kind,
/// role, its part of "Mentioned in" and the pagination; the rest is on the first page.
/// </summary>
public sealed record EntityPage : IHasPageHead
{
    public required bool First { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public string? Role { get; init; }
    public string? Aliases { get; init; }
    public string? DescriptionHtml { get; init; }
    public IReadOnlyList<SourceRef>? Sources { get; init; }
    public required IReadOnlyList<MentionArticle> MentionedIn { get; init; }
    public PaginationView? Pagination { get; init; }
    public IReadOnlyList<ClaimView>? Claims { get; init; }
    public IReadOnlyList<EventView>? Events { get; init; }
    public Picture? Graph { get; init; }
    public IReadOnlyList<Companion>? Companions { get; init; }
    public required string EntitiesHref { get; init; }
    public string? Wikidata { get; init; }
    public string? WikidataUrl { get; init; }

    /// <summary>The entity's schema.org Person, Organization or Place, on its first page.</summary>
    public PageHead Head { get; init; } = PageHead.None;
}

/// <summary>An article that mentions the entity, with the sentences, linked to their paragraphs.</summary>
public sealed record MentionArticle(string Title, string Href, string Count, IReadOnlyList<MentionSentence> Sentences);

/// <summary>A sentence that mentions the entity, linked to its paragraph (whose anchor is <see cref="Paragraph"/>).</summary>
public sealed record MentionSentence(string Text, string Href, string? Paragraph);

/// <summary>An entity often named with this one.</summary>
public sealed record Companion(string Name, string Href, string Count);
