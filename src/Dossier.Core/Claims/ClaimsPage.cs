using Dossier.Pages;
using Dossier.Pictures;

namespace Dossier.Claims;

/// <summary>The model of theme/pages/claims.liquid, one page of the claims overview.</summary>
public sealed record ClaimsPage(
    bool First, string Total, int Corroborated, int Disputed, Picture? Matrix, IReadOnlyList<Methodology.GradeLink> Grades, string MethodologyHref,
    IReadOnlyList<ClaimTopicLink> TopicLinks, IReadOnlyList<ClaimTopicSection> Topics, IReadOnlyList<ClaimView> Untopical,
    PaginationView? Pagination);

/// <summary>A topic of the overview's index: where its claims are and how many.</summary>
public sealed record ClaimTopicLink(string Title, string Href, string Count);

/// <summary>The claims of one topic on this page, and the claims of other topics that concern it.</summary>
public sealed record ClaimTopicSection(string Title, string Anchor, bool Continued, string TopicHref, IReadOnlyList<ClaimView> Claims, IReadOnlyList<TextLink> AlsoHere);
