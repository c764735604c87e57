using AngleSharp.Html.Parser;
using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Editors;

public sealed class InitCommandTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dossier-init-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static readonly string[] Written =
    [
        "input/dossier.yml", "input/outlets.yml", "input/entities.yml", "input/timeline.yml", "input/claims.yml",
        "input/topics/example-topic.md", "input/articles/example-article.md",
        ".github/workflows/pages.yml", ".gitignore", "README.md",
    ];

    [Fact]
    public void ANewDossierBuildsAndPassesCheckAtOnce()
    {
        var init = DossierCli.Run(root, "init", "x", "--title", "A test: \"dossier\" \\ #1");
        Assert.True(init.ExitCode == 0, init.All);
        var folder = Path.Combine(root, "x");
        foreach (var file in Written) Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} missing\n{init.All}");
        Assert.Equal(["output/", "output.zip"], File.ReadAllLines(Path.Combine(folder, ".gitignore")).Where(l => l.Length > 0 && !l.StartsWith('#')));
        Assert.Contains("# site_url:", File.ReadAllText(Path.Combine(folder, "input/dossier.yml")));

        // The shipped theme is used: the new folder has none of its own.
        var check = DossierCli.Run(folder, "check");
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("error", check.All, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", check.All, StringComparison.OrdinalIgnoreCase);
        var build = DossierCli.Run(folder, "build");
        Assert.True(build.ExitCode == 0, build.All);

        var output = Path.Combine(folder, "output");
        var parser = new HtmlParser();
        var index = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("A test: \"dossier\" \\ #1", index.Title);
        var topic = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "topics", "example-topic.html")));
        Assert.NotNull(topic.QuerySelector("a[href*='example-article.html']"));
        var article = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "articles", "example-article.html")));
        var note = article.QuerySelector("aside.note");
        Assert.NotNull(note);
        Assert.Contains("does not say when in the spring", note.TextContent);
        Assert.Equal("would take about six weeks", article.QuerySelector(".note-mark")?.TextContent);
        var cited = string.Concat(article.QuerySelectorAll("mark.cite-mark[data-mark='q1']").Where(m => m.ParentElement?.ClassName != "cite-mark").Select(m => m.TextContent));
        Assert.Contains("the old ferry pier would close for repairs in the", cited);
        Assert.Contains("invented example", article.Body!.TextContent);
        Assert.True(File.Exists(Path.Combine(output, "claims", "example-pier-closure.html")));
        Assert.True(File.Exists(Path.Combine(output, "entities", "example-harbour-authority.html")));
    }

    [Fact]
    public void TheWorkflowPublishesToGitHubPages()
    {
        Assert.Equal(0, DossierCli.Run(root, "init", "x").ExitCode);
        var yaml = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(Path.Combine(root, "x", ".github/workflows/pages.yml")))) yaml.Load(reader);
        var workflow = (YamlMappingNode)yaml.Documents[0].RootNode;
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("write", permissions["pages"].ToString());
        Assert.Equal("write", permissions["id-token"].ToString());
        var jobs = (YamlMappingNode)workflow["jobs"];
        var deploy = (YamlMappingNode)jobs["deploy"];
        Assert.Equal("build", deploy["needs"].ToString());
        string Uses(string job) => string.Join('\n', ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Cast<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue("uses", out var u) ? u.ToString() : s.Children.TryGetValue("run", out var r) ? r.ToString() : ""));
        Assert.Contains("actions/deploy-pages@", Uses("deploy"));
        var build = Uses("build");
        Assert.Contains("dotnet tool install --global Dossier --add-source .dossier-tool", build);
        Assert.Contains("dossier check --format github", build);
        Assert.Contains("dossier build", build);
        Assert.Contains("actions/configure-pages@", build);
        Assert.Contains("actions/upload-pages-artifact@", build);
    }

    [Fact]
    public void ItRefusesAFolderThatIsNotEmptyAndAnEmptyTitle()
    {
        var folder = Path.Combine(root, "x");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine");
        var refused = DossierCli.Run(root, "init", "x");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("x is not empty", refused.StdErr);
        Assert.Contains("choose an empty or new folder", refused.StdErr);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));

        var hidden = Path.Combine(root, "h");
        Directory.CreateDirectory(Path.Combine(hidden, ".git"));
        Assert.Equal(2, DossierCli.Run(root, "init", "h").ExitCode);
        Assert.Equal([".git"], Directory.EnumerateFileSystemEntries(hidden).Select(Path.GetFileName));

        Assert.Equal(2, DossierCli.Run(root, "init", "y", "--title", "  ").ExitCode);
        Assert.False(Directory.Exists(Path.Combine(root, "y")));

        var empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(0, DossierCli.Run(root, "init", "empty").ExitCode);
        Assert.True(File.Exists(Path.Combine(empty, "input", "dossier.yml")));
    }
}

/// <summary>The new dossier's site crawled in Chromium from the file system: every page and link works.</summary>
[Collection("browser")]
public sealed class InitCommandBrowserTests(BrowserSite site)
{
    [BrowserFact]
    public async Task EveryPageAndLinkOfANewDossierWorksFromTheFileSystem()
    {
        var root = Directory.CreateTempSubdirectory("dossier-init-").FullName;
        try
        {
            Assert.Equal(0, DossierCli.Run(root, "init", "x").ExitCode);
            var folder = Path.Combine(root, "x");
            var build = DossierCli.Run(folder, "build");
            Assert.True(build.ExitCode == 0, build.All);
            var output = Path.Combine(folder, "output");
            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            var report = await Crawler.Crawl(site.Browser, new Uri(output + "/").AbsoluteUri, pages);
            Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems.Take(40)));
            Assert.Equal(pages.Count, report.Visited.Count);
        }
        finally { Directory.Delete(root, recursive: true); }
    }
}
