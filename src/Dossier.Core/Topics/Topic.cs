using Dossier.Diagnostics;

namespace Dossier.Topics;

/// <summary>A curated topic: input/topics/ID.md.</summary>
public sealed record Topic(string Id, string Title, string Summary, IReadOnlyList<(string Id, SourceLocation At)> Related,
    Markdown.MarkdownText Body, SourceLocation At)
{
    /// <summary>draft: true keeps the topic out of `dossier build`.</summary>
    public bool Draft { get; init; }
}
