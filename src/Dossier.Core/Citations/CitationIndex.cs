using Dossier.Articles;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Text;

namespace Dossier.Citations;

/// <summary>What cites an article: a claim, an event, a topic, an entity or another article.</summary>
/// <param name="Page">The page the citing thing is shown on; <paramref name="Fragment"/> its anchor there, if any.</param>
public sealed record Citer(string Kind, string Id, string Title, string Page, string? Fragment);

/// <summary>One citation anywhere in the dossier, and who makes it.</summary>
public sealed record CitationUse(CitationReference Reference, Citer Citer);

/// <summary>A verified citation: the article and, for a quote, the passage and the id of its mark on the article page.</summary>
public sealed record ResolvedCitation(CitationUse Use, Article Article, TextRange? Range, string? MarkId, string? ParagraphAnchor);

/// <summary>
/// Verifies every citation of the dossier against the cited article's reader text (DESIGN.md §2) and numbers
/// the cited passages of each article (q1, q2 … in reading order). It is also the inverted index behind
/// "Cited by": built once, looked up per article, never a scan of all documents per document.
/// </summary>
public sealed class CitationIndex
{
    private readonly Dictionary<string, List<ResolvedCitation>> _byArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Article, string Quote), ResolvedCitation> _byQuote = new();

    /// <param name="articleFiles">Ids of all article files: a citation of an article whose file has errors is not reported again.</param>
    /// <param name="cache">
    /// In a preview session: each article's citations are verified again only when the article or the citations of
    /// it changed; the index is then put together from the verified parts.
    /// </param>
    public static CitationIndex Build(IEnumerable<CitationUse> uses, IReadOnlyDictionary<string, Article> articles, IReadOnlySet<string> articleFiles, DiagnosticBag d,
        Pipeline.BuildCache? cache = null)
    {
        var index = new CitationIndex();
        var cited = new List<(Article Article, List<CitationUse> Uses)>();
        foreach (var group in uses.GroupBy(u => u.Reference.ArticleId, StringComparer.Ordinal))
        {
            if (articles.TryGetValue(group.Key, out var article)) cited.Add((article, group.ToList()));
            else if (!articleFiles.Contains(group.Key))
                foreach (var use in group)
                    d.Error(DiagnosticCodes.UnknownArticle, use.Reference.At, $"unknown article '{use.Reference.ArticleId}' in citation",
                        Suggestions.DidYouMean(use.Reference.ArticleId, articles.Keys.ToList(), "articles") + " An article's id is its file name without the extension.");
        }
        // Each article's quotes are found in its own text, so articles are verified in parallel and indexed in order.
        var verified = new List<ResolvedCitation>[cited.Count];
        Parallel.For(0, cited.Count, i =>
        {
            var (article, list) = cited[i];
            if (cache is null) verified[i] = Verify(article, list, d);
            else
            {
                var part = cache.Derived(article, v => v.Uses.SequenceEqual(list), () => VerifiedCitations.Of(article, list, Verify));
                d.AddRange(part.Diagnostics);
                verified[i] = part.Resolved;
            }
        });
        for (var i = 0; i < cited.Count; i++) index.Add(cited[i].Article, verified[i]);
        return index;
    }

    /// <summary>Every citation of the dossier, verified: those of a passage, and those of a whole article.</summary>
    public IEnumerable<ResolvedCitation> All => _byArticle.Values.SelectMany(list => list);

    public IReadOnlyList<ResolvedCitation> For(string articleId) =>
        _byArticle.TryGetValue(articleId, out var list) ? list : [];

    public ResolvedCitation? Find(string articleId, string? quote) =>
        quote is not null && _byQuote.TryGetValue((articleId, quote), out var resolved) ? resolved : null;

    /// <summary>Finds each quote of the article's citations, reports those not found once, and numbers the passages found.</summary>
    private static List<ResolvedCitation> Verify(Article article, IReadOnlyList<CitationUse> uses, DiagnosticBag d)
    {
        var found = new List<(CitationUse Use, TextRange? Range)>();
        var match = new Lazy<MatchText>(article.Reader.Matcher);
        foreach (var use in uses)
        {
            var quote = use.Reference.Quote;
            if (quote is null)
            {
                found.Add((use, null));
                continue;
            }
            if (string.IsNullOrWhiteSpace(quote))
            {
                d.Error(DiagnosticCodes.QuoteNotFound, use.Reference.At, "the quote is empty", "quote the article's words, or cite the article without a quote.");
                continue;
            }
            var hits = match.Value.FindAll(quote).Take(2).ToList();
            if (hits.Count == 1)
            {
                found.Add((use, hits[0]));
                continue;
            }
            if (hits.Count > 1)
            {
                d.Error(DiagnosticCodes.AmbiguousQuote, use.Reference.At, $"the quote '{quote}' occurs more than once in article '{article.Id}'",
                    "quote more words, so that the citation points at one passage.");
                continue;
            }
            if (MatchText.Of(article.FullText).FindFirst(quote) is not null)
            {
                d.Error(DiagnosticCodes.QuoteNotFound, use.Reference.At, $"the quote '{quote}' is inside a passage of article '{article.Id}' that is omitted from the reader's text",
                    "cite words that readers can see, or stop omitting that passage.");
                continue;
            }
            var closest = ClosestPassage.Find(article.Reader.Text, quote);
            d.Error(DiagnosticCodes.QuoteNotFound, use.Reference.At, $"the quote '{quote}' is not in article '{article.Id}'",
                closest is null ? "copy the words exactly from the article." : $"the closest passage is: \"{closest}\" — copy the words exactly from the article.");
        }
        var markIds = found.Where(f => f.Range is not null).Select(f => f.Range!.Value).Distinct()
            .OrderBy(r => r.Start).ThenBy(r => r.End).Select((r, i) => (r, $"q{i + 1}")).ToDictionary(x => x.r, x => x.Item2);
        return found.Select(f => new ResolvedCitation(f.Use, article, f.Range, f.Range is null ? null : markIds[f.Range.Value],
            f.Range is null ? null : article.Blocks[article.Reader.BlockAt(f.Range.Value.Start)].Anchor)).ToList();
    }

    private void Add(Article article, List<ResolvedCitation> resolved)
    {
        _byArticle[article.Id] = resolved;
        foreach (var r in resolved.Where(r => r.Use.Reference.Quote is not null))
            _byQuote.TryAdd((article.Id, r.Use.Reference.Quote!), r);
    }
}
