using Dossier.Articles;
using Dossier.Articles.Body;
using Dossier.Citations;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Corrections;

/// <summary>
/// Renders corrections.html (continued on corrections.page-2.html …): every correction and dispute note of the
/// dossier, newest first, then those without a date in the order of the articles. Every page's footer links it.
/// </summary>
public sealed class CorrectionsPagePipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/corrections", typeof(CorrectionsPage))];

    private const string Title = "Corrections";

    public override string Name => "CorrectionsPage";

    protected override void Render(PageRenderer renderer)
    {
        // Only counted here, and sorted when a page is made: a preview session re-registers the pages on every edit.
        var count = Content.Articles.Articles.Sum(a => a.Notes.Count(n => CorrectionsPage.IsLogged(n.Spec.Kind)));
        var notes = new Lazy<List<(Article Article, ResolvedNote Note)>>(Logged);
        var description = "Every correction and dispute of the dossier's articles, newest first.";
        foreach (var page in Pagination.Split(Routes.Corrections, Enumerable.Range(0, count).ToList(), Content.PageSize))
            Add(new PageInfo(page.Path, Pagination.Title(Title, page), description, null), "corrections", links =>
            {
                var context = MarkdownContext(links);
                var logged = notes.Value;
                var entries = page.Items.Select(i => Entry(logged[i].Article, logged[i].Note, links, context)).ToList();
                var corrections = logged.Count(n => n.Note.Spec.Kind == NoteKind.Correction);
                return new CorrectionsPage(
                    First: page.IsFirst,
                    Total: Format.Count(count, "note"),
                    Corrections: Format.Count(corrections, "correction"),
                    Disputes: Format.Count(count - corrections, "dispute"),
                    Undated: Format.Count(logged.Count(n => n.Note.Spec.Date is null), "note has", "notes have"),
                    MethodologyHref: links.To(Routes.Methodology, "corrections"),
                    Entries: entries,
                    Sources: CitationViews.Numbered(context),
                    Pagination: Pagination.Nav(page, links));
            });
    }

    /// <summary>The logged notes, newest first (by the last day a date allows); undated ones last, in article order.</summary>
    private List<(Article Article, ResolvedNote Note)> Logged() =>
        Content.Articles.Articles
            .SelectMany(a => a.Notes.Where(n => CorrectionsPage.IsLogged(n.Spec.Kind)).Select(n => (Article: a, Note: n)))
            .Select((n, order) => (n, order))
            .OrderBy(x => x.n.Note.Spec.Date is null)
            .ThenByDescending(x => x.n.Note.Spec.Date?.Span.Last ?? 0)
            .ThenByDescending(x => x.n.Note.Spec.Date?.Span.First ?? 0)
            .ThenBy(x => x.order)
            .Select(x => x.n).ToList();

    private CorrectionEntry Entry(Article a, ResolvedNote note, LinkGenerator links, Markdown.MarkdownRenderContext context)
    {
        var page = Routes.Article(a.Slug);
        return new CorrectionEntry(
            Kind: note.Spec.Kind.ToString().ToLowerInvariant(),
            ArticleTitle: a.Meta.Title,
            ArticleHref: links.To(page),
            Outlet: ArticleViews.OutletName(a, Content.Outlets.Outlets),
            Quote: note.Spec.Quote,
            QuoteHref: links.To(page, note.Id + "-text"),
            NoteHref: links.To(page, note.Id),
            TextHtml: note.Spec.Text.RenderInline(context),
            Date: note.Spec.Date?.Display,
            DateIso: note.Spec.Date?.Iso);
    }
}
