using System.Text.RegularExpressions;

namespace Dossier.Bench;

/// <summary>What `dossier build --verbose` printed: its phase timings and, when the build reports it, the GC allocation total.</summary>
internal static partial class BuildLog
{
    public static IEnumerable<string> Phases(string output) =>
        Lines(output).Where(l => (l.StartsWith(' ') || l.Contains(" ms", StringComparison.Ordinal))
                                 && !l.StartsWith("Built", StringComparison.Ordinal) && !GcLine().IsMatch(l));

    /// <summary>"1234 MB" from a line "GC allocated: 1234 MB" or "GC allocated  1234 MB, gen0 12, …"; null when the build does not print one.</summary>
    public static string? GcAllocated(string output) =>
        Lines(output).Select(l => GcLine().Match(l)).FirstOrDefault(m => m.Success) is { } m ? m.Groups[1].Value + " MB" : null;

    /// <summary>The whole GC line, collection counts included, or null.</summary>
    public static string? GcDetail(string output) => Lines(output).FirstOrDefault(l => GcLine().IsMatch(l));

    private static IEnumerable<string> Lines(string output) => output.Split('\n').Select(l => l.TrimEnd());

    [GeneratedRegex(@"^\s*GC allocated:?\s+([\d.,]+)\s*MB")]
    private static partial Regex GcLine();
}
