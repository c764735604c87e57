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

    public override void Input(BuildContext context) => _file = YamlListFile.ReadFile(context, fileName);

    public override void Process(BuildContext context)
    {
        List = YamlListFile.Parse(_file, context.Diagnostics, what, fields, r => Read(r, context.Diagnostics));
        Index(List.Items, context.Diagnostics);
    }

    protected abstract T? Read(MappingReader r, DiagnosticBag d);

    protected abstract void Index(IReadOnlyList<T> records, DiagnosticBag d);
}
