using Dossier.Diagnostics;
using Dossier.Output;

namespace Dossier.Links;

/// <summary>
/// Checks every internal href/src and #fragment of every produced page against the files and ids the
/// build actually produced: one scan per page and set look-ups, so the cost grows with the site, not its square.
/// </summary>
public static class LinkValidator
{
    public static void Validate(IReadOnlyCollection<OutputFile> files, DiagnosticBag diagnostics)
    {
        var pages = files.Where(f => f.IsHtml).ToList();
        var scanned = new Dictionary<string, HtmlLinkScanner.PageLinks>(StringComparer.Ordinal);
        var origins = pages.ToDictionary(p => p.Path, p => p.Origin ?? SourceLocation.FileOnly(p.Path), StringComparer.Ordinal);
        var lockObject = new object();
        Parallel.ForEach(pages, page =>
        {
            var links = HtmlLinkScanner.Scan(System.Text.Encoding.UTF8.GetString(page.Bytes));
            lock (lockObject) scanned[page.Path] = links;
        });
        var produced = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(scanned, entry =>
        {
            foreach (var reference in entry.Value.References.Distinct())
            {
                var problem = Check(entry.Key, reference, produced, scanned);
                if (problem is not null)
                    diagnostics.Error(DiagnosticCodes.BrokenLink, origins[entry.Key],
                        $"page '{entry.Key}' links to '{reference}': {problem}",
                        "fix the link in the content or template that makes it; internal links must be relative and name a produced file.");
            }
        });
    }

    private static string? Check(string page, string reference, HashSet<string> produced, Dictionary<string, HtmlLinkScanner.PageLinks> scanned)
    {
        if (reference.Length == 0) return "the link is empty";
        if (IsExternal(reference)) return null;
        if (reference.StartsWith('/')) return "root-relative links break under a sub-path and from the file system";
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        string target;
        if (path.Length == 0) target = page;
        else
        {
            if (path.EndsWith('/')) return "a link must name a file, not a folder";
            var resolved = Resolve(page, Uri.UnescapeDataString(path));
            if (resolved is null) return "it points outside the site";
            if (!produced.Contains(resolved)) return $"'{resolved}' is not produced by the build";
            target = resolved;
        }
        if (fragment is null || fragment.Length == 0) return null;
        if (!scanned.TryGetValue(target, out var links)) return null;
        return links.Ids.Contains(fragment) ? null : $"'{target}' has no element with id '{fragment}'";
    }

    private static bool IsExternal(string reference)
    {
        var colon = reference.IndexOf(':');
        if (reference.StartsWith("//", StringComparison.Ordinal)) return true;
        if (colon <= 0) return false;
        var slash = reference.IndexOfAny(['/', '#', '?']);
        return slash < 0 || colon < slash;
    }

    /// <summary>A relative link of a page as a site path, or null when it leaves the site.</summary>
    public static string? Resolve(string page, string path)
    {
        var parts = page.Split('/').SkipLast(1).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
