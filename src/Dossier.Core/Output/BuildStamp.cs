using System.Security.Cryptography;
using System.Text;

namespace Dossier.Output;

/// <summary>
/// What a good build was made from and what it wrote, kept beside the output folder (output/ has
/// .output.dossier-stamp next to it, so the site itself stays byte-for-byte the same from build to build).
/// When the input, the theme and the generator are byte for byte the same and the output files are as the
/// build left them, a new build has nothing to do: a no-op rebuild costs the reading of the inputs, not a build.
/// </summary>
public static class BuildStamp
{
    private static string PathFor(string outputRoot)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".dossier-stamp");
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
        var path = PathFor(outputRoot);
        if (!File.Exists(path) || !Directory.Exists(outputRoot)) return false;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != sources) return false;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3) return false;
            var info = new FileInfo(Path.Combine(outputRoot, parts[2]));
            if (!info.Exists || info.Length.ToString() != parts[0] || info.LastWriteTimeUtc.Ticks.ToString() != parts[1]) return false;
            listed.Add(parts[2]);
        }
        return Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputRoot, f).Replace('\\', '/'))
            .All(listed.Contains);
    }

    public static void Write(string outputRoot, string sources, IEnumerable<OutputFile> files)
    {
        var lines = new List<string> { sources };
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var info = new FileInfo(Path.Combine(outputRoot, file.Path));
            lines.Add($"{info.Length}\t{info.LastWriteTimeUtc.Ticks}\t{file.Path}");
        }
        File.WriteAllLines(PathFor(outputRoot), lines);
    }
}
