using CsCheck;
using Dossier.Tests.Support;
using Xunit.Abstractions;

namespace Dossier.Tests.Properties;

/// <summary>
/// Random valid dossiers, made from scratch (DossierGen, DossierComposer): each builds without an error, twice to the
/// same bytes, and its site has no broken link and no citation that misses its quote. See PropertyRuns to replay a seed.
/// </summary>
public sealed class RandomDossierProperties(ITestOutputHelper log)
{
    [Fact]
    public void Builds_deterministically_with_every_link_and_citation_landing() =>
        DossierGen.Dossier.Sample(spec =>
        {
            var dossier = DossierComposer.Compose(spec);
            using var temp = dossier.InTempFolder();
            var (first, firstOutput) = InProcessBuild.Run(temp.Input);
            Assert.True(first.Succeeded && first.Diagnostics.Count == 0, "the build reported:\n" + InProcessBuild.Text(first));
            var site = SiteFiles.Of(firstOutput);
            var (second, secondOutput) = InProcessBuild.Run(temp.Input);
            Assert.True(second.Succeeded, InProcessBuild.Text(second));
            TreeAssert.Identical(site.Files, SiteFiles.Of(secondOutput).Files);
            var broken = LinkCheck.Problems(site);
            Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
            var missed = CitationCheck.Problems(site, dossier.Quotes);
            Assert.True(missed.Count == 0, "citations that miss:\n" + string.Join("\n", missed));
        }, iter: PropertyRuns.Iterations(20), seed: PropertyRuns.Seed, threads: 1, print: Describe, writeLine: log.WriteLine);

    /// <summary>The real program, twice into two folders: exit 0, nothing on stderr, and the two trees byte for byte the same.</summary>
    [Fact]
    public void The_cli_builds_the_same_tree_twice() =>
        DossierGen.Dossier.Sample(spec =>
        {
            using var temp = DossierComposer.Compose(spec).InTempFolder();
            var first = DossierCli.Build(temp.Input, temp.Output);
            Assert.True(first.ExitCode == 0 && first.StdErr.Length == 0, $"exit {first.ExitCode}: {first.All}");
            var other = Path.Combine(temp.Root, "output-2");
            var second = DossierCli.Build(temp.Input, other);
            Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {second.All}");
            TreeAssert.Identical(TempDossier.Snapshot(temp.Output), TempDossier.Snapshot(other));
        }, iter: PropertyRuns.Iterations(2), seed: PropertyRuns.Seed, threads: 1, print: Describe, writeLine: log.WriteLine);

    private static string Describe(DossierSpec spec) => DossierComposer.Compose(spec).Describe();
}
