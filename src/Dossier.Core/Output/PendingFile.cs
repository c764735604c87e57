namespace Dossier.Output;

/// <summary>
/// A file of the site whose path is known and whose bytes are made when asked for. A build makes each once,
/// writes it and lets it go (<see cref="Make"/>); a preview session keeps what it made (<see cref="File"/>), serving
/// the page an editor looks at as soon as the content is read, and rendering the rest after.
/// </summary>
public sealed class PendingFile
{
    private readonly Func<OutputFile> _make;
    private readonly Lazy<OutputFile> _file;

    /// <param name="group">What kind of file this is (the pipeline that makes it), for the timings.</param>
    public PendingFile(string path, Func<OutputFile> make, string group = "")
    {
        Path = path;
        Group = group;
        _make = make;
        _file = new Lazy<OutputFile>(make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PendingFile(OutputFile ready, string group = "")
    {
        Path = ready.Path;
        Group = group;
        _make = () => ready;
        _file = new Lazy<OutputFile>(ready);
    }

    public string Path { get; }

    public string Group { get; }

    /// <summary>The file, made once and kept.</summary>
    public OutputFile File => _file.Value;

    /// <summary>Whether the file was made and is kept (<see cref="File"/>).</summary>
    public bool IsKept => _file.IsValueCreated;

    /// <summary>The file, made now unless it was already made and kept; this one is not kept.</summary>
    public OutputFile Make() => _file.IsValueCreated ? _file.Value : _make();
}
