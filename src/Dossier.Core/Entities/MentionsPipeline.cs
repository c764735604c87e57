using System.Collections.Concurrent;
using Dossier.Articles;
using Dossier.Pipeline;

namespace Dossier.Entities;

/// <summary>Finds, in every article, the mentions of every entity by name or alias: one pass per article.</summary>
public sealed class MentionsPipeline(ArticlesPipeline articles, EntitiesPipeline entities) : Pipeline.Pipeline
{
    public override string Name => "Mentions";

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [articles, entities];

    /// <summary>Mentions by article id, in reading order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Mention>> ByArticle { get; private set; } = new Dictionary<string, IReadOnlyList<Mention>>();

    /// <summary>Mentions by entity id, articles in the dossier's reading order.</summary>
    public ILookup<string, Mention> ByEntity { get; private set; } = Array.Empty<Mention>().ToLookup(m => m.EntityId);

    public override void PostProcess(BuildContext context)
    {
        var names = entities.Entities.Values.SelectMany(e => e.Names.Select(n => (e.Id, n))).ToList();
        var matcher = new EntityMatcher(names);
        // In a preview session an unchanged article keeps its parsed object, and with the same names, its mentions.
        var namesKey = string.Join('\n', names.Select(x => x.Id + "\t" + x.n));
        var byArticle = new ConcurrentDictionary<string, IReadOnlyList<Mention>>(StringComparer.Ordinal);
        Parallel.ForEach(articles.Articles, a => byArticle[a.Id] = context.Cache is { } cache
            ? cache.Derived(a, namesKey, () => Mentions.InArticle(a, matcher))
            : Mentions.InArticle(a, matcher));
        ByArticle = byArticle;
        ByEntity = articles.Articles.SelectMany(a => byArticle[a.Id]).ToLookup(m => m.EntityId);
    }
}
