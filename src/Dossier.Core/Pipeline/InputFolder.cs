using Dossier.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>Reads every file of an input folder in parallel; a file of another kind is an error, never skipped in silence.</summary>
public static class InputFolder
{
    /// <summary>Files of the folder (not its sub-folders), sorted by name. Hidden files (".gitkeep") are left alone.</summary>
    /// <param name="cache">In a preview session: files unchanged since the last build are not read again.</param>
    public static IReadOnlyList<InputFile> Read(string folder, IReadOnlyCollection<string> extensions, DiagnosticBag diagnostics, string what, BuildCache? cache = null)
    {
        if (!Directory.Exists(folder)) return [];
        var paths = new List<string>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            if (Directory.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"folders are not read inside {BuildContext.DisplayPath(folder)}",
                    $"move the {what} files directly into {BuildContext.DisplayPath(folder)}.");
                continue;
            }
            if (!extensions.Contains(Path.GetExtension(path)))
            {
                var article = what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"Dossier does not read '{Path.GetExtension(path)}' files as {what}s",
                    $"{article} {what} is a {string.Join(" or ", extensions)} file; move other files out of {BuildContext.DisplayPath(folder)}.");
                continue;
            }
            paths.Add(path);
        }
        var files = new InputFile?[paths.Count];
        Parallel.For(0, paths.Count, i => files[i] = cache is null
            ? InputFile.Read(paths[i], diagnostics)
            : cache.File(paths[i], () => InputFile.Read(paths[i], diagnostics)));
        return files.OfType<InputFile>().ToList();
    }
}
