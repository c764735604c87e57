using System.Diagnostics;
using System.Runtime.CompilerServices;
using Dossier.TemplateBench;

// Renders the article page and the entity page of the theme with Handlebars.Net (as the project does today) and with
// Fluid (the same templates in Liquid, typed records), checks that both give the same HTML, and times them.
//   dotnet run -c Release --project bench/Dossier.TemplateBench -- [--iterations N] [--rounds R] [--engine both|handlebars|fluid]
//                                                                   [--out DIR] [--theme DIR] [--liquid DIR]
var iterations = 200;
var rounds = 7;
var engine = "both";
string? outDir = null, themeDir = null, liquidDir = null;
var warmupMs = 2000;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--iterations": iterations = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--rounds": rounds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--warmup-ms": warmupMs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--engine": engine = args[++i]; break;
        case "--out": outDir = args[++i]; break;
        case "--theme": themeDir = args[++i]; break;
        case "--liquid": liquidDir = args[++i]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}
themeDir ??= Locate("theme", "layouts/base.hbs");
liquidDir ??= Locate("liquid", "layouts/base.liquid");
var runHandlebars = engine is "both" or "handlebars";
var runFluid = engine is "both" or "fluid";

Console.WriteLine($"Runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
    $"{(RuntimeFeature.IsDynamicCodeSupported ? "JIT (dynamic code supported)" : "Native AOT (no dynamic code: Handlebars gets PlainModel dictionaries)")}");
Console.WriteLine($"theme: {themeDir}\nliquid: {liquidDir}");

var article = SampleData.Article();
var entity = SampleData.Entity();
var articleLayout = SampleData.Layout(article.Title, "../", "", previews: 30);
var entityLayout = SampleData.Layout(entity.Name, "../", "", previews: 40);
var articleAnon = Anonymous.Article(article);
var entityAnon = Anonymous.Entity(entity);

var results = new List<(string Engine, string Page, double Us, double Best, double Kb, int Length)>();
var setup = new List<string>();
var outputs = new Dictionary<string, string>();
var clock = Stopwatch.StartNew();

if (runHandlebars)
{
    clock.Restart();
    var hb = new HandlebarsTheme(themeDir);
    setup.Add($"Handlebars.Net: read theme/ {hb.ReadTime.TotalMilliseconds:F1} ms, compile every template (ThemePipeline.Process, {Directory.EnumerateFiles(themeDir, "*.hbs", SearchOption.AllDirectories).Count()} .hbs files) {hb.CompileTime.TotalMilliseconds:F1} ms");
    string Article() => hb.Render("layouts/base", Anonymous.Layout(articleLayout with { Content = hb.Render("pages/article", articleAnon) }));
    string Entity() => hb.Render("layouts/base", Anonymous.Layout(entityLayout with { Content = hb.Render("pages/entity", entityAnon) }));
    clock.Restart();
    outputs["handlebars/article"] = Article();
    var firstArticle = clock.Elapsed;
    clock.Restart();
    outputs["handlebars/entity"] = Entity();
    setup.Add($"Handlebars.Net: first render: article {firstArticle.TotalMilliseconds:F1} ms, entity {clock.Elapsed.TotalMilliseconds:F1} ms");
    var model = RuntimeFeature.IsDynamicCodeSupported ? "anonymous objects" : "PlainModel";
    results.Add(Measure($"Handlebars.Net ({model})", "article", Article));
    results.Add(Measure($"Handlebars.Net ({model})", "entity", Entity));
    if (!RuntimeFeature.IsDynamicCodeSupported)
    {
        results.Add(Measure("  of which PlainModel.From", "article", () => { PlainModel.From(articleAnon); return ""; }));
        results.Add(Measure("  of which PlainModel.From", "entity", () => { PlainModel.From(entityAnon); return ""; }));
    }
}

if (runFluid)
{
    clock.Restart();
    var fluid = LiquidTheme.Load(liquidDir);
    setup.Add($"Fluid: read and parse layout + 2 pages (partials are parsed at their first include) {clock.Elapsed.TotalMilliseconds:F1} ms");
    string Article() => fluid.Render("layouts/base", articleLayout with { Content = fluid.Render("pages/article", article) });
    string Entity() => fluid.Render("layouts/base", entityLayout with { Content = fluid.Render("pages/entity", entity) });
    clock.Restart();
    outputs["fluid/article"] = Article();
    var firstArticle = clock.Elapsed;
    clock.Restart();
    outputs["fluid/entity"] = Entity();
    setup.Add($"Fluid: first render (incl. parsing the partials it includes): article {firstArticle.TotalMilliseconds:F1} ms, entity {clock.Elapsed.TotalMilliseconds:F1} ms");
    var lookups = MemoryFileProvider.Lookups;
    Article();
    setup.Add($"Fluid: partial file lookups per article render after the first: {MemoryFileProvider.Lookups - lookups}");
    results.Add(Measure("Fluid (typed records)", "article", Article));
    results.Add(Measure("Fluid (typed records)", "entity", Entity));

    var fast = LiquidTheme.Load(liquidDir, delegates: true);
    string FastArticle() => fast.Render("layouts/base", articleLayout with { Content = fast.Render("pages/article", article) });
    string FastEntity() => fast.Render("layouts/base", entityLayout with { Content = fast.Render("pages/entity", entity) });
    outputs["fluid-delegates/article"] = FastArticle();
    outputs["fluid-delegates/entity"] = FastEntity();
    results.Add(Measure("Fluid (records, delegate accessors)", "article", FastArticle));
    results.Add(Measure("Fluid (records, delegate accessors)", "entity", FastEntity));
}

if (outDir is not null)
{
    foreach (var (name, html) in outputs)
    {
        var path = Path.Combine(outDir, name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html);
    }
}

Console.WriteLine();
foreach (var line in setup) Console.WriteLine(line);
Console.WriteLine();
Console.WriteLine($"Per render (layout + page), median of {rounds} rounds of {iterations} after a warm-up of {warmupMs} ms:");
Console.WriteLine();
Console.WriteLine("| engine | page | µs / render (median) | µs (best round) | KB allocated / render | HTML chars |");
Console.WriteLine("|---|---|---:|---:|---:|---:|");
foreach (var r in results)
    Console.WriteLine($"| {r.Engine} | {r.Page} | {r.Us:F1} | {r.Best:F1} | {r.Kb:F1} | {r.Length} |");

if (runHandlebars && runFluid)
{
    Console.WriteLine();
    foreach (var page in new[] { "article", "entity" })
    {
        var (hb, fl) = (outputs["handlebars/" + page], outputs["fluid/" + page]);
        Console.WriteLine($"{page}: {HtmlCompare.Describe(hb, fl)}");
        Console.WriteLine($"{page}, Fluid with delegate accessors vs Register<T>(): {HtmlCompare.Describe(fl, outputs["fluid-delegates/" + page])}");
    }
}
return 0;

(string, string, double, double, double, int) Measure(string name, string page, Func<string> render)
{
    // Warm-up: long enough for tiered compilation to finish promoting the hot methods (at least `iterations` renders and 2 s).
    var length = 0;
    var warm = Stopwatch.StartNew();
    for (var i = 0; i < iterations || warm.ElapsedMilliseconds < warmupMs; i++) length = render().Length;
    var times = new double[rounds];
    long bytes = 0;
    var watch = new Stopwatch();
    for (var r = 0; r < rounds; r++)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        watch.Restart();
        for (var i = 0; i < iterations; i++) length = render().Length;
        watch.Stop();
        bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        times[r] = watch.Elapsed.TotalMicroseconds / iterations;
    }
    Array.Sort(times);
    return (name, page, times[rounds / 2], times[0], bytes / 1024.0 / rounds / iterations, length);
}

static string Locate(string folder, string marker)
{
    foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, folder), Path.Combine(dir.FullName, "bench", "Dossier.TemplateBench", folder) })
                if (File.Exists(Path.Combine(candidate, marker))) return candidate;
        }
    }
    throw new DirectoryNotFoundException($"cannot find {folder}/{marker}; pass --{folder} DIR");
}
