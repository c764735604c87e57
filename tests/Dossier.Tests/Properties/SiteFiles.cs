using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Properties;

/// <summary>A built site as path → bytes (from an in-process build or a folder), each page parsed once with AngleSharp on first use.</summary>
public sealed class SiteFiles(IReadOnlyDictionary<string, byte[]> files)
{
    private readonly Dictionary<string, IHtmlDocument> _pages = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => files;

    public static SiteFiles Of(Dossier.Output.MemoryOutput output) =>
        new(output.Files.ToDictionary(f => f.Path, f => f.Bytes.ToArray(), StringComparer.Ordinal));

    public static SiteFiles Of(string folder) => new(Support.TempDossier.Snapshot(folder));

    public IEnumerable<string> Pages => files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public bool Has(string path) => files.ContainsKey(path);

    public IHtmlDocument Page(string path)
    {
        if (!_pages.TryGetValue(path, out var document))
            _pages[path] = document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(files[path]));
        return document;
    }

    /// <summary>
    /// The site path a document-relative link from <paramref name="page"/> names, and its fragment (unescaped); null
    /// for a link out of the site (http, https, mailto, data) — or an error message when the link is root-relative,
    /// climbs out of the site, or names a folder.
    /// </summary>
    public static (string? Path, string Fragment, string? Error) Resolve(string page, string link)
    {
        if (link.StartsWith("http://", StringComparison.Ordinal) || link.StartsWith("https://", StringComparison.Ordinal)
            || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal))
            return (null, "", null);
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(link[(hash + 1)..]);
        var address = hash < 0 ? link : link[..hash];
        var query = address.IndexOf('?');
        if (query >= 0) address = address[..query];
        if (address.Length == 0) return (page, fragment, null);
        if (address.StartsWith('/') || address.Contains(':', StringComparison.Ordinal)) return (null, fragment, $"not a document-relative link: '{link}'");
        if (address.EndsWith('/')) return (null, fragment, $"a link to a folder, not a file: '{link}'");
        var parts = page.Split('/')[..^1].ToList();
        foreach (var part in Uri.UnescapeDataString(address).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0) return (null, fragment, $"a link out of the site: '{link}'");
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".") parts.Add(part);
        }
        return (string.Join('/', parts), fragment, null);
    }
}
