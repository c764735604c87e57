using Dossier.Claims;
using Dossier.Links;
using Dossier.References;
using Dossier.Site;

namespace Dossier.StructuredData;

/// <summary>
/// The schema.org ClaimReview of a claim's page: the claim, its Admiralty credibility grade as the rating (1 best,
/// 6 worst, named by the grade's words), and the claim itself with the articles it appears in.
/// </summary>
public static class ClaimReviewData
{
    public static string Of(Claim claim, DossierContent content, SiteConfig site, LinkGenerator addresses) =>
        JsonLd.Object("ClaimReview", w =>
        {
            w.WriteString("url", addresses.To(Routes.Claim(claim.Id)));
            w.WriteString("claimReviewed", claim.PlainText);
            w.Typed("author", "Organization", a =>
            {
                a.WriteString("name", site.Title);
                a.Optional("url", site.SiteUrl);
            });
            w.Typed("reviewRating", "Rating", r =>
            {
                r.WriteNumber("ratingValue", claim.Credibility);
                r.WriteNumber("bestRating", 1);
                r.WriteNumber("worstRating", 6);
                r.WriteString("alternateName", claim.CredibilityLabel);
            });
            w.Typed("itemReviewed", "Claim", c =>
            {
                c.WritePropertyName("appearance");
                c.WriteStartArray();
                foreach (var id in claim.Cite.Select(x => x.ArticleId).Concat(claim.Text.Citations.Select(x => x.ArticleId)).Distinct(StringComparer.Ordinal))
                    if (content.Articles.ById.TryGetValue(id, out var article))
                        ArticleData.Write(c, article, content.Outlets.Outlets, addresses);
                c.WriteEndArray();
            });
        });
}
