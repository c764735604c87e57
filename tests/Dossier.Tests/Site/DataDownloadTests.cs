using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Tests.Support;
using Json.Schema;

namespace Dossier.Tests.Site;

/// <summary>The data downloads (issue 13, item 3) and the CSL-JSON records (item 8), on the real input's output.</summary>
public sealed class DataDownloadTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private static readonly string[] JsonFiles = ["articles", "entities", "claims", "timeline", "timeline-js"];

    private JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllBytes(site.PathOf(path)));

    private JsonElement[] Records(string file, string list) => [.. Json($"data/{file}.json").RootElement.GetProperty(list).EnumerateArray()];

    /// <summary>All pages of a list: the first and its continuation pages (NAME.page-2.html …).</summary>
    private IEnumerable<AngleSharp.Html.Dom.IHtmlDocument> ListPages(string first) =>
        site.Pages.Where(p => p == first || Regex.IsMatch(p, "^" + Regex.Escape(first[..^".html".Length]) + @"\.page-\d+\.html$")).Select(site.Page);

    // Each schema is read once: JsonSchema.Net keeps every schema it builds in a registry by address, and refuses a second one.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    private static EvaluationResults Validate(string schemaPath, JsonElement instance)
    {
        var schema = Schemas.GetOrAdd(schemaPath, path => new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(path), baseUri: new Uri("https://dossier.invalid/" + Guid.NewGuid().ToString("N") + "/" + Path.GetFileName(path))))).Value;
        return schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Problems(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    [Theory]
    [InlineData("articles")]
    [InlineData("entities")]
    [InlineData("claims")]
    [InlineData("timeline")]
    [InlineData("timeline-js")]
    public void EachJsonFileValidatesAgainstTheSchemaItNames(string name)
    {
        using var document = Json($"data/{name}.json");
        var schemaRef = document.RootElement.GetProperty("$schema").GetString()!;
        Assert.Equal($"schema/{name}.schema.json", schemaRef);
        var results = Validate(site.PathOf("data/" + schemaRef), document.RootElement);
        Assert.True(results.IsValid, Problems(results));
    }

    [Fact]
    public void EveryCslFileValidatesAgainstTheCslSchema()
    {
        var schema = site.PathOf("data/schema/csl.schema.json");
        var files = new[] { site.PathOf("data/articles.csl.json") };
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var results = Validate(schema, document.RootElement);
            Assert.True(results.IsValid, file + "\n" + Problems(results));
        }
    }

    [Fact]
    public void TheSchemasRejectWhatTheyShould()
    {
        // An article without its fingerprint, and a claim with a corroboration that is not a number.
        var articles = File.ReadAllText(site.PathOf("data/articles.json"));
        var broken = Regex.Replace(articles, ",\\s*\"sha256\": \"[0-9a-f]+\"", "", RegexOptions.None, TimeSpan.FromSeconds(5));
        Assert.NotEqual(articles, broken);
        using (var document = JsonDocument.Parse(broken))
            Assert.False(Validate(site.PathOf("data/schema/articles.schema.json"), document.RootElement).IsValid);
        var claims = Regex.Replace(File.ReadAllText(site.PathOf("data/claims.json")), "\"corroboration\": \\d+", "\"corroboration\": \"two\"", RegexOptions.None, TimeSpan.FromSeconds(5));
        using (var document = JsonDocument.Parse(claims))
            Assert.False(Validate(site.PathOf("data/schema/claims.schema.json"), document.RootElement).IsValid);
    }

    [Fact]
    public void CountsEqualTheSite()
    {
        var articlePages = site.Pages.Count(p => p.StartsWith("articles/", StringComparison.Ordinal));
        Assert.Equal(articlePages, Records("articles", "articles").Length);
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Input, "articles"), "*.*").Select(Path.GetFileNameWithoutExtension).Distinct().Count(),
            Records("articles", "articles").Length);

        var claimAnchors = ListPages("claims.html").SelectMany(d => d.QuerySelectorAll("article.claim[id^=claim-]")).Select(e => e.Id).ToList();
        Assert.Equal(InputFiles.List("claims.yml").Count, claimAnchors.Count);
        Assert.Equal(claimAnchors.Order(), Records("claims", "claims").Select(c => "claim-" + c.GetProperty("id").GetString()).Order());

        var entityPages = site.Pages.Where(p => Regex.IsMatch(p, @"^entities/[^.]+\.html$") && p != "entities/index.html").ToList();
        Assert.Equal(InputFiles.List("entities.yml").Count, entityPages.Count);
        Assert.Equal(entityPages, Records("entities", "entities").Select(e => e.GetProperty("page").GetString()).Order(StringComparer.Ordinal));

        var events = ListPages("timeline.html").SelectMany(d => d.QuerySelectorAll("article.event[id]")).Select(e => e.Id).ToList();
        Assert.Equal(InputFiles.List("timeline.yml").Count, events.Count);
        Assert.Equal(events, Records("timeline", "events").Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(events, Records("timeline-js", "events").Select(e => e.GetProperty("unique_id").GetString()));
    }

    [Fact]
    public void CorroborationIsWhatTheClaimsPageShows()
    {
        var shown = ListPages("claims.html").SelectMany(d => d.QuerySelectorAll("article.claim[id^=claim-]")).ToDictionary(e => e.Id!);
        var outlets = InputFiles.List("outlets.yml").Select(o => o.Scalar("id")!).ToHashSet();
        var articleOutlets = InputFiles.ArticleOutlets();
        foreach (var claim in Records("claims", "claims"))
        {
            var id = claim.GetProperty("id").GetString()!;
            var element = shown["claim-" + id];
            var badge = element.QuerySelectorAll(".claim-facts .badge").Single(b => b.TextContent.StartsWith("Corroboration:", StringComparison.Ordinal));
            var corroboration = claim.GetProperty("corroboration").GetInt32();
            Assert.Equal(int.Parse(Regex.Match(badge.TextContent, @"\d+").Value), corroboration);
            var unknown = claim.GetProperty("unknown_support").GetInt32();
            var label = element.QuerySelector(".unknown-support")?.TextContent;
            Assert.Equal(unknown, label is null ? 0 : int.Parse(Regex.Match(label, @"\d+").Value));
            // The honest rule, from the input alone: named outlets count once each, articles of unknown outlet apart.
            var cited = claim.GetProperty("cite").EnumerateArray().Select(c => c.GetProperty("article").GetString()!).Distinct().ToList();
            Assert.Equal(cited.Select(a => articleOutlets[a]).Where(outlets.Contains).Distinct().Count(), corroboration);
            Assert.Equal(cited.Count(a => !outlets.Contains(articleOutlets[a])), unknown);
            Assert.Equal(element.ClassList.Contains("claim-disputed"), claim.GetProperty("disputed").GetBoolean());
        }
    }

    [Fact]
    public void CitationsPointAtTheQuotedPassages()
    {
        foreach (var (file, list) in new[] { ("claims", "claims"), ("timeline", "events") })
            foreach (var record in Records(file, list))
                foreach (var cite in record.GetProperty("cite").EnumerateArray())
                {
                    var page = cite.GetProperty("page").GetString()!.Split('#');
                    var document = site.Page(page[0]);
                    if (cite.GetProperty("quote").ValueKind == JsonValueKind.Null) continue;
                    var mark = document.GetElementById(cite.GetProperty("mark").GetString()!);
                    Assert.NotNull(mark);
                    Assert.Equal(page[1], mark.Id);
                    Assert.Equal(cite.GetProperty("paragraph").GetString(), mark.Closest("[id^=p]")?.Id);
                }
    }

    [Fact]
    public void CsvFilesParseWithTheSameCounts()
    {
        var claims = ReadCsv("data/claims.csv");
        var entities = ReadCsv("data/entities.csv");
        var citations = ReadCsv("data/citations.csv");
        Assert.Equal(Records("claims", "claims").Length, claims.Count - 1);
        Assert.Equal(Records("entities", "entities").Length, entities.Count - 1);
        foreach (var table in new[] { claims, entities, citations }) Assert.All(table, row => Assert.Equal(table[0].Count, row.Count));
        Assert.Equal(["id", "claim", "credibility"], claims[0].Take(3));
        Assert.Equal(Records("claims", "claims").Select(c => c.GetProperty("corroboration").GetInt32().ToString()),
            claims.Skip(1).Select(r => r[claims[0].IndexOf("corroboration")]));
        // The seeds cite only in cite lists, so the rows of claims and events are those of claims.json and timeline.json.
        var kind = citations[0].IndexOf("citer_kind");
        Assert.Equal(Records("claims", "claims").Sum(c => c.GetProperty("cite").GetArrayLength()), citations.Count(r => r[kind] == "claim"));
        Assert.Equal(Records("timeline", "events").Sum(c => c.GetProperty("cite").GetArrayLength()), citations.Count(r => r[kind] == "event"));
        Assert.Contains(citations, r => r[kind] == "entity");
        var page = citations[0].IndexOf("page");
        foreach (var row in citations.Skip(1))
        {
            var target = row[page].Split('#');
            Assert.True(File.Exists(site.PathOf(target[0])), row[page]);
            if (target.Length > 1) Assert.NotNull(site.Page(target[0]).GetElementById(target[1]));
        }
        Assert.EndsWith("\r\n", File.ReadAllText(site.PathOf("data/claims.csv")));
    }

    [Fact]
    public void DataPageLinksEveryFileAndNamesTheLicence()
    {
        var page = site.Page("data.html");
        var linked = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!).ToHashSet();
        var files = Directory.GetFiles(site.PathOf("data"), "*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetFiles(site.PathOf("data/schema")))
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).ToList();
        Assert.Equal(15, files.Count); // 5 JSON, 3 CSV, articles.csl.json and 6 schemas
        foreach (var file in files) Assert.Contains(file, linked);
        var licence = InputFiles.Mapping("dossier.yml").Scalar("licence")!;
        Assert.Contains(licence, page.QuerySelector(".data-licence")!.TextContent);
        // Every field of articles.json is described on the page.
        var fields = page.QuerySelectorAll("#file-articles-json ~ .table-wrap th[scope=row] code").Select(c => c.TextContent).ToList();
        Assert.Equal(Records("articles", "articles")[0].EnumerateObject().Select(p => p.Name), fields);
    }

    [Fact]
    public void TheSitemapListsTheDataPageButNoDataFile()
    {
        var sitemap = File.ReadAllText(site.PathOf("sitemap.xml"));
        Assert.Contains("/data.html</loc>", sitemap);
        Assert.DoesNotContain("/data/", sitemap);
    }

    [Fact]
    public void Sha256IsTheInputFilesFingerprint()
    {
        foreach (var article in Records("articles", "articles"))
        {
            var bytes = File.ReadAllBytes(Path.Combine(Repo.Input, "articles", article.GetProperty("source_file").GetString()!));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), article.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public void ArticlesSayOnlyWhatTheInputSays()
    {
        var outlets = InputFiles.ArticleOutlets();
        foreach (var article in Records("articles", "articles"))
        {
            var id = article.GetProperty("id").GetString()!;
            var sidecar = InputFiles.Mapping($"articles/{id}.yml");
            Assert.Equal(sidecar.Scalar("published"), article.GetProperty("published").GetString());
            Assert.Equal(sidecar.Scalar("url"), article.GetProperty("url").GetString());
            Assert.Equal(sidecar.Scalar("date_note"), article.GetProperty("date_note").GetString());
            var outlet = article.GetProperty("outlet");
            Assert.Equal(outlets[id] == "unknown", outlet.ValueKind == JsonValueKind.Null);
            if (outlet.ValueKind != JsonValueKind.Null) Assert.Equal(outlets[id], outlet.GetProperty("id").GetString());
        }
    }

    [Fact]
    public void CslRecordsNameOnlyWhatIsKnown()
    {
        var articles = Records("articles", "articles");
        using var all = Json("data/articles.csl.json");
        Assert.Equal(articles.Select(a => a.GetProperty("id").GetString()), all.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Contains(articles, a => a.GetProperty("outlet").ValueKind != JsonValueKind.Null);
        Assert.Contains(articles, a => a.GetProperty("outlet").ValueKind == JsonValueKind.Null);
        var items = all.RootElement.EnumerateArray().ToList();
        foreach (var article in articles)
        {
            var item = Assert.Single(items, i => i.GetProperty("id").GetString() == article.GetProperty("id").GetString());
            Assert.Equal(article.GetProperty("id").GetString(), item.GetProperty("id").GetString());
            Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
            Assert.Equal(article.GetProperty("title").GetString(), item.GetProperty("title").GetString());
            var outlet = article.GetProperty("outlet");
            var known = outlet.ValueKind != JsonValueKind.Null;
            Assert.Equal(known, item.TryGetProperty("container-title", out var container));
            Assert.Equal(known, item.TryGetProperty("publisher", out _));
            if (known) Assert.Equal(outlet.GetProperty("name").GetString(), container.GetString());
            var published = article.GetProperty("published").GetString();
            Assert.Equal(published is not null, item.TryGetProperty("issued", out var issued));
            if (published is not null)
                Assert.Equal(published.Split('-').Select(int.Parse), issued.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
            Assert.Equal(article.GetProperty("url").GetString() is not null, item.TryGetProperty("URL", out _));
        }
    }

    [Fact]
    public void TimelineDatesGiveOnlyTheKnownParts()
    {
        var events = InputFiles.List("timeline.yml").Select(e => e.Scalar("date")!).ToHashSet();
        foreach (var e in Records("timeline-js", "events"))
        {
            var start = e.GetProperty("start_date");
            var parts = new[] { "year", "month", "day" }.TakeWhile(p => start.TryGetProperty(p, out _)).Select(p => start.GetProperty(p).GetInt32()).ToList();
            Assert.Equal(parts.Count, new[] { "year", "month", "day" }.Count(p => start.TryGetProperty(p, out _)));
            var iso = string.Join("-", parts.Select((p, i) => i == 0 ? p.ToString("D4") : p.ToString("D2")));
            Assert.Contains(iso, events);
        }
        Assert.Contains(Records("timeline", "events"), e => e.GetProperty("month").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void JsonFilesAreIndentedWithLfAndEndInANewline()
    {
        foreach (var path in JsonFiles.Select(n => $"data/{n}.json").Append("data/schema/articles.schema.json"))
        {
            var text = File.ReadAllText(site.PathOf(path), Encoding.UTF8);
            Assert.DoesNotContain("\r", text);
            Assert.EndsWith("}\n", text);
            Assert.StartsWith("{\n  \"$schema\": ", text);
        }
    }

    [Fact]
    public void WithoutSiteUrlOrLicenceTheFilesSaySoAndStillValidate()
    {
        using var dossier = new TempDossier();
        var settings = dossier.Read("dossier.yml").Split('\n').Where(l => !l.StartsWith("site_url:") && !l.StartsWith("licence:"));
        dossier.Write("dossier.yml", string.Join("\n", settings));
        Assert.Equal(0, dossier.Build().ExitCode);
        string Out(string path) => Path.Combine(dossier.Output, path);
        using var articles = JsonDocument.Parse(File.ReadAllBytes(Out("data/articles.json")));
        Assert.Equal(JsonValueKind.Null, articles.RootElement.GetProperty("site_url").ValueKind);
        Assert.Equal(JsonValueKind.Null, articles.RootElement.GetProperty("licence").ValueKind);
        Assert.All(articles.RootElement.GetProperty("articles").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("page_url").ValueKind));
        foreach (var name in JsonFiles)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Out($"data/{name}.json")));
            var results = Validate(Out($"data/schema/{name}.schema.json"), document.RootElement);
            Assert.True(results.IsValid, name + "\n" + Problems(results));
        }
        Assert.DoesNotContain("href=", File.ReadAllText(Out("data/timeline-js.json")));
        using var csl = JsonDocument.Parse(File.ReadAllBytes(Out("data/articles.csl.json")));
        Assert.All(csl.RootElement.EnumerateArray(), i => Assert.StartsWith("articles/", i.GetProperty("archive_location").GetString()));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Out("data.html")));
        Assert.Contains("name no licence", page.QuerySelector(".data-licence")!.TextContent);
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    private List<List<string>> ReadCsv(string path)
    {
        var text = File.ReadAllText(site.PathOf(path), Encoding.UTF8);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, $"{path}: unterminated quoted field");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
                continue;
            }
            if (text[i] == ',') { row.Add(field.ToString()); field.Clear(); i++; continue; }
            if (text[i] == '\r')
            {
                Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"{path}: a bare CR outside quotes");
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
                continue;
            }
            Assert.NotEqual('\n', text[i]);
            field.Append(text[i++]);
        }
        Assert.True(row.Count == 0 && field.Length == 0, $"{path}: the last record does not end with CRLF");
        return rows;
    }
}
