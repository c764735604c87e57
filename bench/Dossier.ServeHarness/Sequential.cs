using System.Diagnostics;
using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Pipeline;

namespace Dossier.ServeHarness;

/// <summary>Runs a cached build's pipelines one at a time, in dependency order, so each one's own cost shows without contention.</summary>
internal static class Sequential
{
    public static void Run(string input, string theme, int edits)
    {
        var cache = new BuildCache();
        var article = Directory.EnumerateFiles(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).First();
        var original = File.ReadAllBytes(article);
        try
        {
            for (var edit = 0; edit <= edits; edit++)
            {
                if (edit > 0) File.AppendAllText(article, $"\nAn edited closing sentence, number {edit}.\n");
                var context = new BuildContext(input, theme, new DiagnosticBag(), cache);
                var pipelines = DossierBuild.CreatePipelines();
                var times = new List<(string, double)>();
                var total = Stopwatch.StartNew();
                foreach (var (phase, work) in new (string, Action<Pipeline.Pipeline>)[] { ("I", p => p.Input(context)), ("P", p => p.Process(context)), ("PP", p => p.PostProcess(context)) })
                    foreach (var p in pipelines)
                    {
                        var watch = Stopwatch.StartNew();
                        work(p);
                        if (watch.Elapsed.TotalMilliseconds >= 1) times.Add(($"{phase}:{p.Name}", watch.Elapsed.TotalMilliseconds));
                    }
                var mentions = pipelines.OfType<Dossier.Entities.MentionsPipeline>().Single();
                var gc0 = GC.CollectionCount(0); var gc1 = GC.CollectionCount(1); var gc2 = GC.CollectionCount(2); var pause = GC.GetTotalPauseDuration();
                var g = Stopwatch.StartNew(); var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var count = 0;
                foreach (var e in mentions.ByEntity) count += e.GroupBy(m => m.Article).Count();
                Console.WriteLine($"  {mentions.ByArticle.Values.Sum(m => m.Count)} mentions, {count} entity-article groups, grouped in {g.ElapsedMilliseconds} ms ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU), GCs {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}, pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds} ms, {GC.GetGCMemoryInfo().HeapSizeBytes >> 20} MB heap");
                Console.WriteLine($"edit {edit}: {total.ElapsedMilliseconds} ms sequential, errors {context.Diagnostics.HasErrors}: " + string.Join(", ", times.Select(t => $"{t.Item1} {t.Item2:F0}")));
            }
        }
        finally
        {
            File.WriteAllBytes(article, original);
        }
    }
}
