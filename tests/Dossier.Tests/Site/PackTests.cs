using System.IO.Compression;
using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

public sealed class PackTests
{
    [Fact]
    public void PackWritesTheSiteWithItsPrintEditionAndTheSameZipEveryTime()
    {
        using var dossier = new TempDossier();
        var first = DossierCli.Run(dossier.Root, "pack", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme);
        Assert.True(first.ExitCode == 0, first.All);
        var zip = dossier.Output + ".zip";
        var bytes = File.ReadAllBytes(zip);
        File.Delete(zip);
        Assert.Equal(0, DossierCli.Run(dossier.Root, "pack", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme).ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(zip));

        using var archive = ZipFile.OpenRead(zip);
        var names = archive.Entries.Select(e => e.FullName).ToList();
        var top = names[0].Split('/')[0];
        Assert.All(names, n => Assert.StartsWith(top + "/", n));
        var site = TempDossier.Snapshot(dossier.Output);
        Assert.Equal(site.Keys.Select(k => $"{top}/{k}").Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Contains($"{top}/index.html", names);
        Assert.Contains($"{top}/print.html", names);
    }

    [Fact]
    public void ThePrintEditionHoldsTheWholeDossierWithUniqueIdsAndInternalLinks()
    {
        using var dossier = new TempDossier();
        Assert.Equal(0, DossierCli.Run(dossier.Root, "pack", "--input", dossier.Input, "--output", dossier.Output, "--theme", Repo.Theme).ExitCode);
        var print = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "print.html")));
        var sections = print.QuerySelectorAll("section.print-section").Select(s => s.GetAttribute("aria-label")).ToList();
        var articles = Directory.GetFiles(Path.Combine(dossier.Output, "articles")).Length;
        var topics = Directory.GetFiles(Path.Combine(dossier.Output, "topics")).Length - 1;
        Assert.Equal(1 + topics + 2 + articles + 1, sections.Count);
        Assert.Contains("Timeline", sections);
        Assert.Contains("Claims", sections);
        Assert.Contains("Source index", sections);
        var ids = print.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var internalLinks = print.QuerySelectorAll("main a[href^='#']").ToList();
        Assert.True(internalLinks.Count > 100);
        Assert.All(internalLinks, a => Assert.NotNull(print.GetElementById(a.GetAttribute("href")![1..])));
        Assert.All(print.QuerySelectorAll("a[data-target]"), a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("data-target"))));
        Assert.Contains("@media print", File.ReadAllText(Path.Combine(dossier.Output, "assets", "site.css")));
    }
}
