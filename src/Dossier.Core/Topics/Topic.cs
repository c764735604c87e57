using Dossier.Diagnostics;

namespace Dossier.Topics;

/// <summary>A curated topic: input/topics/ID.md.</summary>
public sealed record Topic(string Id, string Title, string Summary, IReadOnlyList<(string Id, SourceLocation At)> Related,
    Markdown.MarkdownText Body, SourceLocation At);
