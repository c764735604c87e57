using Dossier.Links;

namespace Dossier.StructuredData;

/// <summary>
/// The addresses structured data gives: absolute from site_url when it is set, as search engines want them;
/// otherwise relative to the page, which JSON-LD resolves against the page's own address.
/// </summary>
public static class Addresses
{
    public static LinkGenerator For(LinkGenerator links, string? siteUrl) =>
        siteUrl is null ? links : new LinkGenerator(links.FromPage, siteUrl);
}
