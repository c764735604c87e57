using System.Globalization;
using Dossier.Content;
using Dossier.Links;
using Dossier.Timeline;
using Dossier.Topics;

namespace Dossier.Pictures;

/// <summary>
/// The timeline as a picture: one row per topic, each event a mark at its date — a dot for a day, a bar across
/// the month or year when that is all the sources give. Only years with events are drawn, side by side (a gap
/// marks skipped years), so one stray early event does not squeeze the rest into a corner. A long timeline is drawn
/// from its latest <see cref="MaxEvents"/> events, so the pages that carry the picture stay light.
/// </summary>
public static class TimelineChart
{
    private const double Width = 760, LabelWidth = 230, Right = 16, Top = 10, Lane = 16, RowGap = 12, AxisHeight = 40, YearGap = 18;
    private const int MaxEvents = 150;
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    public static Picture? Draw(string id, IReadOnlyList<TimelineEvent> all, IReadOnlyDictionary<string, Topic> topics, EventPages pages, LinkGenerator links)
    {
        if (all.Count == 0) return null;
        var events = all.Count > MaxEvents ? all.Skip(all.Count - MaxEvents).ToList() : all;
        var which = events.Count < all.Count ? $"The latest {events.Count} of {all.Count} events" : Pages.Format.Count(events.Count, "event");
        var years = events.Select(e => e.Date.Year).Distinct().Order().ToList();
        var plot = Width - LabelWidth - Right;
        var yearWidth = (plot - YearGap * (years.Count - 1)) / years.Count;
        double X(int year, int dayOfYear, bool end)
        {
            var index = years.IndexOf(year);
            var days = DateTime.IsLeapYear(year) ? 366 : 365;
            return LabelWidth + index * (yearWidth + YearGap) + yearWidth * (dayOfYear - (end ? 0 : 1)) / days;
        }
        var rows = Rows(events, topics);
        var placed = rows.Select(r => (r.Label, Marks: Lanes(r.Events.Select(e => (Event: e, Span: Span(e.Date, X))).ToList()))).ToList();
        var height = Top + placed.Sum(r => Math.Max(1, r.Marks.Max(m => m.Lane) + 1) * Lane + RowGap) + AxisHeight;
        var svg = new Svg(id, Width, height, "Timeline of events by topic",
            $"{which} from {events.Min(e => e.Date.Year)} to {events.Max(e => e.Date.Year)}, one row per topic. " +
            "A dot is an event dated to the day; a bar spans the month or year when the sources give no closer date. Each mark links to its event.",
            "timeline-chart");
        var y = Top;
        foreach (var (label, marks) in placed)
        {
            var lanes = marks.Max(m => m.Lane) + 1;
            var rowHeight = lanes * Lane;
            svg.Text(LabelWidth - 10, y + rowHeight / 2 + 4, Svg.Fit(label, 32), "picture-label", "end");
            svg.Line(LabelWidth, y + rowHeight + RowGap / 2, Width - Right, y + rowHeight + RowGap / 2, "picture-grid");
            foreach (var (e, (from, to), lane) in marks)
            {
                var cy = y + lane * Lane + Lane / 2;
                var text = $"{e.Date.Display}: {e.Title}";
                svg.Link(pages.Href(links, e), text, s =>
                {
                    if (e.Date.Day is not null) s.Circle((from + to) / 2, cy, 5.5, "mark mark-day");
                    else s.Rect(from, cy - 5, Math.Max(to - from, 10), 10, "mark mark-range", 5);
                });
            }
            y += rowHeight + RowGap;
        }
        Axis(svg, years, yearWidth, y, X);
        var table = new DataTable("Events by date", ["Date", "Event", "Topics"],
            events.Select(e => (IReadOnlyList<TableCell>)
            [
                new TableCell(e.Date.Display, IsHeader: true),
                new TableCell(e.Title, pages.Href(links, e)),
                new TableCell(string.Join(", ", e.Topics.Where(t => topics.ContainsKey(t.Id)).Select(t => topics[t.Id].Title))),
            ]).ToList());
        return new Picture("timeline", svg.ToString(), "Events by topic and date. Dots are exact days; bars cover a month or year where the articles give no day.", table);
    }

    private static void Axis(Svg svg, List<int> years, double yearWidth, double y, Func<int, int, bool, double> x)
    {
        svg.Line(LabelWidth, y, Width - Right, y, "picture-axis");
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var start = x(year, 1, false);
            svg.Text(start + yearWidth / 2, y + 32, year.ToString(CultureInfo.InvariantCulture), "picture-label picture-year", "middle");
            var monthWidth = yearWidth / 12;
            for (var m = 1; m <= 12; m++)
            {
                var at = x(year, new DateOnly(year, m, 1).DayOfYear, false);
                svg.Line(at, y, at, y + (m == 1 ? 8 : 4), "picture-axis");
                if (monthWidth >= 28) svg.Text(at + monthWidth / 2, y + 16, Months[m - 1], "picture-tick", "middle");
                else if (monthWidth >= 9) svg.Text(at + monthWidth / 2, y + 16, Months[m - 1][..1], "picture-tick", "middle");
            }
            if (i > 0 && years[i - 1] != year - 1) svg.Text(start - YearGap / 2, y + 4, "⋯", "picture-label", "middle");
        }
    }

    private static (double From, double To) Span(PartialDate date, Func<int, int, bool, double> x)
    {
        var first = new DateOnly(date.Year, date.Month ?? 1, date.Day ?? 1);
        var lastMonth = date.Month ?? 12;
        var last = new DateOnly(date.Year, lastMonth, date.Day ?? DateTime.DaysInMonth(date.Year, lastMonth));
        return (x(date.Year, first.DayOfYear, false), x(date.Year, last.DayOfYear, true));
    }

    /// <summary>One row per topic with events, in the dossier's topic order; events with no topic in a last row.</summary>
    private static List<(string Label, List<TimelineEvent> Events)> Rows(IReadOnlyList<TimelineEvent> events, IReadOnlyDictionary<string, Topic> topics)
    {
        var rows = topics.Values
            .Select(t => (t.Title, Events: events.Where(e => e.Topics.Any(x => x.Id == t.Id)).ToList()))
            .Where(r => r.Events.Count > 0).ToList();
        var loose = events.Where(e => !e.Topics.Any(t => topics.ContainsKey(t.Id))).ToList();
        if (loose.Count > 0) rows.Add(("No topic", loose));
        return rows;
    }

    /// <summary>Puts marks that would overlap on separate lanes of their row, first come first served.</summary>
    private static List<(TimelineEvent Event, (double From, double To) Span, int Lane)> Lanes(List<(TimelineEvent Event, (double From, double To) Span)> marks)
    {
        var laneEnds = new List<double>();
        var placed = new List<(TimelineEvent, (double, double), int)>();
        foreach (var (e, span) in marks.OrderBy(m => m.Span.From))
        {
            var end = Math.Max(span.To, span.From + 12) + 3;
            var lane = laneEnds.FindIndex(last => last <= span.From);
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add(end);
            }
            else laneEnds[lane] = end;
            placed.Add((e, span, lane));
        }
        return placed;
    }
}
