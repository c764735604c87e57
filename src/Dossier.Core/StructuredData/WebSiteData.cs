using Dossier.Links;
using Dossier.Site;

namespace Dossier.StructuredData;

/// <summary>The schema.org WebSite of the front page, with its search (search.html reads the query from ?q=).</summary>
public static class WebSiteData
{
    public static string Of(SiteConfig site, LinkGenerator addresses) =>
        JsonLd.Object("WebSite", w =>
        {
            w.WriteString("name", site.Title);
            w.WriteString("url", addresses.To(Routes.Home));
            w.Optional("description", site.Description);
            w.WriteString("inLanguage", site.Language);
            w.Optional("license", site.Licence);
            // A search engine can only fill in an absolute address.
            if (site.SiteUrl is not null)
                w.Typed("potentialAction", "SearchAction", a =>
                {
                    a.WriteString("target", addresses.To(Routes.Search) + "?q={search_term_string}");
                    a.WriteString("query-input", "required name=search_term_string");
                });
        });
}
