using Dossier.Articles;
using Dossier.Citations;
using Dossier.Pages;

namespace Dossier.Corrections;

/// <summary>The model of theme/pages/corrections.liquid: one page of the corrections log.</summary>
public sealed record CorrectionsPage(bool First, string Total, string Corrections, string Disputes, string Undated, string MethodologyHref,
    IReadOnlyList<CorrectionEntry> Entries, IReadOnlyList<SourceRef> Sources, PaginationView? Pagination)
{
    /// <summary>Which notes the log lists: corrections and disputes; context notes add to an article without finding fault with it.</summary>
    public static bool IsLogged(NoteKind kind) => kind is NoteKind.Correction or NoteKind.Dispute;
}

/// <summary>A correction or dispute note: the article, the passage it concerns, the note and its date.</summary>
/// <param name="NoteHref">The note on the article page.</param>
/// <param name="QuoteHref">The passage the note concerns, marked on the article page.</param>
public sealed record CorrectionEntry(
    string Kind, string ArticleTitle, string ArticleHref, string Outlet, string Quote, string QuoteHref, string NoteHref, string TextHtml,
    string? Date, string? DateIso);
