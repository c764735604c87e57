using Dossier.Diagnostics;
using Dossier.Links;

namespace Dossier.Output;

/// <summary>The files of a build by path, each made when first asked for.</summary>
public sealed class PendingSite(IReadOnlyDictionary<string, PendingFile> files)
{
    public int Count => files.Count;

    public bool TryGet(string path, out OutputFile file)
    {
        file = null!;
        if (!files.TryGetValue(path, out var pending)) return false;
        file = pending.File;
        return true;
    }

    /// <summary>Makes every file not made yet and checks every link of every page against them; the files in path order.</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancel"/> is set before all are made.</exception>
    public IReadOnlyList<OutputFile> Complete(DiagnosticBag diagnostics, CancellationToken cancel)
    {
        Parallel.ForEach(files.Values, new ParallelOptions { CancellationToken = cancel }, f => _ = f.File);
        var made = files.Values.Select(f => f.File).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        LinkValidator.Validate(made, diagnostics);
        return made;
    }
}
