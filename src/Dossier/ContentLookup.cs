namespace Dossier.Cli;

/// <summary>
/// Where a command finds the dossier when no --input is given: input/ in the current folder when there is one, else
/// the input/ holding dossier.yml in the nearest folder above (so a command run in input/articles/ works on its
/// dossier, as git does in a repository's subfolders). The output folder's default, output/, is beside that input/.
/// </summary>
public static class ContentLookup
{
    public const string InputName = "input";
    public const string OutputName = "output";

    /// <summary>The content folder, relative to the current folder: "input" when no dossier is found (the commands then say so).</summary>
    public static string Input() => Relative(DossierFolder() is { } folder ? Path.Combine(folder, InputName) : null) ?? InputName;

    /// <summary>Where the site goes by default: output/ beside the content folder found.</summary>
    public static string Output() => Relative(DossierFolder() is { } folder ? Path.Combine(folder, OutputName) : null) ?? OutputName;

    /// <summary>The folder holding the dossier's input/: the current one when it has input/, else the nearest above whose input/ holds dossier.yml.</summary>
    public static string? DossierFolder()
    {
        var current = Environment.CurrentDirectory;
        if (Directory.Exists(Path.Combine(current, InputName))) return current;
        for (var dir = Directory.GetParent(current); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, InputName, "dossier.yml"))) return dir.FullName;
        return null;
    }

    private static string? Relative(string? path) =>
        path is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
