using Dossier.Content;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Timeline;

/// <summary>Renders timeline.html: the events in date order, grouped by month, each with its citations.</summary>
public sealed class TimelinePagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    public override string Name => "TimelinePage";

    protected override void Render(PageRenderer renderer)
    {
        var events = EventViews();
        Add(renderer.Render(new PageInfo(Routes.Timeline, "Timeline", "The events of the dossier in date order, each with its sources.", "Timeline"),
            "timeline", links => new
            {
                Months = Content.Timeline.Events.GroupBy(e => (e.Date.Year, e.Date.Month)).Select(g => new
                {
                    Label = g.Key.Month is null ? $"{g.Key.Year} (month not known)" : new PartialDate(g.Key.Year, g.Key.Month, null).Display,
                    Anchor = g.Key.Month is null ? $"y{g.Key.Year}" : $"m{g.Key.Year}-{g.Key.Month:D2}",
                    Events = g.Select(e => events.View(e, links, withAnchor: true)).ToList(),
                }).ToList(),
            }));
    }
}
