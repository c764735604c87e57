using System.Globalization;
using System.Text;

namespace Dossier.Bench;

/// <summary>
/// Writes a valid, deterministic dossier input of N Markdown articles (600–900 words, 1–3 of 20 topics), 20
/// outlets, 200 entities mentioned by name and alias, ~N/5 claims quoting the articles verbatim and ~N/10
/// timeline events. The same N and seed give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    private const int Topics = 20;
    private const int Outlets = 20;
    private const int Entities = 200;

    private static readonly string[] Words = ("the talks in istanbul continued as delegations met again to discuss a monitoring mechanism for the " +
        "ceasefire while officials on both sides weighed evidence of militant sanctuaries along the border and mediators urged patience " +
        "trade routes stayed closed and analysts warned that a prolonged deadlock could bring renewed clashes refugees and economic " +
        "damage to the region where security concerns and sovereignty claims shape every round of diplomacy between the neighbours").Split(' ');

    public static void Write(string input, int articles, int seed)
    {
        var random = new Random(seed);
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "topics"));
        File.WriteAllText(Path.Combine(input, "dossier.yml"),
            $"title: \"Benchmark dossier ({articles} articles)\"\ndescription: \"A generated dossier for measuring Dossier's speed.\"\nlanguage: en\nsite_url: https://example.github.io/bench/\nlicence: \"Generated text.\"\n");
        var outlets = new StringBuilder();
        for (var o = 0; o < Outlets; o++)
            outlets.Append($"- id: outlet-{o}\n  name: Outlet {o}\n  reliability: {"ABCDEF"[o % 6]}\n  note: Generated outlet.\n");
        File.WriteAllText(Path.Combine(input, "outlets.yml"), outlets.ToString());
        for (var t = 0; t < Topics; t++)
            File.WriteAllText(Path.Combine(input, "topics", $"topic-{t}.md"),
                $"---\ntitle: Topic {t}\nsummary: Generated topic number {t}.\nrelated: [topic-{(t + 1) % Topics}]\n---\nTopic {t} gathers generated articles about [[entity-{t}]].\n");
        var entities = new StringBuilder();
        for (var e = 0; e < Entities; e++)
            entities.Append($"- id: entity-{e}\n  name: {Name(e)}\n  kind: {(e % 3) switch { 0 => "person", 1 => "organisation", _ => "place" }}\n  aliases: [\"{Alias(e)}\"]\n  role: Generated entity {e}.\n");
        File.WriteAllText(Path.Combine(input, "entities.yml"), entities.ToString());

        var quotes = new List<(string Article, string Quote)>();
        for (var a = 0; a < articles; a++)
        {
            var id = $"a{a:D6}";
            var (body, quote) = Body(random, a);
            quotes.Add((id, quote));
            var topics = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => $"topic-{random.Next(Topics)}").Distinct();
            var date = new DateTime(2024, 1, 1).AddDays(a % 700).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(input, "articles", id + ".md"),
                $"---\ntitle: \"Generated report {a}: {Name(a % Entities)} and {Name((a * 7) % Entities)}\"\noutlet: outlet-{a % Outlets}\npublished: {date}\n" +
                $"topics: [{string.Join(", ", topics)}]\nsummary: \"Generated article {a}.\"\n---\n{body}");
        }
        var claims = new StringBuilder();
        for (var c = 0; c < articles / 5; c++)
        {
            var first = quotes[(c * 5) % articles];
            var second = quotes[(c * 5 + 3) % articles];
            claims.Append($"- id: claim-{c}\n  claim: Generated claim {c} about [[entity-{c % Entities}]].\n  topics: [topic-{c % Topics}]\n  entities: [entity-{c % Entities}]\n" +
                          $"  credibility: {1 + c % 6}\n  cite:\n    - {{ article: {first.Article}, quote: \"{first.Quote}\" }}\n    - {{ article: {second.Article}, quote: \"{second.Quote}\" }}\n");
        }
        File.WriteAllText(Path.Combine(input, "claims.yml"), claims.ToString());
        var events = new StringBuilder();
        for (var e = 0; e < articles / 10; e++)
        {
            var q = quotes[(e * 10 + 1) % articles];
            var date = new DateTime(2024, 1, 1).AddDays(e % 700).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            events.Append($"- date: {date}\n  title: Generated event {e}\n  text: Event {e} involving [[entity-{e % Entities}]].\n  topics: [topic-{e % Topics}]\n" +
                          $"  entities: [entity-{e % Entities}]\n  cite:\n    - {{ article: {q.Article}, quote: \"{q.Quote}\" }}\n");
        }
        File.WriteAllText(Path.Combine(input, "timeline.yml"), events.ToString());
    }

    /// <summary>600–900 words in paragraphs of about 80, naming entities by name and alias; one sentence carries a unique marker to quote.</summary>
    private static (string Body, string Quote) Body(Random random, int article)
    {
        var target = 600 + random.Next(301);
        var text = new StringBuilder();
        var words = 0;
        var paragraph = 0;
        string quote = "";
        while (words < target)
        {
            var sentences = new List<string>();
            for (var s = 0; s < 5 && words < target; s++)
            {
                var length = 10 + random.Next(8);
                var sentence = new List<string>();
                for (var w = 0; w < length; w++) sentence.Add(Words[random.Next(Words.Length)]);
                if (random.Next(3) == 0) sentence.Insert(random.Next(sentence.Count), Name(random.Next(Entities)));
                if (random.Next(4) == 0) sentence.Insert(random.Next(sentence.Count), Alias(random.Next(Entities)));
                if (paragraph == 1 && s == 0) sentence.Insert(3, $"marker{article}x");
                var written = char.ToUpperInvariant(sentence[0][0]) + string.Join(' ', sentence)[1..] + ".";
                if (paragraph == 1 && s == 0) quote = written[..^1];
                sentences.Add(written);
                words += sentence.Count;
            }
            text.Append(string.Join(' ', sentences)).Append("\n\n");
            paragraph++;
        }
        return (text.ToString(), quote);
    }

    private static readonly string[] Given = ["Amina", "Bilal", "Carmen", "Dawit", "Elif", "Farid", "Gul", "Hamid", "Irina", "Jamal"];
    private static readonly string[] Family = ["Rahimi", "Qureshi", "Aydin", "Sharif", "Durrani", "Kaya", "Baig", "Nazari", "Yusufzai", "Karimi",
        "Haidari", "Mansoor", "Tariq", "Waziri", "Zaman", "Ozturk", "Sadiq", "Noori", "Rehman", "Ghani"];

    public static string Name(int e) => $"{Given[e % Given.Length]} {Family[e / Given.Length % Family.Length]}";
    public static string Alias(int e) => $"{Family[e / Given.Length % Family.Length]}-{e}";
}
