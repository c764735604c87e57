using Dossier.Links;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Claims;

/// <summary>
/// Renders claims.html: every claim with its credibility, corroboration, dispute and quotes, arranged by topic
/// (each claim under its first topic, and linked from its other topics) — a per-topic view without JavaScript.
/// </summary>
public sealed class ClaimsPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    private const string NoTopic = "";

    public override string Name => "ClaimsPage";

    protected override void Render(PageRenderer renderer)
    {
        var views = ClaimViews();
        var claims = Content.Claims.Claims;
        var topics = Content.Topics.Topics;
        string Primary(Claim c) => c.Topics.Select(t => t.Id).FirstOrDefault(topics.ContainsKey) ?? NoTopic;
        Add(new PageInfo(Routes.Claims, "Claims", "The dossier's claims, graded and checked against their sources.", "Claims"), "claims",
            links => new
            {
                Total = Format.Count(claims.Count, "claim"),
                Corroborated = claims.Count(c => views.Corroboration(c) >= 2),
                Disputed = claims.Count(views.IsDisputed),
                Matrix = CoverageMatrix.Draw("claims-matrix", claims, Content.Articles.ById, Content.Outlets.Outlets, views.Corroboration, links),
                Grades = Claim.Grades.Select(g => new { Grade = g.Key, Label = g.Value }).ToList(),
                Topics = topics.Values.Select(t => new
                {
                    t.Title,
                    Anchor = "topic-" + t.Id,
                    TopicHref = links.To(Routes.Topic(t.Id)),
                    Count = Format.Count(claims.Count(c => c.Topics.Any(x => x.Id == t.Id)), "claim"),
                    Claims = claims.Where(c => Primary(c) == t.Id).Select(c => views.View(c, links, withAnchor: true)).ToList(),
                    AlsoHere = claims.Where(c => Primary(c) != t.Id && c.Topics.Any(x => x.Id == t.Id))
                        .Select(c => new { Text = c.PlainText, Href = links.To(Routes.Claims, Routes.ClaimAnchor(c.Id)) }).ToList(),
                }).Where(t => t.Claims.Count > 0 || t.AlsoHere.Count > 0).ToList(),
                Untopical = claims.Where(c => Primary(c) == NoTopic).Select(c => views.View(c, links, withAnchor: true)).ToList(),
            });
    }
}
