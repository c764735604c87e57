using System.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Search;

/// <summary>
/// The query side of search (theme/assets/search-engine.js), tested by node's own test runner over the index the
/// build wrote for the real dossier (search-engine.test.js beside this file). Node is needed: without it the test
/// is skipped on a developer's machine and fails under CI, where .ci/run installs it.
/// </summary>
public sealed class SearchEngineTests : IClassFixture<BuiltSite>
{
    private readonly BuiltSite _site;

    public SearchEngineTests(BuiltSite site) => _site = site;

    public static string? Node => new[] { "/usr/bin/node", "/usr/local/bin/node", "/usr/bin/nodejs" }.FirstOrDefault(File.Exists);

    [NodeFact]
    public void TheQueryCodePassesItsUnitTests()
    {
        Assert.True(_site.Result.ExitCode == 0, _site.Result.All);
        var start = new ProcessStartInfo(Node ?? "node", ["--test", Path.Combine(Repo.Root, "tests", "Dossier.Tests", "Search", "search-engine.test.js")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOSSIER_SEARCH_INDEX"] = Path.Combine(_site.Output, "assets", "search");
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        Assert.True(node.WaitForExit(120_000), "node --test did not finish in two minutes");
        Assert.True(node.ExitCode == 0, output.Result + errors.Result);
        Assert.Contains("# fail 0", output.Result);
        Assert.DoesNotContain("# tests 0", output.Result);
    }
}

public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (SearchEngineTests.Node is null && !BrowserEnvironment.IsCi) Skip = "node is not installed (apt-get install -y nodejs)";
    }
}
