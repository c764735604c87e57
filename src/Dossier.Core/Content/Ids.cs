using System.Text.RegularExpressions;
using Dossier.Diagnostics;

namespace Dossier.Content;

/// <summary>The id and slug rule of the content contract: [a-z0-9][a-z0-9_-]*.</summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex Pattern();

    public const int MaxLength = 120;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>Reports an invalid id; returns whether it was valid.</summary>
    public static bool Check(string? id, SourceLocation at, DiagnosticBag diagnostics, string what)
    {
        if (IsValid(id)) return true;
        diagnostics.Error(DiagnosticCodes.InvalidId, at, $"{what} '{Printable(id)}' is not a valid id",
            $"use lowercase letters, digits, '-' and '_' only, starting with a letter or digit, at most {MaxLength} characters (e.g. 'doha-ceasefire').");
        return false;
    }

    private static string Printable(string? id) =>
        id is null ? "" : new string(id.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
