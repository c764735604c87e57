using System.Diagnostics;
using System.Security.Cryptography;
using Dossier.Bench;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>
/// A build killed at any moment leaves the output folder exactly the old site or exactly the new one, and the next
/// build finishes the job and leaves nothing else beside it.
/// </summary>
public sealed class AtomicOutputTests
{
    private const int Kills = 12;

    [Fact]
    public void ABuildKilledAtAnyPointLeavesTheOldSiteOrTheNewOne()
    {
        using var dossier = new TempDossier(copyInput: false);
        CorpusGenerator.Write(dossier.Input, articles: 300, seed: 3);
        var site = Path.Combine(dossier.Root, "site");
        var output = Path.Combine(site, "output");
        Directory.CreateDirectory(site);
        Assert.Equal(0, DossierCli.Build(dossier.Input, output).ExitCode);
        var oldCopy = Path.Combine(dossier.Root, "old-copy");
        TempDossier.CopyDirectory(site, oldCopy);
        var oldSite = Hashes(output);

        // The title is on every page: the new build changes every one of them.
        var config = Path.Combine(dossier.Input, "dossier.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("Benchmark dossier", "Renamed dossier", StringComparison.Ordinal));
        var newOutput = Path.Combine(dossier.Root, "new-site", "output");
        var watch = Stopwatch.StartNew();
        Assert.Equal(0, DossierCli.Build(dossier.Input, newOutput).ExitCode);
        var fullBuild = watch.Elapsed;
        var newSite = Hashes(newOutput);
        Assert.All(oldSite.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)), p => Assert.NotEqual(oldSite[p], newSite[p]));

        var outcomes = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            Restore(oldCopy, site);
            var after = fullBuild * (0.1 + 1.2 * kill / (Kills - 1));
            KillBuildAfter(dossier.Input, output, after);
            if (Directory.Exists(Path.Combine(site, ".output.dossier-staging"))) outcomes.Add("killed while writing");
            var left = Hashes(output);
            var outcome = Same(left, oldSite) ? "old" : Same(left, newSite) ? "new" : null;
            Assert.True(outcome is not null, $"killed after {after.TotalMilliseconds:F0} ms: the output is a mix of the old and the new site");
            outcomes.Add(outcome!);

            var next = DossierCli.Build(dossier.Input, output);
            Assert.True(next.ExitCode == 0, next.All);
            Assert.True(Same(Hashes(output), newSite), $"killed after {after.TotalMilliseconds:F0} ms, the next build did not make the new site");
            Assert.Equal([".output.dossier-stamp", "output"], Directory.EnumerateFileSystemEntries(site).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        Assert.True(outcomes.Contains("killed while writing") && outcomes.Contains("old"), string.Join(", ", outcomes));
    }

    private static void KillBuildAfter(string input, string output, TimeSpan after)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "dossier.dll"), "build", "--input", input, "--output", output, "--theme", Repo.Theme })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(after)) process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static void Restore(string copy, string site)
    {
        Directory.Delete(site, recursive: true);
        TempDossier.CopyDirectory(copy, site);
    }

    private static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    private static bool Same(SortedDictionary<string, string> a, SortedDictionary<string, string> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var hash) && hash == e.Value);
}
