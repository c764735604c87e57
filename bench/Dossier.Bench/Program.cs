using System.Globalization;
using Dossier.Bench;
using Dossier.Serve;

// Dossier's benchmark: `dotnet run -c Release --project bench/Dossier.Bench -- [--articles 1000,10000] [--runs 3] [--seed 1]`
// or `... -- corpus --articles N [--seed S] --output DIR` to write a corpus only. `--dossier PATH` benchmarks
// another build of the program, such as the Native AOT one, instead of the framework-dependent dossier.dll.
var options = Options.Parse(args);
var repo = FindRepo();
var theme = Path.Combine(repo, "theme");
var dossierDll = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
(string Program, string[] Prefix) dossier = options.Dossier is { } native ? (Path.GetFullPath(native), []) : ("dotnet", [dossierDll]);

if (options.Corpus is { } corpusOutput)
{
    CorpusGenerator.Write(corpusOutput, options.Articles[0], options.Seed);
    Console.WriteLine($"Wrote a corpus of {options.Articles[0]} articles to {corpusOutput}.");
    return 0;
}

var hugo = Which("hugo");
Console.WriteLine($"Program: {(options.Dossier is null ? "dotnet dossier.dll (JIT)" : dossier.Program)}");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB; .NET {Environment.Version}; " +
                  $"{(hugo is null ? "hugo not installed (apt-get install hugo to compare)" : "hugo " + Measured.Run(hugo, ["version"]).Output.Split(' ')[1])}");
foreach (var n in options.Articles)
{
    var work = Path.Combine(options.Work, n.ToString(CultureInfo.InvariantCulture));
    var input = Path.Combine(work, "input");
    var output = Path.Combine(work, "output");
    CorpusGenerator.Write(input, n, options.Seed);
    if (hugo is not null) HugoSite.Write(input, Path.Combine(work, "hugo"));
    Console.WriteLine($"\n== {n} articles ==");

    var cold = new List<Measured>();
    var hugoCold = new List<Measured>();
    for (var run = 0; run < options.Runs; run++)
    {
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        cold.Add(Check(Measured.Run(dossier.Program, [.. dossier.Prefix, "build", "--input", input, "--output", output, "--theme", theme, "--verbose"])));
        if (hugo is null) continue;
        var hugoOut = Path.Combine(work, "hugo-out");
        if (Directory.Exists(hugoOut)) Directory.Delete(hugoOut, recursive: true);
        hugoCold.Add(Check(Measured.Run(hugo, ["--quiet", "--source", Path.Combine(work, "hugo"), "--destination", hugoOut])));
    }
    var noOp = Check(Measured.Run(dossier.Program, [.. dossier.Prefix, "build", "--input", input, "--output", output, "--theme", theme]));
    var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count();
    var best = cold.OrderBy(m => m.Wall).First();
    var median = Median(cold);
    Console.WriteLine($"cold full build     {Seconds(median)} (median of {cold.Count}; best {Seconds(best.Wall)}), {pages} pages, {pages / median.TotalSeconds:F0} pages/s, peak memory {Mb(cold.Max(m => m.PeakBytes))}");
    Console.WriteLine($"no-op rebuild       {Seconds(noOp.Wall)} ({noOp.Wall.TotalMilliseconds / median.TotalMilliseconds * 100:F0} % of a full build)");
    var (served, checkedAll) = EditInServe(input, theme);
    Console.WriteLine($"one-article edit    {Seconds(served)} (median of 5 in serve: content re-read and cross-checked, the edited page re-rendered)");
    Console.WriteLine($"  whole site        {Seconds(checkedAll)} (serve, in the background: every page re-rendered and every link checked)");
    if (hugoCold.Count > 0)
    {
        var hugoMedian = Median(hugoCold);
        Console.WriteLine($"hugo full build     {Seconds(hugoMedian)} (median of {hugoCold.Count}), peak memory {Mb(hugoCold.Max(m => m.PeakBytes))}");
        Console.WriteLine($"Dossier / Hugo      {median.TotalSeconds / hugoMedian.TotalSeconds:F2} × the wall time, {(double)cold.Max(m => m.PeakBytes) / hugoCold.Max(m => m.PeakBytes):F2} × the peak memory");
    }
    Console.WriteLine("phases of the best cold build:");
    foreach (var line in best.Output.Split('\n').Where(l => l.StartsWith(' ') || l.Contains(" ms") && !l.StartsWith("Built", StringComparison.Ordinal)))
        Console.WriteLine("  " + line.TrimEnd());
}
return 0;

/// <summary>Five one-article edits in a warm preview session; the median of each figure.</summary>
static (TimeSpan Served, TimeSpan Checked) EditInServe(string input, string theme)
{
    var session = new PreviewSession(input, theme, null);
    session.Rebuild();
    session.Checked.Wait();
    session.Rebuild();
    session.Checked.Wait();
    var article = Directory.EnumerateFiles(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).First();
    var page = $"articles/{Path.GetFileNameWithoutExtension(article)}.html";
    var served = new List<TimeSpan>();
    var checkedAll = new List<TimeSpan>();
    for (var edit = 1; edit <= 5; edit++)
    {
        var sentence = $"An edited closing sentence, number {edit}.";
        File.AppendAllText(article, $"\n{sentence}\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var state = session.Rebuild();
        if (state.Errors.Count > 0) throw new InvalidOperationException("the edited corpus does not build: " + state.Errors[0]);
        if (!state.Files.TryGet(page, out var file) || !System.Text.Encoding.UTF8.GetString(file.Bytes).Contains(sentence))
            throw new InvalidOperationException($"the edit is not on {page}");
        served.Add(watch.Elapsed);
        session.Checked.Wait();
        state = session.State;
        if (state.Errors.Count > 0 || state.CheckTime is null) throw new InvalidOperationException("the edited corpus failed its check: " + state.Errors.FirstOrDefault());
        checkedAll.Add(watch.Elapsed);
    }
    return (served.Order().ElementAt(2), checkedAll.Order().ElementAt(2));
}

static Measured Check(Measured m) =>
    m.ExitCode == 0 ? m : throw new InvalidOperationException($"a benchmarked build failed ({m.ExitCode}):\n{m.Output[..Math.Min(3000, m.Output.Length)]}");

static TimeSpan Median(List<Measured> runs) => runs.Select(r => r.Wall).Order().ElementAt(runs.Count / 2);
static string Seconds(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds,6:F2} s" : $"{t.TotalMilliseconds,6:F0} ms";
static string Mb(long bytes) => $"{bytes / (1024 * 1024)} MB";

static string? Which(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run the benchmark from the Dossier repository");
}

internal sealed record Options(IReadOnlyList<int> Articles, int Runs, int Seed, string Work, string? Corpus, string? Dossier)
{
    public static Options Parse(string[] args)
    {
        var articles = new List<int> { 1000, 10000 };
        var runs = 3;
        var seed = 1;
        var work = Path.Combine(Path.GetTempPath(), "dossier-bench");
        string? corpus = null;
        string? dossier = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "corpus": corpus = ""; break;
                case "--articles": articles = args[++i].Split(',').Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList(); break;
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--work": work = args[++i]; break;
                case "--output": corpus = args[++i]; break;
                case "--dossier": dossier = args[++i]; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        if (corpus == "") throw new ArgumentException("corpus needs --output DIR");
        return new Options(articles, runs, seed, work, corpus, dossier);
    }
}
