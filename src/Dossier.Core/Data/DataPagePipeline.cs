using System.Text.Json;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Data;

/// <summary>
/// The data downloads (DESIGN.md §3): data/*.json with a JSON Schema each in data/schema/, data/*.csv, CSL-JSON
/// records for reference managers, and data.html, which describes every file, its fields and its licence. Each file is
/// made by one writer of this folder, from the same records as the pages, so its counts are the site's. Every file is
/// made in the same order from the same input, with no time in it: two builds give the same bytes.
/// </summary>
public sealed class DataPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/data", typeof(DataPage))];

    public override string Name => "DataPage";

    protected override void Render(PageRenderer renderer)
    {
        var data = new DataContext(Content, Analysis.Citations.Index, ClaimViews(), renderer.Site);
        var mentions = Analysis.Mentions.ByEntity;
        Add(Json(ArticlesData.Name), () => ArticlesData.Write(data));
        Add(Json(EntitiesData.Name), () => EntitiesData.Json(data, mentions));
        Add(Json(ClaimsData.Name), () => ClaimsData.Json(data));
        Add(Json(TimelineData.Name), () => TimelineData.Json(data));
        Add(Json(TimelineData.TimelineJsName), () => TimelineData.TimelineJs(data));
        Add(Csv(ClaimsData.Name), () => ClaimsData.Csv(data));
        Add(Csv(EntitiesData.Name), () => EntitiesData.Csv(data, mentions));
        Add(Csv(CitationsData.Name), () => CitationsData.Csv(data));
        Add(Routes.DataFile(CslData.All), () => CslData.Every(data));
        foreach (var (name, text) in DataSchemas.All) Add(Routes.DataSchema(name), () => DataJson.Reprint(Routes.DataSchema(name), text));
        Add(new PageInfo(Routes.Data, "Data downloads", Description, null), "data", links => Page(data, links));
    }

    private const string Description = "The dossier's content as data: JSON with its JSON Schemas, CSV and CSL-JSON, each file with its fields and licence.";

    private static string Json(string name) => Routes.DataFile(name + ".json");

    private static string Csv(string name) => Routes.DataFile(name + ".csv");

    private DataPage Page(DataContext data, LinkGenerator links)
    {
        var c = Content;
        var articles = Format.Count(c.Articles.Articles.Count, "article");
        var entities = Format.Count(c.Entities.Entities.Count, "entity", "entities");
        var claims = Format.Count(c.Claims.Claims.Count, "claim");
        var events = Format.Count(c.Timeline.Events.Count, "event");
        DataFileView[] json =
        [
            JsonFile(links, ArticlesData.Name, "Every article in reading order: its outlet and grade, dates, original address, SHA-256 of its source file, topics and page.", articles, "articles"),
            JsonFile(links, EntitiesData.Name, "Every person, organisation and place in id order, with the articles that name it.", entities, "entities"),
            JsonFile(links, ClaimsData.Name, "Every claim in the order of claims.yml, with its credibility grade, corroboration, disputes and citations.", claims, "claims"),
            JsonFile(links, TimelineData.Name, "Every event in the order of the timeline, its date only as precise as the input gives it, with its citations.", events, "events"),
            JsonFile(links, TimelineData.TimelineJsName, "The same events in the JSON format that TimelineJS reads, ready to embed in a TimelineJS page.", events, "events"),
        ];
        DataFileView[] csv =
        [
            CsvFile(links, ClaimsData.Name, "One row per claim, as in claims.json; its citations are rows of citations.csv.", claims, ClaimsData.Columns),
            CsvFile(links, EntitiesData.Name, "One row per entity, as in entities.json.", entities, EntitiesData.Columns),
            CsvFile(links, CitationsData.Name, "One row per citation anywhere in the dossier: claims, events, topics, entities and articles.",
                Format.Count(CitationsData.Count(data), "citation"), CitationsData.Columns),
        ];
        var csl = new DataFileView("file-articles-csl-json", CslData.All, links.To(Routes.DataFile(CslData.All)),
            "Every article as a CSL-JSON item, for reference managers (Zotero, pandoc, citeproc); each item's id is the article's id. A reference manager's browser button also reads one article from its page.",
            articles, Schema(links, CslData.Name), Fields(DataSchemas.Csl, ["items"]));
        return new DataPage(
            Licence: data.Site.Licence,
            SiteUrl: data.Site.SiteUrl,
            Sections:
            [
                new DataSection("json-heading", "JSON", json),
                new DataSection("csv-heading", "CSV", csv),
                new DataSection("csl-heading", "CSL-JSON for reference managers", [csl]),
            ],
            Schemas: DataSchemas.All.Select(s => Schema(links, s.Name)).ToList(),
            Head: new PageHead(StructuredData.DatasetData.Of(data.Site, Description,
            [
                .. json.Select(f => new StructuredData.DataDownloadFile(f.Name, Routes.DataFile(f.Name), "application/json")),
                .. csv.Select(f => new StructuredData.DataDownloadFile(f.Name, Routes.DataFile(f.Name), "text/csv")),
                new StructuredData.DataDownloadFile(csl.Name, Routes.DataFile(csl.Name), "application/vnd.citationstyles.csl+json"),
            ], StructuredData.Addresses.For(links, data.Site.SiteUrl)), []));
    }

    private static DataFileView JsonFile(LinkGenerator links, string name, string description, string records, string list)
    {
        var schema = DataSchemas.All.Single(s => s.Name == name).Text;
        return new DataFileView($"file-{name}-json", name + ".json", links.To(Json(name)), description, records, Schema(links, name),
            Fields(schema, ["properties", list, "items"]));
    }

    private static DataFileView CsvFile(LinkGenerator links, string name, string description, string records, IReadOnlyList<(string Column, string Meaning)> columns) =>
        new($"file-{name}-csv", name + ".csv", links.To(Csv(name)), description, records, null,
            columns.Select(c => new DataFieldView(c.Column, c.Meaning)).ToList());

    private static DataSchemaView Schema(LinkGenerator links, string name) => new(name + ".schema.json", links.To(Routes.DataSchema(name)));

    /// <summary>The fields of a file's records, as its schema describes them (a field without a description of its own takes that of its $ref).</summary>
    private static List<DataFieldView> Fields(string schemaText, string[] itemPath)
    {
        using var schema = JsonDocument.Parse(schemaText);
        var item = itemPath.Aggregate(schema.RootElement, (e, step) => e.GetProperty(step));
        var fields = new List<DataFieldView>();
        foreach (var property in item.GetProperty("properties").EnumerateObject())
        {
            var meaning = property.Value.TryGetProperty("description", out var d) ? d.GetString()
                : property.Value.TryGetProperty("$ref", out var r) && r.GetString() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal)
                  && schema.RootElement.GetProperty("$defs").TryGetProperty(reference["#/$defs/".Length..], out var def) && def.TryGetProperty("description", out var dd)
                    ? dd.GetString() : null;
            fields.Add(new DataFieldView(property.Name, meaning ?? ""));
        }
        return fields;
    }
}
