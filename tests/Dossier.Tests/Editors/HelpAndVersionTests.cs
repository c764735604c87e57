using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>--version names the commit; `help editing` says where the guide is; hints speak the command the user types.</summary>
public sealed partial class HelpAndVersionTests
{
    [GeneratedRegex(@"^dossier (\d+\.\d+\.\d+\S*) \(commit ([0-9a-f]{40})\)$")]
    private static partial Regex VersionLine();

    [Fact]
    public void VersionNamesTheVersionAndTheCommitItWasBuiltFrom()
    {
        var result = DossierCli.Run(Repo.Root, "--version");
        Assert.Equal(0, result.ExitCode);
        var match = VersionLine().Match(result.StdOut.Trim());
        Assert.True(match.Success, result.StdOut);
        // The commit is one of this repository's (the latest when the program was last compiled).
        var git = DossierCli.Exec("git", Repo.Root, TimeSpan.FromSeconds(30), "cat-file", "-t", match.Groups[2].Value);
        Assert.Equal("commit", git.StdOut.Trim());
    }

    [Theory]
    [InlineData("editing", "editing.md")]
    [InlineData("docs", "editing.md")]
    [InlineData("errors", "errors.md")]
    public void HelpSaysWhereTheGuideIs(string topic, string file)
    {
        var result = DossierCli.Run(Repo.Root, "help", topic);
        Assert.Equal(0, result.ExitCode);
        var path = Regex.Match(result.StdOut, @": (/\S+\.md)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Equal(Path.Combine(Repo.Root, "docs", file), path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void HelpOnAnUnknownTopicSuggestsOne()
    {
        var result = DossierCli.Run(Repo.Root, "help", "erors");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("did you mean 'errors'?", result.StdErr);
    }

    [Fact]
    public void HintsNameTheCommandAsRunFromTheRepository()
    {
        // The tests run the program as `dotnet dossier.dll` from this repository's build: hints give the dotnet run form,
        // relative to the repository when run there and with the project's full path when run elsewhere.
        using var dossier = new TempDossier();
        var inRepo = DossierCli.Run(Repo.Root, "new", "article", "A hint test", "--input", dossier.Input);
        Assert.Equal(0, inRepo.ExitCode);
        Assert.Contains("preview with: dotnet run --project src/Dossier -- serve", inRepo.StdOut);
        var elsewhere = DossierCli.Run(dossier.Root, "new", "article", "Another hint test");
        Assert.Equal(0, elsewhere.ExitCode);
        Assert.Contains($"preview with: dotnet run --project {Path.Combine(Repo.Root, "src", "Dossier")} -- serve", elsewhere.StdOut);
        var written = File.ReadAllText(Directory.GetFiles(Path.Combine(dossier.Input, "articles"), "another-hint-test*").Single());
        Assert.Contains($"`dotnet run --project {Path.Combine(Repo.Root, "src", "Dossier")} -- serve`", written);
    }
}
