using Dossier.Articles;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.Outlets;

namespace Dossier.Citations;

/// <summary>How a YAML citation (a claim's or an event's) is shown: the quote, linked to its mark on the article page.</summary>
public static class CitationViews
{
    public static IReadOnlyList<QuoteView> Quotes(IEnumerable<CitationReference> cite, CitationIndex index,
        IReadOnlyDictionary<string, Article> articles, IReadOnlyDictionary<string, Outlet> outlets, LinkGenerator links) =>
        cite.Where(c => articles.ContainsKey(c.ArticleId)).Select(c =>
        {
            var article = articles[c.ArticleId];
            var resolved = index.Find(c.ArticleId, c.Quote);
            var page = Routes.Article(article.Slug);
            return new QuoteView(
                c.Quote,
                Href: links.To(page, resolved?.MarkId),
                ArticleTitle: article.Meta.Title,
                ArticleHref: links.To(page),
                Outlet: ArticleViews.OutletName(article, outlets),
                Paragraph: resolved?.ParagraphAnchor,
                ParagraphHref: resolved?.ParagraphAnchor is { } p ? links.To(page, p) : null,
                Original: OriginalLink.To(article, resolved?.Range));
        }).ToList();

    /// <summary>The numbered sources of a rendered Markdown text, for the list under it.</summary>
    public static IReadOnlyList<SourceRef> Numbered(MarkdownRenderContext context) =>
        context.Citations.Select(c => new SourceRef(c.Number, c.Href, c.Target.ArticleTitle, c.Target.Outlet, c.Target.Quote)).ToList();
}
