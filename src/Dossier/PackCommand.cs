using System.CommandLine;
using Dossier.Build;
using Dossier.Output;
using Dossier.Pipeline;

namespace Dossier.Cli;

/// <summary>
/// `dossier pack`: builds the site with its print edition (print.html) into the output folder, and writes
/// the whole site as a zip beside that folder (OUTPUT.zip), for reading offline.
/// </summary>
public static class PackCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string>("--output") { Description = "Where the site is written; the zip goes beside it (OUTPUT.zip).", DefaultValueFactory = _ => ContentLookup.Output() };
        var theme = CommonOptions.Theme();
        var command = new Command("pack", "Build the site with its print edition, and a zip of it for offline reading.") { input, output, theme };
        command.SetAction(parsed => Run(parsed.GetValue(input)!, parsed.GetValue(output)!, CommonOptions.ResolveTheme(parsed.GetValue(input)!, parsed.GetValue(theme))));
        return command;
    }

    /// <summary>The zip's top folder: the dossier's title in lowercase words joined by hyphens.</summary>
    private static string Slug(string title)
    {
        var words = System.Text.RegularExpressions.Regex.Split(title.ToLowerInvariant(), "[^a-z0-9]+").Where(w => w.Length > 0);
        var slug = string.Join('-', words);
        return slug.Length == 0 ? "dossier" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
    }

    private static int Run(string input, string output, string theme)
    {
        var problem = BuildCommand.OutputFolderProblem(input, output, theme);
        if (problem is not null)
        {
            Console.Error.WriteLine($"dossier: {problem}");
            return CommandLine.UsageError;
        }
        using var staged = new StagedOutput(output);
        var result = DossierBuild.Run(input, theme, staged, printEdition: true);
        DiagnosticPrinter.Print(result.Diagnostics, "text");
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"Pack failed: {DiagnosticPrinter.Count(result.Diagnostics)}. {BuildContext.DisplayPath(outputFull)} was left as it was.");
            return CommandLine.ContentErrors;
        }
        staged.Commit(null);
        var zipPath = outputFull + ".zip";
        var folder = Slug(result.Site?.Title ?? Path.GetFileName(outputFull));
        var bytes = SiteZip.Create(outputFull, folder);
        if (!File.Exists(zipPath) || !File.ReadAllBytes(zipPath).AsSpan().SequenceEqual(bytes))
        {
            File.WriteAllBytes(zipPath + ".tmp", bytes);
            File.Move(zipPath + ".tmp", zipPath, overwrite: true);
        }
        Console.WriteLine($"Packed {result.FileCount} files: the site in {BuildContext.DisplayPath(outputFull)} (print edition: {Print.PrintPipeline.Path}) " +
                          $"and {BuildContext.DisplayPath(zipPath)} ({bytes.Length / 1024} KiB).");
        return CommandLine.Success;
    }
}
