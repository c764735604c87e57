using Dossier.Diagnostics;

namespace Dossier.Outlets;

/// <summary>A publisher, with its Admiralty source-reliability grade (A–F).</summary>
public sealed record Outlet(string Id, string Name, string? Url, string? Country, char Reliability, string Note, SourceLocation At)
{
    public static readonly IReadOnlyDictionary<char, string> Grades = new Dictionary<char, string>
    {
        ['A'] = "Completely reliable",
        ['B'] = "Usually reliable",
        ['C'] = "Fairly reliable",
        ['D'] = "Not usually reliable",
        ['E'] = "Unreliable",
        ['F'] = "Reliability cannot be judged",
    };

    public string ReliabilityLabel => Grades[Reliability];
}
