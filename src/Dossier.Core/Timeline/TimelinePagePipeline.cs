using Dossier.Content;
using Dossier.Links;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Timeline;

/// <summary>
/// Renders timeline.html: the events in date order, in runs of the same month, each with its citations. A long
/// timeline continues on timeline.page-2.html …, cut by <see cref="EventPages"/>; the chart is on the first page.
/// </summary>
public sealed class TimelinePagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/timeline", typeof(TimelinePage))];

    private const string Title = "Timeline";

    private sealed record Run(string Label, string Anchor, List<TimelineEvent> Events);

    public override string Name => "TimelinePage";

    protected override void Render(PageRenderer renderer)
    {
        var events = EventViews();
        var layout = Content.EventPages;
        var runs = Runs(Content.Timeline.Events).Select((run, i) => new Run(
            run.Month is null ? $"{run.Year}, month not known" : new PartialDate(run.Year, run.Month, null).Display,
            $"{(run.Month is null ? $"y{run.Year}" : $"m{run.Year}-{run.Month:D2}")}-{i + 1}",
            run.Events)).ToList();
        var runOf = runs.SelectMany(r => r.Events.Select(e => (e.Anchor, Run: r))).ToDictionary(x => x.Anchor, x => x.Run, StringComparer.Ordinal);
        var description = "The events of the dossier in date order, each with its sources.";
        foreach (var page in layout.Pages)
            Add(new PageInfo(page.Path, Pagination.Title(Title, page), description, "Timeline"), "timeline", links => new TimelinePage(
                Chart: page.IsFirst ? TimelineChart.Draw("timeline-chart", Content.Timeline.Events, Content.Topics.Topics, layout, links) : null,
                MonthLinks: runs.Select(r => new MonthLink(r.Label, links.To(layout.PageOf(r.Events[0]), r.Anchor))).ToList(),
                Months: page.Items.GroupBy(e => runOf[e.Anchor]).Select(g => new MonthView(
                    g.Key.Label,
                    g.Key.Anchor,
                    Events: g.Select(e => events.View(e, links, withAnchor: true)).ToList())).ToList(),
                Pagination: Pagination.Nav(page, links)));
    }

    /// <summary>Consecutive events of the same month (or of the same year, when the month is not known).</summary>
    private static IEnumerable<(int Year, int? Month, List<TimelineEvent> Events)> Runs(IEnumerable<TimelineEvent> events)
    {
        (int Year, int? Month, List<TimelineEvent> Events)? run = null;
        foreach (var e in events)
        {
            if (run is { } r && r.Year == e.Date.Year && r.Month == e.Date.Month)
            {
                r.Events.Add(e);
                continue;
            }
            if (run is not null) yield return run.Value;
            run = (e.Date.Year, e.Date.Month, [e]);
        }
        if (run is not null) yield return run.Value;
    }
}
