using System.Xml.Linq;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>`build --base-url` builds the same dossier for another address (a staging site) without editing dossier.yml.</summary>
public sealed class BaseUrlTests
{
    private const string Staging = "https://staging.example.org/dossier-preview/";
    private const string SiteUrl = "https://example.github.io/dossier/";

    private static CliResult Build(TempDossier dossier, params string[] extra) =>
        DossierCli.Run(dossier.Root, ["build", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme, .. extra]);

    [Fact]
    public void TheBaseUrlIsUsedInCanonicalLinksTheSitemapAndTheFeedAndIsNotKeptForTheNextBuild()
    {
        using var dossier = new TempDossier();
        var staged = Build(dossier, "--base-url", Staging.TrimEnd('/'));
        Assert.True(staged.ExitCode == 0, staged.All);
        var site = new BuiltFolder(dossier.Output);
        Assert.Equal(Staging + "sources.html", site.Page("sources.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(site.PathOf("sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, l => Assert.StartsWith(Staging, l));
        Assert.Contains(Staging + "sitemap.xml", File.ReadAllText(site.PathOf("robots.txt")));
        Assert.Contains(Staging, File.ReadAllText(site.PathOf("feed.xml")));
        Assert.DoesNotContain(SiteUrl, File.ReadAllText(site.PathOf("sitemap.xml")));
        // dossier.yml is unchanged, and the next build without the option is for site_url again, not "nothing changed".
        Assert.Contains("site_url: " + SiteUrl, dossier.Read("dossier.yml"));
        var published = Build(dossier);
        Assert.True(published.ExitCode == 0, published.All);
        Assert.DoesNotContain("Nothing changed", published.StdOut);
        Assert.Equal(SiteUrl + "sources.html", new BuiltFolder(dossier.Output).Page("sources.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("staging.example.org/x/")]
    [InlineData("ftp://staging.example.org/x/")]
    public void ABaseUrlThatIsNotAWebAddressIsAUsageError(string baseUrl)
    {
        using var dossier = new TempDossier();
        var result = Build(dossier, "--base-url", baseUrl);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--base-url should be the site's full address", result.StdErr);
        Assert.False(Directory.Exists(dossier.Output));
    }
}
