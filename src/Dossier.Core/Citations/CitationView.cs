namespace Dossier.Citations;

/// <summary>A YAML citation as shown (theme/partials/quotes.liquid): the quote, linked to its mark on the article page.</summary>
public sealed record QuoteView(string? Quote, string Href, string ArticleTitle, string ArticleHref, string Outlet, string? Paragraph, string? ParagraphHref,
    OriginalLink? Original = null);

/// <summary>A numbered source under a rendered Markdown text (theme/partials/sources-list.liquid).</summary>
public sealed record SourceRef(int Number, string Href, string ArticleTitle, string Outlet, string? Quote);
