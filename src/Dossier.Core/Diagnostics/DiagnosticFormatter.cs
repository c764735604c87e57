namespace Dossier.Diagnostics;

/// <summary>Renders diagnostics as MSBuild-style text lines or GitHub Actions annotations.</summary>
public static class DiagnosticFormatter
{
    public static string Text(Diagnostic d)
    {
        var where = d.Location.Line > 0 ? $"{d.Location.File}({d.Location.Line},{Math.Max(1, d.Location.Column)})" : d.Location.File;
        var severity = d.Severity == Severity.Error ? "error" : "warning";
        var line = $"{where}: {severity} {d.Code}: {d.Message}";
        return d.Hint is null ? line : line + Environment.NewLine + "    hint: " + d.Hint;
    }

    public static string GitHub(Diagnostic d)
    {
        var severity = d.Severity == Severity.Error ? "error" : "warning";
        var props = $"file={Escape(d.Location.File, true)}";
        if (d.Location.Line > 0) props += $",line={d.Location.Line},col={Math.Max(1, d.Location.Column)}";
        props += $",title={d.Code}";
        var message = d.Hint is null ? d.Message : d.Message + "\n" + d.Hint;
        return $"::{severity} {props}::{Escape(message, false)}";
    }

    private static string Escape(string value, bool property)
    {
        var s = value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? s.Replace(":", "%3A").Replace(",", "%2C") : s;
    }
}
