namespace Dossier.Text;

/// <summary>Finds the passage of a text most like a quote that was not found, for the error message.</summary>
public static class ClosestPassage
{
    public static string? Find(string text, string quote)
    {
        var words = Words(text);
        var wanted = Words(quote).Select(w => w.Word).ToList();
        if (words.Count == 0 || wanted.Count == 0) return null;
        var wantedSet = wanted.ToHashSet(StringComparer.Ordinal);
        var window = Math.Min(wanted.Count, words.Count);
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i + window <= words.Count; i++)
        {
            var score = 0;
            for (var k = 0; k < window; k++)
            {
                if (wantedSet.Contains(words[i + k].Word)) score += 2;
                if (k < wanted.Count && words[i + k].Word == wanted[k]) score++;
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }
        var start = words[best].Start;
        var end = words[best + window - 1].End;
        var passage = text[start..end].ReplaceLineEndings(" ");
        return passage.Length > 300 ? passage[..300] + "…" : passage;
    }

    private static List<(string Word, int Start, int End)> Words(string text)
    {
        var result = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) result.Add((text[start..i].ToLowerInvariant(), start, i));
        }
        return result;
    }
}
