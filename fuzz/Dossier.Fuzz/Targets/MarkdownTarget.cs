using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Articles.MarkdownBody;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Links;
using Dossier.Markdown;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// A Markdown article (front matter and body) with the dossier's extensions — [@id "quote"] citations, [[id]] and
/// [[label|id]] links, media — parsed as the build parses it and rendered to HTML against a resolver that knows
/// every id. The body is also read as a Markdown field is (a topic, a claim, a note) and rendered whole, inline
/// and as plain text, so the body is fuzzed even when the front matter is refused.
/// </summary>
public static class MarkdownTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        var d = new DiagnosticBag();
        var file = Harness.File("articles/fuzz.md", data, d);
        if (file is null) return;
        var allowHtml = file.Text.Contains('<');
        Article(file, allowHtml: false);
        if (allowHtml) Article(file, allowHtml: true);
        var body = FrontMatter.Split(file, new DiagnosticBag()) is { } front ? front.Body : file.Text;
        var at = file.At(1, 1);
        Body(body, at, allowHtml);
        Field(body, at, file.Text, allowHtml);
    }

    private static void Article(Pipeline.InputFile file, bool allowHtml)
    {
        var d = new DiagnosticBag();
        var article = ArticleParser.ParseMarkdown("fuzz", file, allowHtml, d);
        Contract.ResultOrError(article, d, "a Markdown article");
        if (article is not null) ArticleChecks.Check(article);
    }

    /// <summary>The body as an article's: blocks, each rendered with no marks.</summary>
    private static void Body(string body, SourceLocation at, bool allowHtml)
    {
        var (blocks, _) = MarkdownBodyParser.Parse(body, at, MarkdownPipelines.For(allowHtml, body));
        var context = Context();
        foreach (var block in blocks)
            block.Content?.WriteHtml(new StringWriter(), SpanSet.Empty, context);
    }

    /// <summary>The body as a Markdown field's: rendered as a block, inline, and as the search index's plain text.</summary>
    private static void Field(string body, SourceLocation at, string fileText, bool allowHtml)
    {
        var text = MarkdownText.Parse(body, at, fileText, allowHtml);
        _ = text.RenderBlock(Context());
        _ = text.RenderInline(Context());
        _ = text.PlainText();
    }

    private static MarkdownRenderContext Context() => new(new LinkGenerator("topics/fuzz.html"), EverythingResolver.Instance);
}
