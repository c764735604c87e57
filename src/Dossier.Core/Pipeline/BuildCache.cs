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

    /// <summary>
    /// Forgets the entries of one kind not used by the latest build, so the cache does not grow without bound.
    /// Only that kind: the compiled theme, say, is not the articles' to forget.
    /// </summary>
    public void Retain<T>(IReadOnlySet<string> keys)
    {
        var prefix = typeof(T).Name + ":";
        foreach (var key in _entries.Keys)
            if (key.StartsWith(prefix, StringComparison.Ordinal) && !keys.Contains(key[prefix.Length..])) _entries.TryRemove(key, out _);
    }

    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, InputFile File)> _files = new(StringComparer.Ordinal);

    /// <summary>
    /// An input file as last read while its size and modification time stay the same (as editors' saves change
    /// them), so a rebuild reads only the files that were saved. Files that could not be read are read again.
    /// </summary>
    public InputFile? File(string fullPath, Func<InputFile?> read)
    {
        var info = new FileInfo(fullPath);
        if (info.Exists && info.LinkTarget is null && _files.TryGetValue(fullPath, out var known)
            && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
            return known.File;
        var file = read();
        if (file is null || !info.Exists) _files.TryRemove(fullPath, out _);
        else _files[fullPath] = (info.Length, info.LastWriteTimeUtc, file);
        return file;
    }
}
