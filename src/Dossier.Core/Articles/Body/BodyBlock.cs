using Dossier.Text;

namespace Dossier.Articles.Body;

public enum BlockKind { Kicker, Heading, Paragraph, ListItem, Other, Omission }

/// <summary>One block of an article's text: a paragraph, heading, list item, or the notice left by an omission.</summary>
/// <param name="PlainText">The block's plain text, used for quote matching; marks and cuts are ranges of it.</param>
/// <param name="Line">Line of the source file where the block starts.</param>
public sealed record BodyBlock(BlockKind Kind, BlockText PlainText, int Line, IBlockContent? Content)
{
    /// <summary>The plain text as a string (made from the article's source when it is a range of it).</summary>
    public string Text => PlainText.ToString();

    /// <summary>Ranges of <see cref="Text"/> hidden by an omission.</summary>
    public IReadOnlyList<TextRange> Cuts { get; init; } = [];

    /// <summary>Fragment id (p1, p2 … for paragraphs and list items; s1 … for headings).</summary>
    public string? Anchor { get; init; }

    /// <summary>For <see cref="BlockKind.Omission"/>: the reason shown to readers.</summary>
    public string? Reason { get; init; }

    /// <summary>Whether the items of the list this block belongs to are numbered.</summary>
    public bool Ordered { get; init; }

    /// <summary>Which list an item belongs to (two lists may follow each other).</summary>
    public int ListId { get; init; }

    /// <summary>For headings: the HTML level (2–6; the page title is the only h1).</summary>
    public int Level { get; init; } = 2;
}

/// <summary>Renders a block's content as HTML with marks and cuts applied.</summary>
public interface IBlockContent
{
    void WriteHtml(TextWriter writer, SpanSet spans, Markdown.MarkdownRenderContext context);
}
