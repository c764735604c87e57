using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Media;

/// <summary>
/// Publishes every file of input/media/ (any depth) byte for byte as media/…, and reads each picture's width and
/// height from its first bytes, once per build. The bytes themselves are read again only when the file is written,
/// one at a time. A file over dossier.yml's media_size_limit gets a warning; a dossier without input/media/ costs
/// one look for the folder.
/// </summary>
public sealed class MediaPipeline(Site.SitePipeline site) : Pipeline.Pipeline
{
    public const string Folder = "media";

    private readonly Dictionary<string, MediaFile> _files = new(StringComparer.Ordinal);

    public override string Name => "Media";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site];

    /// <summary>Every media file by its site path ("media/map.png").</summary>
    public IReadOnlyDictionary<string, MediaFile> Files => _files;

    public override void Input(BuildContext context)
    {
        var root = Path.Combine(context.InputRoot, Folder);
        if (!Directory.Exists(root)) return;
        var found = FileTree.Files(root, skipHidden: true)
            .Select(source => (Source: source, Path: Folder + "/" + Path.GetRelativePath(root, source).Replace('\\', '/')))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        found.RemoveAll(f => SpecialFile.Refused(f.Source, context.Diagnostics));
        var read = new MediaFile[found.Count];
        Parallel.For(0, found.Count, i => read[i] = Read(found[i].Source, found[i].Path));
        foreach (var file in read) _files[file.Path] = file;
    }

    public override void Process(BuildContext context)
    {
        var limit = site.Config?.MediaSizeLimit ?? SizeLimit.Default;
        foreach (var file in _files.Values.Where(f => f.Length > limit))
            context.Diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.MediaTooLarge, BuildContext.FileAt(file.Source),
                $"{file.Path} is {Megabytes(file.Length)}, over the media_size_limit of {Megabytes(limit)}",
                "make the file smaller (a picture scaled to the page, a compressed PDF), or raise media_size_limit in dossier.yml."));
    }

    public override IEnumerable<PendingFile> Pending => _files.Values.Select(f => new PendingFile(f.Path, () => Copy(f), Name));

    public override IEnumerable<OutputFile> Outputs => Pending.Select(f => f.File);

    private static string Megabytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB",
    };

    private static MediaFile Read(string source, string path)
    {
        try
        {
            return ReadHead(source, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported when the file is copied, with the rest of the build's write errors.
            return new MediaFile(path, source, 0, null);
        }
    }

    private static MediaFile ReadHead(string source, string path)
    {
        using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var head = new byte[(int)Math.Min(input.Length, ImageSize.HeaderBytes)];
        input.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return new MediaFile(path, source, input.Length, ImageSize.Read(Path.GetExtension(source), head));
    }

    private static OutputFile Copy(MediaFile file) => OutputFile.Rented(file.Path, stream =>
    {
        using var input = new FileStream(file.Source, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        input.CopyTo(stream);
    });
}
