using Dossier.Bench;

// Dossier's benchmark; `--help` prints its options (Options.cs). Corpus sizes and shapes are measured one after
// another, the targets of each shape are judged, and a rebuild is killed part-way to see what it leaves.
Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"bench: {e.Message}\n\n{Options.Usage}");
    return 2;
}
if (options.Help)
{
    Console.WriteLine(Options.Usage);
    return 0;
}

if (options.Corpus is { } corpusOutput)
{
    var shape = options.Shapes[0];
    CorpusGenerator.Write(corpusOutput, options.Articles[0], options.Seed, shape);
    Console.WriteLine($"Wrote a corpus of {options.Articles[0]} articles, shape {shape.Name}, to {corpusOutput}.");
    return 0;
}

var dossier = DossierCommand.For(options.Dossier, Path.Combine(FindRepo(), "theme"));
var hugo = Which("hugo");
Console.WriteLine($"Program: {dossier.Label}");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB; .NET {Environment.Version}; " +
                  $"{(hugo is null ? "hugo not installed (apt-get install hugo to compare)" : "hugo " + Measured.Run(hugo, ["version"]).Output.Split(' ')[1])}");
foreach (var shape in options.Shapes)
    Console.WriteLine($"Shape {shape.Name}: {shape.Description}");
Console.WriteLine($"Sizes: {string.Join(", ", options.Articles.Select(Format.Count))} articles; {options.Runs} cold build(s) each; seed {options.Seed}");

using var workspace = Workspace.Create(options.Work, options.Keep);
foreach (var shape in options.Shapes)
{
    var results = options.Articles.Select(n => SizeBenchmark.Run(dossier, hugo, workspace, shape, n, options.Runs, options.Seed)).ToList();
    Targets.Print(shape, results, hugo is not null);
}
SeedSearch(dossier, workspace);
if (options.Atomicity ?? options.Articles.Max() <= 1000)
    Atomicity.Run(dossier, workspace, options.Shapes[0], options.Seed);
return 0;

// The seed dossier's search page, judged on its own target: first results ≤ 100 ms.
static void SeedSearch(DossierCommand dossier, Workspace workspace)
{
    Console.WriteLine("\n== the seed dossier's search ==");
    var output = Path.Combine(workspace.Folder("seeds"), "output");
    var input = Path.Combine(FindRepo(), "input");
    var built = dossier.Build(input, output, verbose: true);
    if (built.ExitCode != 0)
    {
        Console.WriteLine("the seed dossier did not build: " + built.Output.Split('\n')[0]);
        return;
    }
    var figures = SearchBenchmark.Measure(input, output, built, SearchBenchmark.SeedQueries);
    if (figures.Times is { } t)
        Console.WriteLine($"  {(t.Failed.Count == 0 && t.FirstResults <= 100 ? "met" : "NOT MET"),-13} search: first results ≤ 100 ms after the page has loaded, the seed dossier   " +
                          $"at most {t.FirstResults:F0} ms after DOMContentLoaded ({t.FirstFromStart:F0} ms from the start)");
}

static string? Which(string name) =>
    (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("run the benchmark from the Dossier repository");
}
