using System.Text.RegularExpressions;
using Dossier.Diagnostics;

namespace Dossier.Tests.Properties;

/// <summary>What a build of hostile input must give: pages with nothing unsafe, or errors that say where and what to do.</summary>
public static partial class SiteAssert
{
    /// <summary>As HostileInputTests for a legal input: no inline script, frame, javascript: address or event handler.</summary>
    public static void Safe(IEnumerable<(string Path, string Html)> pages, string what)
    {
        foreach (var (path, html) in pages)
        {
            Assert.False(html.Contains("<script>", StringComparison.Ordinal), $"{what}: {path} has an inline <script>");
            Assert.False(html.Contains("<iframe", StringComparison.Ordinal), $"{what}: {path} has an <iframe");
            Assert.False(html.Contains("javascript:", StringComparison.OrdinalIgnoreCase), $"{what}: {path} has a javascript: address");
            Assert.False(EventHandler().IsMatch(html), $"{what}: {path} has an event handler attribute");
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

    [GeneratedRegex("<[a-z]+[^>]* on[a-z]+=")]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"^DOS\d{3}$")]
    private static partial Regex Code();
}
