using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Articles;

public sealed record Omit(string From, string? To, string Reason, SourceLocation FromAt, SourceLocation? ToAt);

public enum NoteKind { Correction, Context, Dispute }

/// <param name="Date">When the note was written or last changed, if the editor gave it: the corrections log is in its order.</param>
public sealed record NoteSpec(string Quote, NoteKind Kind, Markdown.MarkdownText Text, SourceLocation QuoteAt, PartialDate? Date = null);

/// <summary>An article's metadata, from its front matter or its sidecar file (DESIGN.md §2).</summary>
public sealed record ArticleMeta(
    string Title,
    string Outlet,
    SourceLocation OutletAt,
    PartialDate? Published,
    string? DateNote,
    string? Url,
    PartialDate? Retrieved,
    IReadOnlyList<(string Id, SourceLocation At)> Topics,
    string? Summary,
    string? Slug,
    SourceLocation SlugAt,
    IReadOnlyList<Omit> Omits,
    IReadOnlyList<NoteSpec> Notes)
{
    /// <summary>The address of an archived copy of the original (a web archive's), shown beside it and linked when there is no <see cref="Url"/>.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>When the archived copy was made.</summary>
    public PartialDate? Archived { get; init; }

    /// <summary>draft: true keeps the article out of `dossier build`.</summary>
    public bool Draft { get; init; }
}
