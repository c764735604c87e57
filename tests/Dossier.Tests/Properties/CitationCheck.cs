using AngleSharp.Dom;
using Dossier.Text;

namespace Dossier.Tests.Properties;

/// <summary>
/// Every citation lands: a numbered citation (a.cite, its quote in its title) or a quoted source (a.quote) links a
/// mark of the article page whose text holds the quote, compared as the site compares quotes (MatchText.Fold); and
/// every quote the dossier's citations make is marked on its article's page.
/// </summary>
public static class CitationCheck
{
    private const string TitleEnd = "” — ";

    public static List<string> Problems(SiteFiles site, IEnumerable<ExpectedQuote> expected)
    {
        var problems = new List<string>();
        var landed = 0;
        foreach (var page in site.Pages)
            foreach (var link in site.Page(page).QuerySelectorAll("a.cite, a.quote"))
            {
                var quote = QuoteOf(link);
                var href = link.GetAttribute("href") ?? "";
                var (target, fragment, error) = SiteFiles.Resolve(page, href);
                if (error is not null || target is null || !site.Has(target))
                {
                    problems.Add($"{page}: the citation '{href}' leads to no page of the site");
                    continue;
                }
                if (quote is null) continue;
                var mark = fragment.Length == 0 ? null : site.Page(target).GetElementById(fragment);
                if (mark is null)
                {
                    problems.Add($"{page}: the citation of “{quote}” leads to {target}#{fragment}, which has no such id");
                    continue;
                }
                var marked = MarkedText(site.Page(target), mark);
                if (!MatchText.Fold(marked).Contains(MatchText.Fold(quote), StringComparison.Ordinal))
                    problems.Add($"{page}: the citation of “{quote}” leads to {target}#{fragment}, which shows “{marked}”");
                else landed++;
            }
        foreach (var q in expected)
        {
            var page = $"articles/{q.Slug}.html";
            if (!site.Has(page))
            {
                problems.Add($"the article {q.ArticleId}, cited with “{q.Quote}”, has no page {page}");
                continue;
            }
            var document = site.Page(page);
            if (!document.QuerySelectorAll("[data-mark]").Any(m => MatchText.Fold(MarkedText(document, m)).Contains(MatchText.Fold(q.Quote), StringComparison.Ordinal)))
                problems.Add($"{page} marks no passage “{q.Quote}” (article {q.ArticleId})");
        }
        if (expected.Any() && landed == 0) problems.Add("the dossier cites passages, yet no page links a marked quote");
        return problems;
    }

    /// <summary>The quote a citation link shows: the text of a.quote in “…”, or the start of a.cite's title “quote” — Article.</summary>
    private static string? QuoteOf(IElement link)
    {
        if (link.ClassList.Contains("quote")) return link.TextContent.Trim().TrimStart('“').TrimEnd('”');
        var title = link.GetAttribute("title") ?? "";
        var end = title.IndexOf(TitleEnd, StringComparison.Ordinal);
        return title.StartsWith('“') && end > 0 ? title[1..end] : null;
    }

    /// <summary>The text of a mark: all its pieces (the elements with its data-mark, split by overlapping marks), in page order.</summary>
    private static string MarkedText(IDocument page, IElement mark)
    {
        var key = mark.GetAttribute("data-mark");
        if (key is null) return mark.TextContent;
        var text = new System.Text.StringBuilder();
        IElement? block = null;
        foreach (var piece in page.QuerySelectorAll("[data-mark]").Where(m => m.GetAttribute("data-mark") == key))
        {
            // A passage over a paragraph break: its pieces in two blocks are words apart.
            var its = piece.Closest("p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th");
            if (block is not null && its != block) text.Append(' ');
            block = its;
            text.Append(piece.TextContent);
        }
        return text.ToString();
    }
}
