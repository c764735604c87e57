using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options shared by several commands, and where the theme is found.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input") { Description = "The dossier's content folder.", DefaultValueFactory = _ => "input" };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "The theme folder (default: theme/ beside the input folder, else the theme shipped with Dossier).",
    };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Print the time each phase and pipeline took." };

    public static string ResolveTheme(string input, string? theme)
    {
        if (theme is not null) return theme;
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "theme");
        return Directory.Exists(beside) ? beside : Path.Combine(AppContext.BaseDirectory, "theme");
    }
}
