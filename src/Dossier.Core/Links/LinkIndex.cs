using System.Collections.Concurrent;
using System.Net;
using Dossier.Diagnostics;
using Dossier.Output;

namespace Dossier.Links;

/// <summary>
/// Checks every internal href/src and #fragment of every page against the files and ids the build produces. Each
/// page is recorded as it is made — its links resolved at once against the known set of paths, its ids kept — and
/// then dropped: the build keeps only these compact records, never the pages. Links to another page's fragment
/// wait until every page is recorded. Set look-ups throughout, so the cost grows with the site, not its square.
/// </summary>
public sealed class LinkIndex(IReadOnlySet<string> produced)
{
    private readonly record struct Problem(string Page, string Reference, string Why, SourceLocation Origin);

    private readonly record struct FragmentLink(string Page, string Target, string Fragment, string Reference, SourceLocation Origin);

    private readonly ConcurrentDictionary<string, string[]> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<FragmentLink> _fragments = [];
    private readonly ConcurrentBag<Problem> _problems = [];
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    /// <summary>Records one file's links and ids; any file but a page has none.</summary>
    public void Record(OutputFile file)
    {
        if (!file.IsHtml) return;
        var links = file.Links ?? HtmlLinkScanner.Scan(System.Text.Encoding.UTF8.GetString(file.Bytes));
        var ids = links.Ids.Select(Intern).Order(StringComparer.Ordinal).ToArray();
        _ids[file.Path] = ids;
        var origin = file.Origin ?? SourceLocation.FileOnly(file.Path);
        foreach (var reference in links.References.Distinct())
        {
            var (why, target, fragment) = Check(file.Path, reference);
            if (why is not null) _problems.Add(new Problem(file.Path, reference, why, origin));
            else if (fragment is null) continue;
            else if (target == file.Path)
            {
                if (!Has(ids, fragment)) _problems.Add(new Problem(file.Path, reference, $"'{target}' has no element with id '{fragment}'", origin));
            }
            else _fragments.Add(new FragmentLink(file.Path, target!, Intern(fragment), reference, origin));
        }
    }

    /// <summary>Reports every broken link, once every page is recorded.</summary>
    public void Validate(DiagnosticBag diagnostics)
    {
        foreach (var link in _fragments)
            if (_ids.TryGetValue(link.Target, out var ids) && !Has(ids, link.Fragment))
                _problems.Add(new Problem(link.Page, link.Reference, $"'{link.Target}' has no element with id '{link.Fragment}'", link.Origin));
        foreach (var p in _problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Reference, StringComparer.Ordinal))
            diagnostics.Error(DiagnosticCodes.BrokenLink, p.Origin, $"page '{p.Page}' links to '{p.Reference}': {p.Why}",
                "fix the link in the content or template that makes it; internal links must be relative and name a produced file.");
    }

    private static bool Has(string[] ids, string id) => Array.BinarySearch(ids, id, StringComparer.Ordinal) >= 0;

    private string Intern(string text) => _pool.GetOrAdd(text, text);

    /// <summary>What is wrong with a link, or the page (and fragment) it leads to when it is internal.</summary>
    private (string? Why, string? Target, string? Fragment) Check(string page, string reference)
    {
        if (reference.Length == 0) return ("the link is empty", null, null);
        if (IsExternal(reference)) return (null, null, null);
        if (reference.StartsWith('/')) return ("root-relative links break under a sub-path and from the file system", null, null);
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(reference[(hash + 1)..]);
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        var target = page;
        if (path.Length > 0)
        {
            if (path.EndsWith('/')) return ("a link must name a file, not a folder", null, null);
            var resolved = Resolve(page, Uri.UnescapeDataString(path));
            if (resolved is null) return ("it points outside the site", null, null);
            if (!produced.Contains(resolved)) return ($"'{resolved}' is not produced by the build", null, null);
            target = resolved;
        }
        return (null, target, fragment is { Length: > 0 } ? fragment : null);
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
        if (!path.StartsWith('.') && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains("//", StringComparison.Ordinal) && !path.StartsWith('/'))
            return string.Concat(page.AsSpan(0, page.LastIndexOf('/') + 1), path);
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
