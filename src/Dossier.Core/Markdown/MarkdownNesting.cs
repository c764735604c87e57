using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Markdown;

/// <summary>
/// Says what made Markdig give up on a text. It reports only that "elements are too deeply nested", whether the
/// text holds lists or quotes inside each other or a run of emphasis and link marks, and the message has to name
/// the one that is there, on its line.
/// </summary>
public static class MarkdownNesting
{
    private const int DeepContainers = 16;

    /// <summary>
    /// Deeper than this, a parsed document is refused as if the parser had refused it: Markdig parses emphasis
    /// nested hundreds deep but then throws while rendering it (its renderer stops at 128 levels).
    /// </summary>
    public const int MaxDepth = 64;

    /// <summary>Whether blocks and inlines nest more than <see cref="MaxDepth"/> levels, walked without recursion.</summary>
    public static bool TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxDepth) return true;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var block in container) pending.Push((block, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return false;
    }

    /// <summary>The 0-based line and column of the deepest nesting, and what it is made of.</summary>
    public static (int Line, int Column, string What) Describe(string markdown)
    {
        var lines = markdown.Split('\n');
        var (deepest, deepestLine) = (0, 0);
        var (marks, marksLine) = (0, 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = ContainerDepth(lines[i]);
            if (depth > deepest) (deepest, deepestLine) = (depth, i);
            var count = lines[i].Count(c => c is '*' or '_' or '~' or '[' or ']');
            if (count > marks) (marks, marksLine) = (count, i);
        }
        if (deepest >= DeepContainers)
            return (deepestLine, 0, $"lists or block quotes inside each other, {deepest} levels deep");
        var column = Math.Max(0, lines[marksLine].IndexOfAny(['*', '_', '~', '[']));
        return (marksLine, column, $"emphasis or link marks inside each other ({marks} of * _ ~ [ ] on one line)");
    }

    /// <summary>How many quotes ('>') and list levels (a marker, indented two spaces a level) open a line.</summary>
    private static int ContainerDepth(string line)
    {
        var (quotes, i) = (0, 0);
        while (i < line.Length && line[i] is '>' or ' ' or '\t')
        {
            if (line[i] == '>') quotes++;
            i++;
        }
        var indent = i - quotes;
        var isItem = i < line.Length && (line[i] is '-' or '+' or '*' || char.IsAsciiDigit(line[i]));
        return quotes + (isItem ? indent / 2 + 1 : 0);
    }
}
