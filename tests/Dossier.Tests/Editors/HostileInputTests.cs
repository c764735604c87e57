using System.Text;
using Dossier.Tests.Support;
using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>The real site built once, copied as the "previous output" each hostile case must leave untouched.</summary>
public sealed class GoodOutput : IDisposable
{
    private readonly TempDossier _dossier = new();
    public string Output => _dossier.Output;

    public GoodOutput()
    {
        var result = _dossier.Build();
        Assert.True(result.ExitCode == 0, result.All);
    }

    public void Dispose() => _dossier.Dispose();
}

/// <summary>
/// The hostile-input suite: malformed YAML, bad ids, path tricks, odd encodings, huge and binary files, scripts
/// in Markdown. Each case gives its documented DOSnnn error with exit code 1 and an earlier output left
/// byte-identical — or, where the input is legal, a build whose output carries nothing unsafe. Never a stack trace.
/// </summary>
public abstract class HostileInputTests(GoodOutput good)
{
    /// <summary>The element and attribute name injection payloads use (see <see cref="HostileInjectionTests"/>).</summary>
    public const string Injected = "pwned";

    protected void Check(HostileCase c)
    {
        using var dossier = new TempDossier();
        TempDossier.CopyDirectory(good.Output, dossier.Output);
        var before = TempDossier.Snapshot(dossier.Output);
        c.Apply(dossier);
        var result = dossier.Build();
        Assert.DoesNotContain("   at ", result.All);
        Assert.DoesNotContain("Exception", result.All);
        Assert.DoesNotContain("internal error", result.All);
        if (c.Expect is null)
        {
            Assert.True(result.ExitCode == 0, $"{c.Name}: {result.All}");
            var site = new BuiltFolder(dossier.Output);
            foreach (var page in site.Pages)
            {
                var html = File.ReadAllText(site.PathOf(page));
                Assert.DoesNotContain("<script>", html);
                Assert.DoesNotContain("<iframe", html);
                Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotMatch("<[a-z]+[^>]* on[a-z]+=", html);
                // A payload that broke out of its text or attribute would have made an element or attribute of its own.
                Assert.Empty(site.Page(page).QuerySelectorAll($"[{Injected}], {Injected}"));
            }
            foreach (var xml in Directory.EnumerateFiles(dossier.Output, "*.xml", SearchOption.AllDirectories))
                Assert.DoesNotContain(System.Xml.Linq.XDocument.Load(xml).Descendants(), e => e.Name.LocalName == Injected || e.Attribute(Injected) is not null);
            foreach (var json in Directory.EnumerateFiles(dossier.Output, "*.json", SearchOption.AllDirectories))
                using (System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(json))) { }
            return;
        }
        Assert.True(result.ExitCode == 1, $"{c.Name}: exit {result.ExitCode}: {result.All}");
        Assert.Matches($@"input/[^(\n]*\(\d+,\d+\): error {c.Expect}: |input/[^:\n]*: error {c.Expect}: ", result.StdErr);
        Assert.Contains("hint: ", result.StdErr);
        var after = TempDossier.Snapshot(dossier.Output);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{c.Name}: {path} changed");
    }

    public static IEnumerable<object[]> Rows(IEnumerable<HostileCase> cases) => cases.Select(c => new object[] { c });
}

public sealed class HostileYamlTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("tab indentation", "DOS001", d => d.Replace(Sidecar, "\ntopics:", "\n\ttopics:")),
        Error("unclosed quote", "DOS001", d => d.Replace(Sidecar, "title: \"", "title: \"\"\"")),
        Error("unclosed flow list", "DOS001", d => d.Replace(Sidecar, "topics: [", "topics: [[")),
        Error("title is a list", "DOS004", d => d.Replace(Sidecar, "title: ", "title:\n  - a\n  - b\nx_title: ")),
        Error("topics is a mapping", "DOS004", d => d.Replace("articles/004_5e676c2a02e16e5b.yml", "topics: [", "topics: {a: b}\nold_topics: [")),
        Error("field given twice", "DOS023", Append(Sidecar, "\noutlet: unknown\n")),
        Error("field given twice in dossier.yml", "DOS023", Append("dossier.yml", "\ntitle: Again\n")),
        Error("YAML alias bomb", "DOS024", Append("claims.yml", "\n- id: bomb\n  claim: &a [lol, lol, lol]\n  credibility: 6\n  topics: [*a, *a, *a, *a]\n  cite: []\n")),
        Error("lists nested 200 deep", "DOS001", Append("entities.yml", "\n- id: deep\n  name: Deep\n  kind: place\n  aliases: " + new string('[', 200) + new string(']', 200) + "\n")),
        Error("a Python object tag", "DOS036", d => d.Replace(Sidecar, "title: ", "title: !!python/object/apply:os.system [\"echo hi\"]\nx_title: ")),
        Error("a custom tag on a list", "DOS036", d => d.Replace(Sidecar, "topics: [", "topics: !custom [")),
        Error("a value that starts with !", "DOS036", Append("dossier.yml", "\ndescription: !important\n")),
        Error("two YAML documents", "DOS001", Append("outlets.yml", "\n---\n- id: second\n")),
        Error("outlets.yml is not a list", "DOS004", d => d.Write("outlets.yml", "id: dawat-media-center\nname: Dawat\n")),
        Error("a claim that is not a mapping", "DOS004", Append("claims.yml", "\n- just a sentence\n")),
        Error("unknown field", "DOS002", d => d.Replace(Sidecar, "summary:", "sumary:")),
        Error("missing title", "DOS003", d => d.Write(Sidecar, string.Join('\n', d.Read(Sidecar).Split('\n').Where(l => !l.StartsWith("title:", StringComparison.Ordinal))))),
        Error("empty sidecar", "DOS004", d => d.Write(Sidecar, "")),
        Error("empty dossier.yml", "DOS004", d => d.Write("dossier.yml", "")),
        Error("impossible date", "DOS008", d => d.Replace(Sidecar, "date_note:", "published: 2025-02-30\ndate_note:")),
        Error("empty published and no date note", "DOS020", d => d.Write(Sidecar, string.Join('\n', d.Read(Sidecar).Split('\n').Select(l => l.StartsWith("date_note:", StringComparison.Ordinal) ? "published:" : l)))),
        Error("neither date nor date note", "DOS020", d => d.Write(Sidecar, string.Join('\n', d.Read(Sidecar).Split('\n').Where(l => !l.StartsWith("date_note:", StringComparison.Ordinal))))),
        Error("raw_html: yes", "DOS016", Append("dossier.yml", "\nraw_html: yes\n")),
        Error("page_size: 0", "DOS016", Append("dossier.yml", "\npage_size: 0\n")),
        Error("note kind unknown", "DOS016", d => d.Replace("articles/003_16e74611026babbf.yml", "kind: correction", "kind: corection")),
        Error("credibility 7", "DOS016", d => d.Replace("claims.yml", "credibility: 2", "credibility: 7")),
        Error("reliability Z", "DOS016", d => d.Replace("outlets.yml", "reliability: F", "reliability: Z")),
        Error("outlet address is a script", "DOS016", d => d.Replace("outlets.yml", "reliability: F", "reliability: F\n  url: javascript:alert(1)")),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}

public sealed class HostileIdTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("unknown outlet", "DOS011", d => d.Replace(Sidecar, "outlet: unknown", "outlet: reuters")),
        Error("unknown topic", "DOS012", d => d.Replace(Sidecar, "topics: [", "topics: [no-such-topic, ")),
        Error("unknown entity in a claim", "DOS026", d => d.Replace("claims.yml", "entities: [", "entities: [nobody, ")),
        Error("unknown disputing claim", "DOS027", d => d.Replace("claims.yml", "disputed_by: [", "disputed_by: [no-such-claim, ")),
        Error("unknown article in a citation", "DOS021", d => d.Replace("claims.yml", "article: 003_16e74611026babbf", "article: 003_16e74611026babbx")),
        Error("citation of ../ path", "DOS021", d => d.Replace("claims.yml", "article: 003_16e74611026babbf", "article: ../003_16e74611026babbf")),
        Error("duplicate outlet id", "DOS006", Append("outlets.yml", "\n- id: dawat-media-center\n  name: Again\n  reliability: F\n  note: Twice.\n")),
        Error("duplicate entity id", "DOS006", Append("entities.yml", "\n- id: pakistan\n  name: Pakistan again\n  kind: place\n")),
        Error("duplicate claim id", "DOS006", Append("claims.yml",
            "\n- id: doha-ceasefire-agreed\n  claim: Again.\n  credibility: 6\n  cite:\n    - { article: 003_16e74611026babbf, quote: \"A ceasefire agreement reached in Doha on 19 October\" }\n")),
        Error("duplicate slug", "DOS007", d => d.Write("articles/copy.md", "---\ntitle: Copy\noutlet: unknown\ndate_note: Test.\nslug: istanbul-talks-deadlocked-on-third-day\n---\nText.\n")),
        Error("article as .md and .txt", "DOS006", d => d.Write("articles/001_703b6955b0d8f8ed.md", "---\ntitle: Twin\noutlet: unknown\ndate_note: Test.\n---\nText.\n")),
        Error("capitals and spaces in a topic file name", "DOS005", d => d.Write("topics/Bad Topic.md", "---\ntitle: Bad\nsummary: Bad.\n---\n")),
        Error("slug climbing out with ../", "DOS005", d => d.Replace(Sidecar, "slug: ", "slug: ../../etc/passwd\nold_slug: ")),
        Error("absolute slug", "DOS005", d => d.Replace(Sidecar, "slug: ", "slug: /etc/passwd\nold_slug: ")),
        Error("a topic related to itself", "DOS016", d => d.Replace("topics/mediation.md", "related: [", "related: [mediation, ")),
        Error("[[unknown]] link", "DOS028", d => d.Replace("topics/mediation.md", "Two countries", "[[no-such-thing]] Two countries")),
        Error("quote that occurs twice", "DOS015", Append("articles/003_16e74611026babbf.yml", "\n  - quote: \"Pakistan\"\n    kind: context\n    text: Ambiguous.\n")),
        Error("misquote", "DOS014", d => d.Replace("claims.yml", "quote: \"A ceasefire agreement reached in Doha on 19 October\"", "quote: \"A ceasefire deal reached at Doha on 19 October\"")),
        Error("quote inside an omitted passage", "DOS014", Append("claims.yml", "\n- id: omitted\n  claim: Donations.\n  credibility: 6\n  cite:\n    - { article: 004_5e676c2a02e16e5b, quote: \"powers our journalism\" }\n")),
        Error("omitted passage not found", "DOS013", d => d.Replace("articles/004_5e676c2a02e16e5b.yml", "to: \"Vipps: #557320\"", "to: \"Vipps: #000000\"")),
        Error("sidecar without article", "DOS009", d => d.Write("articles/009_orphan.yml", "title: Orphan\noutlet: unknown\ndate_note: None.\n")),
        Error("article without sidecar", "DOS009", d => d.Write("articles/009_orphan.txt", "Text.\n")),
        Error("malformed citation", "DOS031", d => d.Replace("topics/mediation.md", "Two countries", "[@004_5e676c2a02e16e5b \"unclosed] Two countries")),
        Error("a claim that cites nothing", "DOS003", Append("claims.yml", "\n- id: uncited\n  claim: Nothing backs this.\n  credibility: 6\n  cite: []\n")),
        Error("'index' as a topic id", "DOS005", d => d.Write("topics/index.md", "---\ntitle: Index\nsummary: x\n---\n")),
        Legal("circular related topics", d =>
        {
            d.Replace("topics/mediation.md", "related: [", "related: [istanbul-talks, ");
            d.Replace("topics/istanbul-talks.md", "related: [", "related: [mediation, ");
        }),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}

public sealed class HostileFileTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<System.Net.Sockets.Socket> OpenSockets = [];

    /// <summary>A named pipe: opened to be read, it would wait for a writer for ever.</summary>
    private static void MakeFifo(string path) =>
        Assert.Equal(0, DossierCli.Exec("mkfifo", Path.GetDirectoryName(path)!, TimeSpan.FromSeconds(10), path).ExitCode);

    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("Latin-1 bytes", "DOS018", Bytes(Sidecar, Encoding.Latin1.GetBytes("title: Caf\u00e9 cr\u00e8me\noutlet: unknown\ndate_note: x\n"))),
        Error("UTF-16 file", "DOS018", Bytes(Sidecar, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("title: x\n")).ToArray())),
        Legal("UTF-8 byte-order mark", d => Bytes(Sidecar, Encoding.UTF8.GetPreamble().Concat(Utf8(d.Read(Sidecar))).ToArray())(d)),
        Legal("CRLF line ends", d => d.Write("topics/mediation.md", d.Read("topics/mediation.md").Replace("\n", "\r\n"))),
        Legal("lone CR line ends", d => d.Write("articles/cr.md", "---\rtitle: CR\routlet: unknown\rdate_note: x\r---\rOne.\r\rTwo.\r".Replace("\r", "\n"))),
        Legal("lone CR in plain text", d => { d.Write("articles/cr.txt", "First line.\rSecond line.\r"); d.Write("articles/cr.yml", "title: CR\noutlet: unknown\ndate_note: x\n"); }),
        Error("empty Markdown article", "DOS010", d => d.Write("articles/empty.md", "")),
        Error("front matter never closed", "DOS010", d => d.Write("articles/open.md", "---\ntitle: Open\noutlet: unknown\n")),
        Error("topic without front matter", "DOS010", d => d.Write("topics/plain.md", "Just text.\n")),
        Error("a 50 MB article", "DOS018", d =>
        {
            using var f = File.Create(d.PathOf("articles/huge.txt"));
            var line = Utf8(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++) f.Write(line);
            d.Write("articles/huge.yml", "title: Huge\noutlet: unknown\ndate_note: x\n");
        }),
        Error("a binary file named .md", "DOS018", Bytes("articles/picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])),
        Error("a symlink pointing outside input/", "DOS018", d => File.CreateSymbolicLink(d.PathOf("articles/passwd.md"), "/etc/passwd")),
        Error("a named pipe in place of an article", "DOS022", d => MakeFifo(d.PathOf("articles/pipe.md"))),
        Error("a named pipe in place of outlets.yml", "DOS022", d => { File.Delete(d.PathOf("outlets.yml")); MakeFifo(d.PathOf("outlets.yml")); }),
        Error("a named pipe among the media", "DOS022", d => { Directory.CreateDirectory(d.PathOf("media")); MakeFifo(d.PathOf("media/map.png")); }),
        Error("a socket among the topics", "DOS022", d =>
        {
            // Kept open for the build: closing the socket would remove its file.
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
            socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(d.PathOf("topics/socket.md")));
            OpenSockets.Add(socket);
        }),
        Error("a Word file among the articles", "DOS022", Bytes("articles/draft.docx", [0x50, 0x4B, 3, 4])),
        Error("a folder among the articles", "DOS022", d => Directory.CreateDirectory(d.PathOf("articles/more"))),
        Legal("a 10,000-character line", d => { d.Write("articles/long.txt", new string('a', 5000) + " " + new string('b', 4999) + "\n"); d.Write("articles/long.yml", "title: Long\noutlet: unknown\ndate_note: x\n"); }),
        Error("emphasis nested 200 deep (parsed, but too deep to render)", "DOS030", MarkdownArticle(string.Concat(Enumerable.Repeat("*a ", 200)) + string.Concat(Enumerable.Repeat("a* ", 200)))),
        Error("lists nested 100 deep", "DOS030", MarkdownArticle(string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i * 2) + "- level " + i + "\n")))),
        Legal("raw <script> in Markdown", MarkdownArticle("Before <script>alert('x')</script> after.\n\n<script>\nalert(1)\n</script>")),
        Legal("raw <iframe> in Markdown", MarkdownArticle("<iframe src=\"https://evil.example\"></iframe>")),
        Legal("on* attribute in raw HTML", MarkdownArticle("<img src=x onerror=alert(1)> and <a href=\"#\" onclick=\"alert(1)\">x</a>")),
        Error("javascript: link", "DOS029", MarkdownArticle("[click](javascript:alert(1))")),
        Error("mixed-case JaVaScRiPt: link", "DOS029", MarkdownArticle("[click](JaVaScRiPt:alert(1))")),
        Legal("javascript: link with a tab inside (not a link: shown as text)", MarkdownArticle("[click](java\tscript:alert(1))")),
        Error("data: link", "DOS029", MarkdownArticle("[click](data:text/html,<script>alert(1)</script>)")),
        Error("picture from another host", "DOS029", MarkdownArticle("![pic](https://evil.example/pic.png)")),
        Error("javascript: autolink", "DOS029", MarkdownArticle("<javascript:alert(1)>")),
        Error("javascript: link in a note", "DOS029", Append("articles/003_16e74611026babbf.yml", "\n  - quote: \"Strategic Implications\"\n    kind: context\n    text: \"[x](javascript:alert(1))\"\n")),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}
