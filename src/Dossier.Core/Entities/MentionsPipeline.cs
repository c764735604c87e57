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
    public MentionsByEntity ByEntity { get; private set; } = new([]);

    public override void PostProcess(BuildContext context)
    {
        var names = entities.Entities.Values.SelectMany(e => e.Names.Select(n => (e.Id, n))).ToList();
        // In a preview session an unchanged article keeps its parsed object, and with the same names, its mentions.
        var namesKey = string.Join('\n', names.Select(x => x.Id + "\t" + x.n));
        var cache = context.Cache;
        var matcher = cache is null ? new EntityMatcher(names) : cache.Latest("names", namesKey, () => new EntityMatcher(names));
        var list = articles.Articles;
        var found = new ArticleMentions[list.Count];
        Parallel.For(0, list.Count, i => found[i] = cache is null
            ? ArticleMentions.Of(Mentions.InArticle(list[i], matcher))
            : cache.Derived(list[i], namesKey, () => ArticleMentions.Of(Mentions.InArticle(list[i], matcher))));
        var byArticle = new Dictionary<string, IReadOnlyList<Mention>>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++) byArticle[list[i].Id] = found[i].All;
        ByArticle = byArticle;
        ByEntity = new MentionsByEntity(found);
    }
}
