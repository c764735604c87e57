using CsCheck;
using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Output;
using Dossier.Tests.Editors;
using Dossier.Tests.Support;
using Xunit.Abstractions;

namespace Dossier.Tests.Properties;

/// <summary>
/// The real input/ with one file mutated (MutationGen): the build is either safe (exit 0, nothing unsafe in the pages)
/// or fails with located errors, each with a hint, and leaves the previous output byte for byte as it was (the
/// assertions of HostileInputTests.Check). Never an exception, a stack trace or a hang. See PropertyRuns to replay a seed.
/// </summary>
public sealed class MutationProperties(GoodOutput good, ITestOutputHelper log) : IClassFixture<GoodOutput>
{
    private static IReadOnlyList<string> InputFiles(string input) =>
        Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_mutated_file_builds_safely_or_fails_with_located_errors_in_process()
    {
        MutationGen.Mutation(controls: true).Sample(mutation =>
        {
            using var dossier = new TempDossier();
            var what = mutation.Apply(InputFiles(dossier.Input), dossier.Input);
            Check(InProcessBuild.Run(dossier.Input), what);
        }, iter: PropertyRuns.Iterations(100), seed: PropertyRuns.Seed, threads: 1, writeLine: log.WriteLine);
    }

    /// <summary>As above, on random dossiers (DossierGen), which hold what the real input/ lacks: Markdown articles, notes with citations, links of every kind.</summary>
    [Fact]
    public void A_mutated_random_dossier_builds_safely_or_fails_with_located_errors()
    {
        Gen.Select(DossierGen.Dossier, MutationGen.Mutation(controls: true).Array[1, 3]).Sample((spec, mutations) =>
        {
            using var dossier = DossierComposer.Compose(spec).InTempFolder();
            var what = string.Join("; ", mutations.Select(m => m.Apply(InputFiles(dossier.Input), dossier.Input)));
            var build = InProcessBuild.Run(dossier.Input);
            Check(build, what);
            if (build.Result.Succeeded)
            {
                var broken = LinkCheck.Problems(SiteFiles.Of(build.Output));
                Assert.True(broken.Count == 0, $"{what}: broken links:\n" + string.Join("\n", broken));
            }
        }, iter: PropertyRuns.Iterations(40), seed: PropertyRuns.Seed, threads: 1, writeLine: log.WriteLine,
            print: t => string.Join("\n", t.Item2.Select(m => m.ToString())) + DossierComposer.Compose(t.Item1).Describe());
    }

    /// <summary>A safe site, or errors that each name a file of input/ and give a hint.</summary>
    private static void Check((BuildResult Result, MemoryOutput Output) build, string what)
    {
        if (build.Result.Succeeded)
            SiteAssert.Safe(build.Output.Files.Where(f => f.IsHtml).Select(f => (f.Path, System.Text.Encoding.UTF8.GetString(f.Span))), what);
        else
            foreach (var error in build.Result.Diagnostics.Where(d => d.Severity == Severity.Error))
                SiteAssert.Located(error, what);
    }

    [Fact]
    public void A_mutated_file_builds_safely_or_fails_and_leaves_the_output_with_the_cli()
    {
        MutationGen.Mutation(controls: true).Sample(mutation =>
        {
            using var dossier = new TempDossier();
            TempDossier.CopyDirectory(good.Output, dossier.Output);
            var before = TempDossier.Snapshot(dossier.Output);
            var what = mutation.Apply(InputFiles(dossier.Input), dossier.Input);
            var result = dossier.Build();
            Assert.False(result.All.Contains("   at ", StringComparison.Ordinal), $"{what}: a stack trace\n{result.All}");
            Assert.False(result.All.Contains("Exception", StringComparison.Ordinal), $"{what}: an exception\n{result.All}");
            Assert.False(result.All.Contains("internal error", StringComparison.Ordinal), $"{what}: an internal error\n{result.All}");
            if (result.ExitCode == 0)
            {
                SiteAssert.Safe(Directory.EnumerateFiles(dossier.Output, "*.html", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f))), what);
                return;
            }
            Assert.True(result.ExitCode == 1, $"{what}: exit {result.ExitCode}: {result.All}");
            Assert.Matches(@"input/[^(\n]*\(\d+,\d+\): error DOS\d{3}: |input/[^:\n]*: error DOS\d{3}: ", result.StdErr);
            Assert.Contains("hint: ", result.StdErr);
            TreeAssert.Identical(before, TempDossier.Snapshot(dossier.Output));
        }, iter: PropertyRuns.Iterations(10), seed: PropertyRuns.Seed, threads: 1, writeLine: log.WriteLine);
    }
}
