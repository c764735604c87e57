using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>
/// Every binding of the theme's Liquid templates is checked against the record type of its model before anything is
/// rendered: a misspelt name is an error located in its template (file and line), and the build writes nothing.
/// </summary>
public sealed class ThemeBindingTests
{
    [Fact]
    public void TheThemeHasNoUnknownBinding()
    {
        using var dossier = new TempDossier();
        var check = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", Repo.Theme);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("unknown binding", check.All);
        Assert.DoesNotContain("DOS025", check.All);
    }

    [Fact]
    public void AMisspeltBindingFailsTheBuildNamingTemplateAndLine()
    {
        using var dossier = new TempDossier();
        var theme = Path.Combine(dossier.Root, "theme");
        TempDossier.CopyDirectory(Repo.Theme, theme);
        var article = Path.Combine(theme, "pages", "article.liquid");
        var lines = File.ReadAllLines(article);
        var line = Array.FindIndex(lines, l => l.Contains("{{ outletHref }}", StringComparison.Ordinal));
        Assert.True(line >= 0, "the article template links its outlet");
        lines[line] = lines[line].Replace("{{ outletHref }}", "{{ outletHerf }}", StringComparison.Ordinal);
        File.WriteAllLines(article, lines);
        // A partial's binding is checked through the pages that include it, with its loop variables.
        var claim = Path.Combine(theme, "partials", "claim.liquid");
        File.WriteAllText(claim, File.ReadAllText(claim).Replace("{{ claim.gradeLabel }}", "{{ claim.gradeLable }}", StringComparison.Ordinal));

        Assert.Equal(0, dossier.Build().ExitCode);
        var before = TempDossier.Snapshot(dossier.Output);
        var built = DossierCli.Run(dossier.Root, "build", "--input", dossier.Input, "--output", dossier.Output, "--theme", theme);

        Assert.Equal(1, built.ExitCode);
        Assert.Contains($"article.liquid({line + 1},", built.All);
        Assert.Matches(@"pages[/\\]article\.liquid\(\d+,\d+\): error DOS025: unknown binding 'outletHerf'", built.All);
        Assert.Matches(@"partials[/\\]claim\.liquid\(4,\d+\): error DOS025: unknown binding 'claim\.gradeLable': ClaimView has no member 'gradeLable'", built.All);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(built.All, @"unknown binding 'claim\.gradeLable'"));
        var after = TempDossier.Snapshot(dossier.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed although the build failed");
    }

    [Fact]
    public void ALiquidSyntaxErrorIsLocated()
    {
        using var dossier = new TempDossier();
        var theme = Path.Combine(dossier.Root, "theme");
        TempDossier.CopyDirectory(Repo.Theme, theme);
        File.AppendAllText(Path.Combine(theme, "partials", "byline.liquid"), "{% if article.date %}never closed\n");
        var check = DossierCli.Run(dossier.Root, "check", "--input", dossier.Input, "--theme", theme);
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"partials[/\\]byline\.liquid\(\d+,\d+\): error DOS025: template error: ", check.All);
    }
}
