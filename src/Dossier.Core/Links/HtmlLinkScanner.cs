using System.Net;

namespace Dossier.Links;

/// <summary>
/// Reads the href/src attributes and ids of a page the build produced. The pages come from our own
/// templates and Markdig, whose attributes are always double-quoted, so a single forward scan suffices;
/// a full HTML parser per page would dominate the build time of a 10,000-page site.
/// </summary>
public static class HtmlLinkScanner
{
    public sealed record PageLinks(IReadOnlyList<string> References, IReadOnlySet<string> Ids);

    public static PageLinks Scan(string html)
    {
        var references = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            i++;
            if (html.AsSpan(i).StartsWith("!--"))
            {
                var close = html.IndexOf("-->", i, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            var end = html.IndexOf('>', i);
            if (end < 0) break;
            ScanTag(html.AsSpan(i, end - i), references, ids);
            i = end + 1;
        }
        return new PageLinks(references, ids);
    }

    private static void ScanTag(ReadOnlySpan<char> tag, List<string> references, HashSet<string> ids)
    {
        var i = 0;
        while (i < tag.Length)
        {
            var eq = tag[i..].IndexOf("=\"");
            if (eq < 0) return;
            var nameEnd = i + eq;
            var nameStart = nameEnd;
            while (nameStart > 0 && (char.IsAsciiLetterOrDigit(tag[nameStart - 1]) || tag[nameStart - 1] is '-' or ':')) nameStart--;
            var valueStart = nameEnd + 2;
            var close = tag[valueStart..].IndexOf('"');
            if (close < 0) return;
            var name = tag[nameStart..nameEnd];
            var value = tag.Slice(valueStart, close);
            if (name.SequenceEqual("href") || name.SequenceEqual("src")) references.Add(WebUtility.HtmlDecode(value.ToString()));
            else if (name.SequenceEqual("id")) ids.Add(WebUtility.HtmlDecode(value.ToString()));
            i = valueStart + close + 1;
        }
    }
}
