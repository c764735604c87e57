using System.Diagnostics;
using System.Text;
using Dossier.Serve;
using Dossier.ServeHarness;

// A quick loop for work on `serve`: five one-article edits in a warm preview session, as the benchmark's
// ServeEdit makes them, printing each rebuild's time, the edited page's time and the per-phase timings.
// Usage: dotnet run -c Release --project bench/Dossier.ServeHarness -- CORPUS [EDITS] [--phases]
var input = args[0];
var edits = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 5;
var phases = args.Contains("--phases");
var theme = Path.Combine(FindRepo(), "theme");
if (args.Contains("--sequential"))
{
    Sequential.Run(input, theme, edits);
    return 0;
}
var session = new PreviewSession(input, theme, null);
var cold = Stopwatch.StartNew();
session.Rebuild();
session.Checked.Wait();
Console.WriteLine($"cold {cold.ElapsedMilliseconds} ms");
session.Rebuild();
session.Checked.Wait();
var article = Directory.EnumerateFiles(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).First();
var original = File.ReadAllBytes(article);
var page = $"articles/{Path.GetFileNameWithoutExtension(article)}.html";
var served = new List<double>();
try
{
    for (var edit = 1; edit <= edits; edit++)
    {
        var sentence = $"An edited closing sentence, number {edit}.";
        File.AppendAllText(article, $"\n{sentence}\n");
        var (allocated, gen0, gen1, gen2, pause) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var state = session.Rebuild();
        var rebuilt = watch.Elapsed.TotalMilliseconds;
        if (state.Errors.Count > 0) throw new InvalidOperationException("the edited corpus does not build: " + state.Errors[0]);
        if (!state.Files.TryGet(page, out var file) || !Encoding.UTF8.GetString(file.Span).Contains(sentence))
            throw new InvalidOperationException($"the edit is not on {page}");
        served.Add(watch.Elapsed.TotalMilliseconds);
        Console.WriteLine($"edit {edit}: rebuilt {rebuilt:F0} ms, served {served[^1]:F0} ms, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms, " +
                          $"allocated {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB, GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, " +
                          $"paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms");
        if (phases && state.Timings is { } t) foreach (var line in t.Lines()) Console.WriteLine("    " + line);
        session.Checked.Wait();
        if (session.State.Errors.Count > 0) throw new InvalidOperationException("check failed: " + session.State.Errors[0]);
    }
}
finally
{
    File.WriteAllBytes(article, original);
}
Console.WriteLine($"median served {served.Order().ElementAt(served.Count / 2):F0} ms");
return 0;

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run from the Dossier repository");
}
