using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Yaml;

namespace Dossier.Entities;

/// <summary>Reads input/entities.yml.</summary>
public sealed class EntitiesPipeline(Site.SitePipeline site) : YamlListPipeline<Entity>(FileName, "entity", Fields, site)
{
    public const string FileName = "entities.yml";
    private static readonly string[] Fields = ["id", "name", "kind", "aliases", "role", "description", "wikidata"];

    public override string Name => "Entities";

    /// <summary>Entities by id, in id order.</summary>
    public IReadOnlyDictionary<string, Entity> Entities { get; private set; } = new SortedDictionary<string, Entity>();

    protected override void Index(IReadOnlyList<Entity> records, DiagnosticBag d)
    {
        var entities = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in records)
            if (YamlListFile.CheckUnique(entities, entity.Id, entity.At, e => e.At, d, "entity"))
                entities[entity.Id] = entity;
        Entities = entities;
    }

    protected override Entity? Read(MappingReader r, DiagnosticBag d)
    {
        var id = r.String("id", required: true);
        var name = r.String("name", required: true);
        var kindText = r.String("kind", required: true);
        var aliases = r.StringList("aliases");
        var role = r.String("role");
        var description = r.String("description");
        var wikidata = r.String("wikidata")?.Trim();
        if (wikidata is not null && !IsWikidataId(wikidata))
        {
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("wikidata"), $"'wikidata' should be a Wikidata item id such as Q1234, not '{wikidata}'",
                "write the Q and the digits of the item, as in its address https://www.wikidata.org/wiki/Q1234, or remove the field.");
            wikidata = null;
        }
        EntityKind? kind = kindText switch
        {
            "person" => EntityKind.Person,
            "organisation" or "organization" => EntityKind.Organisation,
            "place" => EntityKind.Place,
            _ => null,
        };
        if (kindText is not null && kind is null)
            d.Error(DiagnosticCodes.InvalidValue, r.LocationOf("kind"), $"entity kind '{kindText}' is not one of person, organisation, place",
                Suggestions.DidYouMean(kindText, ["person", "organisation", "place"], "kinds"));
        foreach (var (alias, at) in aliases)
            if (alias.Trim().Length == 0) d.Error(DiagnosticCodes.InvalidValue, at, "an alias is empty", "remove it or write the other name.");
        if (id == "index")
        {
            d.Error(DiagnosticCodes.InvalidId, r.LocationOf("id"), "'index' cannot be an entity id: entities/index.html is the list of all entities", "choose another id.");
            return null;
        }
        if (id is null || !Ids.Check(id, r.LocationOf("id"), d, "entity id") || name is null || kind is null) return null;
        var text = description is null ? MarkdownText.Empty : MarkdownText.Parse(description, r.LocationOf("description"), FileText, RawHtml);
        return new Entity(id, name.Trim(), kind.Value, aliases.Select(a => a.Value.Trim()).Where(a => a.Length > 0 && a != name.Trim()).Distinct().ToList(),
            role?.Trim(), text, r.LocationOf("id"), wikidata);
    }

    /// <summary>Q followed by digits, the first not 0: the form of every Wikidata item id.</summary>
    private static bool IsWikidataId(string text) =>
        text.Length >= 2 && text[0] == 'Q' && text[1] != '0' && !text.AsSpan(1).ContainsAnyExceptInRange('0', '9');
}
