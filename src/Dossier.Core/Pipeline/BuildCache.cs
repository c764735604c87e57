using System.Collections.Concurrent;

namespace Dossier.Pipeline;

/// <summary>
/// Remembers what the Process phase made of each document, keyed by the hash of everything it was made from,
/// so a rebuild in `serve` parses only the files that changed. Cross-document work (PostProcess) always reruns.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, object> _entries = new(StringComparer.Ordinal);

    public T GetOrAdd<T>(string key, Func<T> make) where T : class =>
        (T)_entries.GetOrAdd(typeof(T).Name + ":" + key, _ => make());

    /// <summary>Forgets entries not used by the latest build, so the cache does not grow without bound.</summary>
    public void Retain(IReadOnlySet<string> keys)
    {
        foreach (var key in _entries.Keys)
            if (!keys.Contains(key[(key.IndexOf(':') + 1)..])) _entries.TryRemove(key, out _);
    }
}
