using Dossier.Articles;
using Dossier.Outlets;
using Dossier.Pages;

namespace Dossier.StructuredData;

/// <summary>
/// The Highwire Press citation_* meta tags that reference managers (Zotero, Mendeley) and Google Scholar read from an
/// article page: its title always, its publisher and date only when known.
/// </summary>
public static class CitationMeta
{
    public static IReadOnlyList<MetaTag> Of(Article a, Outlet? outlet)
    {
        var tags = new List<MetaTag>(3) { new("citation_title", a.Meta.Title) };
        if (outlet is not null) tags.Add(new MetaTag("citation_publisher", outlet.Name));
        // Highwire dates are written with slashes, and may stop at the month or the year as ours do.
        if (a.Meta.Published is { } date) tags.Add(new MetaTag("citation_date", date.Iso.Replace('-', '/')));
        return tags;
    }
}
