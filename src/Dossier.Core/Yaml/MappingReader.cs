using Dossier.Diagnostics;

namespace Dossier.Yaml;

/// <summary>
/// Typed access to the fields of one YAML mapping. It knows the fields a record allows, reports any
/// other field as an error with a suggestion, and reports missing or mistyped values at their position.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    public MappingReader(YamlMapping mapping, DiagnosticBag diagnostics, string what, IReadOnlyCollection<string> allowedFields)
    {
        _mapping = mapping;
        _diagnostics = diagnostics;
        _what = what;
        foreach (var entry in mapping.Entries)
        {
            if (allowedFields.Contains(entry.Key.Value!)) continue;
            diagnostics.Error(DiagnosticCodes.UnknownField, entry.Key.At,
                $"unknown field '{entry.Key.Value}' in {what}",
                Suggestions.DidYouMean(entry.Key.Value!, allowedFields, "fields"));
        }
    }

    public SourceLocation At => _mapping.At;

    public YamlNode? Node(string field) => _mapping.Entries.FirstOrDefault(e => e.Key.Value == field)?.Value;

    /// <summary>Where a field's value stands, or the mapping itself when the field is absent.</summary>
    public SourceLocation LocationOf(string field) => Node(field)?.At ?? _mapping.At;

    public string? String(string field, bool required = false)
    {
        var node = Node(field);
        if (node is null || node is YamlScalar { Value: null })
        {
            if (required) Missing(field);
            return null;
        }
        if (node is YamlScalar scalar)
        {
            if (!required || !string.IsNullOrWhiteSpace(scalar.Value)) return scalar.Value;
            // Reported once, as missing: the blank value goes no further, so no check of it says the same thing again.
            Missing(field, node.At);
            return null;
        }
        WrongKind(field, node, "text");
        return null;
    }

    /// <summary>A list of texts; written as a YAML list, or as `[a, b]`.</summary>
    public IReadOnlyList<(string Value, SourceLocation At)> StringList(string field, bool required = false)
    {
        var node = Node(field);
        if (node is null or YamlScalar { Value: null })
        {
            if (required) Missing(field);
            return [];
        }
        if (node is not YamlSequence sequence)
        {
            WrongKind(field, node, "a list such as [a, b]");
            return [];
        }
        var values = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlScalar { Value: not null } scalar) values.Add((scalar.Value, scalar.At));
            else WrongKind(field + " item", item, "text");
        }
        return values;
    }

    /// <summary>A list of mappings, each read with its own <see cref="MappingReader"/>.</summary>
    public IReadOnlyList<MappingReader> MappingList(string field, string itemWhat, IReadOnlyCollection<string> itemFields)
    {
        var node = Node(field);
        if (node is null or YamlScalar { Value: null }) return [];
        if (node is not YamlSequence sequence)
        {
            WrongKind(field, node, "a list");
            return [];
        }
        var readers = new List<MappingReader>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping) readers.Add(new MappingReader(mapping, _diagnostics, itemWhat, itemFields));
            else WrongKind(field + " item", item, "a set of fields (field: value)");
        }
        return readers;
    }

    public void Missing(string field, SourceLocation? at = null) =>
        _diagnostics.Error(DiagnosticCodes.MissingField, at ?? _mapping.At,
            $"{_what} has no '{field}'", Node(field) is null ? $"add a line '{field}: …'." : $"write a value after '{field}:'.");

    private void WrongKind(string field, YamlNode node, string expected) =>
        _diagnostics.Error(DiagnosticCodes.WrongType, node.At,
            $"'{field}' in {_what} should be {expected}, but is {node.KindName}",
            !expected.StartsWith("text", StringComparison.Ordinal) ? $"write it as {expected}."
                : field.EndsWith(" item", StringComparison.Ordinal) ? "each item of the list should be a plain value, such as an id."
                : "put the value on the same line as the field name, in quotes if it contains a colon.");
}
