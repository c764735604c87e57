namespace Dossier.Diagnostics;

/// <summary>"Did you mean …" for mistyped ids and field names.</summary>
public static class Suggestions
{
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var d = Distance(wrong.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }
        var allowed = Math.Max(2, wrong.Length / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>A hint naming the closest known value, or listing a few known values.</summary>
    public static string DidYouMean(string wrong, IReadOnlyCollection<string> known, string what)
    {
        var closest = Closest(wrong, known);
        if (closest is not null) return $"did you mean '{closest}'?";
        if (known.Count == 0) return $"there are no {what} yet.";
        var list = string.Join(", ", known.Order(StringComparer.Ordinal).Take(12));
        return $"known {what}: {list}{(known.Count > 12 ? ", …" : "")}.";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
