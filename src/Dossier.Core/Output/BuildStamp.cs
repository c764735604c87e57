using System.Security.Cryptography;
using System.Text;

namespace Dossier.Output;

/// <summary>One file a build wrote or read: its size and modification time (to tell that it is still as it was) and its SHA-256.</summary>
public sealed record StampedFile(string Path, long Size, long Ticks, string Sha256);

/// <summary>What the last good build left beside its output: the hash of its sources, the files it wrote and those it read (by "input/…" and "theme/…").</summary>
public sealed record Stamp(string Sources, IReadOnlyDictionary<string, StampedFile> Files, IReadOnlyDictionary<string, StampedFile> Inputs)
{
    public static readonly Stamp None = new("", new Dictionary<string, StampedFile>(), new Dictionary<string, StampedFile>());
}

/// <summary>What a build is made from: the hash of all its sources, and each input and theme file as it was read.</summary>
public sealed record BuildSources(string Hash, IReadOnlyList<StampedFile> Files);

/// <summary>
/// What a good build was made from and what it wrote, kept beside the output folder (output/ has
/// .output.dossier-stamp next to it, so the site itself stays byte-for-byte the same from build to build).
/// When the input, the theme and the generator are byte for byte the same and the output files are as the
/// build left them, a new build has nothing to do: a no-op rebuild costs a look at each input file (and the reading
/// of those whose size or time changed), not a build.
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

    /// <summary>
    /// A hash of every input and theme file (path and bytes), of the generator itself, and of the options; and each
    /// file's size, time and SHA-256, kept in the stamp. A file whose size and time are those <paramref name="known"/>
    /// gives is not read again: a no-op rebuild then costs a look at each file, as for make or Hugo, not a hash of
    /// all of them (two thirds of a no-op at 1,000 articles).
    /// </summary>
    public static BuildSources Sources(string inputRoot, string themeRoot, string options, IReadOnlyDictionary<string, StampedFile> known)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(options + "\n" + typeof(BuildStamp).Assembly.ManifestModule.ModuleVersionId + "\n"));
        var files = new List<StampedFile>();
        // A file changed this recently could change again within the resolution of its clock, unseen: it is not
        // recorded, so the next build reads it again (git's "racily clean" entries).
        var settled = DateTime.UtcNow.AddSeconds(-2).Ticks;
        var theme = Theme.ThemeFiles.For(inputRoot, themeRoot);
        foreach (var (label, root) in new[] { ("input", inputRoot), ("theme", theme.BuiltIn), ("theme-override", theme.Override ?? "") })
        {
            if (root.Length == 0 || !Directory.Exists(root)) continue;
            foreach (var file in Pipeline.FileTree.Files(root).Order(StringComparer.Ordinal))
            {
                var key = label + "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
                string digest;
                try
                {
                    // Not opened, nor followed if a link (one to /dev/zero was read until memory ran out): the build reports it.
                    if (Pipeline.SpecialFile.Kind(file) is { } kind) throw new IOException(kind);
                    var info = new FileInfo(file);
                    var (size, ticks) = (info.Length, info.LastWriteTimeUtc.Ticks);
                    digest = known.TryGetValue(key, out var seen) && seen.Size == size && seen.Ticks == ticks
                        ? seen.Sha256
                        : Digest(file);
                    if (ticks < settled) files.Add(new StampedFile(key, size, ticks, digest));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { digest = "unreadable " + e.GetType().Name; }
                hash.AppendData(Encoding.UTF8.GetBytes(key + "\n" + digest + "\n"));
            }
        }
        return new BuildSources(Convert.ToHexStringLower(hash.GetHashAndReset()), files);
    }

    /// <summary>A file's SHA-256, read in pieces: a 1 GB file (refused by the build) is not held in memory to be hashed.</summary>
    private static string Digest(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>True when <paramref name="stamp"/> is for these sources and the output folder holds just the files it lists, unchanged (size and time).</summary>
    public static bool IsCurrent(string outputRoot, Stamp stamp, string sources)
    {
        if (stamp.Sources != sources || !Directory.Exists(outputRoot)) return false;
        // One walk of the folder: each entry's size and time come with the look that finds it.
        var root = new DirectoryInfo(Path.GetFullPath(outputRoot));
        var prefix = Path.TrimEndingDirectorySeparator(root.FullName).Length + 1;
        var seen = 0;
        foreach (var info in root.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var path = info.FullName[prefix..].Replace('\\', '/');
            if (!stamp.Files.TryGetValue(path, out var file) || info.Length != file.Size || info.LastWriteTimeUtc.Ticks != file.Ticks) return false;
            seen++;
        }
        return seen == stamp.Files.Count;
    }

    /// <summary>The stamp beside an output folder; <see cref="Stamp.None"/> when there is no readable one.</summary>
    public static Stamp Load(string outputRoot) => Read(outputRoot) ?? Stamp.None;

    /// <summary>The files the last build wrote, by path; empty when there is no readable stamp.</summary>
    public static IReadOnlyDictionary<string, StampedFile> Files(string outputRoot) => Load(outputRoot).Files;

    /// <summary>True when the file is still the one the stamp describes: a file rewritten since has another size or time.</summary>
    public static bool IsAsWritten(string outputRoot, StampedFile file)
    {
        var info = new FileInfo(Path.Combine(outputRoot, file.Path));
        return info.Exists && info.Length == file.Size && info.LastWriteTimeUtc.Ticks == file.Ticks;
    }

    /// <summary>Replaces the stamp in one rename, so a build killed meanwhile leaves the old stamp or the new one.</summary>
    public static void Write(string outputRoot, BuildSources? sources, IEnumerable<StampedFile> files)
    {
        var path = PathFor(outputRoot);
        // Written line by line: the whole text of 165,000 files is 40 MB as a string.
        using (var text = new StreamWriter(path + ".tmp", append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            text.Write(sources?.Hash ?? "-");
            text.Write('\n');
            foreach (var file in sources?.Files ?? [])
            {
                text.Write(InputMark);
                text.Write('\t');
                Line(text, file);
            }
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal)) Line(text, file);
        }
        File.Move(path + ".tmp", path, overwrite: true);
    }

    // Lines of the stamp that name a file read rather than written start with this field.
    private const string InputMark = "in";

    private static void Line(StreamWriter text, StampedFile file)
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

    private static Stamp? Read(string outputRoot)
    {
        var path = PathFor(outputRoot);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return null;
        var files = new Dictionary<string, StampedFile>(StringComparer.Ordinal);
        var inputs = new Dictionary<string, StampedFile>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var parts = line.Split('\t');
            var read = parts.Length == 5 && parts[0] == InputMark;
            var at = read ? 1 : 0;
            if (parts.Length != at + 4 || !long.TryParse(parts[at], out var size) || !long.TryParse(parts[at + 1], out var ticks)) return null;
            (read ? inputs : files)[parts[at + 3]] = new StampedFile(parts[at + 3], size, ticks, parts[at + 2]);
        }
        return new Stamp(lines[0], files, inputs);
    }
}
