namespace Dossier.Pages;

/// <summary>The model of theme/layouts/base.liquid: the page's head, navigation and footer around its content.</summary>
/// <param name="Icon">The icon's file; none for a page that links no file of the site (404.html), which has the icon inline.</param>
public sealed record LayoutModel(
    string Lang, string Title, string SiteTitle, string? Description, string Csp, string? Canonical, string? Stylesheet, string? Icon,
    string? InlineStyle, string? SiteScript, string? FeedHref, string Root, string HomeHref, string SearchHref,
    IReadOnlyList<NavItem> Nav, string? Licence, string SourcesHref, string CorrectionsHref, string MethodologyHref, string DataHref,
    string Content, int? PreviewFiles, IReadOnlyList<MetaTag> Meta, string? JsonLd);

/// <summary>An entry of the site's navigation menu.</summary>
public sealed record NavItem(string Label, string Href, bool Current);

/// <summary>A link shown by its title: a topic chip, a claim's entity, the previous article …</summary>
public sealed record TitleLink(string Title, string Href);

/// <summary>A link shown by a sentence of text: a disputing claim, a claim listed under another topic.</summary>
public sealed record TextLink(string Text, string Href);
