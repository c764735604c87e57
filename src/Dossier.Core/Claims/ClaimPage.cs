using Dossier.Pages;

namespace Dossier.Claims;

/// <summary>The model of theme/pages/claim.liquid: one claim's page, claims/ID.html, with what its grade means and both sides of its disputes.</summary>
/// <param name="GradeMeaning">The Admiralty scale's definition of the claim's grade.</param>
/// <param name="DisputedBy">The claims this one names in its disputed_by.</param>
/// <param name="Disputes">The claims that name this one in their disputed_by.</param>
/// <param name="OverviewHref">The claim in claims.html, among the claims of its topic.</param>
public sealed record ClaimPage(
    ClaimView Claim, string GradeMeaning, string CorroborationHref, string VerificationHref,
    IReadOnlyList<TextLink> DisputedBy, IReadOnlyList<TextLink> Disputes, string OverviewHref, PageHead Head) : IHasPageHead;
