using System.Globalization;
using System.Text;

namespace Dossier.Bench;

/// <summary>
/// Writes a valid, deterministic dossier input of N Markdown articles in a <see cref="CorpusShape"/>: articles
/// tagged with topics, 20 outlets, entities mentioned by name and alias, claims quoting two articles verbatim and
/// timeline events quoting one. The same N, shape and seed give the same bytes. Articles, claims and events are
/// written as they are made, so memory stays flat at 100,000 articles.
/// </summary>
public static class CorpusGenerator
{
    private const int Outlets = 20;
    // A claim quotes the first article of its group and the one this far into it.
    private const int SecondQuote = 3;

    private static readonly string[] Words = ("the talks in istanbul continued as delegations met again to discuss a monitoring mechanism for the " +
        "ceasefire while officials on both sides weighed evidence of militant sanctuaries along the border and mediators urged patience " +
        "trade routes stayed closed and analysts warned that a prolonged deadlock could bring renewed clashes refugees and economic " +
        "damage to the region where security concerns and sovereignty claims shape every round of diplomacy between the neighbours").Split(' ');

    public static void Write(string input, int articles, int seed) => Write(input, articles, seed, CorpusShape.Bench);

    public static void Write(string input, int articles, int seed, CorpusShape shape)
    {
        if (shape.ArticlesPerClaim <= SecondQuote || shape.ArticlesPerEvent < 2) throw new ArgumentException("a shape needs groups of at least 4 articles per claim and 2 per event");
        var random = new Random(seed);
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        Directory.CreateDirectory(Path.Combine(input, "articles"));
        Directory.CreateDirectory(Path.Combine(input, "topics"));
        var title = shape == CorpusShape.Bench ? $"Benchmark dossier ({articles} articles)" : $"Benchmark dossier ({articles} articles, {shape.Name})";
        File.WriteAllText(Path.Combine(input, "dossier.yml"),
            $"title: \"{title}\"\ndescription: \"A generated dossier for measuring Dossier's speed.\"\nlanguage: en\nsite_url: https://example.github.io/bench/\nlicence: \"Generated text.\"\n");
        var outlets = new StringBuilder();
        for (var o = 0; o < Outlets; o++)
            outlets.Append($"- id: outlet-{o}\n  name: Outlet {o}\n  reliability: {"ABCDEF"[o % 6]}\n  note: Generated outlet.\n");
        File.WriteAllText(Path.Combine(input, "outlets.yml"), outlets.ToString());
        for (var t = 0; t < shape.Topics; t++)
            File.WriteAllText(Path.Combine(input, "topics", $"topic-{t}.md"),
                $"---\ntitle: Topic {t}\nsummary: Generated topic number {t}.\nrelated: [topic-{(t + 1) % shape.Topics}]\n---\nTopic {t} gathers generated articles about [[entity-{t % shape.Entities}]].\n");
        var entities = new StringBuilder();
        for (var e = 0; e < shape.Entities; e++)
            entities.Append($"- id: entity-{e}\n  name: {Name(e)}\n  kind: {(e % 3) switch { 0 => "person", 1 => "organisation", _ => "place" }}\n  aliases: [\"{Alias(e)}\"]\n  role: Generated entity {e}.\n");
        File.WriteAllText(Path.Combine(input, "entities.yml"), entities.ToString());

        using var claims = new StreamWriter(Path.Combine(input, "claims.yml"));
        using var events = new StreamWriter(Path.Combine(input, "timeline.yml"));
        var claimCount = articles / shape.ArticlesPerClaim;
        var eventCount = articles / shape.ArticlesPerEvent;
        var firstQuote = "";
        for (var a = 0; a < articles; a++)
        {
            var id = ArticleId(a);
            var (body, quote) = Body(random, a, shape);
            var topics = Enumerable.Range(0, 1 + random.Next(shape.MaxTopicsPerArticle)).Select(_ => $"topic-{random.Next(shape.Topics)}").Distinct();
            var date = Day(a);
            File.WriteAllText(Path.Combine(input, "articles", id + ".md"),
                $"---\ntitle: \"Generated report {a}: {Name(a % shape.Entities)} and {Name((a * 7) % shape.Entities)}\"\noutlet: outlet-{a % Outlets}\npublished: {date}\n" +
                $"topics: [{string.Join(", ", topics)}]\nsummary: \"Generated article {a}.\"\n---\n{body}");

            var (c, inClaim) = Math.DivRem(a, shape.ArticlesPerClaim);
            if (inClaim == 0) firstQuote = quote;
            if (inClaim == SecondQuote && c < claimCount)
                claims.Write($"- id: claim-{c}\n  claim: Generated claim {c} about [[entity-{c % shape.Entities}]].\n  topics: [topic-{c % shape.Topics}]\n  entities: [entity-{c % shape.Entities}]\n" +
                             $"  credibility: {1 + c % 6}\n  cite:\n    - {{ article: {ArticleId(a - SecondQuote)}, quote: \"{firstQuote}\" }}\n    - {{ article: {id}, quote: \"{quote}\" }}\n");
            var (e, inEvent) = Math.DivRem(a, shape.ArticlesPerEvent);
            if (inEvent == 1 && e < eventCount)
                events.Write($"- date: {Day(e)}\n  title: Generated event {e}\n  text: Event {e} involving [[entity-{e % shape.Entities}]].\n  topics: [topic-{e % shape.Topics}]\n" +
                             $"  entities: [entity-{e % shape.Entities}]\n  cite:\n    - {{ article: {id}, quote: \"{quote}\" }}\n");
        }
    }

    private static string ArticleId(int a) => $"a{a:D6}";

    private static string Day(int n) => new DateTime(2024, 1, 1).AddDays(n % 700).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Paragraphs of about 80 words, naming entities by name and alias; one sentence carries a unique marker to quote.</summary>
    private static (string Body, string Quote) Body(Random random, int article, CorpusShape shape)
    {
        var isLong = shape.LongEvery > 0 && random.Next(shape.LongEvery) == 0;
        var target = isLong ? shape.LongMinWords + random.Next(shape.LongMaxWords - shape.LongMinWords + 1) : shape.MinWords + random.Next(shape.MaxWords - shape.MinWords + 1);
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
                if (random.Next(shape.NameOneIn) == 0) sentence.Insert(random.Next(sentence.Count), Name(random.Next(shape.Entities)));
                if (random.Next(shape.AliasOneIn) == 0) sentence.Insert(random.Next(sentence.Count), Alias(random.Next(shape.Entities)));
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

    /// <summary>Unique for up to 5,200 entities: past the 200 given-and-family pairs, a middle initial tells them apart.</summary>
    public static string Name(int e)
    {
        var pairs = Given.Length * Family.Length;
        var middle = e < pairs ? " " : $" {(char)('A' + e / pairs % 26)}. ";
        return $"{Given[e % Given.Length]}{middle}{Family[e / Given.Length % Family.Length]}";
    }

    public static string Alias(int e) => $"{Family[e / Given.Length % Family.Length]}-{e}";
}
