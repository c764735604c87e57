using Dossier.Links;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;

namespace Dossier.Claims;

/// <summary>
/// Renders claims.html: every claim with its credibility, corroboration, dispute and quotes, arranged by topic
/// (each claim under its first topic, and linked from its other topics) — a per-topic view without JavaScript.
/// A long list continues on claims.page-2.html …, laid out by <see cref="ClaimPages"/>; the legend and the matrix
/// are on the first page.
/// </summary>
public sealed class ClaimsPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/claims", typeof(ClaimsPage))];

    private const string Title = "Claims";

    public override string Name => "ClaimsPage";

    protected override void Render(PageRenderer renderer)
    {
        var views = ClaimViews();
        var claims = Content.Claims.Claims;
        var topics = Content.Topics.Topics;
        var layout = Content.ClaimPages;
        var sections = layout.Pages.SelectMany(p => p.Items).Select(e => e.Section).Where(s => s != ClaimPages.NoTopic).Distinct().ToHashSet();
        var perTopic = claims.SelectMany(c => c.Topics.Select(t => t.Id).Distinct()).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        var description = "The dossier's claims, graded and checked against their sources.";
        foreach (var page in layout.Pages)
            Add(new PageInfo(page.Path, Pagination.Title(Title, page), description, "Claims"), "claims", links => new ClaimsPage(
                First: page.IsFirst,
                Total: Format.Count(claims.Count, "claim"),
                Corroborated: page.IsFirst ? claims.Count(c => views.Corroboration(c) >= 2) : 0,
                Disputed: page.IsFirst ? claims.Count(views.IsDisputed) : 0,
                Matrix: page.IsFirst ? CoverageMatrix.Draw("claims-matrix", claims, Content.Articles.ById, Content.Outlets.Outlets, views.Corroboration, layout, links) : null,
                Grades: Methodology.AdmiraltyScale.CredibilityLegend(links),
                MethodologyHref: links.To(Routes.Methodology),
                TopicLinks: topics.Values.Where(t => sections.Contains(t.Id)).Select(t => new ClaimTopicLink(
                    t.Title,
                    Href: links.To(layout.PageOfSection(t.Id), Anchor(t.Id)),
                    Count: Format.Count(perTopic.GetValueOrDefault(t.Id), "claim"))).ToList(),
                Topics: page.Items.Where(e => e.Section != ClaimPages.NoTopic).GroupBy(e => e.Section).Select(g => new ClaimTopicSection(
                    topics[g.Key].Title,
                    Anchor: Anchor(g.Key),
                    Continued: layout.PageOfSection(g.Key) != page.Path,
                    TopicHref: links.To(Routes.Topic(g.Key)),
                    Claims: g.Where(e => e.Claim is not null).Select(e => views.View(e.Claim!, links, withAnchor: true)).ToList(),
                    AlsoHere: g.SelectMany(e => e.AlsoHere).Select(c => new TextLink(c.PlainText, layout.Href(links, c.Id))).ToList())).ToList(),
                Untopical: page.Items.Where(e => e.Section == ClaimPages.NoTopic).Select(e => views.View(e.Claim!, links, withAnchor: true)).ToList(),
                Pagination: Pagination.Nav(page, links)));
    }

    private static string Anchor(string topicId) => "topic-" + topicId;
}
