using Dossier.Diagnostics;
using Dossier.Text;

namespace Dossier.Articles.Body;

/// <summary>
/// Applies an article's `omit` list: each passage runs from its `from` words to the end of its `to` words
/// (or to the end of the article). Omits are found in order, each searched after the previous one, so the
/// same words printed twice can be omitted twice. Hidden blocks give way to one notice per omit.
/// </summary>
public static class Omissions
{
    public static IReadOnlyList<BodyBlock> Apply(IReadOnlyList<BodyBlock> blocks, IReadOnlyList<Omit> omits, DiagnosticBag diagnostics)
    {
        if (omits.Count == 0) return blocks;
        var starts = new int[blocks.Count];
        var joined = new System.Text.StringBuilder();
        for (var b = 0; b < blocks.Count; b++)
        {
            starts[b] = joined.Length;
            joined.Append(blocks[b].Text).Append("\n\n");
        }
        var text = MatchText.Of(joined.ToString());
        var ranges = new List<(TextRange Range, Omit Omit)>();
        var cursor = 0;
        foreach (var omit in omits)
        {
            var from = text.FindFirst(omit.From, cursor);
            if (from is null)
            {
                Report(diagnostics, omit.FromAt, omit.From, text.Original[cursor..], cursor > 0);
                continue;
            }
            var end = text.Original.TrimEnd().Length;
            if (omit.To is not null)
            {
                var to = text.FindFirst(omit.To, from.Value.Start);
                if (to is null)
                {
                    Report(diagnostics, omit.ToAt!.Value, omit.To, text.Original[from.Value.Start..], false);
                    continue;
                }
                end = to.Value.End;
            }
            ranges.Add((new TextRange(from.Value.Start, end), omit));
            cursor = end;
        }
        return Cut(blocks, starts, ranges);
    }

    private static IReadOnlyList<BodyBlock> Cut(IReadOnlyList<BodyBlock> blocks, int[] starts, List<(TextRange Range, Omit Omit)> ranges)
    {
        var result = new List<BodyBlock>();
        var noticed = new HashSet<Omit>(ReferenceEqualityComparer.Instance);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var blockRange = new TextRange(starts[b], starts[b] + block.PlainText.Length);
            var cuts = new List<(TextRange Local, Omit Omit)>();
            foreach (var (range, omit) in ranges)
                if (range.Overlaps(blockRange))
                    cuts.Add((new TextRange(Math.Max(range.Start, blockRange.Start) - starts[b], Math.Min(range.End, blockRange.End) - starts[b]), omit));
            if (cuts.Count == 0)
            {
                result.Add(block);
                continue;
            }
            var hidden = IsAllHidden(block.Text, cuts.Select(c => c.Local));
            var notices = cuts.Where(c => noticed.Add(c.Omit)).Select(c => Notice(c.Omit, block.Line)).ToList();
            var startsInside = cuts[0].Local.Start > 0 && !hidden;
            if (!startsInside) result.AddRange(notices);
            if (!hidden) result.Add(block with { Cuts = cuts.Select(c => c.Local).ToList() });
            if (startsInside) result.AddRange(notices);
        }
        return result;
    }

    private static bool IsAllHidden(string text, IEnumerable<TextRange> cuts)
    {
        var hidden = new bool[text.Length];
        foreach (var cut in cuts)
            for (var i = cut.Start; i < cut.End; i++) hidden[i] = true;
        for (var i = 0; i < text.Length; i++)
            if (!hidden[i] && !char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static BodyBlock Notice(Omit omit, int line) => new(BlockKind.Omission, BlockText.Empty, line, null) { Reason = omit.Reason };

    private static void Report(DiagnosticBag diagnostics, SourceLocation at, string words, string text, bool afterPrevious)
    {
        var closest = ClosestPassage.Find(text, words);
        var where = afterPrevious ? " after the previous omitted passage" : "";
        diagnostics.Error(DiagnosticCodes.OmitNotFound, at, $"the words '{words}' to omit are not in the article{where}",
            closest is null ? "copy the words exactly from the article." : $"the closest passage is: \"{closest}\" — copy the words exactly from the article.");
    }
}
