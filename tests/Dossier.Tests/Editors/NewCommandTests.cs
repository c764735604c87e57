using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

public sealed class NewCommandTests
{
    [Fact]
    public void ScaffoldsBuildRightAwayAndNothingIsOverwritten()
    {
        using var dossier = new TempDossier();
        string[] Input(params string[] args) => [.. args, "--input", dossier.Input];
        var article = DossierCli.Run(dossier.Root, Input("new", "article", "Qatar’s new proposal: a Türkiye-led mechanism", "--outlet", "dawat-media-center", "--topics", "mediation,monitoring-mechanism"));
        Assert.True(article.ExitCode == 0, article.All);
        var path = dossier.PathOf("articles/qatar-s-new-proposal-a-turkiye-led-mechanism.md");
        Assert.True(File.Exists(path), article.All);
        Assert.Equal(0, DossierCli.Run(dossier.Root, Input("new", "topic", "trade-routes")).ExitCode);
        Assert.Equal(0, DossierCli.Run(dossier.Root, Input("new", "entity", "south-asia", "--kind", "place")).ExitCode);

        var build = dossier.Build();
        Assert.True(build.ExitCode == 0, build.All);
        Assert.True(File.Exists(Path.Combine(dossier.Output, "articles", "qatar-s-new-proposal-a-turkiye-led-mechanism.html")));
        Assert.True(File.Exists(Path.Combine(dossier.Output, "topics", "trade-routes.html")));
        Assert.True(File.Exists(Path.Combine(dossier.Output, "entities", "south-asia.html")));
        Assert.Contains("qatar-s-new-proposal-a-turkiye-led-mechanism.html", File.ReadAllText(Path.Combine(dossier.Output, "topics", "mediation.html")));

        var before = File.ReadAllText(path);
        var entities = File.ReadAllText(dossier.PathOf("entities.yml"));
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "article", "Qatar’s new proposal: a Türkiye-led mechanism")).ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "topic", "trade-routes")).ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "entity", "south-asia", "--kind", "place")).ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "entity", "pakistan", "--kind", "place")).ExitCode);
        Assert.Equal(before, File.ReadAllText(path));
        Assert.Equal(entities, File.ReadAllText(dossier.PathOf("entities.yml")));

        var unknown = DossierCli.Run(dossier.Root, Input("new", "article", "Another", "--topics", "medation"));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("did you mean 'mediation'?", unknown.StdErr);
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "entity", "x", "--kind", "thing")).ExitCode);
        Assert.Equal(2, DossierCli.Run(dossier.Root, Input("new", "topic", "Bad Id")).ExitCode);
    }
}
