using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>
/// A dossier's own theme/ folder holds only the theme files it changes; every other file comes from the built-in theme.
/// These builds pass no --theme, so the theme is found as an editor's would be: the one shipped beside the program,
/// with the temporary dossier's theme/ folder (beside its input/) merged over it.
/// </summary>
public sealed class ThemeOverrideTests
{
    private const string Marker = "<p class=\"theme-override-marker\">Changed by this dossier</p>";

    private static CliResult Build(TempDossier dossier, string? output = null) =>
        DossierCli.Run(dossier.Root, "build", "--input", dossier.Input, "--output", output ?? dossier.Output);

    private static CliResult Theme(TempDossier dossier, params string[] args) =>
        DossierCli.Run(dossier.Root, ["theme", .. args, "--input", dossier.Input]);

    private static string Override(TempDossier dossier, string relative) => Path.Combine(dossier.Root, "theme", relative);

    [Fact]
    public void ListPrintsTheBuiltInFilesAndMarksTheOverriddenOnes()
    {
        using var dossier = new TempDossier();
        var list = Theme(dossier, "list");
        Assert.True(list.ExitCode == 0, list.All);
        var lines = list.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("layouts/base.liquid", lines);
        Assert.Contains("pages/article.liquid", lines);
        Assert.Contains("pages/index.liquid", lines);
        Assert.Contains("assets/site.css", lines);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.DoesNotContain("overridden", list.StdOut);

        Assert.Equal(0, Theme(dossier, "eject", "layouts/base.liquid").ExitCode);
        var after = Theme(dossier, "list");
        Assert.Contains(after.StdOut.Split('\n'), l => l.StartsWith("layouts/base.liquid", StringComparison.Ordinal)
            && l.TrimEnd().EndsWith("(overridden by theme/layouts/base.liquid)", StringComparison.Ordinal));
        Assert.Single(after.StdOut.Split('\n'), l => l.Contains("overridden", StringComparison.Ordinal));
    }

    [Fact]
    public void AnEjectedAndChangedLayoutIsOnEveryPageAndTheRestIsTheBuiltInTheme()
    {
        using var dossier = new TempDossier();
        var baseline = Path.Combine(dossier.Root, "baseline");
        var first = Build(dossier, baseline);
        Assert.True(first.ExitCode == 0, first.All);

        var eject = Theme(dossier, "eject", "layouts/base.liquid");
        Assert.True(eject.ExitCode == 0, eject.All);
        var layout = Override(dossier, "layouts/base.liquid");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Theme, "layouts", "base.liquid")), File.ReadAllBytes(layout));
        Assert.Equal(["layouts/base.liquid"], Directory.EnumerateFiles(Path.Combine(dossier.Root, "theme"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(dossier.Root, "theme"), f).Replace('\\', '/')));
        var text = File.ReadAllText(layout);
        Assert.Contains("<footer class=\"site-footer\">\n  <div class=\"wrap\">\n", text);
        File.WriteAllText(layout, text.Replace("<footer class=\"site-footer\">\n  <div class=\"wrap\">\n", "<footer class=\"site-footer\">\n  <div class=\"wrap\">\n" + Marker));

        var built = Build(dossier);
        Assert.True(built.ExitCode == 0, built.All);
        var pages = Directory.EnumerateFiles(baseline, "*.html", SearchOption.AllDirectories).ToList();
        var footed = 0;
        foreach (var before in pages)
        {
            var relative = Path.GetRelativePath(baseline, before);
            var old = File.ReadAllText(before);
            var now = File.ReadAllText(Path.Combine(dossier.Output, relative));
            if (new HtmlParser().ParseDocument(old).QuerySelector("footer.site-footer") is null) { Assert.Equal(old, now); continue; }
            footed++;
            var document = new HtmlParser().ParseDocument(now);
            Assert.True(document.QuerySelector("footer.site-footer .theme-override-marker")?.TextContent == "Changed by this dossier", $"{relative} lacks the changed footer");
            // Everything else, the page templates and partials included, is what the built-in theme made.
            Assert.Equal(old, now.Replace(Marker, "", StringComparison.Ordinal));
        }
        Assert.True(footed > 20, $"only {footed} pages have the site footer");
    }

    [Fact]
    public void AnOverriddenAssetAndAnAddedOneArePublished()
    {
        using var dossier = new TempDossier();
        var css = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "site.css")) + "\n.theme-override-marker { color: rebeccapurple; }\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Override(dossier, "assets/site.css"))!);
        File.WriteAllText(Override(dossier, "assets/site.css"), css);
        File.WriteAllText(Override(dossier, "assets/extra.txt"), "an added asset\n");

        var built = Build(dossier);
        Assert.True(built.ExitCode == 0, built.All);
        Assert.Equal(css, File.ReadAllText(Path.Combine(dossier.Output, "assets", "site.css")));
        Assert.Equal("an added asset\n", File.ReadAllText(Path.Combine(dossier.Output, "assets", "extra.txt")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Theme, "assets", "site.js")), File.ReadAllBytes(Path.Combine(dossier.Output, "assets", "site.js")));
    }

    [Theory]
    [InlineData("unclosed-if")]
    [InlineData("unknown-binding")]
    public void ABrokenOverrideIsLocatedInTheOverrideFileAndLeavesTheOutputAlone(string breakage)
    {
        using var dossier = new TempDossier();
        var good = Build(dossier);
        Assert.True(good.ExitCode == 0, good.All);
        var before = TempDossier.Snapshot(dossier.Output);

        Assert.Equal(0, Theme(dossier, "eject", "layouts/base.liquid").ExitCode);
        var layout = Override(dossier, "layouts/base.liquid");
        var lines = File.ReadAllLines(layout);
        var footer = Array.FindIndex(lines, l => l.Contains("{{ siteTitle }}", StringComparison.Ordinal));
        Assert.True(footer >= 0);
        lines[footer] = breakage == "unclosed-if"
            ? lines[footer] + "{% if siteTitle %}never closed"
            : lines[footer].Replace("{{ siteTitle }}", "{{ siteTitel }}", StringComparison.Ordinal);
        File.WriteAllLines(layout, lines);

        var broken = Build(dossier);
        Assert.True(broken.ExitCode == 1, $"exit {broken.ExitCode}: {broken.All}");
        Assert.DoesNotContain("   at ", broken.All);
        if (breakage == "unclosed-if")
            Assert.Matches(@"theme/layouts/base\.liquid\(\d+,\d+\): error DOS025: template error: ", broken.All);
        else
            Assert.Matches($@"theme/layouts/base\.liquid\({footer + 1},\d+\): error DOS025: unknown binding 'siteTitel'", broken.All);
        var after = TempDossier.Snapshot(dossier.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed although the build failed");

        // --theme DIR names a whole theme, used as it is: the dossier's overrides do not apply to it.
        var whole = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", Repo.Theme);
        Assert.True(whole.ExitCode == 0, whole.All);
    }

    [Fact]
    public void EjectRefusesAnUnknownPathWithASuggestion()
    {
        using var dossier = new TempDossier();
        var eject = Theme(dossier, "eject", "layouts/bsae.liquid");
        Assert.Equal(2, eject.ExitCode);
        Assert.Contains("did you mean 'layouts/base.liquid'?", eject.StdErr);
        Assert.False(Directory.Exists(Path.Combine(dossier.Root, "theme")));
    }

    [Fact]
    public void EjectNeverOverwrites()
    {
        using var dossier = new TempDossier();
        Assert.Equal(0, Theme(dossier, "eject", "pages/article.liquid").ExitCode);
        var template = Override(dossier, "pages/article.liquid");
        File.AppendAllText(template, "{% comment %}mine{% endcomment %}\n");
        var changed = File.ReadAllText(template);

        var again = Theme(dossier, "eject", "pages/article.liquid");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.StdErr);
        Assert.Equal(changed, File.ReadAllText(template));
    }

    [Fact]
    public void TheRepositorysThemeFolderIsTheWholeThemeNotAnOverride()
    {
        // theme/ beside this repository's input/ is the source of the shipped theme (it holds .whole-theme): nothing is overridden.
        var list = DossierCli.Run(Repo.Root, "theme", "list", "--input", Repo.Input);
        Assert.True(list.ExitCode == 0, list.All);
        Assert.Contains("layouts/base.liquid", list.StdOut.Split('\n', StringSplitOptions.TrimEntries));
        Assert.DoesNotContain("overridden", list.StdOut);
        var eject = DossierCli.Run(Repo.Root, "theme", "eject", "layouts/base.liquid", "--input", Repo.Input);
        Assert.Equal(2, eject.ExitCode);
        Assert.Contains("whole theme", eject.StdErr);
    }
}
