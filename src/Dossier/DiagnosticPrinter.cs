using Dossier.Diagnostics;

namespace Dossier.Cli;

public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        foreach (var d in diagnostics)
        {
            var text = format == "github" ? DiagnosticFormatter.GitHub(d) : DiagnosticFormatter.Text(d);
            if (format == "github") Console.WriteLine(text);
            else Console.Error.WriteLine(text);
        }
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}" + (warnings > 0 ? $", {warnings} warning{(warnings == 1 ? "" : "s")}" : "");
    }
}
