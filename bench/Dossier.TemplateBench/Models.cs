using Dossier.Pictures;

namespace Dossier.TemplateBench;

// Typed page models, one record per shape the anonymous objects of ArticlePageModel.Build, PageRenderer,
// EntityPagesPipeline.FirstPage, ClaimViews, EventViews, CitationViews and Pagination.Nav make today.
// Picture, DataTable and TableCell are Dossier.Core's own records.

public sealed record LayoutModel(
    string Lang, string Title, string SiteTitle, string? Description, string Csp, string? Canonical, string? Stylesheet,
    string? InlineStyle, string? SiteScript, string? FeedHref, string Root, string HomeHref, string SearchHref,
    IReadOnlyList<NavItem> Nav, string? Licence, string SourcesHref, string Content, string? Previews);

public sealed record NavItem(string Label, string Href, bool Current);

public sealed record TitleLink(string Title, string Href);

public sealed record ArticlePage(
    string Id, string Title, string Kicker, string? Outlet, string? OutletHref, string? OutletGrade, string? OutletGradeLabel,
    string? Date, string? DateIso, string? DateNote, string? Summary, string? Url, string? Retrieved,
    IReadOnlyList<TitleLink> Topics, IReadOnlyList<BodyGroup> Body, IReadOnlyList<ReferenceView> References,
    IReadOnlyList<CitedByView> CitedBy, int Words, SourceView Source, TitleLink? Previous, TitleLink? Next);

/// <summary>Either a list (IsList, Ordered, Items) or one block (Block).</summary>
public sealed record BodyGroup(bool IsList, bool Ordered, IReadOnlyList<BlockView>? Items, BlockView? Block);

public sealed record BlockView(
    string Anchor, string? Html, bool IsHeading, int Level, bool IsParagraph, bool IsOther, bool IsOmission, string? Reason,
    IReadOnlyList<NoteView> Notes);

public sealed record NoteView(string Id, string MarkId, string Kind, string Quote, string TextHtml);

public sealed record ReferenceView(int Number, string Href, string ArticleTitle, string? Quote);

public sealed record CitedByView(string Kind, string Title, string Href, IReadOnlyList<PassageView> Passages);

public sealed record PassageView(string Href, string? Quote, string? Paragraph);

public sealed record SourceView(string FileName, string Sha256, string Format);

public sealed record EntityPage(
    bool First, string Name, string Kind, string? Role, string? Aliases, string? DescriptionHtml, IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<MentionArticle> MentionedIn, PaginationView? Pagination, IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<EventView> Events, Picture? Graph, IReadOnlyList<Companion> Companions, string EntitiesHref);

public sealed record SourceRef(int Number, string Href, string ArticleTitle, string Outlet, string? Quote);

public sealed record MentionArticle(string Title, string Href, string Count, IReadOnlyList<MentionSentence> Sentences);

public sealed record MentionSentence(string Text, string Href, string Paragraph);

public sealed record PaginationView(string Label, string? First, string? Previous, string? Next, string? Last, IReadOnlyList<PageNumber> Numbers);

/// <summary>A gap (Gap only) or a page number.</summary>
public sealed record PageNumber(bool Gap, int Number, string? Href, bool Current);

public sealed record ClaimView(
    string? Anchor, string Id, string Href, string TextHtml, int Grade, string GradeLabel, int Corroboration, string CorroborationLabel,
    bool Corroborated, string Outlets, bool Disputed, IReadOnlyList<TextLink> DisputedBy, IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<TitleLink> Topics, IReadOnlyList<TitleLink> Entities);

public sealed record TextLink(string Text, string Href);

public sealed record QuoteView(string? Quote, string Href, string ArticleTitle, string ArticleHref, string Outlet, string? Paragraph, string? ParagraphHref);

public sealed record EventView(
    string? Anchor, string Href, string Title, string Date, string? DateIso, string? TextHtml, IReadOnlyList<SourceRef> Sources,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<TitleLink> Topics, IReadOnlyList<TitleLink> Entities);

public sealed record Companion(string Name, string Href, string Count);

public static class ModelTypes
{
    /// <summary>Every type a template reads members of: what Fluid's member access strategy must know.</summary>
    public static readonly Type[] All =
    [
        typeof(LayoutModel), typeof(NavItem), typeof(TitleLink), typeof(ArticlePage), typeof(BodyGroup), typeof(BlockView),
        typeof(NoteView), typeof(ReferenceView), typeof(CitedByView), typeof(PassageView), typeof(SourceView), typeof(EntityPage),
        typeof(SourceRef), typeof(MentionArticle), typeof(MentionSentence), typeof(PaginationView), typeof(PageNumber),
        typeof(ClaimView), typeof(TextLink), typeof(QuoteView), typeof(EventView), typeof(Companion),
        typeof(Picture), typeof(DataTable), typeof(TableCell),
    ];
}
