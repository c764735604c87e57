using Dossier.Citations;
using Dossier.Pages;

namespace Dossier.Timeline;

/// <summary>An event as shown on the timeline and on topic and entity pages (theme/partials/event.liquid).</summary>
public sealed record EventView(
    string? Anchor, string Href, string Title, string Date, string DateIso, string? TextHtml, IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<TitleLink> Topics, IReadOnlyList<TitleLink> Entities);
