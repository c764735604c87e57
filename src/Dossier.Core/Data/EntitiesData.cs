using System.Text.Json;
using Dossier.Entities;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>data/entities.json and data/entities.csv: every person, organisation and place, in id order, with the articles that name it.</summary>
internal static class EntitiesData
{
    public const string Name = "entities";

    public static readonly IReadOnlyList<(string Column, string Meaning)> Columns =
    [
        ("id", "The entity's id (entities.yml)."),
        ("name", "Its name."),
        ("kind", "person, organisation or place."),
        ("role", "Its role in one line; empty when entities.yml gives none."),
        ("aliases", "Other spellings and short names matched in article text, separated by \";\"."),
        ("mentions", "How many times the articles name it (by name or alias)."),
        ("articles", "The ids of the articles that name it, in reading order, separated by \";\"."),
        ("page", "Its page, from the site's root folder."),
        ("description", "Its description as plain text (citations are in citations.csv)."),
    ];

    public static OutputFile Json(DataContext data, MentionsByEntity mentions) => data.Records(Name, "entities", data.Content.Entities.Entities.Values, (w, e) =>
    {
        w.WriteString("id", e.Id);
        w.WriteString("name", e.Name);
        w.WriteString("kind", DataContext.KindName(e.Kind));
        w.Strings("aliases", e.Aliases);
        w.StringOrNull("role", e.Role);
        w.StringOrNull("description", DataContext.Plain(e.Description));
        w.WriteNumber("mentions", mentions[e.Id].Count());
        w.Strings("articles", Articles(mentions, e));
        data.PageFields(w, Routes.Entity(e.Id));
    });

    public static OutputFile Csv(DataContext data, MentionsByEntity mentions)
    {
        var table = new CsvTable(Columns.Select(c => c.Column).ToList());
        foreach (var e in data.Content.Entities.Entities.Values)
            table.Row([
                e.Id, e.Name, DataContext.KindName(e.Kind), e.Role, CsvTable.List(e.Aliases),
                mentions[e.Id].Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                CsvTable.List(Articles(mentions, e)), Routes.Entity(e.Id), DataContext.Plain(e.Description),
            ]);
        return table.ToFile(Routes.DataFile(Name + ".csv"));
    }

    private static IEnumerable<string> Articles(MentionsByEntity mentions, Entity e) =>
        mentions.ByArticle(e.Id).Where(run => run.Length > 0).Select(run => run[0].Article.Id);
}
