using Dossier.Diagnostics;

namespace Dossier.Drafts;

/// <summary>
/// Drafts are set aside once, when the content is gathered: every page, list, feed and data file is made from
/// what is left, so none of them has to ask. Their ids are kept, so that a reference to a draft is an error
/// that says so rather than a silent gap.
/// </summary>
public static class Drafts
{
    public const string Hint = "publish it by removing `draft: true`, or remove the reference.";

    /// <summary>The published items, in their order, and the ids of the drafts left out (none when drafts are included).</summary>
    public static (List<T> Published, IReadOnlySet<string> DraftIds) Split<T>(IEnumerable<T> items, Func<T, bool> isDraft, Func<T, string> id, bool includeDrafts)
    {
        var published = new List<T>();
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!includeDrafts && isDraft(item)) drafts.Add(id(item));
            else published.Add(item);
        }
        return (published, drafts);
    }

    public static void ReferenceError(DiagnosticBag d, SourceLocation at, string what, string id, string how) =>
        d.Error(DiagnosticCodes.DraftReference, at, $"{how} the {what} '{id}', which is a draft and is not published", Hint);

    /// <summary>A published item tagged with a draft topic keeps its tag in the file, but not on the site.</summary>
    public static void TagWarning(DiagnosticBag d, SourceLocation at, string id) =>
        d.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.DraftReference, at,
            $"topic '{id}' is a draft: the tag is left out of the published site",
            "publish the topic by removing `draft: true`, or remove the tag; `dossier build --drafts` shows it."));
}
