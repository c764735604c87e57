using static Dossier.Bench.Format;

namespace Dossier.Bench;

/// <summary>The build-engine issue's targets, each judged met, not met, or not measured by this run.</summary>
internal static class Targets
{
    private const long TwoGb = 2L << 30;

    private sealed record Verdict(bool? Met, string Target, string Figure);

    public static void Print(CorpusShape shape, IReadOnlyList<SizeResult> results, bool hugoInstalled)
    {
        Console.WriteLine($"\n== targets, shape {shape.Name} ==");
        foreach (var v in Judge(results, hugoInstalled))
            Console.WriteLine($"  {v.Met switch { true => "met", false => "NOT MET", null => "not measured" },-13} {v.Target,-58} {v.Figure}");
    }

    private static IEnumerable<Verdict> Judge(IReadOnlyList<SizeResult> results, bool hugoInstalled)
    {
        SizeResult? At(int n) => results.FirstOrDefault(r => r.Articles == n);
        var noHugo = hugoInstalled ? "Hugo failed" : "hugo not installed";

        foreach (var r in results)
            yield return r.NoOp is { } noOp && r.Wall is { } wall
                ? new(noOp <= wall * 0.05, $"no-op rebuild ≤ 5 % of a full build, {Count(r.Articles)} articles", $"{noOp / wall * 100:F1} %")
                : new(false, $"no-op rebuild ≤ 5 % of a full build, {Count(r.Articles)} articles", "the build failed");

        foreach (var r in results.Where(r => r.Overhead is not null))
            yield return new(r.Overhead <= 8 * 1024, $"layout overhead ≤ 8 KB on every article page, {Count(r.Articles)} articles", $"at most {r.Overhead / 1024.0:F1} KB");

        yield return WallVersusHugo(At(1_000), 1_000, 1.0, noHugo);
        yield return WallVersusHugo(At(10_000), 10_000, 0.5, noHugo);

        var tenK = At(10_000);
        const string rssTarget = "peak RSS ≤ Hugo's, 10,000 articles";
        yield return tenK switch
        {
            null => new(null, rssTarget, "no 10,000-article run"),
            { Peak: { } peak, HugoPeak: { } hugoPeak } => new(peak <= hugoPeak, rssTarget, $"{(double)peak / hugoPeak:F2} × ({Mb(peak)} / {Mb(hugoPeak)})"),
            { Failed: true } => new(false, rssTarget, "the build failed"),
            _ => new(null, rssTarget, noHugo),
        };

        const string editTarget = "one-article serve edit < 200 ms, 10,000 articles";
        yield return tenK switch
        {
            null => new(null, editTarget, "no 10,000-article run"),
            { ServeEdit: { } edit } => new(edit < TimeSpan.FromMilliseconds(200), editTarget, Seconds(edit).Trim()),
            _ => new(false, editTarget, "the build failed"),
        };

        var hundredK = At(100_000);
        const string memoryTarget = "peak RSS ≤ 2 GB, 100,000 articles";
        yield return hundredK switch
        {
            null => new(null, memoryTarget, "no 100,000-article run"),
            { Peak: { } peak } => new(peak <= TwoGb && !hundredK.Failed, memoryTarget, Mb(peak) + (hundredK.Failed ? ", and the build failed" : "")),
            _ => new(false, memoryTarget, "the build failed"),
        };

        const string scaleTarget = "wall ≤ 11 × the 10,000-article time, 100,000 articles";
        yield return (hundredK, tenK) switch
        {
            (null, _) => new(null, scaleTarget, "no 100,000-article run"),
            (_, null) => new(null, scaleTarget, "no 10,000-article run to compare with"),
            ({ Wall: { } big }, { Wall: { } small }) => new(big <= small * 11, scaleTarget, $"{big / small:F2} × ({Seconds(big).Trim()} / {Seconds(small).Trim()})"),
            _ => new(false, scaleTarget, "a build failed"),
        };

        foreach (var v in Search(tenK, 10_000).Concat(Search(hundredK, 100_000))) yield return v;
    }

    private static IEnumerable<Verdict> Search(SizeResult? r, int n)
    {
        var at = $", {Count(n)} articles";
        (string Target, Func<SearchTimes, (bool Met, string Figure)> Judge)[] page =
        [
            ("search: first results ≤ 300 ms after the page has loaded" + at,
                t => (t.FirstResults <= 300, $"at most {t.FirstResults:F0} ms after DOMContentLoaded ({t.FirstFromStart:F0} ms from the start)")),
            ("search loads ≤ 1 MB for one or two words" + at, t => (t.WordsLoaded <= 1 << 20, $"at most {t.WordsLoaded / 1024.0:F0} KB")),
            ("search: each further keystroke ≤ 50 ms" + at, t => (t.Keystroke <= 50, $"at most {t.Keystroke:F0} ms")),
        ];
        foreach (var (target, judge) in page)
            yield return r switch
            {
                null => new(null, target, $"no {Count(n)}-article run"),
                { Search.Times: { Failed.Count: > 0 } t } => new(false, target, "search failed for " + string.Join(", ", t.Failed.Select(q => $"\"{q}\""))),
                { Search.Times: { } t } => new(judge(t).Met, target, judge(t).Figure),
                { Search.NotMeasured: { } why } => new(null, target, why),
                _ => new(false, target, "the build failed"),
            };
        var shareTarget = "building the search index ≤ 10 % of the build" + at;
        yield return r switch
        {
            null => new(null, shareTarget, $"no {Count(n)}-article run"),
            { Search: { } s } => new(s.BuildShare <= 0.10, shareTarget, $"{s.BuildShare * 100:F1} % of its CPU time ({s.IndexCpu.TotalSeconds:F2} s of {s.BuildCpu.TotalSeconds:F2} s)"),
            _ => new(false, shareTarget, "the build failed"),
        };
        var indexTarget = "search index ≤ 0.5 × the articles' Markdown" + at;
        yield return r switch
        {
            null => new(null, indexTarget, $"no {Count(n)}-article run"),
            { Search: { } s } => new(s.IndexRatio <= 0.5, indexTarget, $"{s.IndexRatio:F2} × ({Mb(s.IndexBytes)} / {Mb(s.MarkdownBytes)})"),
            _ => new(false, indexTarget, "the build failed"),
        };
    }

    private static Verdict WallVersusHugo(SizeResult? r, int n, double factor, string noHugo)
    {
        var target = $"wall ≤ {factor:F1} × Hugo's, {Count(n)} articles";
        return r switch
        {
            null => new(null, target, $"no {Count(n)}-article run"),
            { Wall: { } wall, HugoWall: { } hugo } => new(wall <= hugo * factor, target, $"{wall / hugo:F2} × ({Seconds(wall).Trim()} / {Seconds(hugo).Trim()})"),
            { Failed: true } => new(false, target, "the build failed"),
            _ => new(null, target, noHugo),
        };
    }
}
