namespace Dossier.Site;

/// <summary>The model of theme/pages/404.liquid.</summary>
public sealed record NotFoundPage(string HomeHref, string TopicsHref, string SearchHref, string SourcesHref, string? SiteUrl);
