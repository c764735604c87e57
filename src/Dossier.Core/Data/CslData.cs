using System.Text.Json;
using Dossier.Articles;
using Dossier.Content;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>
/// CSL-JSON for reference managers (Zotero, pandoc, citeproc): data/articles.csl.json, one item per article, as a
/// CSL-JSON array, the form those tools import. (A file per article would be 10,000 more files at newsroom scale, for
/// what each article page already gives reference managers in its citation_* meta tags.) An item says only what the input says: container-title and publisher only when the outlet is named in
/// outlets.yml, issued and accessed only when published and retrieved are given, and only the parts of the date given.
/// </summary>
internal static class CslData
{
    public const string Name = "csl";
    public const string All = "articles.csl.json";

    public static OutputFile Every(DataContext data) =>
        DataJson.Write(Routes.DataFile(All), w =>
        {
            w.WriteStartArray();
            foreach (var a in data.Content.Articles.Articles) Item(w, data, a);
            w.WriteEndArray();
        });

    private static void Item(Utf8JsonWriter w, DataContext data, Article a)
    {
        var meta = a.Meta;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        // The dossier holds news articles; CSL has no type for "an article whose publisher is not known".
        w.WriteString("type", "article-newspaper");
        w.WriteString("title", meta.Title);
        if (data.Content.Outlets.Outlets.TryGetValue(meta.Outlet, out var outlet))
        {
            w.WriteString("container-title", outlet.Name);
            w.WriteString("publisher", outlet.Name);
        }
        if (meta.Published is { } published) Date(w, "issued", published);
        if (meta.Retrieved is { } retrieved) Date(w, "accessed", retrieved);
        if (meta.Url is not null) w.WriteString("URL", meta.Url);
        if (meta.Summary is not null) w.WriteString("abstract", meta.Summary);
        if (meta.DateNote is not null) w.WriteString("note", meta.DateNote);
        // Where the copy is kept: the dossier, at the article's page.
        w.WriteString("archive", data.Site.Title);
        w.WriteString("archive_location", data.Url(Routes.Article(a.Slug)) ?? Routes.Article(a.Slug));
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, string name, PartialDate date)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("date-parts");
        w.WriteStartArray();
        w.WriteNumberValue(date.Year);
        if (date.Month is { } month) w.WriteNumberValue(month);
        if (date.Month is not null && date.Day is { } day) w.WriteNumberValue(day);
        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
