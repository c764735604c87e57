using System.Security.Cryptography;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Tests.Support;

namespace Dossier.Tests.Site;

/// <summary>Each article's source file is published byte for byte beside its SHA-256 (issue 13, item 4).</summary>
public sealed class OriginalsTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void EveryArticlePageLinksItsOriginalFileWhoseSha256IsTheOneShown()
    {
        Assert.True(site.Result.ExitCode == 0, site.Result.All);
        var pages = site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).ToList();
        var inputs = Directory.GetFiles(Path.Combine(Repo.Input, "articles"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(inputs.Count, pages.Count);
        foreach (var page in pages)
        {
            var document = site.Page(page);
            var fileName = document.QuerySelector(".article-footer code")!.TextContent;
            var shown = document.QuerySelector(".article-footer code.sha256")!.TextContent;
            var link = document.QuerySelector(".article-footer a.original-file");
            Assert.True(link is not null, $"{page} does not link its original");
            Assert.Equal($"../sources/originals/{fileName}", link.GetAttribute("href"));
            Assert.True(link.HasAttribute("download"));
            Assert.Contains($"sha256sum {fileName}", document.QuerySelector(".article-footer")!.TextContent);
            var published = File.ReadAllBytes(site.PathOf($"sources/originals/{fileName}"));
            var input = File.ReadAllBytes(Path.Combine(Repo.Input, "articles", fileName));
            Assert.Equal(input, published);
            Assert.Equal(shown, Sha256(published));
        }
        // The imported texts only: never their .yml sidecars.
        Assert.Equal(inputs, Directory.GetFiles(site.PathOf("sources/originals")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void AMarkdownArticlePublishesItsMarkdownFileByteForByte()
    {
        using var dossier = new TempDossier();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(
            "---\ntitle: Editors’ note on the talks\noutlet: unknown\npublished: 2025-11-07\n---\nTehrik‑e‑Taliban Pakistan’s *words*,   kept as written.\n")).ToArray();
        File.WriteAllBytes(dossier.PathOf("articles/editors-note.md"), bytes);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(dossier.Output, "sources", "originals", "editors-note.md")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(dossier.Output, "articles", "editors-note.html")));
        Assert.Equal(Sha256(bytes), page.QuerySelector(".article-footer code.sha256")!.TextContent);
        Assert.Equal("../sources/originals/editors-note.md", page.QuerySelector(".article-footer a.original-file")!.GetAttribute("href"));
    }
}

/// <summary>"View in the original" links: URL text fragments into an article's original page, Robust Links to its archived copy (issue 13, item 5).</summary>
public sealed class OriginalLinkTests
{
    private const string First = "001_703b6955b0d8f8ed";
    private const string Second = "002_878235db855296da";
    private const string Archive = "https://web.archive.org/web/20251101120000/https://example.org/news/001";

    /// <summary>A copy of the seeds in which every article has a url (the seeds have none: they name no address), and the first an archived copy.</summary>
    private static TempDossier WithAddresses(bool archiveOnlyForSecond = false)
    {
        var dossier = new TempDossier();
        foreach (var yml in Directory.GetFiles(Path.Combine(dossier.Input, "articles"), "*.yml"))
        {
            var id = Path.GetFileNameWithoutExtension(yml);
            var lines = id switch
            {
                First => $"url: https://example.org/news/{id}?a=1&b=2\narchive_url: {Archive}\narchived: 2025-11-01\n",
                Second when archiveOnlyForSecond => $"archive_url: https://archive.example.net/{id}\n",
                _ => $"url: https://example.org/news/{id}?a=1&b=2\n",
            };
            File.AppendAllText(yml, "\n" + lines);
        }
        return dossier;
    }

    private static string Url(string id) => $"https://example.org/news/{id}?a=1&b=2";

    /// <summary>The words of a text fragment occur in the text in order: prefix right before start, end after it, suffix right after end.</summary>
    private static void AssertFragmentIn(string href, string text)
    {
        var at = href.IndexOf(":~:text=", StringComparison.Ordinal);
        Assert.True(at > 0, href);
        var parts = href[(at + ":~:text=".Length)..].Split(',').ToList();
        Assert.All(parts, p => Assert.DoesNotMatch(@"[\s&#]", p));
        string? prefix = null, suffix = null;
        if (parts[0].EndsWith('-')) (prefix, parts) = (parts[0][..^1], parts[1..]);
        if (parts[^1].StartsWith('-')) (suffix, parts) = (parts[^1][1..], parts[..^1]);
        Assert.InRange(parts.Count, 1, 2);
        Assert.All(parts.Concat([prefix ?? "x", suffix ?? "x"]), p => Assert.DoesNotContain('-', p));
        static string Words(string part) => Regex.Escape(Uri.UnescapeDataString(part)).Replace("\\ ", @"\s+");
        var pattern = (prefix is null ? "" : Words(prefix) + @"\s*") + Words(parts[0]) + (parts.Count > 1 ? @"[\s\S]*?" + Words(parts[1]) : "")
                      + (suffix is null ? "" : @"\s*" + Words(suffix));
        Assert.True(Regex.IsMatch(text, pattern), $"the fragment of {href} is not in the article's text ({pattern})");
    }

    private static IElement OriginalLinkOf(IElement element, string what)
    {
        var link = element.QuerySelector("a.in-original");
        Assert.True(link is not null, $"{what} has no view-in-the-original link: {element.OuterHtml}");
        return link;
    }

    [Fact]
    public void EveryCitedPassageAndNoteOfAnArticleWithAUrlLinksToItsWordsInTheOriginal()
    {
        using var dossier = WithAddresses();
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var site = new Pages(dossier.Output);
        var textOf = new Dictionary<string, (string Id, string Text)>(StringComparer.Ordinal);
        int notes = 0, passages = 0, quotes = 0;
        foreach (var page in site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)))
        {
            var document = site.Page(page);
            var fileName = document.QuerySelector(".article-footer code")!.TextContent;
            var id = Path.GetFileNameWithoutExtension(fileName);
            var text = File.ReadAllText(Path.Combine(dossier.Input, "articles", fileName));
            textOf[page] = (id, text);
            foreach (var note in document.QuerySelectorAll("aside.note"))
            {
                var link = OriginalLinkOf(note, $"a note of {page}");
                Assert.StartsWith(Url(id) + "#:~:text=", link.GetAttribute("href"));
                Assert.Equal("nofollow noopener", link.GetAttribute("rel"));
                AssertFragmentIn(link.GetAttribute("href")!, text);
                notes++;
            }
            // Each cited passage gets one link, where it is first listed.
            foreach (var mark in document.QuerySelectorAll(".cited-by .passages li").GroupBy(li => li.QuerySelector("a")!.GetAttribute("href")))
            {
                var links = mark.Select(li => li.QuerySelector("a.in-original")).OfType<IElement>().ToList();
                Assert.True(links.Count == 1, $"passage {mark.Key} of {page} has {links.Count} view-in-the-original links");
                Assert.Same(links[0], mark.First().QuerySelector("a.in-original"));
                AssertFragmentIn(links[0].GetAttribute("href")!, text);
                passages++;
            }
        }
        foreach (var page in site.Pages.Where(p => !p.StartsWith("articles/", StringComparison.Ordinal)))
            foreach (var quote in site.Page(page).QuerySelectorAll(".quotes li").Where(li => li.QuerySelector("a.quote") is not null))
            {
                var article = quote.QuerySelector(".quote-source a")!.GetAttribute("href")!;
                var (id, text) = textOf[Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(page)!, article)).Replace('\\', '/')];
                var link = OriginalLinkOf(quote, $"a quote on {page}");
                Assert.StartsWith(Url(id) + "#:~:text=", link.GetAttribute("href"));
                AssertFragmentIn(link.GetAttribute("href")!, text);
                quotes++;
            }
        Assert.True(notes > 10 && passages > 10 && quotes > 10, $"{notes} notes, {passages} passages, {quotes} quotes");
    }

    [Fact]
    public void AnArchivedCopyIsShownAndLinkedAsARobustLinkAndIsTheFallbackWithoutAUrl()
    {
        using var dossier = WithAddresses(archiveOnlyForSecond: true);
        var result = dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
        var site = new Pages(dossier.Output);
        var (first, second) = (PageOf(site, First), PageOf(site, Second));

        var facts = first.QuerySelector(".article-header .facts")!;
        var original = facts.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == Url(First));
        Assert.Equal(Archive, original.GetAttribute("data-versionurl"));
        Assert.Equal("2025-11-01", original.GetAttribute("data-versiondate"));
        var archived = facts.QuerySelector("a.archive-link")!;
        Assert.Equal(Archive, archived.GetAttribute("href"));
        Assert.Equal(Url(First), archived.GetAttribute("data-originalurl"));
        Assert.Equal("2025-11-01", archived.GetAttribute("data-versiondate"));
        Assert.Contains("archived 1 November 2025", facts.TextContent);
        var links = first.QuerySelectorAll("a.in-original");
        Assert.NotEmpty(links);
        Assert.All(links, a =>
        {
            Assert.StartsWith(Url(First) + "#:~:text=", a.GetAttribute("href"));
            Assert.Equal(Url(First), a.GetAttribute("data-originalurl"));
            Assert.Equal(Archive, a.GetAttribute("data-versionurl"));
            Assert.Equal("2025-11-01", a.GetAttribute("data-versiondate"));
        });

        // Only an archived copy, without a date: the links go to it, and claim no original address.
        var secondFacts = second.QuerySelector(".article-header .facts")!;
        Assert.DoesNotContain("Original", secondFacts.QuerySelectorAll("dt").Select(dt => dt.TextContent));
        Assert.Equal($"https://archive.example.net/{Second}", secondFacts.QuerySelector("a.archive-link")!.GetAttribute("href"));
        Assert.Null(secondFacts.QuerySelector("a.archive-link")!.GetAttribute("data-versiondate"));
        var fallback = second.QuerySelectorAll("a.in-original");
        Assert.NotEmpty(fallback);
        var text = File.ReadAllText(Path.Combine(dossier.Input, "articles", Second + ".txt"));
        Assert.All(fallback, a =>
        {
            Assert.StartsWith($"https://archive.example.net/{Second}#:~:text=", a.GetAttribute("href"));
            Assert.Equal("view in the archived copy", a.TextContent);
            Assert.False(a.HasAttribute("data-versionurl") || a.HasAttribute("data-originalurl"));
            AssertFragmentIn(a.GetAttribute("href")!, text);
        });
        Assert.Contains(site.Page("claims.html").QuerySelectorAll(".quotes a.in-original"),
            a => a.GetAttribute("href")!.StartsWith($"https://archive.example.net/{Second}#:~:text=", StringComparison.Ordinal));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument PageOf(Pages site, string id) =>
        site.Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).Select(site.Page)
            .Single(d => d.QuerySelector(".article-footer code")!.TextContent == id + ".txt");

    /// <summary>Appends fields to the first seed's sidecar; returns the line the first of them is on.</summary>
    private static int Append(TempDossier d, string fields)
    {
        var file = $"articles/{First}.yml";
        var text = d.Read(file);
        if (!text.EndsWith('\n')) text += "\n";
        d.Write(file, text + fields);
        return text.Count(c => c == '\n') + 1;
    }

    [Theory]
    [InlineData("ftp://archive.example.net/001")]
    [InlineData("javascript:alert(1)")]
    [InlineData("web.archive.org/web/2025/https://example.org/")]
    public void AnArchiveUrlThatIsNotAWebAddressIsALocatedError(string address)
    {
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d => line = Append(d, $"archive_url: {address}\n"));
        Assert.Contains($"input/articles/{First}.yml({line},14): error DOS016: 'archive_url' should be a web address, not '{address}'", result.StdErr);
    }

    [Fact]
    public void ABadArchivedDateIsAnInvalidDate()
    {
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d => line = Append(d, $"archive_url: {Archive}\narchived: 2025-13-01\n"));
        Assert.Contains($"input/articles/{First}.yml({line + 1},11): error DOS008: '2025-13-01' is not a valid date", result.StdErr);
    }

    [Fact]
    public void AnArchivedDateWithoutAnArchiveUrlIsAnError()
    {
        var line = 0;
        var (result, _) = TempDossier.BreakAndBuild(d => line = Append(d, "archived: 2025-11-01\n"));
        Assert.Contains($"input/articles/{First}.yml({line},11): error DOS003: 'archived' gives the date of an archived copy, but the article has no 'archive_url'", result.StdErr);
        Assert.Contains("add 'archive_url:'", result.StdErr);
    }

    private sealed class Pages(string output) : BuiltPages
    {
        public override string Output => output;
    }
}
