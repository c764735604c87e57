using Dossier.Content;
using Dossier.Links;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Timeline;

/// <summary>Renders timeline.html: the events in date order, in runs of the same month, each with its citations.</summary>
public sealed class TimelinePagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    public override string Name => "TimelinePage";

    protected override void Render(PageRenderer renderer)
    {
        var events = EventViews();
        Add(new PageInfo(Routes.Timeline, "Timeline", "The events of the dossier in date order, each with its sources.", "Timeline"),
            "timeline", links => new
            {
                Chart = TimelineChart.Draw("timeline-chart", Content.Timeline.Events, Content.Topics.Topics, links),
                Months = Runs(Content.Timeline.Events).Select((run, i) => new
                {
                    Label = run.Month is null ? $"{run.Year}, month not known" : new PartialDate(run.Year, run.Month, null).Display,
                    Anchor = $"{(run.Month is null ? $"y{run.Year}" : $"m{run.Year}-{run.Month:D2}")}-{i + 1}",
                    Events = run.Events.Select(e => events.View(e, links, withAnchor: true)).ToList(),
                }).ToList(),
            });
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
