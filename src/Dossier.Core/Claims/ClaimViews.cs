using Dossier.Articles;
using Dossier.Citations;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.References;

namespace Dossier.Claims;

/// <summary>How a claim is shown wherever it appears: grade, corroboration, dispute, and its quotes.</summary>
public sealed class ClaimViews(DossierContent content, CitationIndex citations, IReferenceResolver resolver)
{
    /// <summary>
    /// Corroboration: the number of distinct named outlets among the articles a claim cites. An article whose outlet
    /// is not known is never counted as an outlet: two such articles may come from one publisher, or from the
    /// named one (<see cref="UnknownSupport"/> counts them instead).
    /// </summary>
    public int Corroboration(Claim claim) =>
        CitedArticles(claim).Select(a => a.Meta.Outlet).Where(IsNamed).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The distinct articles of unknown outlet that a claim cites, shown beside its corroboration.</summary>
    public int UnknownSupport(Claim claim) => CitedArticles(claim).Where(a => !IsNamed(a.Meta.Outlet)).Distinct().Count();

    private bool IsNamed(string outlet) => content.Outlets.Outlets.ContainsKey(outlet);

    private IEnumerable<Article> CitedArticles(Claim claim) =>
        claim.Cite.Where(c => content.Articles.ById.ContainsKey(c.ArticleId)).Select(c => content.Articles.ById[c.ArticleId]);

    public bool IsDisputed(Claim claim) => content.Claims.Disputes[claim.Id].Any();

    public ClaimView View(Claim claim, LinkGenerator links, bool withAnchor = false)
    {
        var context = new MarkdownRenderContext(links, resolver);
        var corroboration = Corroboration(claim);
        var textHtml = claim.Text.RenderInline(context);
        var unknown = UnknownSupport(claim);
        var outlets = CitedArticles(claim).Where(a => IsNamed(a.Meta.Outlet))
            .Select(a => ArticleViews.OutletName(a, content.Outlets.Outlets)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ClaimView(
            Anchor: withAnchor ? Routes.ClaimAnchor(claim.Id) : null,
            claim.Id,
            Href: links.To(Routes.Claim(claim.Id)),
            TextHtml: textHtml,
            TextLinked: !textHtml.Contains("<a ", StringComparison.Ordinal),
            Grade: claim.Credibility,
            GradeLabel: claim.CredibilityLabel,
            GradeHref: Methodology.AdmiraltyScale.CredibilityHref(links, claim.Credibility),
            Corroboration: corroboration,
            CorroborationLabel: Pages.Format.Count(corroboration, "outlet"),
            UnknownSupportLabel: unknown == 0 ? null : $"and {Pages.Format.Count(unknown, "article")} whose publisher is not known",
            Corroborated: corroboration >= 2,
            Outlets: outlets.Count == 0 ? "none named" : string.Join(", ", outlets),
            Disputed: IsDisputed(claim),
            DisputedBy: content.Claims.Disputes[claim.Id].Order(StringComparer.Ordinal).Where(content.Claims.ById.ContainsKey)
                .Select(id => new Pages.TextLink(content.Claims.ById[id].PlainText, links.To(Routes.Claim(id)))).ToList(),
            Quotes: CitationViews.Quotes(claim.Cite, citations, content.Articles.ById, content.Outlets.Outlets, links),
            Topics: claim.Topics.Where(t => content.Topics.Topics.ContainsKey(t.Id))
                .Select(t => new Pages.TitleLink(content.Topics.Topics[t.Id].Title, links.To(Routes.Topic(t.Id)))).ToList(),
            Entities: claim.Entities.Where(e => content.Entities.Entities.ContainsKey(e.Id))
                .Select(e => new Pages.TitleLink(content.Entities.Entities[e.Id].Name, links.To(Routes.Entity(e.Id)))).ToList());
    }
}
