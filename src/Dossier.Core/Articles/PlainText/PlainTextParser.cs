using Dossier.Articles.Body;
using Dossier.Text;

namespace Dossier.Articles.PlainText;

/// <summary>
/// Turns an imported plain-text article into blocks. Each non-empty line is a block (the seeds put one
/// paragraph on a line, with or without blank lines between). A line is a heading when it is short, starts
/// with a capital, is mostly letters and has no end punctuation; a line "-" (or a line starting "- ")
/// opens a list item; the article's own title line is dropped (the page shows the title) and a short line
/// before it is kept as the kicker.
/// </summary>
public static class PlainTextParser
{
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingLength = 100;

    public static IReadOnlyList<BodyBlock> Parse(string text, string title)
    {
        var lines = SplitLines(text);
        var blocks = new List<BodyBlock>();
        var titleLine = FindTitleLine(lines, title);
        var listId = 0;
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, number) = lines[i];
            if (i == titleLine) continue;
            if (i < titleLine)
            {
                blocks.Add(Block(BlockKind.Kicker, line, number));
                continue;
            }
            if (line is "-" or "•" or "*" or "–")
            {
                if (i + 1 < lines.Count && !IsListMarker(lines[i + 1].Text))
                {
                    if (!inList) listId++;
                    inList = true;
                    i++;
                    blocks.Add(Block(BlockKind.ListItem, lines[i].Text, lines[i].Number) with { ListId = listId });
                    continue;
                }
            }
            else if (line.Length > 2 && line[0] is '-' or '•' or '*' && line[1] == ' ')
            {
                if (!inList) listId++;
                inList = true;
                blocks.Add(Block(BlockKind.ListItem, line[2..].TrimStart(), number) with { ListId = listId });
                continue;
            }
            inList = false;
            var isLast = i == lines.Count - 1;
            blocks.Add(Block(!isLast && IsHeading(line) ? BlockKind.Heading : BlockKind.Paragraph, line, number));
        }
        return blocks;
    }

    public static bool IsHeading(string line)
    {
        if (line.Length == 0 || line.Length > MaxHeadingLength) return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxHeadingWords) return false;
        var first = line.FirstOrDefault(char.IsLetterOrDigit);
        if (first == default || !char.IsLetter(first) || !char.IsUpper(first) || !char.IsLetter(line[0])) return false;
        var visible = line.Count(c => !char.IsWhiteSpace(c));
        var letters = line.Count(char.IsLetter);
        if (letters < 2 || letters < visible * 0.8) return false;
        var last = line[^1];
        if (last == '?') return words.Length <= 6;
        return char.IsLetterOrDigit(last) || last == ')';
    }

    private static bool IsListMarker(string line) => line is "-" or "•" or "*" or "–";

    private static int FindTitleLine(IReadOnlyList<(string Text, int Number)> lines, string title)
    {
        var folded = MatchText.Fold(title);
        for (var i = 0; i < Math.Min(3, lines.Count); i++)
            if (MatchText.Fold(lines[i].Text) == folded) return i;
        return -1;
    }

    private static BodyBlock Block(BlockKind kind, string text, int line) => new(kind, BlockText.Of(text), line, new PlainContent(text));

    /// <summary>Non-empty lines, trimmed (no-break spaces too), with their 1-based line numbers; CRLF, LF and lone CR all end a line.</summary>
    private static List<(string Text, int Number)> SplitLines(string text)
    {
        var result = new List<(string, int)>();
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r')) continue;
            var line = text[start..i].Trim();
            if (line.Length > 0) result.Add((line, number));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            number++;
            start = i + 1;
        }
        return result;
    }
}
