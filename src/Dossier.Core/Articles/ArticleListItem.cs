using Dossier.Pages;

namespace Dossier.Articles;

/// <summary>An article in a list (theme/partials/article-list.liquid), made by <see cref="ArticleViews.ListItem"/>.</summary>
public sealed record ArticleListItem(
    string Title, string Href, string Outlet, string? OutletHref, string Date, string? DateIso, string? DateNote, string? Summary,
    int WordCount, IReadOnlyList<TitleLink> Topics);
