using System.Text.Json;
using Dossier.Articles;
using Dossier.Links;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>data/articles.json: every article in reading order, with its outlet, dates, addresses, fingerprint and topics.</summary>
internal static class ArticlesData
{
    public const string Name = "articles";

    public static OutputFile Write(DataContext data) => data.Records(Name, "articles", data.Content.Articles.Articles, (w, a) => Article(w, data, a));

    private static void Article(Utf8JsonWriter w, DataContext data, Article a)
    {
        var meta = a.Meta;
        w.WriteString("id", a.Id);
        w.WriteString("title", meta.Title);
        data.PageFields(w, Routes.Article(a.Slug));
        if (data.Content.Outlets.Outlets.TryGetValue(meta.Outlet, out var outlet))
        {
            w.WriteStartObject("outlet");
            w.WriteString("id", outlet.Id);
            w.WriteString("name", outlet.Name);
            w.StringOrNull("url", outlet.Url);
            w.StringOrNull("country", outlet.Country);
            w.WriteString("reliability", outlet.Reliability.ToString());
            w.WriteString("reliability_label", outlet.ReliabilityLabel);
            data.PageFields(w, Routes.Sources, "outlet-" + outlet.Id);
            w.WriteEndObject();
        }
        else w.WriteNull("outlet");
        w.StringOrNull("published", meta.Published?.Iso);
        w.StringOrNull("date_note", meta.DateNote);
        w.StringOrNull("url", meta.Url);
        w.StringOrNull("retrieved", meta.Retrieved?.Iso);
        w.Strings("topics", data.KnownTopics(meta.Topics));
        w.StringOrNull("summary", meta.Summary);
        w.WriteNumber("word_count", a.WordCount);
        w.WriteString("source_file", a.SourceFileName);
        w.WriteString("format", a.Format == ArticleFormat.PlainText ? "plain-text" : "markdown");
        w.WriteString("sha256", a.Sha256);
    }
}
