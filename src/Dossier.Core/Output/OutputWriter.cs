namespace Dossier.Output;

public sealed record WriteSummary(int Written, int Unchanged, int Deleted);

/// <summary>
/// Brings an output folder in line with a validated build: writes only the files whose bytes changed (each
/// through a temporary file and a rename, so no reader sees half a file) and removes the files no longer
/// produced. Rewriting an unchanged 10,000-page site touches nothing.
/// </summary>
public static class OutputWriter
{
    /// <summary>Marks a folder as Dossier's output; GitHub Pages also needs it.</summary>
    public const string Marker = ".nojekyll";

    public static WriteSummary Write(string outputRoot, IReadOnlyCollection<OutputFile> files)
    {
        var root = Path.GetFullPath(outputRoot);
        Directory.CreateDirectory(root);
        var produced = new HashSet<string>(files.Select(f => Full(root, f.Path)), StringComparer.Ordinal);
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var full = Full(root, file.Path);
            if (SameBytes(full, file.Bytes)) return;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temp = full + ".tmp-" + Environment.ProcessId;
            File.WriteAllBytes(temp, file.Bytes);
            File.Move(temp, full, overwrite: true);
            Interlocked.Increment(ref written);
        });
        var deleted = 0;
        foreach (var existing in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (produced.Contains(existing)) continue;
            File.Delete(existing);
            deleted++;
        }
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir);
        return new WriteSummary(written, files.Count - written, deleted);
    }

    /// <summary>True when the folder is absent, empty, or was written by Dossier — the only folders it may overwrite.</summary>
    public static bool MayWriteTo(string outputRoot)
    {
        var root = Path.GetFullPath(outputRoot);
        if (!Directory.Exists(root)) return !File.Exists(root);
        return !Directory.EnumerateFileSystemEntries(root).Any() || File.Exists(Path.Combine(root, Marker));
    }

    private static string Full(string root, string path) => Path.GetFullPath(Path.Combine(root, path));

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
