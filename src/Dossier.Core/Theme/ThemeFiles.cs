namespace Dossier.Theme;

/// <summary>
/// The theme's files: the built-in theme, and a dossier's own theme/ folder (beside its input folder) holding only the
/// files it changes. A file there replaces the built-in file of the same relative path; every other file comes from the
/// built-in theme; files the built-in theme lacks (a new partial, a new asset) are added. Overrides apply only on top of
/// the theme shipped with Dossier: `--theme DIR` names a whole theme, used as it is. A theme/ folder holding
/// <see cref="WholeThemeMarker"/> (this repository's, the source of the shipped theme) is a whole theme too.
/// </summary>
public sealed class ThemeFiles
{
    /// <summary>The theme that travels with the program: beside it, or inside the native program (ShippedFiles).</summary>
    public static string Shipped => Dossier.Shipped.ShippedFiles.Folder("theme");

    public string BuiltIn { get; }

    /// <summary>The dossier's override folder, or null when there is none (absent, or it is the built-in theme itself).</summary>
    public string? Override { get; }

    private ThemeFiles(string builtIn, string? overrideFolder) => (BuiltIn, Override) = (builtIn, overrideFolder);

    /// <summary>The file that marks a theme/ folder as a whole theme (as this repository's theme/, the source of the shipped one).</summary>
    public const string WholeThemeMarker = ".whole-theme";

    /// <param name="themeRoot">The built-in theme: --theme DIR, or <see cref="Shipped"/>. Overrides apply only over the latter.</param>
    public static ThemeFiles For(string inputRoot, string themeRoot)
    {
        var builtIn = Full(themeRoot);
        var folder = OverrideFolderFor(inputRoot);
        if (builtIn != Full(Shipped) || folder == builtIn || !Directory.Exists(folder)) return new ThemeFiles(builtIn, null);
        // A theme/ folder that is a whole theme (the repository's own, or a full copy of it) is used as it is.
        return File.Exists(Path.Combine(folder, WholeThemeMarker)) ? new ThemeFiles(folder, null) : new ThemeFiles(builtIn, folder);
    }

    /// <summary>Where a dossier keeps its overrides: theme/ beside its input folder.</summary>
    public static string OverrideFolderFor(string inputRoot) =>
        Full(Path.Combine(Path.GetDirectoryName(Full(inputRoot)) ?? ".", "theme"));

    /// <summary>The built-in theme's files, relative paths with '/', sorted.</summary>
    public IReadOnlyList<string> BuiltInFiles() => List(BuiltIn);

    /// <summary>The override folder's files, relative paths with '/', sorted.</summary>
    public IReadOnlyList<string> OverrideFiles() => Override is null ? [] : List(Override);

    /// <summary>Every file of the merged theme: relative path to the full path it is read from, sorted by relative path.</summary>
    public SortedDictionary<string, string> Merged(string? under = null)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { BuiltIn, Override })
        {
            if (root is null) continue;
            foreach (var relative in List(root))
                if (under is null || relative.StartsWith(under + "/", StringComparison.Ordinal))
                    merged[relative] = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        }
        return merged;
    }

    /// <summary>The folders a build reads the theme from: the built-in theme, then the override folder if any.</summary>
    public IEnumerable<string> Roots() => Override is null ? [BuiltIn] : [BuiltIn, Override];

    private static List<string> List(string root) =>
        !Directory.Exists(root) ? []
            : Pipeline.FileTree.Files(root)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(r => !r.Split('/').Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal).ToList();

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
