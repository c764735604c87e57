using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>
/// Control characters, noncharacters and invisible characters in every field, written as themselves, as YAML
/// escapes and as Markdown character references; direction controls in names and ids. A title holding U+0007
/// once crashed the feed writer.
/// </summary>
public sealed class HostileCharacterTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    private const string Outlets = "outlets.yml";
    private const string Entities = "entities.yml";
    private const string Claims = "claims.yml";
    private const string Timeline = "timeline.yml";
    private const string Topic = "topics/doha-ceasefire.md";

    public static IEnumerable<object[]> Cases => Rows(
    [
        // Written as themselves: reported at their own line and column.
        Error("BEL in an article title", "DOS037", d => d.Replace(Sidecar, "title: \"Pakistan", "title: \"Pak\u0007istan")),
        Error("ESC in an article summary", "DOS037", d => d.Replace(Sidecar, "summary: \"Pakistan", "summary: \"\u001b[31mPakistan")),
        Error("vertical tab in a date note", "DOS037", d => d.Replace(Sidecar, "date_note: \"Undated", "date_note: \"Un\u000bdated")),
        Error("form feed in a topic title", "DOS037", d => d.Replace(Topic, "title: The Doha", "title: The\u000c Doha")),
        Error("NEL (U+0085) in a topic body", "DOS037", d => d.Replace(Topic, "---\n\n", "---\n\nA line\u0085break. ")),
        Error("DEL in an outlet name", "DOS037", d => d.Replace(Outlets, "name: Dawat", "name: Da\u007fwat")),
        Error("C1 CSI (U+009B) in an outlet note", "DOS037", d => d.Replace(Outlets, "Known to this dossier", "Known\u009b to this dossier")),
        Error("U+FFFE in an entity name", "DOS037", d => d.Replace(Entities, "name: Khawaja", "name: \ufffeKhawaja")),
        Error("U+FFFF in an entity alias", "DOS037", d => d.Replace(Entities, "aliases: [\"Asif\"]", "aliases: [\"Asif\uffff\"]")),
        Error("noncharacter U+1FFFF in a claim", "DOS037", d => d.Replace(Claims, "claim: Pakistan and the Afghan Taliban agreed", "claim: Pakistan \U0001FFFF and the Afghan Taliban agreed")),
        Error("noncharacter U+FDD0 in an event title", "DOS037", d => d.Replace(Timeline, "title: The Taliban return", "title: The \ufdd0Taliban return")),
        // Found by the mutation properties: without site_url (no feed to crash) the character reached the pages.
        Error("U+FFFF in a date note, in a dossier without site_url", "DOS037", d =>
        {
            d.Write("dossier.yml", string.Join('\n', d.Read("dossier.yml").Split('\n').Where(l => !l.StartsWith("site_url:", StringComparison.Ordinal))));
            d.Replace(Sidecar, "date_note: \"Undated", "date_note: \"\uffffUndated");
        }),
        Error("BEL in the dossier title", "DOS037", d => d.Replace("dossier.yml", "title: \"Pakistan", "title: \"\u0007Pakistan")),
        Error("ESC in the dossier description", "DOS037", d => d.Replace("dossier.yml", "description: \"Five", "description: \"Five\u001b")),
        Error("SUB (U+001A) in the licence", "DOS037", d => d.Replace("dossier.yml", "licence: \"Editorial", "licence: \"Edit\u001aorial")),
        Error("BEL in a note's text", "DOS037", d => d.Replace(Sidecar, "text: \"The sentence is garbled", "text: \"The sentence\u0007 is garbled")),
        Error("BEL in a citation's quote", "DOS037", d => d.Replace(Claims, "quote: \"the ceasefire arranged by Qatar", "quote: \"the ceasefire\u0007 arranged by Qatar")),
        Error("backspace in an entity id", "DOS037", d => d.Replace(Entities, "id: zabihullah-mujahid", "id: zabihullah\u0008-mujahid")),
        Error("ESC in a plain-text article", "DOS037", Append(HostileCase.Text, "\nThe end.\u001b[0m\n")),
        Error("BEL in a Markdown article", "DOS037", MarkdownArticle("A bell \u0007 rings.")),
        Error("NUL-free control run in a Markdown article's front matter", "DOS037", d =>
            d.Write("articles/ctrl.md", "---\ntitle: Con\u0001trol\noutlet: unknown\ndate_note: x\n---\nText.\n")),

        // Written as YAML escapes: reported where the value starts.
        Error("\\a escape in an article title", "DOS037", d => d.Replace(Sidecar, "title: \"Pakistan", "title: \"\\aPakistan")),
        Error("\\x1B escape in a summary", "DOS037", d => d.Replace(Sidecar, "summary: \"Pakistan", "summary: \"\\x1BPakistan")),
        Error("\\uFFFE escape in the dossier title", "DOS037", d => d.Replace("dossier.yml", "title: \"Pakistan", "title: \"\\uFFFEPakistan")),
        Error("\\U0010FFFF escape in a date note", "DOS037", d => d.Replace(Sidecar, "date_note: \"Undated", "date_note: \"\\U0010FFFFUndated")),
        Error("\\N (NEL) escape in an outlet note", "DOS037", d => d.Replace(Outlets, "note: \"Known", "note: \"\\NKnown")),
        Error("NUL in a slug", "DOS037", d => d.Replace(Sidecar, "slug: ", "slug: \"a\\0b\"\nold_slug: ")),

        // Written as Markdown character references.
        Error("&#7; in a Markdown article", "DOS037", MarkdownArticle("A bell &#7; rings.")),
        Error("&#xFFFE; in a topic body", "DOS037", d => d.Replace(Topic, "---\n\n", "---\n\nA noncharacter &#xFFFE; here. ")),
        Error("&#x1B; in an entity description", "DOS037", d => d.Replace(Entities, "Pakistan's Defence Minister. He", "Pakistan's Defence Minister&#x1B;. He")),
        Error("&#x202E; in a topic body", "DOS037", d => d.Replace(Topic, "---\n\n", "---\n\nReversed &#x202E;txet. ")),
        Error("&#127; in a note's text", "DOS037", d => d.Replace(Sidecar, "text: \"The sentence is garbled", "text: \"The sentence &#127; is garbled")),

        // Direction controls in names, titles and ids: the words would read differently from the bytes.
        Error("RLO (U+202E) in an entity name", "DOS037", d => d.Replace(Entities, "name: Zabihullah Mujahid", "name: Zabihullah \u202eMujahid")),
        Error("LRE (U+202A) in an outlet name", "DOS037", d => d.Replace(Outlets, "name: Dawat", "name: \u202aDawat")),
        Error("RLI (U+2067) in a topic title", "DOS037", d => d.Replace(Topic, "title: The Doha", "title: The \u2067Doha\u2069")),
        Error("PDF (U+202C) in an article title", "DOS037", d => d.Replace(Sidecar, "title: \"Pakistan", "title: \"Pakistan\u202c")),
        Error("\\u202E escape in a claim id", "DOS037", d => d.Replace(Claims, "id: doha-ceasefire-agreed", "id: \"doha-\\u202Eceasefire-agreed\"")),
        Error("RLO in a cited article id", "DOS037", d => d.Replace(Claims, "{ article: 002_878235db855296da", "{ article: \"002_878235db\u202e855296da\"")),
        Error("RLO in a topic's file name", "DOS005", d => d.Write("topics/evil\u202edm.md", "---\ntitle: Evil\nsummary: x\n---\n")),
        Error("RLO in an article's file name", "DOS005", MarkdownArticle("Text.", id: "report\u202etxt")),

        // Invisible but harmless, and needed for real names: kept.
        Legal("ZWNJ (U+200C) in a Persian entity name", d => d.Replace(Entities, "name: Zabihullah Mujahid", "name: Zabihullah Mujahid (\u0630\u0628\u06cc\u062d\u200c\u0627\u0644\u0644\u0647)")),
        Legal("RLM and LRM marks in an alias", d => d.Replace(Entities, "aliases: [\"Mujahid\"]", "aliases: [\"Mujahid\", \"\u200f\u0645\u062c\u0627\u0647\u062f\u200e\"]")),
        Legal("zero-width space and soft hyphen in a title", d => d.Replace(Sidecar, "title: \"Pakistan Urges", "title: \"Paki\u00adstan\u200b Urges")),
        Legal("word joiner and a mid-text BOM in a summary", d => d.Replace(Sidecar, "summary: \"Pakistan demanded", "summary: \"Pakistan\u2060 demanded\ufeff")),
        Legal("Pashto and Urdu in a topic title", d => d.Replace(Topic, "title: The Doha ceasefire", "title: The Doha ceasefire \u062f \u062f\u0648\u062d\u06d0 \u0627\u0648\u0631\u0628\u0646\u062f / \u062f\u0648\u062d\u06c1 \u062c\u0646\u06af \u0628\u0646\u062f\u06cc")),
        Legal("emoji with joiners in an event title", d => d.Replace(Timeline, "title: The Taliban return", "title: \U0001F3F3\uFE0F\u200D\U0001F308 The Taliban return")),
        Legal("stacked combining marks in a claim", d => d.Replace(Claims, "claim: Pakistan and the Afghan Taliban agreed", "claim: Pa" + new string('\u0301', 60) + "kistan and the Afghan Taliban agreed")),
        Error("a line separator in a summary (YAML would break the line there)", "DOS001", d => d.Replace(Sidecar, "summary: \"Pakistan demanded", "summary: \"Pakistan\u2028demanded")),
        Error("a paragraph separator in front matter", "DOS001", d => d.Replace("topics/doha-ceasefire.md", "title: The Doha", "title: The\u2029Doha")),
        Legal("line and paragraph separators in a plain-text article", Append(HostileCase.Text, "\nOne\u2028line, one\u2029paragraph.\n")),
        Legal("a direction override inside an article's own text (quoted as published)", Append(HostileCase.Text, "\nAn override \u202ehere\u202c in the original.\n")),
        Legal("a tab inside a quoted title", d => d.Replace(Sidecar, "title: \"Pakistan Urges", "title: \"Pakistan\tUrges")),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}
