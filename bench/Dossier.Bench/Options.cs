using System.Globalization;

namespace Dossier.Bench;

/// <summary>The benchmark's command line.</summary>
internal sealed record Options(
    IReadOnlyList<int> Articles, int Runs, int Seed, IReadOnlyList<CorpusShape> Shapes, string? Work, bool Keep,
    string? Corpus, string? Dossier, bool? Atomicity, bool Help)
{
    public const string Usage = """
        Dossier's benchmark.

          dotnet run -c Release --project bench/Dossier.Bench -- [options]
          dotnet run -c Release --project bench/Dossier.Bench -- corpus --articles N [--seed S] [--shape NAME] --output DIR

        Options:
          --articles N[,N...]   corpus sizes to benchmark (default 1000,10000)
          --runs R              cold builds per size, Dossier and Hugo alternating; the median is reported (default 3)
          --seed S              seed of the generated corpus (default 1)
          --shape NAME[,NAME]   corpus shape(s): bench (default) or sparse; each is benchmarked at every size
          --atomicity           also kill a rebuild at 10 points and check what it leaves (on by default when
                                every size is at most 1,000 articles); --no-atomicity turns it off
          --dossier PATH        benchmark another build of the program (such as the Native AOT one)
          --work DIR            where corpora and outputs go (default: a new folder under the temp folder)
          --keep                keep the work folders instead of removing them at the end
          -h, --help            print this
        `corpus` writes a corpus only, into DIR.
        """;

    public static Options Parse(string[] args)
    {
        var articles = new List<int> { 1000, 10000 };
        var runs = 3;
        var seed = 1;
        IReadOnlyList<CorpusShape> shapes = [CorpusShape.Bench];
        string? work = null;
        var keep = false;
        string? corpus = null;
        string? dossier = null;
        bool? atomicity = null;
        var help = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "corpus": corpus = ""; break;
                case "--articles": articles = Value().Split(',').Select(Positive).ToList(); break;
                case "--runs": runs = Positive(Value()); break;
                case "--seed": seed = Number(Value()); break;
                case "--shape": shapes = Value().Split(',').Select(CorpusShape.Named).Distinct().ToList(); break;
                case "--work": work = Value(); break;
                case "--keep": keep = true; break;
                case "--output": corpus = Value(); break;
                case "--dossier": dossier = Value(); break;
                case "--atomicity": atomicity = true; break;
                case "--no-atomicity": atomicity = false; break;
                case "-h" or "--help": help = true; break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        if (corpus == "" && !help) throw new ArgumentException("corpus needs --output DIR");
        return new Options(articles, runs, seed, shapes, work, keep, corpus, dossier, atomicity, help);
    }

    private static int Number(string text) =>
        int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"'{text}' is not a number");

    private static int Positive(string text) => Number(text) is var n and > 0 ? n : throw new ArgumentException($"'{text}' is not a positive number");
}
