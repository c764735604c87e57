using Dossier.Diagnostics;

namespace Dossier.Outlets;

/// <summary>A publisher, with its Admiralty source-reliability grade (A–F).</summary>
public sealed record Outlet(string Id, string Name, string? Url, string? Country, char Reliability, string Note, SourceLocation At)
{
    /// <summary>The Admiralty source grades, A–F, by letter.</summary>
    public static readonly IReadOnlyDictionary<char, string> Grades = Methodology.AdmiraltyScale.Reliability.ToDictionary(g => g.Key[0], g => g.Label);

    public string ReliabilityLabel => Grades[Reliability];
}
