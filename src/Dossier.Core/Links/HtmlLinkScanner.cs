using System.Net;

namespace Dossier.Links;

/// <summary>
/// Reads the href/src attributes and ids of a page the build produced. The pages come from our own
/// templates and Markdig, whose attributes are always double-quoted, so a single forward scan suffices;
/// a full HTML parser per page would dominate the build time of a 10,000-page site.
/// </summary>
public static class HtmlLinkScanner
{
    /// <summary>A page's distinct link targets and its ids, entity-decoded.</summary>
    public sealed record PageLinks(IReadOnlySet<string> References, IReadOnlySet<string> Ids);

    public static PageLinks Scan(ReadOnlySpan<char> html)
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < html.Length && html[i..].IndexOf('<') is var open and >= 0)
        {
            i += open + 1;
            if (html[i..].StartsWith("!--"))
            {
                var close = html[i..].IndexOf("-->");
                i = close < 0 ? html.Length : i + close + 3;
                continue;
            }
            var end = html[i..].IndexOf('>');
            if (end < 0) break;
            ScanTag(html.Slice(i, end), references, ids);
            i += end + 1;
        }
        return new PageLinks(references, ids);
    }

    private static void ScanTag(ReadOnlySpan<char> tag, HashSet<string> references, HashSet<string> ids)
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
            if (name.SequenceEqual("href") || name.SequenceEqual("src")) Add(references, value);
            else if (name.SequenceEqual("id")) Add(ids, value);
            i = valueStart + close + 1;
        }
    }

    // A page repeats many of its links (every mention of an article links to it): look up before allocating.
    private static void Add(HashSet<string> set, ReadOnlySpan<char> value)
    {
        if (value.Contains('&')) set.Add(WebUtility.HtmlDecode(value.ToString()));
        else if (!set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value)) set.Add(value.ToString());
    }
}
