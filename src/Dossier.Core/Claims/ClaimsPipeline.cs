using System.Globalization;
using Dossier.Citations;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Yaml;

namespace Dossier.Claims;

/// <summary>Reads input/claims.yml.</summary>
public sealed class ClaimsPipeline(Site.SitePipeline site) : YamlListPipeline<Claim>(FileName, "claim", Fields, site)
{
    public const string FileName = "claims.yml";
    private static readonly string[] Fields = ["id", "claim", "topics", "entities", "credibility", "cite", "disputed_by"];

    public override string Name => "Claims";

    /// <summary>Claims in the file's order.</summary>
    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyDictionary<string, Claim> ById { get; private set; } = new Dictionary<string, Claim>();

    /// <summary>Which claims dispute each claim, both ways: a claim named in another's disputed_by is disputed by it, and the reverse.</summary>
    public ILookup<string, string> Disputes { get; private set; } = Array.Empty<(string, string)>().ToLookup(x => x.Item1, x => x.Item2);

    protected override void Index(IReadOnlyList<Claim> records, DiagnosticBag d)
    {
        var byId = new Dictionary<string, Claim>(StringComparer.Ordinal);
        var claims = new List<Claim>();
        foreach (var claim in records)
        {
            if (!YamlListFile.CheckUnique(byId, claim.Id, claim.At, c => c.At, d, "claim")) continue;
            byId[claim.Id] = claim;
            claims.Add(claim);
        }
        Claims = claims;
        ById = byId;
        Disputes = claims.SelectMany(c => c.DisputedBy.SelectMany(o => new[] { (c.Id, o.Id), (o.Id, c.Id) }))
            .Distinct().ToLookup(p => p.Item1, p => p.Item2);
    }

    protected override Claim? Read(MappingReader r, DiagnosticBag d)
    {
        var id = r.String("id", required: true);
        var text = r.String("claim", required: true);
        var topics = r.StringList("topics");
        var entities = r.StringList("entities");
        var gradeText = r.String("credibility", required: true);
        var cite = CiteList.Read(r);
        var disputedBy = r.StringList("disputed_by");
        int? grade = int.TryParse(gradeText, NumberStyles.None, CultureInfo.InvariantCulture, out var g) && Claim.Grades.ContainsKey(g) ? g : null;
        if (gradeText is not null && grade is null)
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("credibility"), $"credibility '{gradeText}' is not an Admiralty grade",
                "write a number: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.");
        if (id is null || !Ids.Check(id, r.LocationOf("id"), d, "claim id") || text is null || grade is null) return null;
        var sentence = MarkdownText.Parse(text.Trim(), r.LocationOf("claim"), FileText, RawHtml);
        if (cite.Count == 0 && sentence.Citations.Count == 0)
            d.Error(DiagnosticCodes.MissingField, r.LocationOf("cite"), $"claim '{id}' cites nothing",
                "add 'cite:' with at least one { article: ID, quote: \"…\" }: every claim rests on a passage of an article.");
        foreach (var (other, at) in disputedBy)
            if (other == id) d.Error(DiagnosticCodes.InvalidValue, at, "a claim cannot dispute itself", $"remove '{id}' from 'disputed_by'.");
        return new Claim(id, sentence, text.Trim(), topics, entities, grade.Value, cite,
            disputedBy.Where(x => x.Value != id).ToList(), r.LocationOf("id"));
    }
}
