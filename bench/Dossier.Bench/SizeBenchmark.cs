using System.Globalization;
using static Dossier.Bench.Format;

namespace Dossier.Bench;

/// <summary>
/// One corpus size in one shape: cold builds of Dossier and Hugo alternating, a no-op rebuild, one-article edits in
/// `serve`, each build's wall, CPU, peak RSS and (when printed) GC allocation, the search page in Chromium, and the
/// phases of the best cold build.
/// </summary>
internal static class SizeBenchmark
{
    // The serve edit runs inside this process, which then holds the whole site; above this it would crowd the machine.
    private const int ServeEditLimit = 10_000;

    public static SizeResult Run(DossierCommand dossier, string? hugo, Workspace workspace, CorpusShape shape, int n, int runs, int seed)
    {
        var work = workspace.Folder($"{shape.Name}-{n.ToString(CultureInfo.InvariantCulture)}");
        var input = Path.Combine(work, "input");
        var hugoSite = Path.Combine(work, "hugo");
        CorpusGenerator.Write(input, n, seed, shape);
        if (hugo is not null) HugoSite.Write(input, hugoSite);
        Console.WriteLine($"\n== {Count(n)} articles, shape {shape.Name} ==");
        Console.WriteLine($"{"",-20} {"wall",9} {"CPU (u+s)",10} {"peak RSS",10}  GC allocated");

        // Each cold build gets a folder of its own, and none is removed before the benchmark ends: on ext4 without a
        // journal (this machine's disk) the kernel skips inodes freed in the last few minutes when it makes a file,
        // so a build right after removing the last one's site pays for that removal (measured: 10,000 articles,
        // 1.4 s of system time into a fresh folder, 6.6 s right after removing the previous output).
        var cold = new List<Measured>();
        var hugoCold = new List<Measured>();
        var output = "";
        for (var run = 1; run <= runs; run++)
        {
            output = Path.Combine(work, $"output-{run}");
            var built = Row($"dossier cold {run}/{runs}", dossier.Build(input, output, verbose: true));
            if (built.ExitCode != 0) return Failed(n, built);
            cold.Add(built);
            if (hugo is null) continue;
            var hugoOut = Path.Combine(work, $"hugo-out-{run}");
            var hugoBuilt = Row($"hugo cold {run}/{runs}", Measured.Run(hugo, ["--quiet", "--source", hugoSite, "--destination", hugoOut]), gc: false);
            if (hugoBuilt.ExitCode == 0) hugoCold.Add(hugoBuilt);
            else Console.WriteLine("  hugo failed: " + FirstLines(hugoBuilt));
        }
        var noOp = Row("dossier no-op", dossier.Build(input, output));
        if (noOp.ExitCode != 0) return Failed(n, noOp);

        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
        var best = cold.MinBy(m => m.Wall)!;
        var median = Median(cold);
        var peak = cold.Max(m => m.PeakBytes);
        Console.WriteLine($"cold full build     {Seconds(median)} (median of {cold.Count}; best {Seconds(best.Wall)}), {pages} pages, {pages / median.TotalSeconds:F0} pages/s, peak RSS {Mb(peak)}");
        Console.WriteLine($"no-op rebuild       {Seconds(noOp.Wall)} ({noOp.Wall / median * 100:F0} % of a full build)");
        var overhead = LayoutOverhead.Measure(input, output);
        if (overhead is var (average, largest, article))
            Console.WriteLine($"layout overhead     {average / 1024:F1} KB on average, at most {largest / 1024.0:F1} KB ({article}), over each article's own text");
        var search = SearchBenchmark.Measure(input, output, cold[^1], SearchBenchmark.CorpusQueries);
        TimeSpan? served = null;
        if (n <= ServeEditLimit)
        {
            var (edit, checkedAll) = ServeEdit.Measure(input, dossier.Theme);
            served = edit;
            Console.WriteLine($"one-article edit    {Seconds(edit)} (median of 5 in serve: content re-read and cross-checked, the edited page re-rendered)");
            Console.WriteLine($"  whole site        {Seconds(checkedAll)} (serve, in the background: every page re-rendered and every link checked)");
        }
        else Console.WriteLine($"one-article edit    not measured above {Count(ServeEditLimit)} articles (serve runs inside the benchmark process)");

        TimeSpan? hugoMedian = null;
        long? hugoPeak = null;
        if (hugoCold.Count > 0)
        {
            hugoMedian = Median(hugoCold);
            hugoPeak = hugoCold.Max(m => m.PeakBytes);
            Console.WriteLine($"hugo full build     {Seconds(hugoMedian.Value)} (median of {hugoCold.Count}), peak RSS {Mb(hugoPeak.Value)}");
            Console.WriteLine($"Dossier / Hugo      {median / hugoMedian.Value:F2} × the wall time, {(double)peak / hugoPeak.Value:F2} × the peak RSS");
        }
        Console.WriteLine("phases of the best cold build (pipelines under 0.1 ms left out):");
        foreach (var line in BuildLog.Phases(best.Output).Where(l => !l.EndsWith(" 0.0 ms", StringComparison.Ordinal))) Console.WriteLine("  " + line);
        if (BuildLog.GcDetail(best.Output) is { } gc) Console.WriteLine("  " + gc.Trim());
        return new SizeResult(n, median, peak, hugoMedian, hugoPeak, noOp.Wall, served, overhead?.Largest, search);
    }

    private static Measured Row(string label, Measured m, bool gc = true)
    {
        var allocated = gc ? BuildLog.GcAllocated(m.Output) ?? "n/a" : "";
        Console.WriteLine($"{label,-20} {Seconds(m.Wall),9} {Seconds(m.Cpu),10} {Mb(m.PeakBytes),10}  {allocated}{(m.ExitCode == 0 ? "" : $"  FAILED (exit {m.ExitCode})")}");
        return m;
    }

    private static SizeResult Failed(int n, Measured m)
    {
        // 137 is SIGKILL, which is what the kernel's out-of-memory killer sends.
        Console.WriteLine($"the build failed (exit {m.ExitCode}{(m.ExitCode == 137 ? ", killed: out of memory?" : "")}): {FirstLines(m)}");
        return new SizeResult(n, null, m.PeakBytes, null, null, null, null);
    }

    private static string FirstLines(Measured m) => string.Join(" | ", m.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(5));

    private static TimeSpan Median(List<Measured> runs) => runs.Select(r => r.Wall).Order().ElementAt(runs.Count / 2);
}
