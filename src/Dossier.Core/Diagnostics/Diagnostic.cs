namespace Dossier.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A position in an input file; line and column are 1-based, 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);
}

/// <summary>One finding of a run, collected rather than thrown so that every file's errors are reported together.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public override string ToString() => DiagnosticFormatter.Text(this);
}
