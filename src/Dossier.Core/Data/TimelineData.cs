using System.Text;
using System.Text.Json;
using Dossier.Links;
using Dossier.Output;
using Dossier.Timeline;

namespace Dossier.Data;

/// <summary>
/// data/timeline.json (every event in the order of timeline.html, with its date to the precision timeline.yml gives)
/// and data/timeline-js.json (the same events in the shape TimelineJS reads: a title slide and events with
/// start_date, text and group).
/// </summary>
internal static class TimelineData
{
    public const string Name = "timeline";
    public const string TimelineJsName = "timeline-js";

    public static OutputFile Json(DataContext data) => data.Records(Name, "events", data.Content.Timeline.Events, (w, e) =>
    {
        w.WriteString("id", e.Anchor);
        w.WriteString("date", e.Date.Iso);
        w.WriteNumber("year", e.Date.Year);
        w.NumberOrNull("month", e.Date.Month);
        w.NumberOrNull("day", e.Date.Day);
        w.WriteString("display_date", e.Date.Display);
        w.WriteString("title", e.Title);
        w.StringOrNull("text", DataContext.Plain(e.Text));
        w.Strings("topics", data.KnownTopics(e.Topics));
        w.Strings("entities", data.KnownEntities(e.Entities));
        data.Cite(w, e.Cite);
        data.PageFields(w, data.Content.EventPages.PageOf(e), e.Anchor);
    });

    /// <summary>
    /// TimelineJS reads its texts as HTML: each is the plain text, escaped, and (when site_url is set) a link to the
    /// event on the dossier's timeline. A date gives only the parts timeline.yml gives; the group is the event's first topic.
    /// </summary>
    public static OutputFile TimelineJs(DataContext data) => DataJson.Write(Routes.DataFile(TimelineJsName + ".json"), w =>
    {
        var topics = data.Content.Topics.Topics;
        w.WriteStartObject();
        w.WriteString("$schema", LinkGenerator.Relative(Routes.DataFile("x.json"), Routes.DataSchema(TimelineJsName)));
        w.WriteStartObject("title");
        Text(w, data.Site.Title, Paragraph(data.Site.Description));
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var e in data.Content.Timeline.Events)
        {
            w.WriteStartObject();
            w.WriteString("unique_id", e.Anchor);
            w.WriteStartObject("start_date");
            w.WriteNumber("year", e.Date.Year);
            if (e.Date.Month is { } month) w.WriteNumber("month", month);
            if (e.Date.Day is { } day) w.WriteNumber("day", day);
            w.WriteString("display_date", e.Date.Display);
            w.WriteEndObject();
            var text = new StringBuilder();
            if (DataContext.Plain(e.Text) is { } plain) text.Append(Paragraph(plain));
            if (data.Url(data.Content.EventPages.PageOf(e), e.Anchor) is { } url)
                text.Append("<p><a href=\"").Append(Escape(url)).Append("\">This event on the dossier’s timeline</a></p>");
            Text(w, e.Title, text.ToString());
            if (data.KnownTopics(e.Topics).FirstOrDefault() is { } topic) w.WriteString("group", topics[topic].Title);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Text(Utf8JsonWriter w, string headline, string html)
    {
        w.WriteStartObject("text");
        w.WriteString("headline", Escape(headline));
        w.WriteString("text", html);
        w.WriteEndObject();
    }

    private static string Paragraph(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{Escape(p)}</p>"));

    private static string Escape(string text) => new StringBuilder(text)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;").ToString();
}
