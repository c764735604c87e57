using System.Net;
using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>A range of a block's text rendered as &lt;mark&gt;, or as a link when it has an <paramref name="Href"/>.</summary>
/// <param name="Key">Written as data-mark on every piece, so the pieces of a mark split by an overlapping one belong together.</param>
/// <param name="Class">The element's class; none for a link that the stylesheet knows by its address.</param>
public sealed record Mark(TextRange Range, string? Class, string? Id = null, string? Href = null, string? Key = null);

/// <summary>
/// The marks and cuts of one block, and the writer that applies them to any run of its text. Marks that
/// overlap without nesting are split into pieces so the HTML stays well-formed; a mark's id goes on its first
/// piece only, its key on every piece.
/// </summary>
public sealed class SpanSet(IReadOnlyList<Mark> marks, IReadOnlyList<TextRange> cuts)
{
    public static readonly SpanSet Empty = new([], []);

    private readonly HashSet<Mark> _opened = new(ReferenceEqualityComparer.Instance);

    /// <summary>Writes text[start, start + length) HTML-escaped, where the run starts at <paramref name="offset"/> in the block's text.</summary>
    /// <param name="allowLinks">False inside a link of the text itself, where another link cannot nest.</param>
    public void Write(TextWriter writer, string text, int offset, bool allowLinks = true)
    {
        if (marks.Count == 0 && cuts.Count == 0)
        {
            WebUtility.HtmlEncode(text, writer);
            return;
        }
        var points = Bounds(offset, offset + text.Length);
        var open = new List<Mark>();
        var active = new List<Mark>();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var piece = new TextRange(points[i], points[i + 1]);
            if (Cut(piece)) continue;
            Active(piece, allowLinks, active);
            var keep = 0;
            while (keep < open.Count && keep < active.Count && ReferenceEquals(open[keep], active[keep])) keep++;
            Close(writer, open, keep);
            for (var k = keep; k < active.Count; k++)
            {
                Open(writer, active[k]);
                open.Add(active[k]);
            }
            WebUtility.HtmlEncode(text.Substring(piece.Start - offset, piece.Length), writer);
        }
        Close(writer, open, 0);
    }

    /// <summary>The run's ends and every mark or cut boundary inside it, in order, each once.</summary>
    private List<int> Bounds(int start, int end)
    {
        var points = new List<int> { start, end };
        void Add(TextRange r)
        {
            if (r.Start > start && r.Start < end) points.Add(r.Start);
            if (r.End > start && r.End < end) points.Add(r.End);
        }
        foreach (var mark in marks) Add(mark.Range);
        foreach (var cut in cuts) Add(cut);
        points.Sort();
        var distinct = 1;
        for (var i = 1; i < points.Count; i++)
            if (points[i] != points[distinct - 1]) points[distinct++] = points[i];
        points.RemoveRange(distinct, points.Count - distinct);
        return points;
    }

    private bool Cut(TextRange piece)
    {
        foreach (var c in cuts)
            if (c.Start <= piece.Start && c.End >= piece.End) return true;
        return false;
    }

    /// <summary>The marks over a piece, outermost first: by start, then the longer first, then links before highlights; ties keep the marks' order.</summary>
    private void Active(TextRange piece, bool allowLinks, List<Mark> active)
    {
        active.Clear();
        foreach (var m in marks)
        {
            if (m.Range.Start > piece.Start || m.Range.End < piece.End || (!allowLinks && m.Href is not null)) continue;
            // Insertion keeps equal marks in their order; a piece has few marks.
            var at = active.Count;
            while (at > 0 && Outer(m, active[at - 1])) at--;
            active.Insert(at, m);
        }
    }

    private static bool Outer(Mark a, Mark b) =>
        a.Range.Start != b.Range.Start ? a.Range.Start < b.Range.Start
        : a.Range.End != b.Range.End ? a.Range.End > b.Range.End
        : a.Href is not null && b.Href is null;

    /// <summary>Closes open spans down to <paramref name="keep"/>; spans that nest properly stay open across pieces.</summary>
    private static void Close(TextWriter writer, List<Mark> open, int keep)
    {
        for (var k = open.Count - 1; k >= keep; k--)
        {
            writer.Write(open[k].Href is null ? "</mark>" : "</a>");
            open.RemoveAt(k);
        }
    }

    private void Open(TextWriter writer, Mark mark)
    {
        writer.Write(mark.Href is null ? "<mark" : "<a");
        if (mark.Class is not null)
        {
            writer.Write(" class=\"");
            writer.Write(mark.Class);
            writer.Write('"');
        }
        if (mark.Href is not null)
        {
            writer.Write(" href=\"");
            writer.Write(WebUtility.HtmlEncode(mark.Href));
            writer.Write('"');
        }
        if (mark.Id is not null && _opened.Add(mark))
        {
            writer.Write(" id=\"");
            writer.Write(mark.Id);
            writer.Write('"');
        }
        if (mark.Key is not null)
        {
            writer.Write(" data-mark=\"");
            writer.Write(mark.Key);
            writer.Write('"');
        }
        writer.Write('>');
    }
}
