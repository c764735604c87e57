namespace Dossier.Tests.Properties;

/// <summary>Every href and src of every page names a file of the site, and every fragment of a page link an id on that page.</summary>
public static class LinkCheck
{
    public static List<string> Problems(SiteFiles site)
    {
        var problems = new List<string>();
        foreach (var page in site.Pages)
            foreach (var element in site.Page(page).QuerySelectorAll("[href], [src]"))
                foreach (var attribute in new[] { "href", "src" })
                {
                    if (element.GetAttribute(attribute) is not { } link) continue;
                    var (target, fragment, error) = SiteFiles.Resolve(page, link);
                    if (error is not null) problems.Add($"{page}: {error}");
                    if (target is null) continue;
                    if (!site.Has(target)) problems.Add($"{page}: <{element.LocalName} {attribute}=\"{link}\"> names no file of the site ({target})");
                    // A text directive (#:~:text=) is for the browser, not an id.
                    else if (fragment.Length > 0 && !fragment.StartsWith(":~:", StringComparison.Ordinal)
                             && target.EndsWith(".html", StringComparison.Ordinal) && site.Page(target).GetElementById(fragment) is null)
                        problems.Add($"{page}: <{element.LocalName} {attribute}=\"{link}\">: no id '{fragment}' in {target}");
                }
        return problems;
    }
}
