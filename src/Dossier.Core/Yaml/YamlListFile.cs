using Dossier.Diagnostics;
using Dossier.Pipeline;

namespace Dossier.Yaml;

/// <summary>
/// The records of a list file, and every id it declares — also those of records with errors — so that one
/// broken record, or a file that cannot be read at all, does not turn each reference to it into an error too.
/// </summary>
public sealed record YamlList<T>(IReadOnlyList<T> Items, IReadOnlySet<string> DeclaredIds, bool Unreadable)
{
    /// <summary>Whether a reference to <paramref name="id"/> should be reported as unknown.</summary>
    public bool IsUnknown(string id) => !Unreadable && !DeclaredIds.Contains(id);
}

/// <summary>Reads a file whose top level is a list of records (outlets.yml, entities.yml, timeline.yml, claims.yml).</summary>
public static class YamlListFile
{
    public static InputFile? ReadFile(BuildContext context, string fileName)
    {
        var path = Path.Combine(context.InputRoot, fileName);
        return Path.Exists(path) ? InputFile.Read(path, context.Diagnostics) : null;
    }

    /// <summary>Parses each item with <paramref name="item"/>; items that are not mappings, or that fail, are reported and left out.</summary>
    public static YamlList<T> Parse<T>(InputFile? file, DiagnosticBag d, string what, IReadOnlyCollection<string> fields,
        Func<MappingReader, T?> item) where T : class
    {
        var none = new HashSet<string>();
        if (file is null) return new YamlList<T>([], none, Unreadable: false);
        var name = Path.GetFileName(file.FullPath);
        if (!YamlTreeReader.TryRead(file.Text, file.DisplayPath, d, out var root)) return new YamlList<T>([], none, Unreadable: true);
        if (root is null) return new YamlList<T>([], none, Unreadable: false);
        if (root is not YamlSequence list)
        {
            d.Error(DiagnosticCodes.WrongType, root.At, $"{name} should be a list of {what}s, each starting with '- '",
                "see docs/editing.md for an example.");
            return new YamlList<T>([], none, Unreadable: true);
        }
        var declared = list.Items.OfType<YamlMapping>()
            .Select(m => (m.Entries.FirstOrDefault(e => e.Key.Value == "id")?.Value as YamlScalar)?.Value)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var items = new List<T>();
        foreach (var node in list.Items)
        {
            if (node is not YamlMapping mapping)
            {
                d.Error(DiagnosticCodes.WrongType, node.At, $"each {what} in {name} should be a set of fields (field: value)", "see docs/editing.md.");
                continue;
            }
            var parsed = item(new MappingReader(mapping, d, "a" + (what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "n " : " ") + what, fields));
            if (parsed is not null) items.Add(parsed);
        }
        return new YamlList<T>(items, declared, Unreadable: false);
    }

    /// <summary>Reports a second record with an id already used; returns whether the id is new.</summary>
    public static bool CheckUnique<T>(IDictionary<string, T> seen, string id, SourceLocation at, Func<T, SourceLocation> firstAt, DiagnosticBag d, string what)
    {
        if (!seen.TryGetValue(id, out var first)) return true;
        d.Error(DiagnosticCodes.DuplicateId, at, $"{what} id '{id}' is used twice (first on line {firstAt(first).Line})", $"give each {what} its own id.");
        return false;
    }
}
