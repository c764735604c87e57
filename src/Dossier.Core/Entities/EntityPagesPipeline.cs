using Dossier.Citations;
using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Entities;

/// <summary>
/// Renders entities/index.html (grouped by kind) and entities/ID.html: role, description, every mention's
/// sentence linked to its paragraph, the claims and events involving the entity, and the entities most
/// often mentioned with it (in the same paragraph).
/// </summary>
public sealed class EntityPagesPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    private const int MaxCompanions = 10;

    public override string Name => "EntityPages";

    protected override void Render(PageRenderer renderer)
    {
        var entities = Content.Entities.Entities;
        var mentions = Analysis.Mentions.ByEntity;
        var companions = new Lazy<ILookup<string, (string Id, int Count)>>(Companions);
        Add(new PageInfo(Routes.EntitiesIndex, "People, organisations and places",
            "Everyone and everything the dossier's articles name.", "Entities"), "entities-index", links => new
        {
            Groups = entities.Values.GroupBy(e => e.Kind).OrderBy(g => g.Key).Select(g => new
            {
                Label = Entity.KindLabel(g.Key),
                Anchor = g.Key.ToString().ToLowerInvariant(),
                Entities = g.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new
                {
                    e.Name,
                    e.Role,
                    Href = links.To(Routes.Entity(e.Id)),
                    Mentions = Format.Count(mentions[e.Id].Count(), "mention"),
                    Articles = Format.Count(mentions[e.Id].Select(m => m.Article.Id).Distinct().Count(), "article"),
                }).ToList(),
            }).ToList(),
        });
        var claims = ClaimViews();
        var events = EventViews();
        foreach (var entity in entities.Values)
        {
            var page = new PageInfo(Routes.Entity(entity.Id), entity.Name, entity.Role ?? $"{entity.Name} in the dossier.", "Entities", entity.At);
            Add(page, "entity", links =>
            {
                var context = MarkdownContext(links);
                var description = entity.Description.IsEmpty ? null : entity.Description.RenderBlock(context);
                return new
                {
                    entity.Name,
                    Kind = entity.Kind.ToString().ToLowerInvariant(),
                    entity.Role,
                    Aliases = entity.Aliases.Count == 0 ? null : string.Join(", ", entity.Aliases),
                    DescriptionHtml = description,
                    Sources = CitationViews.Numbered(context),
                    MentionedIn = mentions[entity.Id].GroupBy(m => m.Article).Select(g => new
                    {
                        g.Key.Meta.Title,
                        Href = links.To(Routes.Article(g.Key.Slug)),
                        Count = Format.Count(g.Count(), "mention"),
                        Sentences = g.GroupBy(m => (m.Block, m.Sentence)).Select(s => new
                        {
                            Text = s.Key.Sentence,
                            Href = links.To(Routes.Article(g.Key.Slug), g.Key.Blocks[s.Key.Block].Anchor),
                            Paragraph = g.Key.Blocks[s.Key.Block].Anchor,
                        }).ToList(),
                    }).ToList(),
                    Claims = Content.Claims.Claims.Where(c => c.Entities.Any(e => e.Id == entity.Id)).Select(c => claims.View(c, links)).ToList(),
                    Events = Content.Timeline.Events.Where(e => e.Entities.Any(x => x.Id == entity.Id)).Select(e => events.View(e, links)).ToList(),
                    Companions = companions.Value[entity.Id].Take(MaxCompanions).Select(c => new
                    {
                        entities[c.Id].Name,
                        Href = links.To(Routes.Entity(c.Id)),
                        Count = Format.Count(c.Count, "shared paragraph"),
                    }).ToList(),
                    EntitiesHref = links.To(Routes.EntitiesIndex),
                };
            });
        }
    }

    /// <summary>For each entity, the others mentioned in the same paragraphs, most often first: one pass over all mentions.</summary>
    private ILookup<string, (string Id, int Count)> Companions()
    {
        var pairs = new Dictionary<(string, string), int>();
        foreach (var perArticle in Analysis.Mentions.ByArticle.Values)
            foreach (var paragraph in perArticle.GroupBy(m => m.Block))
            {
                var ids = paragraph.Select(m => m.EntityId).Distinct().ToList();
                foreach (var a in ids)
                    foreach (var b in ids.Where(b => b != a))
                        pairs[(a, b)] = pairs.GetValueOrDefault((a, b)) + 1;
            }
        return pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .ToLookup(p => p.Key.Item1, p => (p.Key.Item2, p.Value));
    }
}
