namespace Dossier.Bench;

/// <summary>
/// The folders a benchmark run makes, removed when it ends unless asked to keep them. Only what this run made is
/// removed: a --work folder that already existed stays, with whatever else it held.
/// </summary>
internal sealed class Workspace(string root, bool madeRoot, bool keep) : IDisposable
{
    private readonly List<string> _made = [];

    public string Root { get; } = root;

    public static Workspace Create(string? requested, bool keep)
    {
        var root = Path.GetFullPath(requested ?? Path.Combine(Path.GetTempPath(), $"dossier-bench-{Environment.ProcessId}"));
        var made = !Directory.Exists(root);
        Directory.CreateDirectory(root);
        return new Workspace(root, made, keep);
    }

    /// <summary>A folder under the root for this run, recorded for removal; empty when returned.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(path);
        _made.Add(path);
        return path;
    }

    public void Dispose()
    {
        if (keep)
        {
            Console.WriteLine($"\nKept the work folders under {Root}.");
            return;
        }
        foreach (var path in _made.Where(Directory.Exists)) Directory.Delete(path, recursive: true);
        if (madeRoot && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
