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
    /// <summary>The Admiralty information grades, 1–6, by number.</summary>
    public static readonly IReadOnlyDictionary<int, string> Grades =
        Methodology.AdmiraltyScale.Credibility.ToDictionary(g => int.Parse(g.Key, System.Globalization.CultureInfo.InvariantCulture), g => g.Label);

    public string CredibilityLabel => Grades[Credibility];
}
