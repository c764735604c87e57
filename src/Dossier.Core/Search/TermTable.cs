using System.Runtime.CompilerServices;

namespace Dossier.Search;

/// <summary>
/// The terms of part of the index with their postings, looked up by the span of a word: the index looks one up for
/// every word of every document, so this is an open-addressing table with its hash inlined, where a dictionary
/// would call its comparer through an interface twice a word (a profile put that lookup at 13 % of the index's time).
/// The hash is a plain multiply-and-add: the terms come from the dossier's own text, not from anyone who could pick
/// them to collide.
/// </summary>
internal sealed class TermTable
{
    private string?[] _keys = new string?[1024];
    private TermPostings[] _values = new TermPostings[1024];
    private int[] _hashes = new int[1024];

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public TermPostings GetOrAdd(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var key = _keys[i];
            if (key is null)
            {
                var postings = new TermPostings();
                Insert(i, new string(word), hash, postings);
                return postings;
            }
            if (_hashes[i] == hash && word.SequenceEqual(key)) return _values[i];
        }
    }

    public TermPostings? Get(string term)
    {
        var hash = Hash(term);
        var mask = _keys.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var key = _keys[i];
            if (key is null) return null;
            if (_hashes[i] == hash && key == term) return _values[i];
        }
    }

    public IEnumerable<string> Terms => _keys.OfType<string>();

    private void Insert(int slot, string key, int hash, TermPostings postings)
    {
        _keys[slot] = key;
        _hashes[slot] = hash;
        _values[slot] = postings;
        // Kept at most half full, so that a probe is short.
        if (++Count * 2 > _keys.Length) Grow();
    }

    private void Grow()
    {
        var (keys, values, hashes) = (_keys, _values, _hashes);
        _keys = new string?[keys.Length * 2];
        _values = new TermPostings[keys.Length * 2];
        _hashes = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var k = 0; k < keys.Length; k++)
        {
            if (keys[k] is null) continue;
            var i = hashes[k] & mask;
            while (_keys[i] is not null) i = (i + 1) & mask;
            (_keys[i], _values[i], _hashes[i]) = (keys[k], values[k], hashes[k]);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        // The low bits pick the slot: fold the high ones in.
        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
