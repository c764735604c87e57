using Dossier.Citations;
using Dossier.CrossLinks;
using Markdig;

namespace Dossier.Markdown;

/// <summary>
/// The one Markdig pipeline every Markdown text of a dossier goes through. Chosen extensions: the dossier's
/// own [[id]] links and [@ID "quote"] citations, pipe tables, strike-through and other emphasis extras,
/// auto-links for bare addresses, list extras. Raw HTML is escaped
/// unless the dossier opts in; typographic "smarty pants" quotes are left out on purpose, because quote
/// matching must see the characters the editor typed.
/// </summary>
public static class MarkdownPipelines
{
    private static readonly MarkdownPipeline Safe = Build(allowHtml: false);
    private static readonly MarkdownPipeline WithHtml = Build(allowHtml: true);

    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    /// <summary>Parses Markdown; Markdig refuses (with ArgumentException) elements nested past its depth limit, which becomes a message.</summary>
    public static (Markdig.Syntax.MarkdownDocument Document, string? Problem) Parse(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            return (Markdig.Markdown.Parse(markdown, pipeline), null);
        }
        catch (ArgumentException e)
        {
            return (new Markdig.Syntax.MarkdownDocument(), e.Message);
        }
    }

    private static MarkdownPipeline Build(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseListExtras()
            .UsePreciseSourceLocation()
            .Use<CrossLinkExtension>()
            .Use<CitationExtension>();
        if (!allowHtml) builder.DisableHtml();
        return builder.Build();
    }
}
