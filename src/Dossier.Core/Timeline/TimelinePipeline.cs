using System.Text;
using Dossier.Citations;
using Dossier.Content;
using Dossier.Markdown;
using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Timeline;

/// <summary>
/// Reads input/timeline.yml. Events are put in date order, where dates of different precision may not
/// compare: "2025" neither precedes nor follows "2025-10-19". An event goes before another only when its
/// date ends before the other's begins; otherwise the file's order stands, so the editor decides.
/// </summary>
public sealed class TimelinePipeline(Site.SitePipeline site) : YamlListPipeline<TimelineEvent>(FileName, "event", Fields, site)
{
    public const string FileName = "timeline.yml";
    private static readonly string[] Fields = ["date", "title", "text", "topics", "entities", "cite"];

    public override string Name => "Timeline";

    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    protected override TimelineEvent? Read(MappingReader r, DiagnosticBag d)
    {
        var date = PartialDate.Parse(r.String("date", required: true), r.LocationOf("date"), d);
        var title = r.String("title", required: true);
        var text = r.String("text");
        var topics = r.StringList("topics");
        var entities = r.StringList("entities");
        var cite = CiteList.Read(r);
        if (date is null || title is null) return null;
        var body = text is null ? MarkdownText.Empty : MarkdownText.Parse(text, r.LocationOf("text"), FileText, RawHtml);
        return new TimelineEvent(date.Value, title.Trim(), body, topics, entities, cite, r.LocationOf("date"));
    }

    protected override void Index(IReadOnlyList<TimelineEvent> records, DiagnosticBag d) =>
        // The records of an unchanged file are the same list as last time, and so is their order.
        Events = Cache is null ? Order(records) : Cache.Derived(records, "", () => new Ordered(Order(records))).Events;

    private sealed record Ordered(IReadOnlyList<TimelineEvent> Events);

    private static IReadOnlyList<TimelineEvent> Order(IReadOnlyList<TimelineEvent> records)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return ChronologicalOrder.Of(records.Select(r => r.Date).ToList()).Select(i => records[i] with { Anchor = UniqueAnchor(records[i], used) }).ToList();
    }

    private static string UniqueAnchor(TimelineEvent e, HashSet<string> used)
    {
        var slug = new StringBuilder();
        foreach (var c in e.Title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var words = slug.ToString().Trim('-');
        if (words.Length > 40) words = words[..(words.LastIndexOf('-', 40) is var cut and > 0 ? cut : 40)];
        var anchor = $"e-{e.Date.Iso}-{words}";
        var unique = anchor;
        for (var n = 2; !used.Add(unique); n++) unique = $"{anchor}-{n}";
        return unique;
    }
}
