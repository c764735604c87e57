using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace Dossier.TemplateBench;

/// <summary>
/// A page model turned into dictionaries and lists, for a Native AOT build: Handlebars.Net reads the properties
/// of other objects through generic methods made at run time, which AOT cannot make for value types, but reads
/// dictionaries directly. Keys ignore case, as Handlebars.Net's own property lookup does.
/// </summary>
public static class PlainModel
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "An AOT build keeps Dossier.Core whole (TrimmerRootAssembly): every model type keeps its properties.")]
    public static object? From(object? value) => value switch
    {
        null => null,
        string or bool or char or Enum => value,
        _ when value.GetType().IsPrimitive || value is decimal => value,
        IDictionary<string, object?> => value,
        IEnumerable items => items.Cast<object?>().Select(From).ToList(),
        _ => Properties.GetOrAdd(value.GetType(), t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray())
            .ToDictionary(p => p.Name, p => From(p.GetValue(value)), StringComparer.OrdinalIgnoreCase),
    };
}
