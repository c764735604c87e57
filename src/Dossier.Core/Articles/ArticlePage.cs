using Dossier.Pages;

namespace Dossier.Articles;

/// <summary>The model of theme/pages/article.liquid, made by <see cref="ArticlePageModel"/>.</summary>
/// <param name="Head">The article's NewsArticle and its citation_* meta tags, for search engines and reference managers.</param>
/// <param name="Draft">Marked `draft: true`: shown only by `serve` and `build --drafts`, under a banner that says so.</param>
public sealed record ArticlePage(
    string Id, string Title, string Kicker, string? Outlet, string? OutletHref, string? OutletGrade, string? OutletGradeLabel, string? OutletGradeHref,
    string? Date, string? DateIso, string? DateNote, string? Summary, string? Url, string? Retrieved,
    IReadOnlyList<TitleLink> Topics, IReadOnlyList<BodyGroup> Body, IReadOnlyList<ReferenceView> References,
    IReadOnlyList<CitedByView> CitedBy, int Words, SourceFileView Source, TitleLink? Previous, TitleLink? Next, PageHead Head,
    string? ArchiveUrl = null, string? Archived = null, string? ArchivedIso = null, bool Draft = false) : IHasPageHead;

/// <summary>A group of the article's body: either a list (<see cref="IsList"/>, <see cref="Ordered"/>, <see cref="Items"/>) or one block (<see cref="Block"/>).</summary>
public sealed record BodyGroup(bool IsList, bool Ordered = false, IReadOnlyList<BlockView>? Items = null, BlockView? Block = null);

/// <summary>One block of the body, its HTML with the cited passages, entity links and notes marked.</summary>
public sealed record BlockView(
    string? Anchor, string? Html, bool IsHeading, int Level, bool IsParagraph, bool IsOther, bool IsOmission, string? Reason,
    IReadOnlyList<NoteView> Notes);

/// <summary>An editorial note shown after the block it is anchored in.</summary>
/// <param name="Original">The link to the note's words on the original page, when the article has a url or an archive_url.</param>
public sealed record NoteView(string Id, string MarkId, string Kind, string Quote, string TextHtml, string? Date, string? DateIso, Citations.OriginalLink? Original = null);

/// <summary>A numbered source of the article's own Markdown citations.</summary>
public sealed record ReferenceView(int Number, string Href, string ArticleTitle, string? Quote);

/// <summary>A claim, event, topic or entity that cites the article, with the passages it cites.</summary>
public sealed record CitedByView(string Kind, string Title, string Href, IReadOnlyList<PassageView> Passages);

/// <summary>A cited passage of the article, linked to its mark.</summary>
public sealed record PassageView(string Href, string? Quote, string? Paragraph, Citations.OriginalLink? Original = null);

/// <summary>The article's source file: its name, SHA-256 and format, and the link to its copy on the site (sources/originals/…).</summary>
public sealed record SourceFileView(string FileName, string Sha256, string Format, string Href);
