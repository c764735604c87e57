using Dossier.Diagnostics;

namespace Dossier.Cli;

public static class DiagnosticPrinter
{
    /// <summary>
    /// The most messages printed as text: a million-line list of bad items gave a million messages, which buried
    /// the first (usually the cause of the rest) and took minutes to scroll. GitHub annotations are all printed.
    /// </summary>
    public const int MaxShown = 100;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string format)
    {
        if (format == "github")
        {
            foreach (var d in diagnostics) Console.WriteLine(DiagnosticFormatter.GitHub(d));
            return;
        }
        foreach (var d in diagnostics.Take(MaxShown)) Console.Error.WriteLine(DiagnosticFormatter.Text(d));
        if (diagnostics.Count > MaxShown)
            Console.Error.WriteLine($"… and {Number(diagnostics.Count - MaxShown)} more messages, not shown: fix the ones above and build again (`check --format github` lists them all).");
    }

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{Number(errors)} error{(errors == 1 ? "" : "s")}" + (warnings > 0 ? $", {Number(warnings)} warning{(warnings == 1 ? "" : "s")}" : "");
    }

    private static string Number(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
