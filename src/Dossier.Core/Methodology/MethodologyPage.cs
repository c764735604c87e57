namespace Dossier.Methodology;

/// <summary>The model of theme/pages/methodology.liquid: how the dossier is made, with this dossier's own figures.</summary>
public sealed record MethodologyPage(
    string Articles, string PlainArticles, string MarkdownArticles, string Outlets, string UnknownOutletArticles,
    string Claims, string Corroborated, string WithUnknownSupport, string Events, string Topics, string Entities,
    string Citations, string Passages, string Notes, string Omissions, IReadOnlyList<OmissionReason> OmissionReasons,
    IReadOnlyList<GradeUse> Reliability, IReadOnlyList<GradeUse> Credibility,
    string SourcesHref, string ClaimsHref, string CorrectionsHref, string CorrectionsCount)
{
    public const string CorroborationAnchor = "corroboration";
    public const string VerificationAnchor = "verification";
    public const string OmissionsAnchor = "omissions";
    public const string EditorialAnchor = "editorial-and-source-text";
}

/// <summary>A grade of a scale, what it means, and how many outlets or claims of this dossier have it.</summary>
public sealed record GradeUse(string Anchor, string Key, string Label, string Meaning, string Count);

/// <summary>A reason given for omitting passages, and how many passages it was given for.</summary>
public sealed record OmissionReason(string Reason, string Count);
