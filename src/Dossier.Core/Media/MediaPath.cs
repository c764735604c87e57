namespace Dossier.Media;

/// <summary>
/// Which media file a Markdown address names. Articles and topics sit one folder below the input root, as their pages
/// do below the site's, so `../media/map.png` names media/map.png; leading ../ and ./ are dropped so the same address
/// also works from a page at another depth (print.html), where the link is made again from that page.
/// </summary>
public static class MediaPath
{
    /// <summary>The site path ("media/map.png") a relative address names, or null when it is not under media/.</summary>
    public static string? Of(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Contains(':') || url[0] is '/' or '#') return null;
        var path = url.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        if (cut >= 0) path = path[..cut];
        while (true)
        {
            if (path.StartsWith("../")) path = path[3..];
            else if (path.StartsWith("./")) path = path[2..];
            else break;
        }
        if (!path.StartsWith(MediaPipeline.Folder + "/") || path.Length == MediaPipeline.Folder.Length + 1) return null;
        var text = path.ToString();
        try
        {
            text = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return text.Split('/').Any(s => s is "" or "." or "..") ? null : text;
    }
}
