using System.CommandLine;
using Dossier.Build;

namespace Dossier.Cli;

/// <summary>`dossier check`: every validation of a build, nothing written.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var theme = CommonOptions.Theme();
        var format = new Option<string>("--format") { Description = "text, or github for GitHub Actions annotations.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github");
        var drafts = CommonOptions.Drafts();
        var command = new Command("check", "Validate the dossier without writing anything.") { input, theme, format, drafts };
        command.SetAction(parsed =>
        {
            var result = DossierBuild.Run(parsed.GetValue(input)!, CommonOptions.ResolveTheme(parsed.GetValue(input)!, parsed.GetValue(theme)),
                includeDrafts: parsed.GetValue(drafts));
            DiagnosticPrinter.Print(result.Diagnostics, parsed.GetValue(format)!);
            Console.WriteLine(result.Succeeded ? $"Check passed: {result.FileCount} files would be built." : $"Check failed: {DiagnosticPrinter.Count(result.Diagnostics)}.");
            return result.Succeeded ? CommandLine.Success : CommandLine.ContentErrors;
        });
        return command;
    }
}
