using Dossier.Articles;
using Dossier.Citations;
using Dossier.Links;
using Dossier.Markdown;
using Dossier.References;

namespace Dossier.Claims;

/// <summary>How a claim is shown wherever it appears: grade, corroboration, dispute, and its quotes.</summary>
public sealed class ClaimViews(DossierContent content, CitationIndex citations, IReferenceResolver resolver)
{
    /// <summary>Corroboration: the number of distinct outlets among the articles a claim cites ("unknown" counts once).</summary>
    public int Corroboration(Claim claim) =>
        claim.Cite.Where(c => content.Articles.ById.ContainsKey(c.ArticleId))
            .Select(c => content.Articles.ById[c.ArticleId].Meta.Outlet).Distinct(StringComparer.Ordinal).Count();

    public bool IsDisputed(Claim claim) => content.Claims.Disputes[claim.Id].Any();

    public ClaimView View(Claim claim, LinkGenerator links, bool withAnchor = false)
    {
        var context = new MarkdownRenderContext(links, resolver);
        var corroboration = Corroboration(claim);
        var outlets = claim.Cite.Where(c => content.Articles.ById.ContainsKey(c.ArticleId))
            .Select(c => ArticleViews.OutletName(content.Articles.ById[c.ArticleId], content.Outlets.Outlets)).Distinct().Order(StringComparer.Ordinal);
        return new ClaimView(
            Anchor: withAnchor ? Routes.ClaimAnchor(claim.Id) : null,
            claim.Id,
            Href: content.ClaimPages.Href(links, claim.Id),
            TextHtml: claim.Text.RenderInline(context),
            Grade: claim.Credibility,
            GradeLabel: claim.CredibilityLabel,
            Corroboration: corroboration,
            CorroborationLabel: Pages.Format.Count(corroboration, "outlet"),
            Corroborated: corroboration >= 2,
            Outlets: string.Join(", ", outlets),
            Disputed: IsDisputed(claim),
            DisputedBy: content.Claims.Disputes[claim.Id].Order(StringComparer.Ordinal).Where(content.Claims.ById.ContainsKey)
                .Select(id => new Pages.TextLink(content.Claims.ById[id].PlainText, content.ClaimPages.Href(links, id))).ToList(),
            Quotes: CitationViews.Quotes(claim.Cite, citations, content.Articles.ById, content.Outlets.Outlets, links),
            Topics: claim.Topics.Where(t => content.Topics.Topics.ContainsKey(t.Id))
                .Select(t => new Pages.TitleLink(content.Topics.Topics[t.Id].Title, links.To(Routes.Topic(t.Id)))).ToList(),
            Entities: claim.Entities.Where(e => content.Entities.Entities.ContainsKey(e.Id))
                .Select(e => new Pages.TitleLink(content.Entities.Entities[e.Id].Name, links.To(Routes.Entity(e.Id)))).ToList());
    }
}
