using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options shared by several commands, and where the theme is found.</summary>
public static class CommonOptions
{
    public static Option<string> Input() => new("--input")
    {
        Description = "The dossier's content folder (default: input/ here, else the input/ of the dossier this folder is in).",
        DefaultValueFactory = _ => ContentLookup.Input(),
    };

    public static Option<string?> Theme() => new("--theme")
    {
        Description = "A whole theme folder, used as it is (default: the theme shipped with Dossier, with the files of theme/ beside the input folder replacing its own).",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include the articles and topics marked 'draft: true' (left out by default; serve always shows them)." };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Print the time each phase and pipeline took." };

    /// <summary>The built-in theme: --theme if given, else the theme shipped beside the program; the dossier's theme/ overrides are merged over the latter (ThemeFiles).</summary>
    public static string ResolveTheme(string input, string? theme) => theme ?? Dossier.Theme.ThemeFiles.Shipped;
}
