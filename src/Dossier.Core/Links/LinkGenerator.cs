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
    public string Root => absoluteBase ?? Ups(FromPage.AsSpan().Count('/'));

    // Made for every link of every page: millions at 10,000 articles, so it walks the two paths without splitting them.
    public static string Relative(string fromPage, string toPage)
    {
        var common = 0;
        while (true)
        {
            var fromSlash = fromPage.IndexOf('/', common);
            var toSlash = toPage.IndexOf('/', common);
            if (fromSlash < 0 || fromSlash != toSlash || !fromPage.AsSpan(common, fromSlash - common).SequenceEqual(toPage.AsSpan(common, toSlash - common))) break;
            common = fromSlash + 1;
        }
        var ups = fromPage.AsSpan(common).Count('/');
        return ups == 0 ? toPage[common..] : string.Concat(Ups(ups), toPage.AsSpan(common));
    }

    private static readonly string[] UpsByDepth = ["", "../", "../../", "../../../", "../../../../"];

    private static string Ups(int depth) => depth < UpsByDepth.Length ? UpsByDepth[depth] : string.Concat(Enumerable.Repeat("../", depth));
}
