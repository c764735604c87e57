namespace Dossier.Output;

/// <summary>
/// A file of the site whose path is known and whose bytes are made when first asked for. A preview session
/// serves the page an editor looks at as soon as the content is read, and renders the rest after.
/// </summary>
public sealed class PendingFile
{
    private readonly Lazy<OutputFile> _file;

    public PendingFile(string path, Func<OutputFile> make)
    {
        Path = path;
        _file = new Lazy<OutputFile>(make, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PendingFile(OutputFile ready)
    {
        Path = ready.Path;
        _file = new Lazy<OutputFile>(ready);
    }

    public string Path { get; }

    public OutputFile File => _file.Value;
}
