using Dossier.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>What every pipeline of a run shares: where the input and theme are, and the diagnostics.</summary>
public sealed class BuildContext(string inputRoot, string themeRoot, DiagnosticBag diagnostics, BuildCache? cache = null)
{
    /// <summary>What earlier builds of this session made of unchanged documents (in `serve`); null for a one-off build.</summary>
    public BuildCache? Cache { get; } = cache;

    public string InputRoot { get; } = Path.GetFullPath(inputRoot);
    public string ThemeRoot { get; } = Path.GetFullPath(themeRoot);

    /// <summary>The theme's files: the built-in theme merged with the dossier's own theme/ overrides.</summary>
    public Dossier.Theme.ThemeFiles ThemeFiles { get; } = Dossier.Theme.ThemeFiles.For(inputRoot, themeRoot);
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>`build --base-url`: the site's address for this build only (a staging site), in place of dossier.yml's site_url.</summary>
    public string? SiteUrlOverride { get; init; }

    /// <summary>`build --drafts` and `serve`: articles and topics marked `draft: true` are built too.</summary>
    public bool IncludeDrafts { get; init; }

    // Read once: asking the system for the working folder on every message path cost half a second of a 10,000-article build.
    private static readonly string WorkingFolder = Environment.CurrentDirectory;

    /// <summary>A path as shown in messages: relative to the working folder when inside it, with forward slashes.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingFolder, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    public static SourceLocation FileAt(string fullPath) => SourceLocation.FileOnly(DisplayPath(fullPath));
}
