using Dossier.Links;
using Dossier.Methodology;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Claims;

/// <summary>
/// Renders claims/ID.html for every claim: the claim's own, stable address, which every link to a claim names
/// (claims.html keeps an anchor for each claim, so that older links still land).
/// </summary>
public sealed class ClaimPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/claim", typeof(ClaimPage))];

    public override string Name => "ClaimPage";

    private const string Description = "A claim of the dossier: its credibility grade, its corroboration and the passages it rests on.";

    protected override void Render(PageRenderer renderer)
    {
        var views = ClaimViews();
        var claims = Content.Claims;
        // Who names each claim in its disputed_by: the other direction of a dispute.
        var namedBy = new Lazy<ILookup<string, string>>(() =>
            claims.Claims.SelectMany(c => c.DisputedBy.Select(o => (Disputed: o.Id, By: c.Id))).ToLookup(p => p.Disputed, p => p.By));
        foreach (var claim in claims.Claims)
        {
            var page = new PageInfo(Routes.Claim(claim.Id), claim.PlainText, Description, "Claims", claim.At);
            Add(page, "claim", links =>
            {
                var view = views.View(claim, links);
                TextLink Link(string id) => new(claims.ById[id].PlainText, links.To(Routes.Claim(id)));
                return new ClaimPage(
                    view,
                    GradeMeaning: AdmiraltyScale.CredibilityGrade(claim.Credibility).Meaning,
                    CorroborationHref: links.To(Routes.Methodology, MethodologyPage.CorroborationAnchor),
                    VerificationHref: links.To(Routes.Methodology, MethodologyPage.VerificationAnchor),
                    DisputedBy: claim.DisputedBy.Select(d => d.Id).Distinct().Where(claims.ById.ContainsKey).Order(StringComparer.Ordinal).Select(Link).ToList(),
                    Disputes: namedBy.Value[claim.Id].Distinct().Order(StringComparer.Ordinal).Select(Link).ToList(),
                    OverviewHref: Content.ClaimPages.Href(links, claim.Id),
                    Head: new PageHead(StructuredData.ClaimReviewData.Of(claim, Content, renderer.Site, StructuredData.Addresses.For(links, renderer.Site.SiteUrl)), []));
            });
        }
    }
}
