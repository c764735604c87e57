using Dossier.Citations;
using Dossier.CrossLinks;
using Dossier.Diagnostics;
using Dossier.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Markdown;

/// <summary>An [[id]] reference found in a Markdown text, with the position an error about it should name.</summary>
public sealed record WikiReference(string Id, string? Kind, SourceLocation At);

/// <summary>A [@ID "quote"] citation found in a Markdown text.</summary>
public sealed record CitationReference(string ArticleId, string? Quote, SourceLocation At);

/// <summary>A link or picture address that may not reach the site: a script URL, or a picture from another host.</summary>
public sealed record UnsafeUrl(string Url, bool IsImage, SourceLocation At);

/// <summary>What a Markdown text refers to, and whether it could be read at all.</summary>
public sealed record MarkdownReferences(List<WikiReference> Links, List<CitationReference> Citations, List<UnsafeUrl> UnsafeUrls)
{
    /// <summary>Where "[@" stands in the text without making a citation (a typo that would otherwise print as text).</summary>
    public List<SourceLocation> MalformedCitations { get; } = [];

    /// <summary>The media files the text links or shows, by site path, with where each is named.</summary>
    public List<(string Path, SourceLocation At)> Media { get; } = [];

    /// <summary>Where a picture without alt text stands.</summary>
    public List<SourceLocation> PicturesWithoutAlt { get; } = [];

    /// <summary>Why the text could not be parsed: what is nested too deeply, and where.</summary>
    public (SourceLocation At, string What)? Problem { get; init; }

    /// <summary>Character references (&amp;#7;) that stand for a character no page or feed can carry.</summary>
    public List<(int CodePoint, string Written, SourceLocation At)> UnpublishableEntities { get; } = [];
}

/// <summary>
/// A Markdown text parsed once (Process phase) and rendered later against the whole dossier (PostProcess).
/// It lists its [[id]] links and citations with their file positions, so they can be validated before rendering.
/// </summary>
public sealed class MarkdownText
{
    private readonly MarkdownDocument _document;
    private readonly MarkdownPipeline _pipeline;
    private readonly MarkdownReferences _references;

    public IReadOnlyList<WikiReference> Links => _references.Links;
    public IReadOnlyList<CitationReference> Citations => _references.Citations;
    public MarkdownReferences References => _references;
    public bool IsEmpty => _document.Count == 0;

    private MarkdownText(MarkdownDocument document, MarkdownPipeline pipeline, MarkdownReferences references)
    {
        _document = document;
        _pipeline = pipeline;
        _references = references;
    }

    public static readonly MarkdownText Empty = Parse("", new SourceLocation("", 0, 0));

    /// <summary>Parses Markdown that starts in a file at <paramref name="at"/>.</summary>
    /// <param name="fileText">The whole file, when the Markdown sits inside YAML: positions are then found by searching it from <paramref name="at"/>.</param>
    /// <param name="allowHtml">Whether raw HTML passes through (dossier.yml raw_html); otherwise it is shown as text.</param>
    public static MarkdownText Parse(string markdown, SourceLocation at, string? fileText = null, bool allowHtml = false)
    {
        var pipeline = MarkdownPipelines.For(allowHtml, markdown);
        var (document, problem) = MarkdownPipelines.Parse(markdown, pipeline);
        return new MarkdownText(document, pipeline, CollectReferences(document, at, fileText, problem, markdown));
    }

    /// <summary>The [[id]] links, citations and unsafe addresses of a parsed document, with their file positions.</summary>
    /// <param name="markdown">The source text, searched for "[@" that did not become a citation.</param>
    public static MarkdownReferences CollectReferences(MarkdownDocument document, SourceLocation at, string? fileText = null, string? problem = null,
        string? markdown = null)
    {
        var locator = new Locator(at, fileText);
        var scan = new ReferenceScan(locator, new MarkdownReferences([], [], []) { Problem = problem is null ? null : Nesting(locator, markdown) });
        scan.Blocks(document);
        // Text that could not be parsed has no citations to tell "[@" typos from: its one message is the nesting.
        if (problem is null && markdown is not null && markdown.Contains("[@", StringComparison.Ordinal)) scan.FindMalformedCitations(markdown);
        return scan.References;
    }

    private static (SourceLocation At, string What) Nesting(Locator locator, string? markdown)
    {
        var (line, column, what) = MarkdownNesting.Describe(markdown ?? "");
        return (locator.At(line, column), what);
    }

    /// <summary>
    /// One walk over a document's blocks and inlines, in the order of Markdig's Descendants: depth first, each leaf
    /// block's inlines in turn. Markdig's iterators allocated more, and took longer, than the rest of collecting.
    /// </summary>
    private sealed class ReferenceScan(Locator locator, MarkdownReferences references)
    {
        private readonly HashSet<int> _citationStarts = [];
        private readonly List<SourceSpan> _code = [];

        public MarkdownReferences References => references;

        public void Blocks(ContainerBlock container)
        {
            foreach (var block in container)
            {
                if (block is CodeBlock code) _code.Add(code.Span);
                if (block is ContainerBlock children) Blocks(children);
                else if (block is LeafBlock { Inline: { } inline }) Inlines(inline);
            }
        }

        private void Inlines(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                Add(inline);
                if (inline is ContainerInline children) Inlines(children);
            }
        }

        private void Add(Inline inline)
        {
            switch (inline)
            {
                case WikiLinkInline w:
                    references.Links.Add(new WikiReference(w.Id, w.Kind, locator.Find("[[", w.Line, w.Column)));
                    break;
                case CitationInline c:
                    _citationStarts.Add(c.Span.Start);
                    references.Citations.Add(new CitationReference(c.ArticleId, c.Quote, locator.Find("[@" + c.ArticleId, c.Line, c.Column)));
                    break;
                case CodeInline code:
                    _code.Add(code.Span);
                    break;
                case LinkInline link when !SafeUrls.IsSafe(link.Url, link.IsImage):
                    references.UnsafeUrls.Add(new UnsafeUrl(link.Url ?? "", link.IsImage, locator.At(link.Line, link.Column)));
                    break;
                case LinkInline link:
                    if (link.IsImage && !HasText(link)) references.PicturesWithoutAlt.Add(locator.At(link.Line, link.Column));
                    if (Dossier.Media.MediaPath.Of(link.Url) is { } media) references.Media.Add((media, locator.At(link.Line, link.Column)));
                    break;
                case HtmlEntityInline entity when UnpublishableCharacters.Find(entity.Transcoded.AsSpan(), directionControls: true) is >= 0 and var i:
                    references.UnpublishableEntities.Add((UnpublishableCharacters.CodePointAt(entity.Transcoded.AsSpan(), i), entity.Original.ToString(),
                        locator.At(entity.Line, entity.Column)));
                    break;
                case AutolinkInline auto when !SafeUrls.IsSafe(auto.Url, image: false):
                    references.UnsafeUrls.Add(new UnsafeUrl(auto.Url, false, locator.At(auto.Line, auto.Column)));
                    break;
            }
        }

        private static bool HasText(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
                if (inline is LiteralInline literal ? !literal.Content.IsEmptyOrWhitespace() : inline is not ContainerInline children || HasText(children)) return true;
            return false;
        }

        /// <summary>Where "[@" stands outside code without starting a citation.</summary>
        public void FindMalformedCitations(string markdown)
        {
            for (var i = markdown.IndexOf("[@", StringComparison.Ordinal); i >= 0; i = markdown.IndexOf("[@", i + 2, StringComparison.Ordinal))
            {
                if (_citationStarts.Contains(i) || _code.Any(span => span.Start <= i && i <= span.End)) continue;
                var line = markdown.AsSpan(0, i).Count('\n');
                var column = i - (markdown.LastIndexOf('\n', Math.Max(0, i - 1)) + 1);
                references.MalformedCitations.Add(locator.At(line, column));
            }
        }
    }

    public string RenderBlock(MarkdownRenderContext context) => Render(context, inline: false);

    /// <summary>The text without markup, for the search index: links keep their words, citations vanish.</summary>
    public string PlainText()
    {
        var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, null) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(_document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    public string RenderInline(MarkdownRenderContext context) => Render(context, inline: true);

    private string Render(MarkdownRenderContext context, bool inline)
    {
        var writer = new StringWriter();
        var renderer = new DossierHtmlRenderer(writer, context);
        _pipeline.Setup(renderer);
        if (inline && _document is [ParagraphBlock paragraph]) renderer.WriteLeafInline(paragraph);
        else renderer.Render(_document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Maps an inline's position in the Markdown text to its position in the file.</summary>
    private sealed class Locator(SourceLocation at, string? fileText)
    {
        private int _searchFrom = OffsetOf(fileText, at);

        /// <summary>The position of an inline by its own line and column (no marker to search for).</summary>
        public SourceLocation At(int line, int column) =>
            line == 0 ? at with { Column = at.Column + column } : at with { Line = at.Line + line, Column = column + 1 };

        public SourceLocation Find(string marker, int line, int column)
        {
            if (fileText is null)
                return line == 0 ? at with { Column = at.Column + column } : at with { Line = at.Line + line, Column = column + 1 };
            var hit = fileText.IndexOf(marker, _searchFrom, StringComparison.Ordinal);
            if (hit < 0) return at;
            _searchFrom = hit + marker.Length;
            var starts = LineStarts.Of(fileText);
            var row = LineStarts.LineOf(starts, hit);
            return at with { Line = row + 1, Column = hit - starts[row] + 1 };
        }

        private static int OffsetOf(string? text, SourceLocation at)
        {
            if (text is null || at.Line <= 1) return 0;
            var starts = LineStarts.Of(text);
            return at.Line - 1 < starts.Length ? starts[at.Line - 1] : 0;
        }
    }
}
