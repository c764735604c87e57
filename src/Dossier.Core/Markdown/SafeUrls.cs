namespace Dossier.Markdown;

/// <summary>
/// Which addresses Markdown may carry. Links: the site's own files, fragments, and http, https and mailto —
/// never javascript:, data:, vbscript: or another scheme a browser might run. Pictures: the site's own files
/// only, since nothing may be loaded from another host.
/// </summary>
public static class SafeUrls
{
    private static readonly string[] LinkSchemes = ["http", "https", "mailto"];

    public static bool IsSafe(string? url, bool image)
    {
        if (string.IsNullOrWhiteSpace(url)) return !image;
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return false;
        var colon = trimmed.IndexOf(':');
        var firstSeparator = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        if (!hasScheme) return true;
        return !image && LinkSchemes.Contains(trimmed[..colon].ToLowerInvariant());
    }
}
