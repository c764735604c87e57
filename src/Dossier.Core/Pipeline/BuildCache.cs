using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Dossier.Pipeline;

/// <summary>
/// Remembers what the Process phase made of each document, keyed by the hash of everything it was made from,
/// so a rebuild in `serve` parses only the files that changed; and what cross-document work (PostProcess) made of
/// each unchanged part, so that it is redone only for the parts whose inputs changed.
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
    /// What was made from a cached object with inputs too large for a string key (the citations of a cited article):
    /// kept while <paramref name="isCurrent"/> says the inputs are the same, remade when they differ.
    /// </summary>
    public T Derived<T>(object owner, Func<T, bool> isCurrent, Func<T> make) where T : class
    {
        var entries = _derived.GetOrCreateValue(owner);
        var slot = typeof(T).Name;
        if (entries.TryGetValue(slot, out var entry) && entry is T value && isCurrent(value)) return value;
        var made = make();
        entries[slot] = made;
        return made;
    }

    private readonly ConcurrentDictionary<string, (string Key, object Value)> _latest = new(StringComparer.Ordinal);

    /// <summary>
    /// One thing per slot (what claims.yml parsed into), kept while its key (the file's hash) stays the same: only
    /// the latest is kept, so an edited file's old records are dropped at once.
    /// </summary>
    public T Latest<T>(string slot, string key, Func<T> make) where T : class
    {
        var name = typeof(T).Name + ":" + slot;
        if (_latest.TryGetValue(name, out var entry) && entry.Key == key && entry.Value is T value) return value;
        var made = make();
        _latest[name] = (key, made);
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
    public InputFile? File(string fullPath, Func<InputFile?> read) => File(new FileInfo(fullPath), read);

    /// <param name="info">The file as its folder's listing found it: its size and time come from that one look.</param>
    public InputFile? File(FileInfo info, Func<InputFile?> read)
    {
        var fullPath = info.FullName;
        // A symbolic link shows as a reparse point: asking its attributes costs no readlink per file, unlike LinkTarget.
        if (info.Exists && !info.Attributes.HasFlag(FileAttributes.ReparsePoint) && _files.TryGetValue(fullPath, out var known)
            && known.Length == info.Length && known.Written == info.LastWriteTimeUtc)
            return known.File;
        var file = read();
        if (file is null || !info.Exists) _files.TryRemove(fullPath, out _);
        else _files[fullPath] = (info.Length, info.LastWriteTimeUtc, file);
        return file;
    }
}
