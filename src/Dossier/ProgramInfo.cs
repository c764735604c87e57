using System.Reflection;

namespace Dossier.Cli;

/// <summary>What the running program is: its version and commit, where its guide is, and how its user types its commands.</summary>
public static class ProgramInfo
{
    /// <summary>"1.0.0+c0ffee…" as the SDK stamps it: the version, and the commit the program was built from.</summary>
    private static string Informational =>
        typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string VersionLine
    {
        get
        {
            var (version, commit) = Informational.Split('+', 2) is [var v, var c] ? (v, c) : (Informational, null);
            return commit is null ? $"dossier {version} (commit not recorded)" : $"dossier {version} (commit {commit})";
        }
    }

    /// <summary>The repository this program was built in, when it runs from that repository's build output; null otherwise.</summary>
    private static string? Repository
    {
        get
        {
            // Only a framework-dependent dossier.dll run by `dotnet` is a development build: the installed tool and the
            // native binary are run as `dossier`.
            if (!Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "").Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return null;
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.sln")) && File.Exists(Path.Combine(dir.FullName, "src", "Dossier", "Dossier.csproj")))
                    return dir.FullName;
            return null;
        }
    }

    /// <summary>
    /// How the user runs a Dossier command, for hints: `dossier serve` for the installed tool or the native binary;
    /// from the repository, the `dotnet run --project …` form, with the project's path relative to the current folder
    /// when the current folder is in the repository.
    /// </summary>
    public static string Command(string arguments)
    {
        if (Repository is not { } repo) return $"dossier {arguments}";
        var project = Path.Combine(repo, "src", "Dossier");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, project);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? project : relative;
        return $"dotnet run --project {shown.Replace('\\', '/')} -- {arguments}";
    }

    /// <summary>The editor's guide: in the repository the program runs from, else the copy that travels with the program.</summary>
    public static string? Guide(string name)
    {
        foreach (var docs in new[] { Repository is { } repo ? Path.Combine(repo, "docs") : null, Dossier.Shipped.ShippedFiles.Folder("docs") })
            if (docs is not null && Path.Combine(docs, name) is var path && File.Exists(path)) return Path.GetFullPath(path);
        return null;
    }
}
