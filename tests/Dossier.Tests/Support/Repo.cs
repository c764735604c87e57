namespace Dossier.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Dossier.sln not found above " + AppContext.BaseDirectory);
    }
}
