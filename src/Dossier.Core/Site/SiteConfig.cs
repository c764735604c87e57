namespace Dossier.Site;

/// <summary>The dossier's own settings, from input/dossier.yml.</summary>
/// <param name="RawHtml">raw_html: true lets Markdown carry raw HTML; by default it is shown as text.</param>
/// <param name="MediaSizeLimit">media_size_limit: a media file larger than this many bytes gets a warning.</param>
/// <param name="PageSize">page_size: how many items a page of a long list shows before it continues on another page.</param>
public sealed record SiteConfig(string Title, string Description, string Language, string? SiteUrl, string? Licence, bool RawHtml = false,
    int PageSize = SiteConfig.DefaultPageSize, long MediaSizeLimit = Dossier.Media.SizeLimit.Default)
{
    /// <summary>Large enough that a small dossier (the seeds) shows every list whole, small enough that no page is heavy at 10,000 articles.</summary>
    public const int DefaultPageSize = 50;
}
