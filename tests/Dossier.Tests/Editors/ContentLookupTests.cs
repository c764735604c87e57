using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>With no --input, a command works on input/ in its folder, or on the dossier the folder is in; output/ goes beside that input/.</summary>
public sealed class ContentLookupTests
{
    [Fact]
    public void ACommandRunBelowTheDossiersFolderWorksOnThatDossier()
    {
        using var dossier = new TempDossier();
        var articles = Path.Combine(dossier.Input, "articles");

        var built = DossierCli.Run(articles, "build", "--theme", Repo.Theme);
        Assert.True(built.ExitCode == 0, built.All);
        Assert.True(File.Exists(Path.Combine(dossier.Output, "index.html")), built.All);
        Assert.False(Directory.Exists(Path.Combine(articles, "output")));

        var check = DossierCli.Run(Path.Combine(dossier.Input, "topics"), "check", "--theme", Repo.Theme);
        Assert.True(check.ExitCode == 0, check.All);

        // A theme file ejected from inside input/ lands in the dossier's own theme/ folder, beside input/.
        var eject = DossierCli.Run(dossier.Input, "theme", "eject", "partials/byline.liquid");
        Assert.True(eject.ExitCode == 0, eject.All);
        Assert.True(File.Exists(Path.Combine(dossier.Root, "theme", "partials", "byline.liquid")), eject.All);
        Assert.False(Directory.Exists(Path.Combine(dossier.Input, "theme")));
    }

    [Fact]
    public void AFolderWithNoDossierSaysHowToStartOne()
    {
        var empty = Directory.CreateTempSubdirectory("dossier-empty-").FullName;
        try
        {
            var built = DossierCli.Run(empty, "build");
            Assert.Equal(1, built.ExitCode);
            Assert.Contains("the input folder does not exist", built.All);
            Assert.Contains("init DIR", built.All);
            Assert.False(Directory.Exists(Path.Combine(empty, "output")));
            Assert.DoesNotContain("   at ", built.All);

            var served = DossierCli.Run(empty, "serve", "--port", "8799");
            Assert.Equal(2, served.ExitCode);
            Assert.Contains("init DIR", served.All);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }
}
