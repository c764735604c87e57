using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Site;

/// <summary>
/// The build-time pictures of the real dossier: present where promised, named for assistive technology, with a
/// data table, and showing what the input says — checked against the input files and the other pages, not
/// against Dossier's own models.
/// </summary>
public sealed partial class PictureTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    public static readonly TheoryData<string, string> Pictures = new()
    {
        { "timeline.html", "timeline" }, { "index.html", "timeline" }, { "entities/index.html", "graph" },
        { "entities/ttp.html", "graph" }, { "claims.html", "matrix" }, { "sources.html", "heatmap" },
    };

    [Theory]
    [MemberData(nameof(Pictures))]
    public void EachPictureIsTitledDescribedLinkedAndHasItsDataAsATable(string page, string kind)
    {
        var document = site.Page(page);
        var picture = Assert.Single(document.QuerySelectorAll($".picture-{kind}"));
        var svg = picture.QuerySelector("svg")!;
        foreach (var id in svg.GetAttribute("aria-labelledby")!.Split(' ').Concat(svg.GetAttribute("aria-describedby")!.Split(' ')))
            Assert.False(string.IsNullOrWhiteSpace(document.GetElementById(id)?.TextContent), $"{page}: #{id} is empty");
        Assert.Equal("title", svg.FirstElementChild!.LocalName);
        var links = svg.QuerySelectorAll("a").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.False(string.IsNullOrWhiteSpace(a.GetAttribute("aria-label"))));
        Assert.All(links, a => Assert.True(Resolves(page, a.GetAttribute("href")!), $"{page}: {a.GetAttribute("href")} leads nowhere"));
        Assert.NotEmpty(picture.QuerySelector("figcaption")!.TextContent.Trim());
        var table = picture.QuerySelector("details table")!;
        Assert.NotEmpty(table.QuerySelectorAll("tbody tr"));
        Assert.Equal(table.QuerySelectorAll("thead th").Length, table.QuerySelectorAll("tbody tr")[0].Children.Length);
    }

    [Fact]
    public void TheTimelineChartMarksEveryEventOfTimelineYml()
    {
        var events = InputFiles.List("timeline.yml");
        var timeline = site.Page("timeline.html");
        var marked = timeline.QuerySelectorAll(".picture-timeline svg a").Select(a => a.GetAttribute("href")!).ToHashSet();
        var anchors = timeline.QuerySelectorAll("article.event[id]").Select(e => "#" + e.Id).ToList();
        Assert.Equal(events.Count, anchors.Count);
        Assert.Equal(anchors.Order(), marked.Order());
        // Day-dated events are dots, the others bars.
        Assert.Equal(events.Count(e => e.Scalar("date")!.Length == 10),
            timeline.QuerySelectorAll(".picture-timeline svg a circle.mark-day").Select(c => c.ParentElement!.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public void TheGraphJoinsTheEntitiesOfEachClaim()
    {
        var rows = site.Page("entities/index.html").QuerySelectorAll(".picture-graph tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var names = InputFiles.List("entities.yml").ToDictionary(e => e.Scalar("id")!, e => e.Scalar("name")!);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var claim in InputFiles.List("claims.yml"))
        {
            var ids = claim.Items("entities").Cast<YamlScalarNode>().Select(s => s.Value!).Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
                for (var j = i + 1; j < ids.Count; j++)
                    pairs[(names[ids[i]], names[ids[j]])] = pairs.GetValueOrDefault((names[ids[i]], names[ids[j]])) + 1;
        }
        Assert.NotEmpty(pairs);
        foreach (var ((a, b), count) in pairs)
        {
            var row = rows.SingleOrDefault(r => (r[0] == a && r[1] == b) || (r[0] == b && r[1] == a));
            Assert.True(row is not null, $"no connection {a} — {b}");
            Assert.Equal(count.ToString(), row![3]);
        }
    }

    [Fact]
    public void EachMatrixColumnHasAsManyOutletsAsItsClaimsCorroborationBadge()
    {
        var claims = site.Page("claims.html");
        foreach (var column in claims.QuerySelectorAll(".picture-matrix svg a"))
        {
            var anchor = column.GetAttribute("href")!.Split('#')[1];
            var badge = claims.GetElementById(anchor)!.QuerySelectorAll(".badge").Single(b => b.TextContent.StartsWith("Corroboration"));
            var outlets = int.Parse(Regex.Match(badge.TextContent, @"\d+").Value);
            Assert.Equal(outlets, column.QuerySelectorAll("rect.cell-on").Length);
            Assert.Equal(outlets.ToString(), column.QuerySelector("text")!.TextContent);
            // Articles of unknown outlet are drawn apart and not counted.
            var unknown = claims.GetElementById(anchor)!.QuerySelector(".unknown-support") is null ? 0 : 1;
            Assert.Equal(unknown, column.QuerySelectorAll("rect.cell-unknown").Length);
        }
        Assert.Equal(InputFiles.List("claims.yml").Count, claims.QuerySelectorAll(".picture-matrix svg a").Length);
    }

    [Fact]
    public void TheHeatmapOutlinesExactlyTheTopicsEachArticleIsFiledUnder()
    {
        var sources = site.Page("sources.html");
        var topicTitles = sources.QuerySelectorAll(".picture-heatmap thead th").Skip(2).Select(t => t.TextContent).ToList();
        foreach (var row in sources.QuerySelectorAll(".picture-heatmap tbody tr"))
        {
            var href = row.QuerySelector("a")!.GetAttribute("href")!;
            var filed = topicTitles.Where((_, i) => row.Children[i + 2].TextContent.Contains("(filed)")).Order().ToList();
            var chips = sources.QuerySelectorAll("table.sources tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href") == href)
                .QuerySelectorAll(".chips a").Select(a => a.TextContent.Trim()).Order().ToList();
            Assert.Equal(chips, filed);
        }
    }

    [Fact]
    public void TheFrontPageStatesTheStateOfPlay()
    {
        var home = site.Page("index.html");
        var numbers = home.QuerySelectorAll(".key-numbers li").ToDictionary(li => li.QuerySelector(".what")!.TextContent, li => li.QuerySelector(".number")!.TextContent);
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Input, "articles"), "*.txt").Length.ToString(), numbers["articles"]);
        Assert.Equal(InputFiles.List("entities.yml").Count.ToString(), numbers["people, organisations and places"]);
        Assert.Equal(InputFiles.List("claims.yml").Count.ToString(), numbers["claims"]);
        Assert.Equal(site.Page("claims.html").QuerySelectorAll("article.claim[id] .badge.corroborated").Length.ToString(), numbers["claims corroborated by two or more named outlets"]);
        // The seeds carry no publication date, and the page says so rather than invent one.
        Assert.Contains("none of the articles gives a publication date", home.QuerySelector(".last-update")!.TextContent);
        var latest = home.QuerySelectorAll(".latest-events a").Select(a => a.GetAttribute("href")!).ToList();
        var timeline = site.Page("timeline.html").QuerySelectorAll("article.event[id]").Select(e => "timeline.html#" + e.Id).ToList();
        Assert.Equal(timeline.TakeLast(latest.Count).Reverse(), latest);
        Assert.Equal(InputFiles.List("timeline.yml").Count, home.QuerySelectorAll(".picture-timeline table tbody tr").Length);
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Input, "topics"), "*.md").Length, home.QuerySelectorAll(".cards .card").Length);
        Assert.All(home.QuerySelectorAll(".cards .card"), card => Assert.NotEmpty(card.QuerySelector("p")!.TextContent.Trim()));
    }

    private bool Resolves(string page, string href)
    {
        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var full = path.Length == 0 ? site.PathOf(page) : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(site.PathOf(page))!, path));
        if (!File.Exists(full)) return false;
        if (hash < 0) return true;
        var target = site.Page(Path.GetRelativePath(site.Output, full).Replace('\\', '/'));
        return target.GetElementById(href[(hash + 1)..]) is not null;
    }
}
