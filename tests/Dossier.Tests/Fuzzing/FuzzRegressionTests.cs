using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Tests.Fuzzing;

/// <summary>
/// What each crash found by fuzzing is now (the inputs themselves are in fuzz/regressions/ and replayed by
/// <see cref="CorpusReplayTests"/>): a located diagnostic instead of an exception.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static Diagnostic OnlyError(string yaml)
    {
        var d = new DiagnosticBag();
        Assert.False(YamlTreeReader.TryRead(yaml, "input/dossier.yml", d, out var root));
        Assert.Null(root);
        return Assert.Single(d.Sorted());
    }

    /// <summary>YamlDotNet threw ArgumentException ("Global tags must be valid URIs"): in a flow list the ']' is read as part of the tag.</summary>
    [Fact]
    public void ATagInAFlowListIsALocatedTagError()
    {
        var error = OnlyError("title: T\ntopics: [!!x]\n");
        Assert.Equal(DiagnosticCodes.YamlTag, error.Code);
        Assert.Equal(new SourceLocation("input/dossier.yml", 2, 10), error.Location);
        Assert.Contains("tag", error.Message);
    }

    /// <summary>YamlDotNet threw ArgumentException ("Tag value must not be empty") for the empty verbatim tag !&lt;&gt;.</summary>
    [Fact]
    public void AnEmptyVerbatimTagIsALocatedTagError()
    {
        var error = OnlyError("description: D\ntitle: !<>\n");
        Assert.Equal(DiagnosticCodes.YamlTag, error.Code);
        Assert.Equal(new SourceLocation("input/dossier.yml", 2, 8), error.Location);
    }
}
