using System.CommandLine;
using System.Diagnostics;
using Dossier.Build;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>
/// `dossier build`: validates the content, renders the site into a staging folder beside the output and swaps it
/// in — or, on any error, leaves the output folder untouched.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output") { Description = "Where the site is written (default: output/ beside the input folder).", DefaultValueFactory = _ => ContentLookup.Output() };
        var theme = CommonOptions.Theme();
        var verbose = CommonOptions.Verbose();
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "The site's address for this build only (a staging site), in place of site_url: canonical links, sitemap.xml, feed.xml.",
        };
        var drafts = CommonOptions.Drafts();
        var command = new Command("build", "Build the site.") { input, output, theme, verbose, baseUrl, drafts };
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(output)!,
            CommonOptions.ResolveTheme(parsed.GetValue(input)!, parsed.GetValue(theme)), parsed.GetValue(verbose), parsed.GetValue(baseUrl), parsed.GetValue(drafts)));
        return command;
    }

    public static int Run(string input, string output, string theme, bool verbose, string? baseUrl = null, bool drafts = false)
    {
        var watch = Stopwatch.StartNew();
        if (baseUrl is not null && !Site.SitePipeline.IsSiteAddress(baseUrl))
        {
            Console.Error.WriteLine($"dossier: --base-url should be the site's full address, such as https://owner.github.io/repo-staging/, not '{baseUrl}'.");
            return CommandLine.UsageError;
        }
        baseUrl = Site.SitePipeline.SiteAddress(baseUrl);
        var problem = OutputFolderProblem(input, output, theme);
        if (problem is not null)
        {
            Console.Error.WriteLine($"dossier: {problem}");
            return CommandLine.UsageError;
        }
        var stamp = BuildStamp.Load(output);
        // The address is part of what was built: the same input at another address is another site.
        // So are the drafts: toggling --drafts is never "nothing changed".
        var sources = BuildStamp.Sources(input, theme, (baseUrl is null ? "build" : "build --base-url " + baseUrl) + (drafts ? " --drafts" : ""), stamp.Inputs);
        if (BuildStamp.IsCurrent(output, stamp, sources.Hash))
        {
            Console.WriteLine($"Nothing changed since the last build: {BuildContext.DisplayPath(Path.GetFullPath(output))} is up to date ({watch.ElapsedMilliseconds} ms).");
            return CommandLine.Success;
        }
        using var staged = new StagedOutput(output, stamp);
        using var progress = ProgressLine.Start(watch, "Rendering");
        var result = DossierBuild.Run(input, theme, staged, progress: progress is null ? null : progress.Report, baseUrl: baseUrl, includeDrafts: drafts);
        progress?.Dispose();
        DiagnosticPrinter.Print(result.Diagnostics, "text");
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Count(result.Diagnostics)}. {BuildContext.DisplayPath(Path.GetFullPath(output))} was left as it was.");
            return CommandLine.ContentErrors;
        }
        var summary = staged.Commit(sources);
        Console.WriteLine($"Built {result.FileCount} files into {BuildContext.DisplayPath(Path.GetFullPath(output))} " +
                          $"({summary.Written} written, {summary.Unchanged} unchanged, {summary.Deleted} removed) in {watch.ElapsedMilliseconds} ms.");
        if (verbose)
            foreach (var line in result.Timings.Lines()) Console.WriteLine(line);
        return CommandLine.Success;
    }

    public static string? OutputFolderProblem(string input, string output, string theme)
    {
        var outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        foreach (var (name, path) in new[] { ("input", input), ("theme", theme) })
        {
            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (full == outFull || full.StartsWith(outFull + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || outFull.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"the output folder '{output}' overlaps the {name} folder '{path}'; choose another --output.";
        }
        if (!OutputWriter.MayWriteTo(output))
            return $"'{output}' is not empty and was not written by Dossier (it has no {OutputWriter.Marker}); choose another --output or empty it first.";
        return null;
    }
}
