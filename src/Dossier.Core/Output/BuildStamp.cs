using System.Security.Cryptography;
using System.Text;

namespace Dossier.Output;

/// <summary>One file a build wrote: its size and modification time (to tell that it is still as written) and its SHA-256.</summary>
public sealed record StampedFile(string Path, long Size, long Ticks, string Sha256);

/// <summary>
/// What a good build was made from and what it wrote, kept beside the output folder (output/ has
/// .output.dossier-stamp next to it, so the site itself stays byte-for-byte the same from build to build).
/// When the input, the theme and the generator are byte for byte the same and the output files are as the
/// build left them, a new build has nothing to do: a no-op rebuild costs the reading of the inputs, not a build.
/// The hashes let the next build link each unchanged file into its new site instead of writing it again.
/// </summary>
public static class BuildStamp
{
    public static string PathFor(string outputRoot) => Beside(outputRoot, "dossier-stamp");

    /// <summary>A hidden name beside the output folder: output/ has .output.SUFFIX next to it.</summary>
    public static string Beside(string outputRoot, string suffix)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + suffix);
    }

    /// <summary>A hash of every input and theme file (path and bytes), of the generator itself, and of the options.</summary>
    public static string Sources(string inputRoot, string themeRoot, string options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(options + "\n" + typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId + "\n"));
        foreach (var root in new[] { inputRoot, themeRoot })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
                try { hash.AppendData(File.ReadAllBytes(file)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { hash.AppendData(Encoding.UTF8.GetBytes("unreadable " + e.GetType().Name)); }
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>True when the output folder holds a stamp for these sources and every file it lists is unchanged (size and time).</summary>
    public static bool IsCurrent(string outputRoot, string sources)
    {
        if (!Directory.Exists(outputRoot) || Read(outputRoot) is not var (stamped, files) || stamped != sources) return false;
        foreach (var file in files.Values)
            if (!IsAsWritten(outputRoot, file)) return false;
        return Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputRoot, f).Replace('\\', '/'))
            .All(files.ContainsKey);
    }

    /// <summary>The files the last build wrote, by path; empty when there is no readable stamp.</summary>
    public static IReadOnlyDictionary<string, StampedFile> Files(string outputRoot) =>
        Read(outputRoot)?.Files ?? new Dictionary<string, StampedFile>();

    /// <summary>True when the file is still the one the stamp describes: a file rewritten since has another size or time.</summary>
    public static bool IsAsWritten(string outputRoot, StampedFile file)
    {
        var info = new FileInfo(Path.Combine(outputRoot, file.Path));
        return info.Exists && info.Length == file.Size && info.LastWriteTimeUtc.Ticks == file.Ticks;
    }

    /// <summary>Replaces the stamp in one rename, so a build killed meanwhile leaves the old stamp or the new one.</summary>
    public static void Write(string outputRoot, string? sources, IEnumerable<StampedFile> files)
    {
        var path = PathFor(outputRoot);
        // Written line by line: the whole text of 165,000 files is 40 MB as a string.
        using (var text = new StreamWriter(path + ".tmp", append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            text.Write(sources ?? "-");
            text.Write('\n');
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                text.Write(file.Size);
                text.Write('\t');
                text.Write(file.Ticks);
                text.Write('\t');
                text.Write(file.Sha256);
                text.Write('\t');
                text.Write(file.Path);
                text.Write('\n');
            }
        }
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static (string Sources, Dictionary<string, StampedFile> Files)? Read(string outputRoot)
    {
        var path = PathFor(outputRoot);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return null;
        var files = new Dictionary<string, StampedFile>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length != 4 || !long.TryParse(parts[0], out var size) || !long.TryParse(parts[1], out var ticks)) return null;
            files[parts[3]] = new StampedFile(parts[3], size, ticks, parts[2]);
        }
        return (lines[0], files);
    }
}
