using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown;

namespace Dossier.Timeline;

/// <summary>A dated event of input/timeline.yml. Its anchor on timeline.html is made from its date and title.</summary>
public sealed record TimelineEvent(
    PartialDate Date,
    string Title,
    MarkdownText Text,
    IReadOnlyList<(string Id, SourceLocation At)> Topics,
    IReadOnlyList<(string Id, SourceLocation At)> Entities,
    IReadOnlyList<CitationReference> Cite,
    SourceLocation At)
{
    public string Anchor { get; init; } = "";
}
