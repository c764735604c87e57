using System.Globalization;
using System.Text.Json;
using Dossier.Claims;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>
/// data/claims.json and data/claims.csv: every claim in the order of claims.yml, with its grade, its corroboration as
/// claims.html shows it (<see cref="ClaimViews.Corroboration"/>: distinct named outlets, and beside it the articles of
/// unknown outlet), the claims it is in dispute with, and its `cite:` list resolved to paragraphs and marks.
/// </summary>
internal static class ClaimsData
{
    public const string Name = "claims";

    public static readonly IReadOnlyList<(string Column, string Meaning)> Columns =
    [
        ("id", "The claim's id (claims.yml)."),
        ("claim", "The claim, one sentence, as plain text."),
        ("credibility", "Admiralty information grade, 1 (confirmed) to 6 (cannot be judged)."),
        ("credibility_label", "What the grade means."),
        ("corroboration", "How many distinct named outlets (outlets.yml) the cited articles come from."),
        ("unknown_support", "How many distinct cited articles have no known publisher; never counted as outlets."),
        ("disputed", "true when another claim disputes it or it disputes another (disputed_by, either way)."),
        ("disputed_by", "The ids of the claims it is in dispute with, separated by \";\"."),
        ("topics", "Topic ids, separated by \";\"."),
        ("entities", "Entity ids, separated by \";\"."),
        ("citations", "How many citations its cite list has (one row each in citations.csv)."),
        ("page", "The claim's own page, claims/ID.html, from the site's root folder."),
    ];

    public static OutputFile Json(DataContext data) => data.Records(Name, "claims", data.Content.Claims.Claims, (w, claim) => Claim(w, data, claim));

    private static void Claim(Utf8JsonWriter w, DataContext data, Claim claim)
    {
        w.WriteString("id", claim.Id);
        w.WriteString("claim", DataContext.Plain(claim.Text) ?? claim.PlainText);
        data.PageFields(w, Routes.Claim(claim.Id));
        w.WriteNumber("credibility", claim.Credibility);
        w.WriteString("credibility_label", claim.CredibilityLabel);
        w.WriteNumber("corroboration", data.Claims.Corroboration(claim));
        w.WriteNumber("unknown_support", data.Claims.UnknownSupport(claim));
        w.WriteBoolean("disputed", data.Claims.IsDisputed(claim));
        w.Strings("disputed_by", DisputedBy(data, claim));
        w.Strings("topics", data.KnownTopics(claim.Topics));
        w.Strings("entities", data.KnownEntities(claim.Entities));
        data.Cite(w, claim.Cite);
    }

    public static OutputFile Csv(DataContext data)
    {
        var table = new CsvTable(Columns.Select(c => c.Column).ToList());
        foreach (var claim in data.Content.Claims.Claims)
            table.Row([
                claim.Id,
                DataContext.Plain(claim.Text) ?? claim.PlainText,
                Number(claim.Credibility),
                claim.CredibilityLabel,
                Number(data.Claims.Corroboration(claim)),
                Number(data.Claims.UnknownSupport(claim)),
                data.Claims.IsDisputed(claim) ? "true" : "false",
                CsvTable.List(DisputedBy(data, claim)),
                CsvTable.List(data.KnownTopics(claim.Topics)),
                CsvTable.List(data.KnownEntities(claim.Entities)),
                Number(claim.Cite.Count(c => data.Content.Articles.ById.ContainsKey(c.ArticleId))),
                DataContext.Page(Routes.Claim(claim.Id)),
            ]);
        return table.ToFile(Routes.DataFile(Name + ".csv"));
    }

    /// <summary>The claims it is in dispute with, both ways, as claims.html lists them.</summary>
    private static IEnumerable<string> DisputedBy(DataContext data, Claim claim) =>
        data.Content.Claims.Disputes[claim.Id].Order(StringComparer.Ordinal).Where(data.Content.Claims.ById.ContainsKey);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
