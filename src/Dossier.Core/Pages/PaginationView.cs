namespace Dossier.Pages;

/// <summary>The model of theme/partials/pagination.liquid: first/previous/next/last and the numbered pages.</summary>
public sealed record PaginationView(string Label, string? First, string? Previous, string? Next, string? Last, IReadOnlyList<PageNumber> Numbers);

/// <summary>A numbered link of the pagination, or a gap between numbers (<see cref="Gap"/> only).</summary>
public sealed record PageNumber(bool Gap, int Number = 0, string? Href = null, bool Current = false);
