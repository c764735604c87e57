using Dossier.Entities;
using Dossier.Links;

namespace Dossier.StructuredData;

/// <summary>The schema.org Person, Organization or Place of an entity's page, the same as its Wikidata item when given.</summary>
public static class EntityData
{
    public static string Of(Entity entity, LinkGenerator addresses) =>
        JsonLd.Object(entity.Kind switch { EntityKind.Person => "Person", EntityKind.Organisation => "Organization", _ => "Place" }, w =>
        {
            w.WriteString("name", entity.Name);
            w.WriteString("url", addresses.To(Routes.Entity(entity.Id)));
            if (entity.Aliases.Count > 0)
            {
                w.WritePropertyName("alternateName");
                w.WriteStartArray();
                foreach (var alias in entity.Aliases) w.WriteStringValue(alias);
                w.WriteEndArray();
            }
            w.Optional("description", entity.Role);
            w.Optional("sameAs", entity.WikidataUrl);
        });
}
