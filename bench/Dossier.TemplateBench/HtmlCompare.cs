using System.Net;
using System.Text.RegularExpressions;

namespace Dossier.TemplateBench;

/// <summary>
/// Compares two renderings of a page ignoring what does not change the document: runs of whitespace (and whitespace between
/// tags), and how a character is written (’ or &amp;#x2019;, = or &amp;#x3D;). The four characters whose escaping matters
/// (&lt; &gt; &amp; ") are kept escaped or not exactly as each engine wrote them.
/// </summary>
public static partial class HtmlCompare
{
    public static string Normalize(string html)
    {
        var text = CharacterReference().Replace(html, m =>
        {
            var c = WebUtility.HtmlDecode(m.Value);
            return c switch { "<" => "&lt;", ">" => "&gt;", "&" => "&amp;", "\"" => "&quot;", _ => c };
        });
        text = Whitespace().Replace(text, " ");
        return BetweenTags().Replace(text, "><").Trim();
    }

    public static string Describe(string a, string b)
    {
        if (a == b) return "identical bytes";
        var (na, nb) = (Normalize(a), Normalize(b));
        if (na == nb) return $"same HTML ignoring whitespace and character-reference spelling (bytes differ: {a.Length} vs {b.Length} chars)";
        var at = 0;
        while (at < na.Length && at < nb.Length && na[at] == nb[at]) at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 80), Math.Min(160, s.Length - Math.Max(0, at - 80)));
        return $"DIFFERENT at normalized offset {at}:\n  handlebars: …{Around(na)}…\n  fluid:      …{Around(nb)}…";
    }

    [GeneratedRegex(@"&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);")]
    private static partial Regex CharacterReference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}
