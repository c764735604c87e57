using Dossier.Citations;
using Dossier.Claims;
using Dossier.Diagnostics;
using Dossier.Links;
using Dossier.Pages;
using Dossier.Pictures;
using Dossier.References;
using Dossier.Timeline;

namespace Dossier.Entities;

/// <summary>
/// Renders entities/index.html (grouped by kind) and entities/ID.html: role, description, every mention's
/// sentence linked to its paragraph, the claims and events involving the entity, and the entities most
/// often named with it (in the same paragraph or claim), drawn as a graph. A long "Mentioned in" list continues,
/// page_size articles to a page, on entities/ID.page-2.html …; the rest is on the first page.
/// </summary>
public sealed class EntityPagesPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/entities-index", typeof(EntitiesIndexPage)), ("pages/entity", typeof(EntityPage))];

    private const int MaxCompanions = 10;

    public override string Name => "EntityPages";

    protected override void Render(PageRenderer renderer)
    {
        var entities = Content.Entities.Entities;
        var mentions = Analysis.Mentions.ByEntity;
        var graph = new Lazy<EntityGraph>(() => new EntityGraph(Analysis.Mentions.ByArticle, Content.Claims.Claims));
        Add(new PageInfo(Routes.EntitiesIndex, "People, organisations and places",
            "Everyone and everything the dossier's articles name.", "Entities"), "entities-index", links => new EntitiesIndexPage(
            Graph: RelationshipGraph.Whole("entity-graph", graph.Value, entities, links),
            Groups: entities.Values.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => new EntityGroup(
                Label: Entity.KindLabel(g.Key),
                Anchor: g.Key.ToString().ToLowerInvariant(),
                Entities: g.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new EntityListItem(
                    e.Name,
                    e.Role,
                    Href: links.To(Routes.Entity(e.Id)),
                    Mentions: Format.Count(mentions[e.Id].Count(), "mention"),
                    Articles: Format.Count(mentions.ByArticle(e.Id).Count, "article"))).ToList())).ToList()));
        var claims = ClaimViews();
        var events = EventViews();
        var claimsOf = Naming(Content.Claims.Claims, c => c.Entities);
        var eventsOf = Naming(Content.Timeline.Events, e => e.Entities);
        foreach (var entity in entities.Values)
        {
            var byArticle = mentions.ByArticle(entity.Id);
            foreach (var page in Pagination.Split(Routes.Entity(entity.Id), byArticle, Content.PageSize))
            {
                var info = new PageInfo(page.Path, Pagination.Title(entity.Name, page), entity.Role ?? $"{entity.Name} in the dossier.", "Entities", entity.At);
                Add(info, "entity", links => page.IsFirst ? FirstPage(entity, page, links, claims, claimsOf, events, eventsOf, graph.Value) : new EntityPage
                {
                    First = false,
                    Name = entity.Name,
                    Kind = entity.Kind.ToString().ToLowerInvariant(),
                    Role = entity.Role,
                    MentionedIn = MentionList.Of(page.Items, links),
                    Pagination = Pagination.Nav(page, links),
                    EntitiesHref = links.To(Routes.EntitiesIndex),
                });
            }
        }
    }

    /// <summary>Which records name each entity, in their order: made once, rather than searched through for each entity's page.</summary>
    private static ILookup<string, T> Naming<T>(IEnumerable<T> records, Func<T, IReadOnlyList<(string Id, SourceLocation At)>> named) =>
        records.SelectMany(r => named(r).Select(e => e.Id).Distinct().Select(id => (Id: id, Record: r))).ToLookup(x => x.Id, x => x.Record, StringComparer.Ordinal);

    private EntityPage FirstPage(Entity entity, ListPage<Mention[]> page, LinkGenerator links,
        ClaimViews claims, ILookup<string, Claim> claimsOf, EventViews events, ILookup<string, TimelineEvent> eventsOf, EntityGraph graph)
    {
        var entities = Content.Entities.Entities;
        var context = MarkdownContext(links);
        var description = entity.Description.IsEmpty ? null : entity.Description.RenderBlock(context);
        return new EntityPage
        {
            First = true,
            Name = entity.Name,
            Kind = entity.Kind.ToString().ToLowerInvariant(),
            Role = entity.Role,
            Aliases = entity.Aliases.Count == 0 ? null : string.Join(", ", entity.Aliases),
            DescriptionHtml = description,
            Sources = CitationViews.Numbered(context),
            MentionedIn = MentionList.Of(page.Items, links),
            Pagination = Pagination.Nav(page, links),
            Claims = claimsOf[entity.Id].Select(c => claims.View(c, links)).ToList(),
            Events = eventsOf[entity.Id].Select(e => events.View(e, links)).ToList(),
            Graph = RelationshipGraph.Neighbourhood("entity-graph", entity, graph, entities, links),
            Companions = graph.Of(entity.Id).Where(l => entities.ContainsKey(l.Other(entity.Id))).Take(MaxCompanions).Select(l => new Companion(
                entities[l.Other(entity.Id)].Name,
                Href: links.To(Routes.Entity(l.Other(entity.Id))),
                Count: l.Describe())).ToList(),
            EntitiesHref = links.To(Routes.EntitiesIndex),
            Wikidata = entity.Wikidata,
            WikidataUrl = entity.WikidataUrl,
            Head = new PageHead(StructuredData.EntityData.Of(entity, StructuredData.Addresses.For(links, Content.Site.Config?.SiteUrl)), []),
        };
    }
}
