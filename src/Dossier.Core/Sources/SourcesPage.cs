using Dossier.Articles;
using Dossier.Pages;
using Dossier.Pictures;

namespace Dossier.Sources;

/// <summary>The model of theme/pages/sources.liquid, one page of the source index.</summary>
public sealed record SourcesPage(
    bool First, Picture? Heatmap, IReadOnlyList<ArticleListItem> Articles, string TotalLabel, int TotalWords, PaginationView? Pagination,
    string OutletsHref, IReadOnlyList<OutletView> Outlets, string? UnknownCount, IReadOnlyList<Methodology.GradeLink> Grades);

/// <summary>An outlet with its reliability grade and how many articles the dossier has from it.</summary>
public sealed record OutletView(string Anchor, string Name, string? Url, string? Country, string Grade, string GradeLabel, string GradeHref, string Note, int ArticleCount);
