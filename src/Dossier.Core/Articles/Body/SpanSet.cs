using System.Net;
using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>A range of a block's text rendered as &lt;mark&gt;, or as a link when it has an <paramref name="Href"/>.</summary>
/// <param name="Key">Written as data-mark on every piece, so the pieces of a mark split by an overlapping one belong together.</param>
public sealed record Mark(TextRange Range, string Class, string? Id = null, string? Href = null, string? Key = null);

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
            writer.Write(WebUtility.HtmlEncode(text));
            return;
        }
        var end = offset + text.Length;
        var bounds = new SortedSet<int> { offset, end };
        foreach (var r in marks.Select(m => m.Range).Concat(cuts))
        {
            if (r.Start > offset && r.Start < end) bounds.Add(r.Start);
            if (r.End > offset && r.End < end) bounds.Add(r.End);
        }
        var points = bounds.ToArray();
        var open = new List<Mark>();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var piece = new TextRange(points[i], points[i + 1]);
            if (cuts.Any(c => c.Start <= piece.Start && c.End >= piece.End)) continue;
            var active = marks.Where(m => m.Range.Start <= piece.Start && m.Range.End >= piece.End && (allowLinks || m.Href is null))
                .OrderBy(m => m.Range.Start).ThenByDescending(m => m.Range.End).ThenBy(m => m.Href is null).ToList();
            var keep = 0;
            while (keep < open.Count && keep < active.Count && ReferenceEquals(open[keep], active[keep])) keep++;
            Close(writer, open, keep);
            for (var k = keep; k < active.Count; k++)
            {
                Open(writer, active[k]);
                open.Add(active[k]);
            }
            writer.Write(WebUtility.HtmlEncode(text.Substring(piece.Start - offset, piece.Length)));
        }
        Close(writer, open, 0);
    }

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
        writer.Write(mark.Href is null ? "<mark class=\"" : "<a class=\"");
        writer.Write(mark.Class);
        writer.Write('"');
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
