using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Dossier.Pipeline;

/// <summary>
/// Remembers what the Process phase made of each document, keyed by the hash of everything it was made from,
/// so a rebuild in `serve` parses only the files that changed. Cross-document work (PostProcess) always reruns.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, object>> _derived = new();

    public T GetOrAdd<T>(string key, Func<T> make) where T : class =>
        (T)_entries.GetOrAdd(typeof(T).Name + ":" + key, _ => make());

    /// <summary>
    /// What was made from a cached object (the mentions found in a parsed article) with the given settings (the
    /// entities' names): kept as long as the object itself is, and remade when the settings differ.
    /// </summary>
    public T Derived<T>(object owner, string key, Func<T> make) where T : class
    {
        var entries = _derived.GetOrCreateValue(owner);
        var slot = typeof(T).Name;
        if (entries.TryGetValue(slot, out var entry) && entry is (string k, T value) && k == key) return value;
        var made = make();
        entries[slot] = (key, made);
        return made;
    }

    /// <summary>Forgets entries not used by the latest build, so the cache does not grow without bound.</summary>
    public void Retain(IReadOnlySet<string> keys)
    {
        foreach (var key in _entries.Keys)
            if (!keys.Contains(key[(key.IndexOf(':') + 1)..])) _entries.TryRemove(key, out _);
    }
}
