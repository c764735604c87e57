using System.Diagnostics;

namespace Dossier.TemplateBench;

/// <summary>Runs the binding checker on the Liquid templates as they are, then on copies with misspelt bindings.</summary>
public static class BindingDemo
{
    public static void Run(string liquidDir)
    {
        var theme = LiquidTheme.Load(liquidDir);
        var roots = new Dictionary<string, Type> { ["layouts/base"] = typeof(LayoutModel), ["pages/article"] = typeof(ArticlePage), ["pages/entity"] = typeof(EntityPage) };
        Console.WriteLine();
        Console.WriteLine("Binding check of the Liquid templates against their model records:");
        var clock = Stopwatch.StartNew();
        var checker = new BindingChecker(LiquidTheme.Parser, theme.Partials);
        var clean = roots.SelectMany(r => checker.Check(r.Key, theme.Sources[r.Key], r.Value)).ToList();
        Console.WriteLine($"  as written: {clean.Count} problem(s) in {clock.Elapsed.TotalMilliseconds:F1} ms (3 templates + the 8 partials they include)");
        foreach (var p in clean) Console.WriteLine("    " + p);

        // The same templates with misspelt bindings: at the root, in a loop variable, in an assigned variable, in partials
        // reached through include arguments, and two members deep.
        string Misspell(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"'{from}' not in template");
        var pages = new Dictionary<string, string>(theme.Sources, StringComparer.Ordinal)
        {
            ["pages/article"] = Misspell(Misspell(Misspell(theme.Sources["pages/article"], "{{ outletHref }}", "{{ outletHerf }}"),
                "block.isParagraph", "block.isParagrph"), "{{ source.sha256 }}", "{{ source.sha265 }}"),
            ["pages/entity"] = Misspell(Misspell(theme.Sources["pages/entity"], "{{ s.text }}", "{{ s.txet }}"), "{% include 'sources-list' %}", "{% include 'source-list' %}"),
        };
        var partials = new Dictionary<string, string>(theme.Partials, StringComparer.Ordinal)
        {
            ["notes"] = Misspell(theme.Partials["notes"], "note.textHtml", "note.textHmtl"),
            ["claim"] = Misspell(theme.Partials["claim"], "quotes: claim.quotes", "quotes: claim.qoutes"),
            ["pagination"] = Misspell(theme.Partials["pagination"], "pagination.label", "pagination.lable"),
            ["picture"] = Misspell(theme.Partials["picture"], "<caption>{{ picture.table.caption }}", "<caption>{{ picture.table.captoin }}"),
            ["quotes"] = Misspell(theme.Partials["quotes"], "{{ q.outlet }}", "{{ q.outlte }}"),
        };
        clock.Restart();
        var misspelt = new BindingChecker(LiquidTheme.Parser, partials);
        var found = roots.SelectMany(r => misspelt.Check(r.Key, pages[r.Key], r.Value)).ToList();
        Console.WriteLine($"  with 10 misspellings planted: {found.Count} problem(s) in {clock.Elapsed.TotalMilliseconds:F1} ms");
        foreach (var p in found.Distinct()) Console.WriteLine("    " + p);

        // What rendering does with {{ outletHerf }}: both engines print nothing by default; Fluid's StrictVariables throws.
        var article = SampleData.Article();
        var strict = new LiquidTheme(new Dictionary<string, string> { ["pages/article"] = pages["pages/article"] }, theme.Partials);
        var silent = strict.Render("pages/article", article);
        Console.WriteLine($"  rendering {{{{ outletHerf }}}} by default: {(silent.Contains("<a href=\"\">Dawn", StringComparison.Ordinal) ? "href=\"\" (silently empty)" : "?")}");
        strict.Options.StrictVariables = true;
        try
        {
            strict.Render("pages/article", article);
            Console.WriteLine("  with TemplateOptions.StrictVariables: rendered without error");
        }
        catch (Exception e)
        {
            Console.WriteLine($"  with TemplateOptions.StrictVariables: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }
}
