using Dossier.Citations;
using Dossier.Pages;

namespace Dossier.Claims;

/// <summary>A claim as shown wherever it appears (theme/partials/claim.liquid), made by <see cref="ClaimViews.View"/>.</summary>
public sealed record ClaimView(
    string? Anchor, string Id, string Href, string TextHtml, int Grade, string GradeLabel, int Corroboration, string CorroborationLabel,
    bool Corroborated, string Outlets, bool Disputed, IReadOnlyList<TextLink> DisputedBy, IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<TitleLink> Topics, IReadOnlyList<TitleLink> Entities);
