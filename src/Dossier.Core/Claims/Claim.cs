using Dossier.Diagnostics;
using Dossier.Markdown;

namespace Dossier.Claims;

/// <summary>A claim of input/claims.yml, with its Admiralty credibility grade (1–6) and citations.</summary>
public sealed record Claim(
    string Id,
    MarkdownText Text,
    string PlainText,
    IReadOnlyList<(string Id, SourceLocation At)> Topics,
    IReadOnlyList<(string Id, SourceLocation At)> Entities,
    int Credibility,
    IReadOnlyList<CitationReference> Cite,
    IReadOnlyList<(string Id, SourceLocation At)> DisputedBy,
    SourceLocation At)
{
    public static readonly IReadOnlyDictionary<int, string> Grades = new Dictionary<int, string>
    {
        [1] = "Confirmed by other sources",
        [2] = "Probably true",
        [3] = "Possibly true",
        [4] = "Doubtful",
        [5] = "Improbable",
        [6] = "Truth cannot be judged",
    };

    public string CredibilityLabel => Grades[Credibility];
}
