using Dossier.Links;

namespace Dossier.Methodology;

/// <summary>A grade of a legend, linked to its explanation on methodology.html.</summary>
public sealed record GradeLink(string Grade, string Label, string Href);

/// <summary>A grade of an Admiralty scale: its key (A–F or 1–6), its name and what it means.</summary>
public sealed record AdmiraltyGrade(string Key, string Label, string Meaning);

/// <summary>
/// The two Admiralty (NATO) grading scales the dossier uses, worded as the scale defines them: the reliability of a
/// source (A–F, given to outlets) and the credibility of a piece of information (1–6, given to claims).
/// methodology.html explains each grade at its own anchor, which every grade badge links to.
/// </summary>
public static class AdmiraltyScale
{
    public static readonly IReadOnlyList<AdmiraltyGrade> Reliability =
    [
        new("A", "Completely reliable", "No doubt of authenticity, trustworthiness or competency; a history of complete reliability."),
        new("B", "Usually reliable", "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time."),
        new("C", "Fairly reliable", "Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past."),
        new("D", "Not usually reliable", "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past."),
        new("E", "Unreliable", "Lacking in authenticity, trustworthiness and competency; a history of invalid information."),
        new("F", "Reliability cannot be judged", "No basis exists for evaluating the reliability of the source."),
    ];

    public static readonly IReadOnlyList<AdmiraltyGrade> Credibility =
    [
        new("1", "Confirmed by other sources", "Confirmed by other independent sources; logical in itself; consistent with other information on the subject."),
        new("2", "Probably true", "Not confirmed; logical in itself; consistent with other information on the subject."),
        new("3", "Possibly true", "Not confirmed; reasonably logical in itself; agrees with some other information on the subject."),
        new("4", "Doubtful", "Not confirmed; possible but not logical; no other information on the subject."),
        new("5", "Improbable", "Not confirmed; not logical in itself; contradicted by other information on the subject."),
        new("6", "Truth cannot be judged", "No basis exists for evaluating the validity of the information."),
    ];

    public static AdmiraltyGrade CredibilityGrade(int grade) => Credibility[grade - 1];

    public static AdmiraltyGrade ReliabilityGrade(char grade) => Reliability[grade - 'A'];

    public static string CredibilityAnchor(int grade) => $"credibility-{grade}";

    public static string ReliabilityAnchor(char grade) => $"reliability-{char.ToLowerInvariant(grade)}";

    public static IReadOnlyList<GradeLink> CredibilityLegend(LinkGenerator links) =>
        Credibility.Select((g, i) => new GradeLink(g.Key, g.Label, CredibilityHref(links, i + 1))).ToList();

    public static IReadOnlyList<GradeLink> ReliabilityLegend(LinkGenerator links) =>
        Reliability.Select(g => new GradeLink(g.Key, g.Label, ReliabilityHref(links, g.Key[0]))).ToList();

    /// <summary>Where a claim's credibility grade is explained.</summary>
    public static string CredibilityHref(LinkGenerator links, int grade) => links.To(Routes.Methodology, CredibilityAnchor(grade));

    /// <summary>Where an outlet's reliability grade is explained.</summary>
    public static string ReliabilityHref(LinkGenerator links, char grade) => links.To(Routes.Methodology, ReliabilityAnchor(grade));
}
