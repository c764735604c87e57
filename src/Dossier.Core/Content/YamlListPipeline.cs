using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Yaml;

namespace Dossier.Content;

/// <summary>
/// A pipeline that reads one list file of input/ — outlets, entities, timeline, claims: it reads the file in
/// the Input phase, each record with <see cref="Read"/> in Process, then lets the subclass index the records.
/// </summary>
/// <param name="site">Given when records carry Markdown: the site settings say whether it may hold raw HTML.</param>
public abstract class YamlListPipeline<T>(string fileName, string what, IReadOnlyCollection<string> fields, Site.SitePipeline? site)
    : Pipeline.Pipeline where T : class
{
    private InputFile? _file;

    /// <summary>The file as read: its records, which ids it declares, whether it could be read at all.</summary>
    public YamlList<T> List { get; private set; } = new([], new HashSet<string>(), false);

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => site is null ? [] : [site];

    protected bool RawHtml => site?.Config?.RawHtml == true;

    /// <summary>The whole file, to locate references inside Markdown fields.</summary>
    protected string FileText => _file?.Text ?? "";

    /// <summary>
    /// The file is there but could not be read (too large, not UTF-8, not a file): its error is the one message,
    /// and references to its ids are not reported as unknown as well.
    /// </summary>
    private bool _unreadable;

    public override void Input(BuildContext context)
    {
        _file = context.Cache is { } cache ? ReadCached(context, cache) : YamlListFile.ReadFile(context, fileName);
        _unreadable = _file is null && Path.Exists(Path.Combine(context.InputRoot, fileName));
    }

    /// <summary>Of a preview session, for what the subclass makes of the records; null in a one-off build.</summary>
    protected BuildCache? Cache { get; private set; }

    public override void Process(BuildContext context)
    {
        Cache = context.Cache;
        List = context.Cache is { } cache ? ParseCached(cache, context.Diagnostics) : Parse(context.Diagnostics);
        Index(List.Items, context.Diagnostics);
    }

    private YamlList<T> Parse(DiagnosticBag d) =>
        _unreadable ? new YamlList<T>([], new HashSet<string>(), Unreadable: true) : YamlListFile.Parse(_file, d, what, fields, r => Read(r, d));

    /// <summary>A parse with its own diagnostics, as kept between builds of a preview session.</summary>
    private sealed record Parsed(YamlList<T> List, DiagnosticBag Diagnostics);

    /// <summary>
    /// An unchanged file parses to the same records with the same findings, so they are reused and the findings
    /// reported again. The key holds all a parse depends on: the file's bytes, the name it is shown by, raw_html.
    /// </summary>
    private YamlList<T> ParseCached(BuildCache cache, DiagnosticBag d)
    {
        var key = _file is null ? (_unreadable ? "unreadable" : "none") : $"{RawHtml}|{_file.DisplayPath}|{_file.Sha256}";
        var parsed = cache.Latest(fileName, key, () =>
        {
            var own = new DiagnosticBag();
            return new Parsed(Parse(own), own);
        });
        d.AddRange(parsed.Diagnostics);
        return parsed.List;
    }

    private InputFile? ReadCached(BuildContext context, BuildCache cache)
    {
        var path = Path.Combine(context.InputRoot, fileName);
        return Path.Exists(path) ? cache.File(path, () => InputFile.Read(path, context.Diagnostics)) : null;
    }

    protected abstract T? Read(MappingReader r, DiagnosticBag d);

    protected abstract void Index(IReadOnlyList<T> records, DiagnosticBag d);
}
