using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Yaml;

namespace Dossier.Outlets;

/// <summary>Reads input/outlets.yml: a list of publishers.</summary>
public sealed class OutletsPipeline : Pipeline.Pipeline
{
    public const string FileName = "outlets.yml";
    private static readonly string[] Fields = ["id", "name", "url", "country", "reliability", "note"];

    private InputFile? _file;

    public override string Name => "Outlets";

    public IReadOnlyDictionary<string, Outlet> Outlets { get; private set; } = new Dictionary<string, Outlet>();

    public override void Input(BuildContext context)
    {
        var path = Path.Combine(context.InputRoot, FileName);
        if (File.Exists(path)) _file = InputFile.Read(path, context.Diagnostics);
    }

    public override void Process(BuildContext context)
    {
        if (_file is null) return;
        var d = context.Diagnostics;
        if (!YamlTreeReader.TryRead(_file.Text, _file.DisplayPath, d, out var root) || root is null) return;
        if (root is not YamlSequence list)
        {
            d.Error(DiagnosticCodes.WrongType, root.At, $"{FileName} should be a list of outlets, each starting with '- id: …'", "see docs/editing.md.");
            return;
        }
        var outlets = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping mapping)
            {
                d.Error(DiagnosticCodes.WrongType, item.At, "each outlet should be a set of fields starting with '- id: …'", "see docs/editing.md.");
                continue;
            }
            var r = new MappingReader(mapping, d, "an outlet", Fields);
            var id = r.String("id", required: true);
            var name = r.String("name", required: true);
            var url = r.String("url");
            var country = r.String("country");
            var grade = r.String("reliability", required: true);
            var note = r.String("note", required: true);
            if (grade is not null && (grade.Length != 1 || !Outlet.Grades.ContainsKey(grade[0])))
                d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("reliability"), $"reliability '{grade}' is not an Admiralty grade",
                    "write one letter: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.");
            if (id is null || !Ids.Check(id, r.LocationOf("id"), d, "outlet id") || name is null || grade is not { Length: 1 } || note is null
                || !Outlet.Grades.ContainsKey(grade[0])) continue;
            if (id == Articles.ArticleMetaReader.UnknownOutlet)
            {
                d.Error(DiagnosticCodes.InvalidId, r.LocationOf("id"), "'unknown' is reserved for articles whose outlet is not known", "choose another id.");
                continue;
            }
            if (outlets.TryGetValue(id, out var first))
            {
                d.Error(DiagnosticCodes.DuplicateId, r.LocationOf("id"), $"outlet id '{id}' is used twice (first on line {first.At.Line})", "give each outlet its own id.");
                continue;
            }
            outlets[id] = new Outlet(id, name.Trim(), url, country, grade[0], note.Trim(), r.LocationOf("id"));
        }
        Outlets = outlets;
    }
}
