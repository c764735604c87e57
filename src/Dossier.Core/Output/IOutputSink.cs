namespace Dossier.Output;

/// <summary>Where a build's files go as each is made; called from several threads at once.</summary>
public interface IOutputSink
{
    void Write(OutputFile file);

    /// <summary>Whether <see cref="Write"/> waits on the disk: such a sink is written from threads of its own (<see cref="BackgroundWriter"/>).</summary>
    bool WaitsOnDisk => false;

    /// <summary>Whether the sink keeps the files it is given, so that none may be released (<see cref="OutputFile.Release"/>).</summary>
    bool Keeps => false;
}

/// <summary>Keeps every file in memory, for a preview and for comparing builds.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly System.Collections.Concurrent.ConcurrentBag<OutputFile> _files = [];

    public void Write(OutputFile file) => _files.Add(file);

    public bool Keeps => true;

    /// <summary>The files in path order.</summary>
    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}

/// <summary>Keeps nothing: `check` renders every page to check its links, and writes none.</summary>
public sealed class DiscardOutput : IOutputSink
{
    public static readonly DiscardOutput Instance = new();

    public void Write(OutputFile file) { }
}
