using Dossier.Diagnostics;
using Dossier.Markdown;

namespace Dossier.Entities;

public enum EntityKind { Person, Organisation, Place }

/// <summary>A person, organisation or place, from input/entities.yml.</summary>
/// <param name="Wikidata">The entity's Wikidata item (Q followed by digits), when the editor gave it.</param>
public sealed record Entity(string Id, string Name, EntityKind Kind, IReadOnlyList<string> Aliases, string? Role, MarkdownText Description, SourceLocation At,
    string? Wikidata = null)
{
    /// <summary>The Wikidata item's address, which structured data gives as the entity's sameAs.</summary>
    public string? WikidataUrl => Wikidata is null ? null : "https://www.wikidata.org/wiki/" + Wikidata;

    /// <summary>The name and every alias: the words by which the entity is found in article text.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public static string KindLabel(EntityKind kind) => kind switch
    {
        EntityKind.Person => "People",
        EntityKind.Organisation => "Organisations",
        _ => "Places",
    };
}
