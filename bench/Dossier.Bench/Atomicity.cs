using System.Diagnostics;
using System.Security.Cryptography;
using static Dossier.Bench.Format;

namespace Dossier.Bench;

/// <summary>
/// Whether a rebuild that is killed part-way leaves the old site or the new one, never a mix. A site is built,
/// then its input changed so that every page changes, and the rebuild of the old output is killed (SIGKILL, the
/// whole process tree) at points spread over the time a full rebuild takes and at points through its writing; each
/// time the output is compared with the old and the new site, the folder beside it is searched for debris, and the
/// next build must succeed and give the new site. The old output and its stamp are put back before each kill.
/// </summary>
internal static class Atomicity
{
    private const string StampName = ".output.dossier-stamp";

    public static void Run(DossierCommand dossier, Workspace workspace, CorpusShape shape, int seed, int articles = 300, int points = 10)
    {
        var root = workspace.Folder("atomicity");
        var oldInput = Path.Combine(root, "input-old");
        var newInput = Path.Combine(root, "input-new");
        var site = Path.Combine(root, "site");
        var output = Path.Combine(site, "output");
        var stamp = Path.Combine(site, StampName);
        var pristine = Path.Combine(root, "old-site");
        var pristineStamp = Path.Combine(root, "old-stamp");

        CorpusGenerator.Write(oldInput, articles, seed, shape);
        CorpusGenerator.Write(newInput, articles, seed + 1, shape);
        var config = Path.Combine(newInput, "dossier.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("title: \"Benchmark dossier", "title: \"Rebuilt benchmark dossier", StringComparison.Ordinal));

        Succeed(dossier.Build(oldInput, output), "the old site");
        var oldSite = Snapshot(output);
        CopyFolder(output, pristine);
        File.Copy(stamp, pristineStamp);
        var expected = Path.Combine(root, "new-site", "output");
        Succeed(dossier.Build(newInput, expected), "the new site");
        var newSite = Snapshot(expected);
        var changed = newSite.Count(f => !oldSite.TryGetValue(f.Key, out var hash) || hash != f.Value);

        void Restore()
        {
            if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
            CopyFolder(pristine, output);
            File.Copy(pristineStamp, stamp);
        }

        Restore();
        var full = Succeed(dossier.Build(newInput, output), "an uninterrupted rebuild");
        var fullGivesNew = Same(Snapshot(output), newSite);
        Console.WriteLine($"\n== atomicity: {articles} articles, shape {shape.Name}; the input changed so that {changed} of {newSite.Count} files change ==");
        Console.WriteLine($"an uninterrupted rebuild takes {Seconds(full.Wall).Trim()} and leaves {(fullGivesNew ? "the new site" : "NOT the new site")}; killed:");

        int old = 0, @new = 0, mixed = 0, debrisKills = 0, recovered = 0, trials = 0;
        void Trial(string label, Func<Func<Process>, bool> killBuild)
        {
            Restore();
            var finished = killBuild(() => dossier.StartBuild(newInput, output));
            var now = Snapshot(output);
            var debris = Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Where(n => n is not ("output" or StampName)).Order(StringComparer.Ordinal).ToList();
            string state;
            if (Same(now, oldSite)) { old++; state = "the old site"; }
            else if (Same(now, newSite)) { @new++; state = "the new site"; }
            else { mixed++; state = Mix(now, oldSite, newSite); }
            if (debris.Count > 0) debrisKills++;
            var next = dossier.Build(newInput, output);
            var left = Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Where(n => n is not ("output" or StampName)).ToList();
            var nextOk = next.ExitCode == 0 && Same(Snapshot(output), newSite) && left.Count == 0;
            if (nextOk) recovered++;
            trials++;
            Console.WriteLine($"  {label}{(finished ? ", the build had finished" : "")}: {state}" +
                              $"{(debris.Count > 0 ? $"; beside it: {string.Join(", ", debris.Take(3))}{(debris.Count > 3 ? $" and {debris.Count - 3} more" : "")}" : "")}" +
                              $"{(nextOk ? "" : $"; the next build FAILED (exit {next.ExitCode}), did not give the new site, or left debris")}");
        }

        for (var point = 1; point <= points; point++)
        {
            var delay = full.Wall * point / points;
            Trial($"at {point * 100 / points,3} % ({Seconds(delay).Trim()})", start => KillAfter(start(), delay));
        }
        // Writing is a short stretch at the end of a build, which the points above seldom hit: these kill when a
        // given number of files or folders has appeared in or beside the output (in place or in a staging folder).
        foreach (var fraction in new[] { 0.0, 0.25, 0.5, 0.75, 1.0 })
        {
            var files = Math.Max(1, (int)(changed * fraction));
            Trial($"once {files} file(s) had appeared", start => KillAfterFiles(site, files, start, full.Wall * 3));
        }
        Console.WriteLine($"atomicity: {old} of {trials} kills left the old site, {@new} the new site, {mixed} a mix; {debrisKills} left debris beside the output; " +
                          $"the next build succeeded with the new site and nothing beside it after {recovered} of {trials}");
    }

    /// <summary>Waits, then kills the build and its children; true when the build had ended before the kill.</summary>
    private static bool KillAfter(Process build, TimeSpan delay)
    {
        using (build)
        {
            var finished = build.WaitForExit(delay);
            Kill(build);
            return finished;
        }
    }

    /// <summary>Starts the build and kills it from the watcher's thread, as soon as that many entries have been created under the folder.</summary>
    private static bool KillAfterFiles(string folder, int files, Func<Process> start, TimeSpan timeout)
    {
        Process? build = null;
        var seen = 0;
        var killed = 0;
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, InternalBufferSize = 1 << 16, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
        watcher.Created += (_, _) =>
        {
            if (Interlocked.Increment(ref seen) >= files && Volatile.Read(ref build) is { } b && Interlocked.Exchange(ref killed, 1) == 0) Kill(b);
        };
        watcher.EnableRaisingEvents = true;
        using (build = start())
        {
            var finished = build.WaitForExit(timeout) && Volatile.Read(ref killed) == 0;
            Kill(build);
            return finished;
        }
    }

    private static void Kill(Process build)
    {
        try { build.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        build.WaitForExit();
    }

    private static string Mix(Dictionary<string, string> now, Dictionary<string, string> oldSite, Dictionary<string, string> newSite)
    {
        int asNew = 0, asOld = 0, neither = 0;
        foreach (var (path, hash) in now)
        {
            if (newSite.TryGetValue(path, out var n) && n == hash) asNew++;
            else if (oldSite.TryGetValue(path, out var o) && o == hash) asOld++;
            else neither++;
        }
        var missing = newSite.Keys.Count(p => !now.ContainsKey(p));
        return $"a MIX ({asNew} files new, {asOld} old, {neither} in neither site, {missing} of the new site missing)";
    }

    private static Measured Succeed(Measured m, string what) =>
        m.ExitCode == 0 ? m : throw new InvalidOperationException($"building {what} failed ({m.ExitCode}):\n{m.Output[..Math.Min(3000, m.Output.Length)]}");

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>Every file under the folder by relative path, with the SHA-256 of its bytes; empty when there is no folder.</summary>
    private static Dictionary<string, string> Snapshot(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
