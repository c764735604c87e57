using Dossier.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>Reads every file of an input folder in parallel; a file of another kind is an error, never skipped in silence.</summary>
public static class InputFolder
{
    /// <summary>Files of the folder (not its sub-folders), sorted by name. Hidden files (".gitkeep") are left alone.</summary>
    /// <param name="cache">In a preview session: files unchanged since the last build are not read again.</param>
    /// <param name="names">Given the name of every file of a kind it reads, readable or not.</param>
    public static IReadOnlyList<InputFile> Read(string folder, IReadOnlyCollection<string> extensions, DiagnosticBag diagnostics, string what,
        BuildCache? cache = null, ICollection<string>? names = null)
    {
        if (!Directory.Exists(folder)) return [];
        // One look at each entry: the listing tells folders from files, and a file's size and time (which a preview
        // session compares to skip unchanged files) come with it.
        var found = new List<(string Path, FileInfo Info)>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Join(folder, entry.Name);
            if (entry.Name.StartsWith('.')) continue;
            if (entry is DirectoryInfo)
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"folders are not read inside {BuildContext.DisplayPath(folder)}",
                    $"move the {what} files directly into {BuildContext.DisplayPath(folder)}.");
                continue;
            }
            if (!extensions.Contains(entry.Extension))
            {
                var article = what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a";
                diagnostics.Error(DiagnosticCodes.UnsupportedFile, BuildContext.FileAt(path), $"Dossier does not read '{entry.Extension}' files as {what}s",
                    $"{article} {what} is a {string.Join(" or ", extensions)} file; move other files out of {BuildContext.DisplayPath(folder)}.");
                continue;
            }
            found.Add((path, (FileInfo)entry));
            names?.Add(entry.Name);
        }
        var files = new InputFile?[found.Count];
        Parallel.For(0, found.Count, i => files[i] = cache is null
            ? InputFile.Read(found[i].Path, diagnostics)
            : cache.File(found[i].Info, () => InputFile.Read(found[i].Path, diagnostics)));
        return files.OfType<InputFile>().ToList();
    }
}
