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
    private static readonly MarkdownPipeline Safe = Build(allowHtml: false, autoLinks: true);
    private static readonly MarkdownPipeline WithHtml = Build(allowHtml: true, autoLinks: true);
    private static readonly MarkdownPipeline SafeWithoutAddresses = Build(allowHtml: false, autoLinks: false);
    private static readonly MarkdownPipeline WithHtmlWithoutAddresses = Build(allowHtml: true, autoLinks: false);

    /// <summary>
    /// The pipeline for one text. A text that cannot hold a bare address goes without the auto-link parser: its
    /// opening letters (h, f, m, t, w) stopped the scan for literal text at about one letter in ten, which made
    /// parsing several times slower, and without an address it makes the same tree.
    /// </summary>
    public static MarkdownPipeline For(bool allowHtml, string markdown) => MayHoldAddress(markdown)
        ? allowHtml ? WithHtml : Safe
        : allowHtml ? WithHtmlWithoutAddresses : SafeWithoutAddresses;

    /// <summary>
    /// Whether the text holds the start of an address the auto-link parser makes a link of: http://, https://, ftp://,
    /// mailto:, tel: or www., which it matches in lower case only (checked against Markdig by a test).
    /// </summary>
    private static bool MayHoldAddress(string markdown) =>
        markdown.Contains("://", StringComparison.Ordinal)
        || markdown.Contains("www.", StringComparison.Ordinal)
        || markdown.Contains("mailto:", StringComparison.Ordinal)
        || markdown.Contains("tel:", StringComparison.Ordinal);

    /// <summary>Parses Markdown; text nested past Markdig's depth limit, or past ours, becomes a message instead of a document.</summary>
    public static (Markdig.Syntax.MarkdownDocument Document, string? Problem) Parse(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            var document = Markdig.Markdown.Parse(markdown, pipeline);
            return MarkdownNesting.TooDeep(document) ? (new Markdig.Syntax.MarkdownDocument(), "nested too deeply") : (document, null);
        }
        catch (ArgumentException e)
        {
            return (new Markdig.Syntax.MarkdownDocument(), e.Message);
        }
    }

    private static MarkdownPipeline Build(bool allowHtml, bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras();
        if (autoLinks) builder.UseAutoLinks();
        builder
            .UseListExtras()
            .UsePreciseSourceLocation()
            .Use<CrossLinkExtension>()
            .Use<CitationExtension>()
            .Use<Media.MediaExtension>();
        if (!allowHtml) builder.DisableHtml();
        return builder.Build();
    }
}
