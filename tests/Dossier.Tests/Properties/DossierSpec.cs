namespace Dossier.Tests.Properties;

// The raw shape of a random dossier, as CsCheck generates (and shrinks) it: counts, flags and indexes only.
// Every index is taken modulo what it points into, so any spec composes into a valid dossier (DossierComposer).

/// <summary>
/// Where a quote is taken from: an article, one of its paragraphs, a first word and a length. With an odd
/// <see cref="Start"/>, a quote of a paragraph followed by another runs over the break, to the next one's first words.
/// </summary>
/// <param name="Variant">0 as written; 1 with ASCII quote marks and hyphens; 2 in capitals — the differences quote matching ignores.</param>
public sealed record QuoteSpec(int Article, int Paragraph, int Start, int Length, int Variant);

/// <summary>A citation: of a passage when <see cref="Quote"/> is given, else of the whole article.</summary>
public sealed record CiteSpec(int Article, QuoteSpec? Quote);

/// <summary>A [[link]] in Markdown: Kind 0 entity, 1 topic, 2 article, 3 claim; written bare, with a label, or with its kind.</summary>
public sealed record LinkSpec(int Kind, int Target, int Form);

/// <summary>A Markdown text of the editors: words, and maybe a citation and a cross-link.</summary>
public sealed record ProseSpec(int[] Words, CiteSpec? Cite, LinkSpec? Link);

/// <param name="Entity">-1, or an entity whose name the paragraph mentions.</param>
public sealed record ParagraphSpec(int[] Words, int Entity, bool Heading, bool Bold);

public sealed record NoteSpec(QuoteSpec At, int Kind, ProseSpec Text, bool Dated);

/// <param name="DateKind">0 day, 1 month, 2 year, 3 no date but a date_note.</param>
/// <param name="Draft">A draft, left out of the site: nothing published may cite or link it.</param>
public sealed record ArticleSpec(bool Markdown, int[] TitleWords, ParagraphSpec[] Paragraphs, int Outlet, int DateKind, int Year, int Month, int Day,
    bool Url, bool Archive, int[] Topics, bool Slug, bool Summary, bool Omit, NoteSpec[] Notes, bool Draft = false);

public sealed record OutletSpec(int Name, int Reliability, bool Url, bool Country);

public sealed record EntitySpec(int Given, int Kind, bool Alias, bool Role, ProseSpec? Description, bool Wikidata);

public sealed record TopicSpec(int[] TitleWords, int[] Related, ProseSpec[] Body);

public sealed record ClaimSpec(int[] Words, int Credibility, CiteSpec[] Cites, int[] Topics, int[] Entities, int[] DisputedBy, LinkSpec? Link);

public sealed record EventSpec(int DateKind, int Year, int Month, int Day, int[] TitleWords, ProseSpec? Text, int[] Topics, int[] Entities, CiteSpec[] Cites);

public sealed record SiteSpec(int Language, bool SiteUrl, int PageSize, bool Licence);

public sealed record DossierSpec(SiteSpec Site, OutletSpec[] Outlets, EntitySpec[] Entities, TopicSpec[] Topics, ArticleSpec[] Articles,
    ClaimSpec[] Claims, EventSpec[] Events);
