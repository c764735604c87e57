using Dossier.Articles;
using Dossier.Diagnostics;

namespace Dossier.Citations;

/// <summary>
/// The citations of one article as verified, with what was found wrong with them: kept with the article between the
/// builds of a preview session and reused while the article and every citation of it (who cites, what, from where)
/// stay the same.
/// </summary>
internal sealed record VerifiedCitations(IReadOnlyList<CitationUse> Uses, List<ResolvedCitation> Resolved, DiagnosticBag Diagnostics)
{
    public static VerifiedCitations Of(Article article, IReadOnlyList<CitationUse> uses,
        Func<Article, IReadOnlyList<CitationUse>, DiagnosticBag, List<ResolvedCitation>> verify)
    {
        var diagnostics = new DiagnosticBag();
        return new VerifiedCitations(uses, verify(article, uses, diagnostics), diagnostics);
    }
}
