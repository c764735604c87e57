using System.Buffers;
using Dossier.Text;

namespace Dossier.Entities;

/// <summary>A name of an entity found in a text: the piece of the text it is in, and the range of that piece's string.</summary>
public readonly record struct NameMatch(string EntityId, int Piece, TextRange Range);

/// <summary>
/// Finds every entity name and alias in a text in one pass (Aho–Corasick over folded text), however many
/// entities there are. A match must stand as a whole word and start with a capital letter or digit, as a
/// name does ("Dawn" the newspaper, not "at dawn"); where names overlap, the leftmost and then longest wins
/// ("Tehrik-e-Taliban Pakistan" rather than "Taliban" inside it). The text may come in pieces (the visible parts
/// of an article's blocks), read as if joined by white space: a name that runs from one piece into the next is
/// no match, though it still hides the names it overlaps.
/// </summary>
public sealed class EntityMatcher
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<(int Entity, int Length)>> _outputs = [[]];

    /// <summary>The entity ids in ordinal order: a name's entity is its index here, which breaks ties between equal matches.</summary>
    private readonly string[] _entities;

    // The whole transition function for ASCII letters, failure links folded in: one array read per character of
    // 80 MB of text at 10,000 articles, where following links through dictionaries took seconds.
    private const int Ascii = 128;
    private int[] _asciiNext = [];

    // The names ending at each state, flattened: state s's are _names[_namesStart[s] .. _namesStart[s + 1]]. Most
    // states end no name, so each also links to the nearest state along its failure chain that does (0 for none),
    // and a character costs one step for every name that ends on it rather than one for every failure link.
    private (int Entity, int Length)[] _names = [];
    private int[] _namesStart = [];
    private int[] _nextWithNames = [];

    public EntityMatcher(IEnumerable<(string EntityId, string Name)> names)
    {
        var list = names.ToList();
        _entities = list.Select(n => n.EntityId).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = _entities.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        foreach (var (entityId, name) in list)
        {
            var entity = index[entityId];
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
            if (!_outputs[state].Exists(o => o.Entity == entity)) _outputs[state].Add((entity, pattern.Length));
        }
        BuildFailureLinks();
    }

    /// <param name="pieces">Ranges of strings, in reading order.</param>
    public IReadOnlyList<NameMatch> Find(IReadOnlyList<(string Text, TextRange Range)> pieces)
    {
        // Each piece's characters are numbered after the last piece's and the one space between.
        var starts = new int[pieces.Count + 1];
        for (var k = 0; k < pieces.Count; k++) starts[k + 1] = starts[k] + pieces[k].Range.Length + 1;
        var folded = ArrayPool<char>.Shared.Rent(starts[^1]);
        var map = ArrayPool<int>.Shared.Rent(starts[^1]);
        try
        {
            var length = 0;
            for (var k = 0; k < pieces.Count; k++)
            {
                var (text, range) = pieces[k];
                length = NameFolding.FoldInto(text.AsSpan(range.Start, range.Length), folded, map, length, starts[k]);
                length = NameFolding.FoldInto(" ", folded, map, length, starts[k + 1] - 1);
            }
            // A name starts and ends with other than white space, so its first and last characters are never the spaces between pieces.
            (int Piece, int Index) Original(int position)
            {
                var k = Array.BinarySearch(starts, position);
                if (k < 0) k = ~k - 1;
                return (k, pieces[k].Range.Start + position - starts[k]);
            }
            var candidates = Candidates(folded.AsSpan(0, length), position =>
            {
                var (k, i) = Original(position);
                return pieces[k].Text[i];
            }, map);
            candidates.Sort();
            var matches = new List<NameMatch>();
            var taken = 0;
            foreach (var (start, nameLength, entity) in candidates)
            {
                if (start < taken) continue;
                var end = start + nameLength;
                var (piece, first) = Original(map[start]);
                var (lastPiece, last) = Original(map[end - 1]);
                if (piece == lastPiece) matches.Add(new NameMatch(_entities[entity], piece, new TextRange(first, last + 1)));
                taken = end;
            }
            return matches;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            ArrayPool<int>.Shared.Return(map);
        }
    }

    /// <summary>A name found standing as a name, before overlaps are settled; ordered leftmost, then longest, then by entity.</summary>
    private readonly record struct Candidate(int Start, int Length, int Entity) : IComparable<Candidate>
    {
        public int CompareTo(Candidate other) =>
            Start != other.Start ? Start.CompareTo(other.Start)
            : Length != other.Length ? other.Length.CompareTo(Length)
            : Entity.CompareTo(other.Entity);
    }

    /// <summary>Every name that stands as one: checked here rather than after overlaps are settled, since a name that does not stand hides no other.</summary>
    private List<Candidate> Candidates(ReadOnlySpan<char> folded, Func<int, char> original, int[] map)
    {
        var candidates = new List<Candidate>();
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
            var s = _namesStart[state] < _namesStart[state + 1] ? state : _nextWithNames[state];
            if (s == 0 || (i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))) continue;
            for (; s != 0; s = _nextWithNames[s])
                for (var k = _namesStart[s]; k < _namesStart[s + 1]; k++)
                {
                    var (entity, length) = _names[k];
                    var start = i - length + 1;
                    if (start > 0 && char.IsLetterOrDigit(folded[start - 1])) continue;
                    var first = original(map[start]);
                    if (char.IsUpper(first) || char.IsDigit(first)) candidates.Add(new Candidate(start, length, entity));
                }
        }
        return candidates;
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
        _namesStart = new int[_next.Count + 1];
        for (var s = 0; s < _next.Count; s++) _namesStart[s + 1] = _namesStart[s] + _outputs[s].Count;
        _names = _outputs.SelectMany(o => o).ToArray();
        _nextWithNames = new int[_next.Count];
        foreach (var state in order.Skip(1))
        {
            var f = _fail[state];
            _nextWithNames[state] = _outputs[f].Count > 0 ? f : _nextWithNames[f];
        }
    }
}
