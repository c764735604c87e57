using System.Net;
using System.Text;
using Dossier.Pictures;

namespace Dossier.TemplateBench;

/// <summary>
/// Deterministic, realistic page models: a 700-word article (10 paragraphs, 30 entity links, citation and note marks,
/// notes, topics, "cited by") and an entity's first page (50 articles × 3 sentences, claims, events, graph), with the
/// characters that matter to escaping (&amp; &lt; " ' = + and typographic quotes and dashes) in escaped fields.
/// </summary>
public static class SampleData
{
    private static readonly string[] Words =
        ("the talks in istanbul between pakistan and the afghan taliban ended without agreement on cross-border militancy "
         + "delegations met for a third day while mediators from qatar and türkiye pressed both sides to extend the ceasefire "
         + "officials said the ttp remained the central issue and that kabul’s assurances were not enough for islamabad").Split(' ');

    private static readonly (string Id, string Name, string Role)[] Entities =
    [
        ("khawaja-asif", "Khawaja Asif", "Pakistan’s defence minister"), ("zabihullah-mujahid", "Zabihullah Mujahid", "Taliban spokesman"),
        ("ttp", "Tehrik-e-Taliban Pakistan", "Militant group"), ("qatar", "Qatar", "Mediator"), ("turkiye", "Türkiye", "Host & mediator"),
        ("islamabad", "Islamabad", "Capital of Pakistan"), ("kabul", "Kabul", "Capital of Afghanistan"), ("doha", "Doha", "Venue of the first round"),
        ("ishaq-dar", "Ishaq Dar", "Foreign minister"), ("amir-khan-muttaqi", "Amir Khan Muttaqi", "Taliban foreign minister"),
    ];

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(Words[random.Next(Words.Length)]);
        }
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.Append('.').ToString();
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static string EntityLink(int i) =>
        $"<a class=\"entity-link\" href=\"../entities/{Entities[i % Entities.Length].Id}.html\" title=\"{Enc(Entities[i % Entities.Length].Name + " — " + Entities[i % Entities.Length].Role)}\">{Enc(Entities[i % Entities.Length].Name)}</a>";

    /// <summary>A paragraph of about 70 words with three entity links and, optionally, a citation mark and a note mark.</summary>
    private static string ParagraphHtml(Random random, int paragraph, bool cited, string? noteId)
    {
        var sb = new StringBuilder();
        for (var part = 0; part < 3; part++)
        {
            sb.Append(Sentence(random, 8)).Append(' ').Append(EntityLink(paragraph * 3 + part)).Append(' ').Append(Sentence(random, 12)).Append(' ');
        }
        if (cited)
            sb.Append($"<mark class=\"cite-mark\" id=\"c-p{paragraph}\" data-mark=\"c-p{paragraph}\">{Sentence(random, 9)}</mark> ");
        if (noteId is not null)
            sb.Append($"<mark class=\"note-mark note-context\" id=\"{noteId}-text\" data-mark=\"{noteId}\">{Sentence(random, 6)}</mark> ");
        sb.Append(Sentence(random, 4));
        return sb.ToString();
    }

    public static LayoutModel Layout(string title, string root, string content, int previews)
    {
        var nav = new[] { "Home", "Topics", "Entities", "Timeline", "Claims", "Sources" };
        var cards = new StringBuilder("<template id=\"link-previews\">");
        for (var i = 0; i < previews; i++)
            cards.Append($"<div class=\"preview-card\" data-href=\"{root}entities/{Entities[i % Entities.Length].Id}.html\"><p class=\"preview-kind\">person</p><p class=\"preview-title\">{Enc(Entities[i % Entities.Length].Name)}</p><p class=\"preview-text\">{Enc(Entities[i % Entities.Length].Role)} — named in 42 articles of the dossier.</p></div>");
        cards.Append("</template>");
        return new LayoutModel(
            Lang: "en",
            Title: title + " — Istanbul talks dossier",
            SiteTitle: "Istanbul talks dossier",
            Description: "Pakistan & the Afghan Taliban: the 2025 talks, cited \"verbatim\" <with sources>.",
            Csp: "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'self'",
            Canonical: "https://example.org/dossier/" + (root == "../" ? "articles/x.html" : "x.html"),
            Stylesheet: root + "assets/site.css", InlineStyle: null, SiteScript: root + "assets/site.js",
            FeedHref: root + "feed.xml", Root: root, HomeHref: root + "index.html", SearchHref: root + "search.html",
            Nav: nav.Select(n => new NavItem(n, root + n.ToLowerInvariant() + ".html", n == "Entities")).ToList(),
            Licence: "CC BY 4.0 — Dossier’s editors", SourcesHref: root + "sources.html", Content: content, Previews: cards.ToString());
    }

    public static ArticlePage Article()
    {
        var random = new Random(42);
        var body = new List<BodyGroup>();
        var notes = new Dictionary<int, NoteView>
        {
            [2] = new("n1", "n1-text", "context", "further talks between Pakistan & India", "The Doha talks were between <em>Pakistan</em> and Afghanistan <a class=\"cite\" href=\"004-dawn.html#c-p3\" title=\"Dawn\">[1]</a>."),
            [6] = new("n2", "n2-text", "correction", "a \"final\" round", "The round was the third, not the last."),
            [9] = new("n3", "n3-text", "dispute", "Kabul’s assurances = enough", "Islamabad disputes this <a class=\"cite\" href=\"007-geo.html\" title=\"Geo\">[2]</a>."),
        };
        body.Add(new BodyGroup(false, false, null, new BlockView("p1", "Talks resume in Istanbul", true, 2, false, false, false, null, [])));
        for (var p = 2; p <= 11; p++)
        {
            var note = notes.GetValueOrDefault(p);
            var html = ParagraphHtml(random, p, cited: p % 3 == 0, note?.Id);
            body.Add(new BodyGroup(false, false, null, new BlockView($"p{p}", html, false, 0, true, false, false, null, note is null ? [] : [note])));
            if (p == 7)
            {
                var items = Enumerable.Range(0, 3).Select(i => new BlockView($"p{p}-{i + 1}", Sentence(random, 10), false, 0, false, false, false, null,
                    i == 1 ? [new NoteView("n4", "n4-text", "context", "a list item’s words", "Context for the item + more.")] : [])).ToList();
                body.Add(new BodyGroup(true, false, items, null));
            }
        }
        body.Add(new BodyGroup(false, false, null, new BlockView("p12", null, false, 0, false, false, true, "Publisher’s donation appeal <& links>", [])));
        return new ArticlePage(
            Id: "003-istanbul-talks",
            Title: "Istanbul talks focus on ending \"cross-border\" terrorism & militancy",
            Kicker: "",
            Outlet: "Dawn <Karachi>", OutletHref: "../sources.html#outlet-dawn", OutletGrade: "B", OutletGradeLabel: "Usually reliable",
            Date: "5 November 2025", DateIso: "2025-11-05", DateNote: null,
            Summary: "Pakistan’s delegation pressed for written guarantees; the Taliban said the TTP is Pakistan’s internal matter.",
            Url: "https://example.org/news/2025/11/05/istanbul-talks?ref=rss&src=a+b", Retrieved: "20 November 2025",
            Topics: [new("Cross-border militancy", "../topics/cross-border-militancy.html"), new("Doha ceasefire", "../topics/doha-ceasefire.html"), new("Istanbul talks", "../topics/istanbul-talks.html")],
            Body: body,
            References: [new(1, "004-dawn.html#c-p3", "Dawn’s report of 4 November", "the talks will continue"), new(2, "007-geo.html", "Geo & Express", null)],
            CitedBy:
            [
                new("claim", "The ceasefire was extended", "../claims/ceasefire-extended.html", [new("#c-p3", "both sides agreed to extend", "p3"), new("#c-p6", "mediators pressed", "p6")]),
                new("claim", "Talks ended without agreement", "../claims/no-agreement.html", [new("#c-p9", "ended without agreement", "p9")]),
                new("event", "Third day of the Istanbul talks", "../timeline.html#e-2025-11-05", [new("#c-p3", "a third day", "p3")]),
                new("topic", "Istanbul talks", "../topics/istanbul-talks.html", []),
                new("entity", "Khawaja Asif", "../entities/khawaja-asif.html", [new("#c-p6", "the defence minister said", null)]),
            ],
            Words: 712,
            Source: new("003-istanbul-talks.txt", "9f2c4e1b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6", "plain text, imported as received"),
            Previous: new("Doha ceasefire holds <for now>", "002-doha.html"), Next: new("Talks collapse & delegations leave", "004-collapse.html"));
    }

    private static List<QuoteView> Quotes(Random random, int n) =>
        Enumerable.Range(0, n).Select(i => new QuoteView(i == 1 ? null : Sentence(random, 7), $"../articles/00{i + 1}-a.html#c-p{i + 2}",
            "Talks in Istanbul & \"beyond\"", $"../articles/00{i + 1}-a.html", i == 0 ? "Dawn" : "Geo <TV>", i == 1 ? null : $"p{i + 2}", i == 1 ? null : $"../articles/00{i + 1}-a.html#p{i + 2}")).ToList();

    public static EntityPage Entity()
    {
        var random = new Random(7);
        var mentioned = Enumerable.Range(1, 50).Select(a => new MentionArticle(
            $"Article {a}: talks & \"guarantees\" in Istanbul", $"../articles/{a:000}-talks.html", "3 mentions",
            Enumerable.Range(0, 3).Select(s => new MentionSentence(Sentence(random, 22), $"../articles/{a:000}-talks.html#p{s * 3 + 2}", $"p{s * 3 + 2}")).ToList())).ToList();
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 600 400\" role=\"img\" aria-labelledby=\"entity-graph-title entity-graph-desc\"><title id=\"entity-graph-title\">Who is named with Khawaja Asif</title><desc id=\"entity-graph-desc\">A graph.</desc>");
        for (var i = 0; i < 12; i++)
            svg.Append($"<a href=\"../entities/{Entities[i % Entities.Length].Id}.html\"><line x1=\"300\" y1=\"200\" x2=\"{100 + i * 37}\" y2=\"{50 + i * 23}\" stroke-width=\"{1 + i % 4}\"/><circle cx=\"{100 + i * 37}\" cy=\"{50 + i * 23}\" r=\"9\"/><text x=\"{100 + i * 37}\" y=\"{70 + i * 23}\">{Enc(Entities[i % Entities.Length].Name)}</text></a>");
        svg.Append("</svg>");
        var graph = new Picture("graph", svg.ToString(), "The entities most often named with Khawaja Asif (12 shown).",
            new DataTable("Named together with Khawaja Asif", ["Entity", "Times named together"],
                Enumerable.Range(0, 12).Select(i => (IReadOnlyList<TableCell>)[new TableCell(Entities[i % Entities.Length].Name, $"../entities/{Entities[i % Entities.Length].Id}.html", true), new TableCell($"{40 - i} times")]).ToList()));
        var claims = Enumerable.Range(1, 4).Select(c => new ClaimView(null, $"claim-{c}", $"../claims/claim-{c}.html",
            $"Pakistan’s minister said <em>talks</em> would continue <a class=\"cite\" href=\"../articles/001-a.html#c-p{c}\" title=\"Dawn\">[{c}]</a>.",
            c, c switch { 1 => "Confirmed by other sources", 2 => "Probably true", 3 => "Possibly true", _ => "Doubtful" }, 3 - c % 3, $"{3 - c % 3} outlets",
            3 - c % 3 >= 2, "Dawn, Geo <TV>, The Express & Tribune", c == 2,
            c == 2 ? [new("Kabul denied the talks continue", "../claims/claim-9.html"), new("The TTP is \"internal\"", "../claims/claim-10.html")] : [],
            Quotes(random, 2), [new("Istanbul talks", "../topics/istanbul-talks.html")], [new("Khawaja Asif", "../entities/khawaja-asif.html")])).ToList();
        var events = Enumerable.Range(1, 4).Select(e => new EventView(null, $"../timeline.html#e-2025-11-0{e}", $"Day {e} of the talks <Istanbul>",
            $"{e} November 2025", $"2025-11-0{e}", e == 3 ? null : $"<p>{Sentence(random, 30)} <a class=\"cite\" href=\"../articles/00{e}-a.html\" title=\"Dawn\">[1]</a></p>",
            e == 3 ? [] : [new(1, $"../articles/00{e}-a.html", "Dawn’s report", "Dawn", e == 1 ? "the talks resumed" : null)],
            Quotes(random, 1), [new("Istanbul talks", "../topics/istanbul-talks.html")],
            Entities.Take(3).Select(x => new TitleLink(x.Name, $"../entities/{x.Id}.html")).ToList())).ToList();
        return new EntityPage(
            First: true, Name: "Khawaja Asif", Kind: "person", Role: "Pakistan’s defence minister & PML-N politician",
            Aliases: "Khawaja Muhammad Asif, K. Asif, \"Asif\"",
            DescriptionHtml: $"<p>{Sentence(random, 40)} <a class=\"cite\" href=\"../articles/001-a.html#c-p2\" title=\"Dawn\">[1]</a></p><p>{Sentence(random, 30)} <a class=\"cite\" href=\"../articles/002-b.html\" title=\"Geo\">[2]</a></p>",
            Sources: [new(1, "../articles/001-a.html#c-p2", "Talks resume", "Dawn", "the minister said"), new(2, "../articles/002-b.html", "Geo & Express", "Geo <TV>", null)],
            MentionedIn: mentioned,
            Pagination: new PaginationView("Page 1 of 6", null, null, "khawaja-asif.page-2.html", "khawaja-asif.page-6.html",
                [new(false, 1, "khawaja-asif.html", true), new(false, 2, "khawaja-asif.page-2.html", false), new(false, 3, "khawaja-asif.page-3.html", false),
                 new(true, 0, null, false), new(false, 6, "khawaja-asif.page-6.html", false)]),
            Claims: claims, Events: events, Graph: graph,
            Companions: Enumerable.Range(0, 10).Select(i => new Companion(Entities[i].Name, $"{Entities[i].Id}.html", $"{30 - i} times")).ToList(),
            EntitiesHref: "index.html");
    }
}
