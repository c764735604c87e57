namespace Dossier.Output;

/// <summary>Whether a folder may receive a site, and writing a site already held in memory (a preview's).</summary>
public static class OutputWriter
{
    /// <summary>Marks a folder as Dossier's output; GitHub Pages also needs it.</summary>
    public const string Marker = ".nojekyll";

    /// <summary>Replaces the output folder with these files in one swap (see <see cref="StagedOutput"/>).</summary>
    public static WriteSummary Write(string outputRoot, IEnumerable<OutputFile> files, BuildSources? sources = null)
    {
        using var staged = new StagedOutput(outputRoot);
        Parallel.ForEach(files, staged.Write);
        return staged.Commit(sources);
    }

    /// <summary>True when the folder is absent, empty, or was written by Dossier — the only folders it may overwrite.</summary>
    public static bool MayWriteTo(string outputRoot)
    {
        var root = Path.GetFullPath(outputRoot);
        if (!Directory.Exists(root)) return !File.Exists(root);
        return !Directory.EnumerateFileSystemEntries(root).Any() || File.Exists(Path.Combine(root, Marker));
    }
}
