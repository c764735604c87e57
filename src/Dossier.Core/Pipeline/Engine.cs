using System.Diagnostics;

namespace Dossier.Pipeline;

/// <summary>Runs pipelines phase by phase; within a phase, independent pipelines run at the same time.</summary>
public static class Engine
{
    public static void Run(IReadOnlyList<Pipeline> pipelines, BuildContext context, PhaseTimings timings)
    {
        Check(pipelines);
        RunPhase(Phase.Input, pipelines, p => p.Input(context), timings);
        RunPhase(Phase.Process, pipelines, p => p.Process(context), timings);
        RunPhase(Phase.PostProcess, pipelines, p => p.PostProcess(context), timings);
    }

    private static void RunPhase(Phase phase, IReadOnlyList<Pipeline> pipelines, Action<Pipeline> work, PhaseTimings timings)
    {
        timings.Measure(phase, () =>
        {
            var tasks = new Dictionary<Pipeline, Task>();
            Task Start(Pipeline p)
            {
                if (tasks.TryGetValue(p, out var existing)) return existing;
                var dependencies = p.Dependencies.Select(Start).ToArray();
                var task = Task.WhenAll(dependencies).ContinueWith(_ =>
                {
                    var watch = Stopwatch.StartNew();
                    work(p);
                    timings.Record(phase, p.Name, watch.Elapsed);
                }, CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default);
                tasks[p] = task;
                return task;
            }
            foreach (var p in pipelines) Start(p);
            Task.WaitAll(tasks.Values.ToArray());
            return 0;
        });
    }

    private static void Check(IReadOnlyList<Pipeline> pipelines)
    {
        var visiting = new HashSet<Pipeline>();
        var done = new HashSet<Pipeline>();
        void Visit(Pipeline p)
        {
            if (done.Contains(p)) return;
            if (!visiting.Add(p)) throw new InvalidOperationException($"pipeline dependency cycle through '{p.Name}'");
            foreach (var d in p.Dependencies)
            {
                if (!pipelines.Contains(d)) throw new InvalidOperationException($"pipeline '{p.Name}' depends on '{d.Name}', which is not registered");
                Visit(d);
            }
            visiting.Remove(p);
            done.Add(p);
        }
        foreach (var p in pipelines) Visit(p);
    }
}
