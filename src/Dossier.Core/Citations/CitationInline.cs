using Markdig.Syntax.Inlines;

namespace Dossier.Citations;

/// <summary>[@ID] cites an article; [@ID "verbatim words"] cites a passage of it.</summary>
public sealed class CitationInline : LeafInline
{
    public required string ArticleId { get; init; }
    public string? Quote { get; init; }
}
