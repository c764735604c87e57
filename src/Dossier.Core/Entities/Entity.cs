using Dossier.Diagnostics;
using Dossier.Markdown;

namespace Dossier.Entities;

public enum EntityKind { Person, Organisation, Place }

/// <summary>A person, organisation or place, from input/entities.yml.</summary>
public sealed record Entity(string Id, string Name, EntityKind Kind, IReadOnlyList<string> Aliases, string? Role, MarkdownText Description, SourceLocation At)
{
    /// <summary>The name and every alias: the words by which the entity is found in article text.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public static string KindLabel(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organisation => "Organisations",
        _ => "Places",
    };
}
