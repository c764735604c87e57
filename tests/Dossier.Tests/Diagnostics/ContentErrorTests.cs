using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// Bad input gets a diagnostic at file(line,col) with its code, exit code 1, and an earlier output left
/// byte-identical. Each test starts from a good build of a copy of the real input/, then breaks one thing.
/// </summary>
public sealed class ContentErrorTests
{
    private const string Sidecar001 = "articles/001_703b6955b0d8f8ed.yml";
    private const string Sidecar004 = "articles/004_5e676c2a02e16e5b.yml";

    [Fact]
    public void MalformedYamlIsReportedAtItsPosition()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace(Sidecar001, "outlet: unknown", "outlet: [unknown"));
        var line = LineOf(Sidecar001, "outlet:");
        Assert.Contains($"input/articles/001_703b6955b0d8f8ed.yml({line},9): error DOS001: malformed YAML", result.StdErr);
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedOnItsLine()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace(Sidecar001, "title: ", "title: \"Unclosed "));
        Assert.Matches(@"input/articles/001_703b6955b0d8f8ed\.yml\(\d+,\d+\): error DOS001: malformed YAML", result.StdErr);
        Assert.Contains("every quote is closed", result.StdErr);
    }

    [Fact]
    public void AnUnknownOutletIsReportedWithASuggestion()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace(Sidecar004, "outlet: dawat-media-center", "outlet: dawat-media-centre"));
        var line = LineOf(Sidecar004, "outlet:");
        Assert.Contains($"input/articles/004_5e676c2a02e16e5b.yml({line},9): error DOS011: unknown outlet 'dawat-media-centre'", result.StdErr);
        Assert.Contains("did you mean 'dawat-media-center'?", result.StdErr);
    }

    [Fact]
    public void AnUnknownFieldIsReportedWithASuggestion()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace(Sidecar001, "summary:", "sumary:"));
        var line = LineOf(Sidecar001, "summary:");
        Assert.Contains($"input/articles/001_703b6955b0d8f8ed.yml({line},1): error DOS002: unknown field 'sumary'", result.StdErr);
        Assert.Contains("did you mean 'summary'?", result.StdErr);
    }

    [Fact]
    public void AMissingTitleIsReported()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            var text = d.Read(Sidecar001);
            var titleLine = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
            d.Replace(Sidecar001, titleLine + "\n", "");
        });
        Assert.Contains("input/articles/001_703b6955b0d8f8ed.yml(1,1): error DOS003: the article's metadata has no 'title'", result.StdErr);
    }

    [Fact]
    public void AnUnknownTopicIsReportedAtItsListItem()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Replace("topics/doha-ceasefire.md", "related: [", "related: [no-such-topic, "));
        Assert.Matches(@"input/topics/doha-ceasefire\.md\(\d+,\d+\): error DOS012: related topic 'no-such-topic' does not exist", result.StdErr);
    }

    [Fact]
    public void ABrokenLinkFailsTheBuildNamingPageAndLink()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Write("articles/broken-link.md",
            "---\ntitle: A note with a bad link\noutlet: unknown\ndate_note: Written for this test.\ntopics: [mediation]\n---\nSee [the missing page](missing-page.html).\n"));
        Assert.Contains("error DOS017: page 'articles/broken-link.html' links to 'missing-page.html'", result.StdErr);
        Assert.Contains("input/articles/broken-link.md(1,1)", result.StdErr);
    }

    [Fact]
    public void ALinkToAMissingParagraphOfAnotherPageFailsTheBuild()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Write("articles/broken-anchor.md",
            "---\ntitle: A note with a bad anchor\noutlet: unknown\ndate_note: Written for this test.\ntopics: [mediation]\n---\n" +
            "See [paragraph 999](../topics/mediation.html#p999) and [this one](#nowhere).\n"));
        Assert.Contains("error DOS017: page 'articles/broken-anchor.html' links to '../topics/mediation.html#p999': 'topics/mediation.html' has no element with id 'p999'", result.StdErr);
        Assert.Contains("error DOS017: page 'articles/broken-anchor.html' links to '#nowhere': 'articles/broken-anchor.html' has no element with id 'nowhere'", result.StdErr);
    }

    [Fact]
    public void EveryBadFileIsReportedInOneRun()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            d.Replace(Sidecar001, "summary:", "sumary:");
            d.Replace(Sidecar004, "outlet: dawat-media-center", "outlet: nobody");
            d.Write("outlets.yml", d.Read("outlets.yml") + "\n- id: Bad Id\n  name: x\n  reliability: Z\n  note: y\n");
        });
        Assert.Contains("error DOS002", result.StdErr);
        Assert.Contains("error DOS011", result.StdErr);
        Assert.Contains("input/outlets.yml(", result.StdErr);
        Assert.Contains("error DOS016: reliability 'Z'", result.StdErr);
        Assert.Contains("error DOS005", result.StdErr);
    }

    [Fact]
    public void DuplicateSlugsAreReported()
    {
        var (result, _) = TempDossier.BreakAndBuild(d =>
        {
            var slug = d.Read(Sidecar004).Split('\n').First(l => l.StartsWith("slug:", StringComparison.Ordinal));
            d.Write("articles/copy.md", $"---\ntitle: Copy\noutlet: unknown\ndate_note: Test.\n{slug}\n---\nText.\n");
        });
        Assert.Contains("error DOS007", result.StdErr);
    }

    [Fact]
    public void AnArticleWithoutSidecarIsReported()
    {
        var (result, _) = TempDossier.BreakAndBuild(d => d.Write("articles/005_orphan.txt", "Some text.\n"));
        Assert.Contains("input/articles/005_orphan.txt: error DOS009", result.StdErr);
    }

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        using var dossier = new TempDossier();
        Assert.Equal(2, DossierCli.Run(dossier.Root, "build", "--no-such-option").ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, "frobnicate").ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, "check", "--format", "xml").ExitCode);
    }

    [Fact]
    public void CheckValidatesAndWritesNothing()
    {
        using var dossier = new TempDossier();
        var ok = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", Repo.Theme);
        Assert.Equal(0, ok.ExitCode);
        Assert.False(Directory.Exists(dossier.Output));
        dossier.Replace(Sidecar001, "summary:", "sumary:");
        var bad = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", Repo.Theme, "--format", "github");
        Assert.Equal(1, bad.ExitCode);
        Assert.Matches(@"::error file=input/articles/001_703b6955b0d8f8ed\.yml,line=\d+,col=1,title=DOS002::unknown field 'sumary'", bad.StdOut);
    }

    private static int LineOf(string relative, string prefix) =>
        File.ReadAllLines(Path.Combine(Repo.Input, relative)).Select((l, i) => (l, i)).First(x => x.l.StartsWith(prefix, StringComparison.Ordinal)).i + 1;
}
