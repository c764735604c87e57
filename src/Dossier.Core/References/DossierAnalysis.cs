using Dossier.Citations;
using Dossier.Entities;

namespace Dossier.References;

/// <summary>The pipelines that work across the whole dossier (citations, mentions, references), handed as one to page pipelines.</summary>
public sealed record DossierAnalysis(CitationsPipeline Citations, MentionsPipeline Mentions, ReferencesPipeline References)
{
    public IReadOnlyList<Pipeline.Pipeline> All => [Citations, Mentions, References];
}
