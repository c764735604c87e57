using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as written in published:, retrieved:, date: and note dates: a date
/// or a located error; a date shows, orders and spans without throwing, and its ISO form parses back to itself.
/// </summary>
public static class PartialDateTarget
{
    public static void Run(ReadOnlySpan<byte> data)
    {
        var d = new DiagnosticBag();
        var at = new SourceLocation("input/timeline.yml", 3, 9);
        var date = PartialDate.Parse(Harness.Text(data), at, d);
        Contract.ResultOrError(date, d, "a partial date");
        if (date is not { } value) return;
        _ = value.Display;
        _ = value.EndsBefore(value);
        _ = value.CompareTo(new PartialDate(2025, 10, 19));
        var again = PartialDate.Parse(value.Iso, at, new DiagnosticBag());
        Contract.That(again == value, $"'{value.Iso}' does not parse back to {value}");
    }
}
