using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Methodology;

/// <summary>
/// Renders methodology.html: the grading scales with each grade's meaning, how corroboration is counted, how quotes
/// are verified, how omissions are made and shown, and what is editorial text and what source text — each with
/// the figures of this dossier, so the page describes what was done rather than what should have been.
/// </summary>
public sealed class MethodologyPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/methodology", typeof(MethodologyPage))];

    public override string Name => "MethodologyPage";

    protected override void Render(PageRenderer renderer)
    {
        var page = new PageInfo(Routes.Methodology, "How this dossier is made",
            "The grading scales, how corroboration is counted, how quotes are verified and how omissions are shown.", null);
        Add(page, "methodology", Model);
    }

    private MethodologyPage Model(LinkGenerator links)
    {
        var articles = Content.Articles.Articles;
        var outlets = Content.Outlets.Outlets;
        var claims = Content.Claims.Claims;
        var views = ClaimViews();
        var citations = Analysis.Citations.Index.All.ToList();
        var omissions = articles.SelectMany(a => a.Blocks).Where(b => b.Kind == BlockKind.Omission).ToList();
        var logged = articles.Sum(a => a.Notes.Count(n => Corrections.CorrectionsPage.IsLogged(n.Spec.Kind)));
        return new MethodologyPage(
            Articles: Format.Count(articles.Count, "article"),
            PlainArticles: Format.Count(articles.Count(a => a.Format == ArticleFormat.PlainText), "is", "are"),
            MarkdownArticles: Format.Count(articles.Count(a => a.Format == ArticleFormat.Markdown), "is", "are"),
            Outlets: Format.Count(outlets.Count, "named outlet is", "named outlets are"),
            UnknownOutletArticles: Format.Count(articles.Count(a => !outlets.ContainsKey(a.Meta.Outlet)), "article names", "articles name"),
            Claims: Format.Count(claims.Count, "claim"),
            Corroborated: claims.Count(c => views.Corroboration(c) >= 2) is var corroborated
                ? $"{corroborated} of the {Format.Count(claims.Count, "claim")} {(corroborated == 1 ? "is" : "are")} corroborated" : "",
            WithUnknownSupport: Format.Count(claims.Count(c => views.UnknownSupport(c) > 0), "claim cites", "claims cite"),
            Events: Format.Count(Content.Timeline.Events.Count, "dated event"),
            Topics: Format.Count(Content.Topics.Topics.Count, "topic"),
            Entities: Format.Count(Content.Entities.Entities.Count, "person, organisation or place", "people, organisations and places"),
            Citations: Format.Count(citations.Count, "citation"),
            Passages: Format.Count(citations.Count(c => c.Range is not null), "quotes a passage", "quote a passage"),
            Notes: Format.Count(articles.Sum(a => a.Notes.Count), "editorial note"),
            Omissions: Format.Count(omissions.Count, "passage"),
            OmissionReasons: omissions.GroupBy(b => b.Reason ?? "", StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(20).Select(g => new OmissionReason(g.Key, Format.Count(g.Count(), "passage"))).ToList(),
            Reliability: AdmiraltyScale.Reliability.Select(g => new GradeUse(AdmiraltyScale.ReliabilityAnchor(g.Key[0]), g.Key, g.Label, g.Meaning,
                Format.Count(outlets.Values.Count(o => o.Reliability == g.Key[0]), "outlet"))).ToList(),
            Credibility: AdmiraltyScale.Credibility.Select((g, i) => new GradeUse(AdmiraltyScale.CredibilityAnchor(i + 1), g.Key, g.Label, g.Meaning,
                Format.Count(claims.Count(c => c.Credibility == i + 1), "claim"))).ToList(),
            SourcesHref: links.To(Routes.Sources),
            ClaimsHref: links.To(Routes.Claims),
            CorrectionsHref: links.To(Routes.Corrections),
            CorrectionsCount: Format.Count(logged, "note"));
    }
}
