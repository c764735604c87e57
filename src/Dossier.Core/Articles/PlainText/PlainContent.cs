using Dossier.Articles.Body;

namespace Dossier.Articles.PlainText;

/// <summary>Content of a block of an imported plain-text article: its text, escaped.</summary>
public sealed class PlainContent(string text) : IBlockContent
{
    public void WriteHtml(TextWriter writer, SpanSet spans, Dossier.Markdown.MarkdownRenderContext context) => spans.Write(writer, text, 0);
}
