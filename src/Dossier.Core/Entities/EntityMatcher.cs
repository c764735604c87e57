using Dossier.Text;

namespace Dossier.Entities;

/// <summary>A name of an entity found in a text: the range of the original text.</summary>
public readonly record struct NameMatch(string EntityId, TextRange Range);

/// <summary>
/// Finds every entity name and alias in a text in one pass (Aho–Corasick over folded text), however many
/// entities there are. A match must stand as a whole word and start with a capital letter or digit, as a
/// name does ("Dawn" the newspaper, not "at dawn"); where names overlap, the leftmost and then longest wins
/// ("Tehrik-e-Taliban Pakistan" rather than "Taliban" inside it).
/// </summary>
public sealed class EntityMatcher
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<(string Entity, int Length)>> _outputs = [[]];

    // The whole transition function for ASCII letters, failure links folded in: one array read per character of
    // 80 MB of text at 10,000 articles, where following links through dictionaries took seconds.
    private const int Ascii = 128;
    private int[] _asciiNext = [];

    public EntityMatcher(IEnumerable<(string EntityId, string Name)> names)
    {
        foreach (var (entity, name) in names)
        {
            var pattern = NameFolding.Fold(name);
            if (pattern.Length == 0) continue;
            var state = 0;
            foreach (var c in pattern)
            {
                if (!_next[state].TryGetValue(c, out var target))
                {
                    target = _next.Count;
                    _next.Add(new Dictionary<char, int>());
                    _fail.Add(0);
                    _outputs.Add([]);
                    _next[state][c] = target;
                }
                state = target;
            }
            if (!_outputs[state].Any(o => o.Entity == entity)) _outputs[state].Add((entity, pattern.Length));
        }
        BuildFailureLinks();
    }

    public IReadOnlyList<NameMatch> Find(string text)
    {
        var (folded, map) = NameFolding.FoldWithMap(text);
        var candidates = new List<(int Start, int Length, string Entity)>();
        var state = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c < Ascii) state = _asciiNext[state * Ascii + c];
            else
            {
                while (state != 0 && !_next[state].ContainsKey(c)) state = _fail[state];
                state = _next[state].TryGetValue(c, out var target) ? target : 0;
            }
            for (var s = state; s != 0; s = _fail[s])
                foreach (var (entity, length) in _outputs[s])
                    candidates.Add((i - length + 1, length, entity));
        }
        var matches = new List<NameMatch>();
        var taken = 0;
        foreach (var (start, length, entity) in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.Length).ThenBy(c => c.Entity, StringComparer.Ordinal))
        {
            if (start < taken) continue;
            var end = start + length;
            if (start > 0 && char.IsLetterOrDigit(folded[start - 1])) continue;
            if (end < folded.Length && char.IsLetterOrDigit(folded[end])) continue;
            var first = text[map[start]];
            if (!char.IsUpper(first) && !char.IsDigit(first)) continue;
            matches.Add(new NameMatch(entity, new TextRange(map[start], map[end - 1] + 1)));
            taken = end;
        }
        return matches;
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        var order = new List<int> { 0 };
        foreach (var child in _next[0].Values) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            order.Add(state);
            foreach (var (c, child) in _next[state])
            {
                var f = _fail[state];
                while (f != 0 && !_next[f].ContainsKey(c)) f = _fail[f];
                _fail[child] = _next[f].TryGetValue(c, out var t) && t != child ? t : 0;
                queue.Enqueue(child);
            }
        }
        // In breadth-first order a state's failure state is complete before it.
        _asciiNext = new int[_next.Count * Ascii];
        foreach (var state in order)
            for (var c = (char)0; c < Ascii; c++)
                _asciiNext[state * Ascii + c] = _next[state].TryGetValue(c, out var child) ? child
                    : state == 0 ? 0 : _asciiNext[_fail[state] * Ascii + c];
    }
}
