namespace Dossier.TemplateBench;

/// <summary>
/// The same models as the project makes them today: anonymous objects (lists of object), shaped member for member as
/// ArticlePageModel.Build, PageRenderer.RenderHtml, EntityPagesPipeline.FirstPage, ClaimViews.View, EventViews.View,
/// CitationViews and Pagination.Nav build them.
/// </summary>
public static class Anonymous
{
    public static object Layout(LayoutModel m) => new
    {
        m.Lang, m.Title, m.SiteTitle, m.Description, m.Csp, m.Canonical, m.Stylesheet, m.InlineStyle, m.SiteScript, m.FeedHref,
        m.Root, m.HomeHref, m.SearchHref,
        Nav = m.Nav.Select(n => new { n.Label, n.Href, n.Current }).ToList(),
        m.Licence, m.SourcesHref, m.Content, m.Previews,
    };

    private static object Link(TitleLink l) => new { l.Title, l.Href };

    private static object Block(BlockView b) => new
    {
        b.Anchor, b.Html, b.IsHeading, b.Level, b.IsParagraph, b.IsOther, b.IsOmission, b.Reason,
        Notes = b.Notes.Select(n => new { n.Id, n.MarkId, n.Kind, n.Quote, n.TextHtml }).ToList(),
    };

    public static object Article(ArticlePage a) => new
    {
        a.Id, a.Title, a.Kicker, a.Outlet, a.OutletHref, a.OutletGrade, a.OutletGradeLabel, a.Date, a.DateIso, a.DateNote, a.Summary,
        a.Url, a.Retrieved,
        Topics = (IReadOnlyList<object>)a.Topics.Select(Link).ToList(),
        Body = (IReadOnlyList<object>)a.Body.Select(g => g.IsList
            ? (object)new { IsList = true, g.Ordered, Items = g.Items!.Select(Block).ToList() }
            : new { IsList = false, Block = Block(g.Block!) }).ToList(),
        References = a.References.Select(r => new { r.Number, r.Href, r.ArticleTitle, r.Quote }).ToList(),
        CitedBy = (IReadOnlyList<object>)a.CitedBy.Select(c => (object)new
        {
            c.Kind, c.Title, c.Href,
            Passages = c.Passages.Select(p => new { p.Href, p.Quote, p.Paragraph }).ToList(),
        }).ToList(),
        a.Words,
        Source = new { a.Source.FileName, a.Source.Sha256, a.Source.Format },
        Previous = a.Previous is null ? null : new { a.Previous.Title, a.Previous.Href },
        Next = a.Next is null ? null : new { a.Next.Title, a.Next.Href },
    };

    private static IReadOnlyList<object> Quotes(IReadOnlyList<QuoteView> quotes) =>
        quotes.Select(q => (object)new { q.Quote, q.Href, q.ArticleTitle, q.ArticleHref, q.Outlet, q.Paragraph, q.ParagraphHref }).ToList();

    private static IReadOnlyList<object> Sources(IReadOnlyList<SourceRef> sources) =>
        sources.Select(s => (object)new { s.Number, s.Href, s.ArticleTitle, s.Outlet, s.Quote }).ToList();

    private static object Claim(ClaimView c) => new
    {
        c.Anchor, c.Id, c.Href, c.TextHtml, c.Grade, c.GradeLabel, c.Corroboration, c.CorroborationLabel, c.Corroborated, c.Outlets,
        c.Disputed,
        DisputedBy = c.DisputedBy.Select(d => new { d.Text, d.Href }).ToList(),
        Quotes = Quotes(c.Quotes),
        Topics = c.Topics.Select(t => new { t.Title, t.Href }).ToList(),
        Entities = c.Entities.Select(e => new { e.Title, e.Href }).ToList(),
    };

    private static object Event(EventView e) => new
    {
        e.Anchor, e.Href, e.Title, e.Date, e.DateIso, e.TextHtml,
        Sources = Sources(e.Sources),
        Quotes = Quotes(e.Quotes),
        Topics = e.Topics.Select(t => new { t.Title, t.Href }).ToList(),
        Entities = e.Entities.Select(x => new { x.Title, x.Href }).ToList(),
    };

    private static object? Pagination(PaginationView? p) => p is null ? null : new
    {
        p.Label, p.First, p.Previous, p.Next, p.Last,
        Numbers = p.Numbers.Select(n => n.Gap ? (object)new { Gap = true } : new { Gap = false, n.Number, n.Href, n.Current }).ToList(),
    };

    public static object Entity(EntityPage e) => new
    {
        e.First, e.Name, e.Kind, e.Role, e.Aliases, e.DescriptionHtml,
        Sources = Sources(e.Sources),
        MentionedIn = e.MentionedIn.Select(m => (object)new
        {
            m.Title, m.Href, m.Count,
            Sentences = m.Sentences.Select(s => new { s.Text, s.Href, s.Paragraph }).ToList(),
        }).ToList(),
        Pagination = Pagination(e.Pagination),
        Claims = e.Claims.Select(Claim).ToList(),
        Events = e.Events.Select(Event).ToList(),
        e.Graph,
        Companions = e.Companions.Select(c => new { c.Name, c.Href, c.Count }).ToList(),
        e.EntitiesHref,
    };
}
