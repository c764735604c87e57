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
        var output = new Option<string>("--output") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var theme = CommonOptions.Theme();
        var verbose = CommonOptions.Verbose();
        var command = new Command("build", "Build the site.") { input, output, theme, verbose };
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(output)!,
            CommonOptions.ResolveTheme(parsed.GetValue(input)!, parsed.GetValue(theme)), parsed.GetValue(verbose)));
        return command;
    }

    public static int Run(string input, string output, string theme, bool verbose)
    {
        var watch = Stopwatch.StartNew();
        var problem = OutputFolderProblem(input, output, theme);
        if (problem is not null)
        {
            Console.Error.WriteLine($"dossier: {problem}");
            return CommandLine.UsageError;
        }
        var stamp = BuildStamp.Load(output);
        var sources = BuildStamp.Sources(input, theme, "build", stamp.Inputs);
        if (BuildStamp.IsCurrent(output, stamp, sources.Hash))
        {
            Console.WriteLine($"Nothing changed since the last build: {BuildContext.DisplayPath(Path.GetFullPath(output))} is up to date ({watch.ElapsedMilliseconds} ms).");
            return CommandLine.Success;
        }
        using var staged = new StagedOutput(output, stamp);
        using var progress = ProgressLine.Start(watch, "Rendering");
        var result = DossierBuild.Run(input, theme, staged, progress: progress is null ? null : progress.Report);
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
