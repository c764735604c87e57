namespace Dossier.Site;

/// <summary>The dossier's own settings, from input/dossier.yml.</summary>
/// <param name="RawHtml">raw_html: true lets Markdown carry raw HTML; by default it is shown as text.</param>
public sealed record SiteConfig(string Title, string Description, string Language, string? SiteUrl, string? Licence, bool RawHtml = false);
