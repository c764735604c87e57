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

    /// <summary>What a link's path names, seen from a folder: a produced page (none: the linking page), or why it is wrong.</summary>
    private readonly record struct Target(string? Why, string? Page);

    /// <summary>
    /// The pages that link to one fragment of another page. Kept once per target and fragment (a thousand entity pages
    /// link to the same paragraph), with the first of them in path order to name in a message, and how many there are.
    /// Lock-free: a million links at 10,000 articles made a lock per link the slowest part of recording them.
    /// </summary>
    private sealed class FragmentUse(string target, string fragment)
    {
        public sealed record Use(string Page, string Reference, SourceLocation Origin);

        private Use? _first;
        private int _pages;

        public string Target { get; } = target;
        public string Fragment { get; } = fragment;
        public Use First => _first!;
        public int Pages => _pages;

        public void Add(string page, string reference, SourceLocation origin)
        {
            Interlocked.Increment(ref _pages);
            Use? mine = null;
            while (true)
            {
                var current = Volatile.Read(ref _first);
                if (current is not null && IsFirst(current, page, reference)) return;
                mine ??= new Use(page, reference, origin);
                if (Interlocked.CompareExchange(ref _first, mine, current) == current) return;
            }
        }

        private static bool IsFirst(Use use, string page, string reference) =>
            string.CompareOrdinal(use.Page, page) is var order && (order < 0 || order == 0 && string.CompareOrdinal(use.Reference, reference) <= 0);
    }

    private readonly ConcurrentDictionary<string, string[]> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Target, string Fragment), FragmentUse> _fragments = new();
    private readonly ConcurrentBag<Problem> _problems = [];
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Target>> _targetsByFolder = new(StringComparer.Ordinal);

    /// <summary>Records one file's links and ids; any file but a page has none.</summary>
    public void Record(OutputFile file)
    {
        if (!file.IsHtml) return;
        var links = file.Links ?? HtmlLinkScanner.Scan(System.Text.Encoding.UTF8.GetString(file.Span));
        var ids = links.Ids.Select(Intern).Order(StringComparer.Ordinal).ToArray();
        _ids[file.Path] = ids;
        var origin = file.Origin ?? SourceLocation.FileOnly(file.Path);
        // Every page of a folder resolves a link's path the same way: each is resolved once per folder.
        var folder = file.Path[..(file.Path.LastIndexOf('/') + 1)];
        var targets = _targetsByFolder.GetOrAdd(folder, static _ => new ConcurrentDictionary<string, Target>(StringComparer.Ordinal));
        foreach (var reference in links.References)
        {
            var (why, target, fragment) = Check(file.Path, targets, reference);
            if (why is not null) _problems.Add(new Problem(file.Path, reference, why, origin));
            else if (fragment is null) continue;
            else if (target == file.Path)
            {
                if (!Has(ids, fragment)) _problems.Add(new Problem(file.Path, reference, $"'{target}' has no element with id '{fragment}'", origin));
            }
            else _fragments.GetOrAdd((target!, fragment), static key => new FragmentUse(key.Target, key.Fragment)).Add(file.Path, reference, origin);
        }
    }

    /// <summary>Reports every broken link, once every page is recorded.</summary>
    public void Validate(DiagnosticBag diagnostics)
    {
        foreach (var use in _fragments.Values)
            if (_ids.TryGetValue(use.Target, out var ids) && !Has(ids, use.Fragment))
                _problems.Add(new Problem(use.First.Page, use.First.Reference,
                    $"'{use.Target}' has no element with id '{use.Fragment}'" + (use.Pages > 1 ? $" (and {use.Pages - 1} other links to it)" : ""), use.First.Origin));
        foreach (var p in _problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Reference, StringComparer.Ordinal))
            diagnostics.Error(DiagnosticCodes.BrokenLink, p.Origin, $"page '{p.Page}' links to '{p.Reference}': {p.Why}",
                "fix the link in the content or template that makes it; internal links must be relative and name a produced file.");
    }

    private static bool Has(string[] ids, string id) => Array.BinarySearch(ids, id, StringComparer.Ordinal) >= 0;

    private string Intern(string text) => _pool.GetOrAdd(text, text);

    private string Intern(ReadOnlySpan<char> text) =>
        _pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known) ? known : Intern(text.ToString());

    /// <summary>What is wrong with a link, or the page (and fragment) it leads to when it is internal.</summary>
    private (string? Why, string? Target, string? Fragment) Check(string page, ConcurrentDictionary<string, Target> targets, string reference)
    {
        if (reference.Length == 0) return ("the link is empty", null, null);
        if (IsExternal(reference)) return (null, null, null);
        if (reference.StartsWith('/')) return ("root-relative links break under a sub-path and from the file system", null, null);
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference.AsSpan() : reference.AsSpan(0, hash);
        var fragment = hash < 0 || hash == reference.Length - 1 ? null
            : reference.AsSpan(hash + 1) is var raw && raw.Contains('%') ? Intern(Uri.UnescapeDataString(raw.ToString())) : Intern(raw);
        var target = page;
        if (path.Length > 0)
        {
            var lookup = targets.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(path, out var resolved)) resolved = targets.GetOrAdd(path.ToString(), static (p, from) => from.Index.Locate(from.Page, p), (Index: this, Page: page));
            if (resolved.Why is not null) return (resolved.Why, null, null);
            target = resolved.Page ?? page;
        }
        return (null, target, fragment is { Length: > 0 } ? fragment : null);
    }

    /// <summary>The produced page a link's path (with any query) names, from a page of a folder; no page for the linking page itself.</summary>
    private Target Locate(string page, string path)
    {
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (path.Length == 0) return new Target(null, null);
        if (path.EndsWith('/')) return new Target("a link must name a file, not a folder", null);
        var resolved = Resolve(page, Uri.UnescapeDataString(path));
        if (resolved is null) return new Target("it points outside the site", null);
        if (!produced.Contains(resolved)) return new Target($"'{resolved}' is not produced by the build", null);
        return new Target(null, Intern(resolved));
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
