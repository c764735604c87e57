using Dossier.Links;

namespace Dossier.Pages;

/// <summary>One page of a long list: its number, how many pages the list has, and the items it shows.</summary>
/// <param name="FirstPath">The list's first page (claims.html, topics/ID.html …); the others are named after it.</param>
public sealed record ListPage<T>(string FirstPath, int Number, int Count, IReadOnlyList<T> Items)
{
    public string Path => Routes.Page(FirstPath, Number);

    public bool IsFirst => Number == 1;
}

/// <summary>
/// The one place long lists are cut into pages: the slicing, the page titles and the first/previous/next/last
/// navigation (theme/partials/pagination.liquid). A list that fits on one page gets no navigation at all.
/// </summary>
public static class Pagination
{
    /// <summary>Numbered links shown either side of the current page; the first and last are always shown.</summary>
    private const int Window = 2;

    /// <summary>The pages of a list, <paramref name="pageSize"/> items to a page; an empty list still has its first page.</summary>
    public static IReadOnlyList<ListPage<T>> Split<T>(string firstPath, IReadOnlyList<T> items, int pageSize)
    {
        var count = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        return Enumerable.Range(1, count)
            .Select(n => new ListPage<T>(firstPath, n, count, items.Skip((n - 1) * pageSize).Take(pageSize).ToList()))
            .ToList();
    }

    /// <summary>Every page of a list that exists, in order, by probing the continuation names (for the print edition).</summary>
    public static IEnumerable<string> Chain(string firstPath, Func<string, bool> exists)
    {
        for (var n = 1; exists(Routes.Page(firstPath, n)); n++) yield return Routes.Page(firstPath, n);
    }

    /// <summary>"Sources — page 2 of 7"; just the title when the list has one page.</summary>
    public static string Title<T>(string title, ListPage<T> page) =>
        page.Count == 1 ? title : $"{title} — page {page.Number} of {page.Count}";

    /// <summary>The navigation model of a page, or null when its list has one page.</summary>
    public static PaginationView? Nav<T>(ListPage<T> page, LinkGenerator links)
    {
        if (page.Count == 1) return null;
        string Href(int n) => links.To(Routes.Page(page.FirstPath, n));
        var shown = new[] { 1, page.Count }.Concat(Enumerable.Range(page.Number - Window, 2 * Window + 1))
            .Where(n => n >= 1 && n <= page.Count).Distinct().Order().ToList();
        var numbers = new List<PageNumber>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] > shown[i - 1] + 1) numbers.Add(new PageNumber(Gap: true));
            numbers.Add(new PageNumber(Gap: false, shown[i], Href(shown[i]), shown[i] == page.Number));
        }
        return new PaginationView(
            Label: $"Page {page.Number} of {page.Count}",
            First: page.IsFirst ? null : Href(1),
            Previous: page.IsFirst ? null : Href(page.Number - 1),
            Next: page.Number == page.Count ? null : Href(page.Number + 1),
            Last: page.Number == page.Count ? null : Href(page.Count),
            Numbers: numbers);
    }
}
