using Dossier.Links;
using Dossier.Pages;

namespace Dossier.Timeline;

/// <summary>How the events are cut into timeline.html and its continuation pages, and so on which page each event's anchor is.</summary>
public sealed class EventPages
{
    private readonly Dictionary<string, string> _pageOf = new(StringComparer.Ordinal);

    public EventPages(IReadOnlyList<TimelineEvent> events, int pageSize)
    {
        Pages = Pagination.Split(Routes.Timeline, events, pageSize);
        foreach (var page in Pages)
            foreach (var e in page.Items) _pageOf[e.Anchor] = page.Path;
    }

    public IReadOnlyList<ListPage<TimelineEvent>> Pages { get; }

    public string PageOf(TimelineEvent e) => _pageOf.GetValueOrDefault(e.Anchor, Routes.Timeline);

    public string Href(LinkGenerator links, TimelineEvent e) => links.To(PageOf(e), e.Anchor);
}
