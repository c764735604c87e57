using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Dossier.Diagnostics;

namespace Dossier.Tests.Properties;

/// <summary>What a build of hostile input must give: pages with nothing unsafe, or errors that say where and what to do.</summary>
public static partial class SiteAssert
{
    /// <summary>As HostileInputTests for a legal input: no inline script, frame, javascript: address or event handler attribute.</summary>
    public static void Safe(IEnumerable<(string Path, string Html)> pages, string what)
    {
        foreach (var (path, html) in pages)
        {
            Assert.False(html.Contains("<script>", StringComparison.Ordinal), $"{what}: {path} has an inline <script>");
            Assert.False(html.Contains("<iframe", StringComparison.Ordinal), $"{what}: {path} has an <iframe");
            // A value such as an outlet's name may well read "javascript:alert(1)" or "x onclick=y" as text: only an
            // attribute that runs it is unsafe, so a page that looks suspect is read with AngleSharp to tell.
            if (html.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || EventHandler().IsMatch(html))
                foreach (var element in new HtmlParser().ParseDocument(html).All)
                    foreach (var attribute in element.Attributes)
                    {
                        Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                            $"{what}: {path} has an event handler: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                        Assert.False(AddressAttributes.Contains(attribute.LocalName) && attribute.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase),
                            $"{what}: {path} has a javascript: address: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
        }
    }

    /// <summary>An error in a file of input/ (with its line and column, or the file alone), a DOSnnn code and a hint.</summary>
    public static void Located(Diagnostic error, string what)
    {
        var text = error.ToString();
        Assert.True(Code().IsMatch(error.Code), $"{what}: an error without a DOSnnn code: {text}");
        Assert.True(error.Location.File.StartsWith("input/", StringComparison.Ordinal) || error.Location.File.Contains("/input/", StringComparison.Ordinal),
            $"{what}: an error that names no file of input/: {text}");
        Assert.False(string.IsNullOrWhiteSpace(error.Hint), $"{what}: an error without a hint: {text}");
        Assert.False(text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal), $"{what}: {text}");
    }

    /// <summary>The attributes a browser follows or loads as an address (a title or a data- value only shows its text).</summary>
    private static readonly HashSet<string> AddressAttributes = new(["href", "src", "action", "formaction", "poster", "data", "srcset", "background"], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("<[a-z]+[^>]* on[a-z]+=")]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"^DOS\d{3}$")]
    private static partial Regex Code();
}
