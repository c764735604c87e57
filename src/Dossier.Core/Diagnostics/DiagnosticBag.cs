using System.Collections.Concurrent;

namespace Dossier.Diagnostics;

/// <summary>Thread-safe collector shared by every pipeline of a run.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, SourceLocation at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, at, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public bool IsEmpty => _items.IsEmpty;

    public void AddRange(DiagnosticBag other)
    {
        foreach (var d in other._items) _items.Add(d);
    }

    /// <summary>All findings in a stable order (file, line, column, code), so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => _items
        .OrderBy(d => d.Location.File, StringComparer.Ordinal)
        .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
        .ToList();
}
