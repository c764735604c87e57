using Dossier.Citations;
using Dossier.CrossLinks;
using Dossier.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Markdown;

/// <summary>An [[id]] reference found in a Markdown text, with the position an error about it should name.</summary>
public sealed record WikiReference(string Id, string? Kind, SourceLocation At);

/// <summary>A [@ID "quote"] citation found in a Markdown text.</summary>
public sealed record CitationReference(string ArticleId, string? Quote, SourceLocation At);

/// <summary>
/// A Markdown text parsed once (Process phase) and rendered later against the whole dossier (PostProcess).
/// It lists its [[id]] links and citations with their file positions, so they can be validated before rendering.
/// </summary>
public sealed class MarkdownText
{
    private readonly MarkdownDocument _document;

    public IReadOnlyList<WikiReference> Links { get; }
    public IReadOnlyList<CitationReference> Citations { get; }
    public bool IsEmpty => _document.Count == 0;

    private MarkdownText(MarkdownDocument document, IReadOnlyList<WikiReference> links, IReadOnlyList<CitationReference> citations)
    {
        _document = document;
        Links = links;
        Citations = citations;
    }

    public static readonly MarkdownText Empty = Parse("", new SourceLocation("", 0, 0));

    /// <summary>Parses Markdown that starts in a file at <paramref name="at"/>.</summary>
    /// <param name="fileText">The whole file, when the Markdown sits inside YAML: positions are then found by searching it from <paramref name="at"/>.</param>
    public static MarkdownText Parse(string markdown, SourceLocation at, string? fileText = null)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.For(allowHtml: false));
        var (links, citations) = CollectReferences(document, at, fileText);
        return new MarkdownText(document, links, citations);
    }

    /// <summary>The [[id]] links and citations of a parsed document, with their file positions.</summary>
    public static (List<WikiReference> Links, List<CitationReference> Citations) CollectReferences(MarkdownDocument document, SourceLocation at, string? fileText = null)
    {
        var locator = new Locator(at, fileText);
        var links = new List<WikiReference>();
        var citations = new List<CitationReference>();
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case WikiLinkInline w:
                    links.Add(new WikiReference(w.Id, w.Kind, locator.Find("[[", w.Line, w.Column)));
                    break;
                case CitationInline c:
                    citations.Add(new CitationReference(c.ArticleId, c.Quote, locator.Find("[@" + c.ArticleId, c.Line, c.Column)));
                    break;
            }
        }
        return (links, citations);
    }

    public string RenderBlock(MarkdownRenderContext context) => Render(context, inline: false);

    /// <summary>The text without markup, for the search index: links keep their words, citations vanish.</summary>
    public string PlainText()
    {
        var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, null) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        MarkdownPipelines.For(allowHtml: false).Setup(renderer);
        renderer.Render(_document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    public string RenderInline(MarkdownRenderContext context) => Render(context, inline: true);

    private string Render(MarkdownRenderContext context, bool inline)
    {
        var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, context);
        MarkdownPipelines.For(allowHtml: false).Setup(renderer);
        if (inline && _document is [ParagraphBlock paragraph]) renderer.WriteLeafInline(paragraph);
        else renderer.Render(_document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Maps an inline's position in the Markdown text to its position in the file.</summary>
    private sealed class Locator(SourceLocation at, string? fileText)
    {
        private int _searchFrom = OffsetOf(fileText, at);

        public SourceLocation Find(string marker, int line, int column)
        {
            if (fileText is null)
                return line == 0 ? at with { Column = at.Column + column } : at with { Line = at.Line + line, Column = column + 1 };
            var hit = fileText.IndexOf(marker, _searchFrom, StringComparison.Ordinal);
            if (hit < 0) return at;
            _searchFrom = hit + marker.Length;
            var lineStart = fileText.LastIndexOf('\n', Math.Max(0, hit - 1)) + 1;
            var lineNumber = 1 + fileText.AsSpan(0, hit).Count('\n');
            return at with { Line = lineNumber, Column = hit - lineStart + 1 };
        }

        private static int OffsetOf(string? text, SourceLocation at)
        {
            if (text is null) return 0;
            var offset = 0;
            for (var line = 1; line < at.Line && offset >= 0; line++)
                offset = text.IndexOf('\n', offset) is var next and >= 0 ? next + 1 : -1;
            return Math.Max(0, offset);
        }
    }
}
