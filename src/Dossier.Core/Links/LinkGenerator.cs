namespace Dossier.Links;

/// <summary>
/// The one place internal links are made. Every link is document-relative and names a file
/// ("../topics/ttp.html"), so a site works from the file system, any server and any sub-path unchanged.
/// The one exception is a page served at an unknown depth (404.html): given <paramref name="absoluteBase"/>
/// (site_url), its links are absolute.
/// </summary>
public sealed class LinkGenerator(string fromPage, string? absoluteBase = null)
{
    public string FromPage { get; } = fromPage;

    public string To(string page, string? fragment = null)
    {
        var hash = fragment is null ? "" : "#" + fragment;
        if (absoluteBase is not null) return absoluteBase + (page == Routes.Home ? "" : page) + hash;
        if (page == FromPage && fragment is not null) return hash;
        return Relative(FromPage, page) + hash;
    }

    /// <summary>The way from this page to the site's root folder: "" or "../" or "../../" (or the absolute base).</summary>
    public string Root => absoluteBase ?? string.Concat(Enumerable.Repeat("../", FromPage.Count(c => c == '/')));

    public static string Relative(string fromPage, string toPage)
    {
        var from = fromPage.Split('/');
        var to = toPage.Split('/');
        var common = 0;
        while (common < from.Length - 1 && common < to.Length - 1 && from[common] == to[common]) common++;
        var ups = from.Length - 1 - common;
        return string.Concat(Enumerable.Repeat("../", ups)) + string.Join('/', to.Skip(common));
    }
}
