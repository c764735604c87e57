namespace Dossier.Site;

/// <summary>The dossier's own settings, from input/dossier.yml.</summary>
public sealed record SiteConfig(string Title, string Description, string Language, string? SiteUrl, string? Licence);
