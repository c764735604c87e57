using Dossier.Pages;
using Dossier.Pictures;

namespace Dossier.Timeline;

/// <summary>The model of theme/pages/timeline.liquid, one page of the timeline.</summary>
public sealed record TimelinePage(Picture? Chart, IReadOnlyList<MonthLink> MonthLinks, IReadOnlyList<MonthView> Months, PaginationView? Pagination);

/// <summary>A month (or year) of the timeline's index, linked to its run of events.</summary>
public sealed record MonthLink(string Label, string Href);

/// <summary>A run of events of the same month on this page.</summary>
public sealed record MonthView(string Label, string Anchor, IReadOnlyList<EventView> Events);
