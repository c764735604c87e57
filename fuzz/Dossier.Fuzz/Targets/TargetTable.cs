namespace Dossier.Fuzz.Targets;

/// <summary>The one list of fuzz targets, by the name used on the command line and for fuzz/corpus/NAME and fuzz/regressions/NAME.</summary>
public static class TargetTable
{
    public static readonly IReadOnlyDictionary<string, Target> All = new SortedDictionary<string, Target>(StringComparer.Ordinal)
    {
        ["yaml"] = YamlTarget.Run,
        ["frontmatter"] = FrontMatterTarget.Run,
        ["plaintext"] = PlainTextTarget.Run,
        ["markdown"] = MarkdownTarget.Run,
        ["quote"] = QuoteTarget.Run,
        ["date"] = PartialDateTarget.Run,
    };
}
