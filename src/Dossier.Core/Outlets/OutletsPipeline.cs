using Dossier.Articles;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Outlets;

/// <summary>Reads input/outlets.yml: a list of publishers.</summary>
public sealed class OutletsPipeline() : YamlListPipeline<Outlet>(FileName, "outlet", Fields, site: null)
{
    public const string FileName = "outlets.yml";
    private static readonly string[] Fields = ["id", "name", "url", "country", "reliability", "note"];

    public override string Name => "Outlets";

    public IReadOnlyDictionary<string, Outlet> Outlets { get; private set; } = new Dictionary<string, Outlet>();

    protected override void Index(IReadOnlyList<Outlet> records, DiagnosticBag d)
    {
        var outlets = new Dictionary<string, Outlet>(StringComparer.Ordinal);
        foreach (var outlet in records)
            if (YamlListFile.CheckUnique(outlets, outlet.Id, outlet.At, o => o.At, d, "outlet"))
                outlets[outlet.Id] = outlet;
        Outlets = outlets;
    }

    protected override Outlet? Read(MappingReader r, DiagnosticBag d)
    {
        var id = r.String("id", required: true);
        var name = r.String("name", required: true);
        var url = r.String("url");
        var country = r.String("country");
        var grade = r.String("reliability", required: true);
        var note = r.String("note", required: true);
        var validGrade = grade is { Length: 1 } && Outlet.Grades.ContainsKey(grade[0]);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "https" or "http"))
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("url"), $"'url' should be the outlet's web address, not '{url}'",
                "write the full address starting with https:// or http://.");
        if (grade is not null && !validGrade)
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("reliability"), $"reliability '{grade}' is not an Admiralty grade",
                "write one letter: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.");
        if (id == ArticleMetaReader.UnknownOutlet)
        {
            d.Error(DiagnosticCodes.InvalidId, r.LocationOf("id"), "'unknown' is reserved for articles whose outlet is not known", "choose another id.");
            return null;
        }
        if (id is null || !Ids.Check(id, r.LocationOf("id"), d, "outlet id") || name is null || !validGrade || note is null) return null;
        return new Outlet(id, name.Trim(), url, country, grade![0], note.Trim(), r.LocationOf("id"));
    }
}
