using System.Diagnostics;
using Dossier.Fuzz.Targets;
using Dossier.Tests.Support;

namespace Dossier.Tests.Fuzzing;

/// <summary>
/// CI replays what the fuzzer has: every seed of fuzz/corpus/TARGET/ and every crash kept in fuzz/regressions/TARGET/
/// goes through its target in this process. The parsers' contract is that any input gives a result or a located
/// diagnostic, quickly: an exception (or a broken check of the target) or an input slower than the limit fails.
/// </summary>
public sealed class CorpusReplayTests
{
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan PerTarget = TimeSpan.FromSeconds(10);

    private static string Fuzz => Path.Combine(Repo.Root, "fuzz");

    public static TheoryData<string> Targets => new(TargetTable.All.Keys);

    /// <summary>The seeds and the regressions of a target, by path relative to fuzz/.</summary>
    public static IReadOnlyList<string> InputsOf(string target) =>
        new[] { "corpus", "regressions" }
            .Select(folder => Path.Combine(Fuzz, folder, target))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Order(StringComparer.Ordinal)
            .ToList();

    [Theory]
    [MemberData(nameof(Targets))]
    public void EveryInputOfTheCorpusAndTheRegressionsPassesQuickly(string target)
    {
        var inputs = InputsOf(target);
        Assert.NotEmpty(inputs);
        var total = Replay(TargetTable.All[target], inputs, PerInput);
        Assert.True(total < PerTarget, $"replaying {inputs.Count} inputs of '{target}' took {total.TotalSeconds:F1} s, more than {PerTarget.TotalSeconds} s");
    }

    [Fact]
    public void EachCorpusAndRegressionFolderIsATarget()
    {
        foreach (var folder in new[] { "corpus", "regressions" }.Select(f => Path.Combine(Fuzz, f)).Where(Directory.Exists))
            foreach (var dir in Directory.EnumerateDirectories(folder))
                Assert.True(TargetTable.All.ContainsKey(Path.GetFileName(dir)), $"{dir} is not the folder of a fuzz target ({string.Join(", ", TargetTable.All.Keys)})");
        foreach (var target in TargetTable.All.Keys)
            Assert.True(Directory.Exists(Path.Combine(Fuzz, "corpus", target)), $"target '{target}' has no seeds in fuzz/corpus/{target}/");
    }

    /// <summary>The replay can fail: a target that throws on an input, or takes too long, fails it and names the file.</summary>
    [Fact]
    public void AThrowingOrSlowInputFailsTheReplayAndIsNamed()
    {
        var dir = Directory.CreateTempSubdirectory("dossier-replay-").FullName;
        try
        {
            var good = Path.Combine(dir, "good");
            var bad = Path.Combine(dir, "bad");
            File.WriteAllText(good, "fine");
            File.WriteAllText(bad, "boom");
            var thrown = Assert.ThrowsAny<Exception>(() => Replay(data => { if (data[0] == (byte)'b') throw new IndexOutOfRangeException(); }, [good, bad], PerInput));
            Assert.Contains(bad, thrown.Message);
            var slow = Assert.ThrowsAny<Exception>(() => Replay(_ => Thread.Sleep(300), [good], TimeSpan.FromMilliseconds(100)));
            Assert.Contains(good, slow.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Runs each input through the target, failing on the first exception or slow input; returns the time taken.</summary>
    private static TimeSpan Replay(Target target, IReadOnlyList<string> inputs, TimeSpan perInput)
    {
        // The first run pays for loading and compiling the parsers; it is not what the limit measures.
        var first = File.ReadAllBytes(inputs[0]);
        Run(target, inputs[0], first, TimeSpan.FromSeconds(30));
        var total = Stopwatch.StartNew();
        foreach (var path in inputs) Run(target, path, File.ReadAllBytes(path), perInput);
        return total.Elapsed;
    }

    private static void Run(Target target, string path, byte[] data, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => target(data));
        bool done;
        try
        {
            done = run.Wait(limit);
        }
        catch (AggregateException e) when (e.InnerException is { } inner)
        {
            throw new InvalidOperationException($"{path}: {inner.GetType().Name}: {inner.Message}", inner);
        }
        if (!done) throw new TimeoutException($"{path}: no result after {limit.TotalSeconds} s (a hang?)");
        if (clock.Elapsed > limit)
            throw new TimeoutException($"{path}: took {clock.Elapsed.TotalSeconds:F1} s, more than {limit.TotalSeconds} s");
    }
}
