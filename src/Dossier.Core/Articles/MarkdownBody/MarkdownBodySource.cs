using Markdig;

namespace Dossier.Articles.MarkdownBody;

/// <summary>
/// The Markdown body of one article, parsed again when its page is rendered. Kept whole, the syntax trees of every
/// article were the largest part of a build's memory (about half of it at 10,000 articles); parsing again costs a
/// few per cent of the time. Each worker keeps the last body it parsed, so a page's blocks share one parse. The text
/// is kept as UTF-8, half the size of a string for the mostly ASCII text of news (800 MB less at 100,000 articles).
/// </summary>
public sealed class MarkdownBodySource(string markdown, MarkdownPipeline pipeline)
{
    private readonly byte[] _utf8 = System.Text.Encoding.UTF8.GetBytes(markdown);

    [ThreadStatic] private static MarkdownBodySource? _lastSource;
    [ThreadStatic] private static IReadOnlyList<MarkdownBodyParser.ParsedBlock>? _lastBlocks;

    public MarkdownPipeline Pipeline => pipeline;

    /// <summary>The body as UTF-8; the plain text of a block without markup is a range of it.</summary>
    internal byte[] Utf8 => _utf8;

    public MarkdownBodyParser.ParsedBlock Block(int index)
    {
        if (!ReferenceEquals(_lastSource, this) || _lastBlocks is null)
        {
            _lastBlocks = MarkdownBodyParser.Nodes(System.Text.Encoding.UTF8.GetString(_utf8), pipeline);
            _lastSource = this;
        }
        return _lastBlocks[index];
    }
}
