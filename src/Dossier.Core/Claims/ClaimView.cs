using Dossier.Citations;
using Dossier.Pages;

namespace Dossier.Claims;

/// <summary>A claim as shown wherever it appears (theme/partials/claim.liquid), made by <see cref="ClaimViews.View"/>.</summary>
/// <param name="Href">The claim's own page, claims/ID.html.</param>
/// <param name="TextLinked">Whether the text is shown as a link to the claim's page: not when it holds links of its own.</param>
/// <param name="GradeHref">Where methodology.html explains the grade.</param>
/// <param name="UnknownSupportLabel">"and 2 articles whose publisher is not known", beside the corroboration; null when there are none.</param>
public sealed record ClaimView(
    string? Anchor, string Id, string Href, string TextHtml, bool TextLinked, int Grade, string GradeLabel, string GradeHref, int Corroboration, string CorroborationLabel,
    string? UnknownSupportLabel, bool Corroborated, string Outlets, bool Disputed, IReadOnlyList<TextLink> DisputedBy, IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<TitleLink> Topics, IReadOnlyList<TitleLink> Entities);
