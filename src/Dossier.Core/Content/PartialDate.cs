using System.Globalization;
using Dossier.Diagnostics;

namespace Dossier.Content;

/// <summary>A date known to the year, the month or the day (YYYY, YYYY-MM, YYYY-MM-DD).</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static PartialDate? Parse(string? text, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (text is null) return null;
        var parts = text.Trim().Split('-');
        var ok = parts.Length is >= 1 and <= 3
                 && parts[0].Length == 4 && parts.Skip(1).All(p => p.Length == 2)
                 && parts.All(p => p.All(char.IsAsciiDigit));
        if (ok)
        {
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
            int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
            if (year >= 1 && month is null or (>= 1 and <= 12)
                && (day is null || (day >= 1 && day <= DateTime.DaysInMonth(year, month!.Value))))
                return new PartialDate(year, month, day);
        }
        diagnostics.Error(DiagnosticCodes.InvalidDate, at, $"'{text}' is not a valid date",
            "write YYYY-MM-DD, YYYY-MM or YYYY with a real day of that month (e.g. 2025-10-19, 2025-10 or 2025).");
        return null;
    }

    /// <summary>ISO form, as written by editors and used in machine-readable attributes.</summary>
    public string Iso => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}" : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>Human form: 19 October 2025, October 2025, 2025.</summary>
    public string Display => Day is not null ? $"{Day} {MonthNames[Month!.Value - 1]} {Year}"
        : Month is not null ? $"{MonthNames[Month.Value - 1]} {Year}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The first and last day the date may mean, as yyyymmdd numbers.</summary>
    internal (int First, int Last) Span =>
        (Year * 10000 + (Month ?? 1) * 100 + (Day ?? 1), Year * 10000 + (Month ?? 12) * 100 + (Day ?? 31));

    /// <summary>True when every day this date may mean is before every day <paramref name="other"/> may mean.</summary>
    public bool EndsBefore(PartialDate other) => Span.Last < other.Span.First;

    public int CompareTo(PartialDate other) =>
        (Year, Month ?? 0, Day ?? 0).CompareTo((other.Year, other.Month ?? 0, other.Day ?? 0));

    public override string ToString() => Iso;
}
