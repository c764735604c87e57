using System.Reflection;
using System.Security.Cryptography;

namespace Dossier.Shipped;

/// <summary>
/// The files that travel with the program: the default theme and the editor's guides. The tool package and a
/// development build carry them as folders beside the program. The Native AOT program is one file: it carries them
/// as embedded resources, and unpacks them once into a folder of the user's cache named by their content's hash
/// (the way .NET's own single-file programs extract their content), so that the rest of Dossier reads plain files.
/// </summary>
public static class ShippedFiles
{
    /// <summary>The prefix of the embedded resources' names: "shipped/theme/layouts/base.liquid".</summary>
    public const string ResourcePrefix = "shipped/";

    private const string CompleteMarker = ".complete";

    private static readonly Lazy<string?> Unpacked = new(Unpack);

    /// <summary>The folder holding the shipped "theme" or "docs": beside the program, else unpacked from it.</summary>
    public static string Folder(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(beside)) return beside;
        return Unpacked.Value is { } root ? Path.Combine(root, name) : beside;
    }

    private static Assembly? Program => Assembly.GetEntryAssembly();

    private static string? Unpack()
    {
        if (Program is not { } program) return null;
        var names = program.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return null;
        var files = names.Select(n => (Relative: n[ResourcePrefix.Length..], Bytes: Read(program, n))).ToList();
        var digest = Digest(files);
        foreach (var cache in CacheRoots())
        {
            var root = Path.Combine(cache, "dossier", "shipped-" + digest);
            if (File.Exists(Path.Combine(root, CompleteMarker))) return root;
            try
            {
                // Written beside, then moved in whole: a second program starting at the same time, or one killed
                // half way, never leaves a folder that looks complete but is not.
                var staging = root + ".part-" + Environment.ProcessId;
                if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
                foreach (var (relative, bytes) in files)
                {
                    var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);
                }
                File.WriteAllText(Path.Combine(staging, CompleteMarker), digest + "\n");
                try { Directory.Move(staging, root); }
                catch (IOException) when (File.Exists(Path.Combine(root, CompleteMarker))) { Directory.Delete(staging, recursive: true); }
                return root;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
        return null;
    }

    private static byte[] Read(Assembly program, string name)
    {
        using var stream = program.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Digest(IEnumerable<(string Relative, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, bytes) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(relative + "\n" + bytes.Length + "\n"));
            hash.AppendData(bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>$XDG_CACHE_HOME, else ~/.cache (%LOCALAPPDATA% on Windows); the temporary folder when neither can be written.</summary>
    private static IEnumerable<string> CacheRoots()
    {
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) yield return xdg;
        if (OperatingSystem.IsWindows()) yield return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        else if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home) yield return Path.Combine(home, ".cache");
        yield return Path.GetTempPath();
    }
}
