using Markdig;

namespace Dossier.Markdown;

/// <summary>
/// The one Markdig pipeline every Markdown text of a dossier goes through. Chosen extensions: pipe tables,
/// strike-through and other emphasis extras, auto-links for bare addresses, list extras. Raw HTML is escaped
/// unless the dossier opts in; typographic "smarty pants" quotes are left out on purpose, because quote
/// matching must see the characters the editor typed.
/// </summary>
public static class MarkdownPipelines
{
    private static readonly MarkdownPipeline Safe = Build(allowHtml: false);
    private static readonly MarkdownPipeline WithHtml = Build(allowHtml: true);

    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    private static MarkdownPipeline Build(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseListExtras()
            .UsePreciseSourceLocation();
        if (!allowHtml) builder.DisableHtml();
        return builder.Build();
    }

    /// <summary>Renders a short Markdown text (a note, a summary) to HTML inline, without a wrapping paragraph.</summary>
    public static string RenderInline(string markdown, bool allowHtml = false)
    {
        var html = Markdig.Markdown.ToHtml(markdown, For(allowHtml)).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^4];
        return html;
    }

    public static string RenderBlock(string markdown, bool allowHtml = false) =>
        Markdig.Markdown.ToHtml(markdown, For(allowHtml)).Trim();
}
