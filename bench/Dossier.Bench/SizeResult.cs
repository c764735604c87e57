namespace Dossier.Bench;

/// <summary>
/// The figures of one corpus size that the targets are judged on: Dossier's median cold wall time and highest peak
/// RSS (null when its build failed), Hugo's (null when not run), the no-op rebuild, the served one-article edit, the
/// largest layout overhead of an article page in bytes and the search page's figures.
/// </summary>
internal sealed record SizeResult(int Articles, TimeSpan? Wall, long? Peak, TimeSpan? HugoWall, long? HugoPeak, TimeSpan? NoOp, TimeSpan? ServeEdit, long? Overhead = null, SearchFigures? Search = null)
{
    public bool Failed => Wall is null;
}

/// <summary>
/// The search index's bytes on disk and the articles' Markdown; the CPU time the build spent on the index (its
/// files' pipeline and the index itself, from `build --verbose`) and the whole build's CPU time; the page's figures
/// in Chromium, or why there are none.
/// </summary>
internal sealed record SearchFigures(long IndexBytes, long MarkdownBytes, TimeSpan IndexCpu, TimeSpan BuildCpu, SearchTimes? Times, string? NotMeasured = null)
{
    public double IndexRatio => MarkdownBytes == 0 ? double.NaN : (double)IndexBytes / MarkdownBytes;
    public double BuildShare => BuildCpu <= TimeSpan.Zero ? double.NaN : IndexCpu / BuildCpu;
}

/// <summary>
/// The worst over the queries that answered: milliseconds from DOMContentLoaded to the first results (and from the start
/// of navigation), bytes loaded for a one- or two-word query, milliseconds for a further keystroke; and the queries
/// that never answered.
/// </summary>
internal sealed record SearchTimes(double FirstResults, double FirstFromStart, long WordsLoaded, double Keystroke, IReadOnlyList<string> Failed);
