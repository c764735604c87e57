using Dossier.Claims;

namespace Dossier.Entities;

/// <summary>Two entities named together: in how many paragraphs, and in how many claims.</summary>
public sealed record EntityLink(string A, string B, int Paragraphs, int Claims)
{
    public int Weight => Paragraphs + Claims;

    public string Other(string id) => id == A ? B : A;

    public string Describe() => Pages.Format.Count(Paragraphs, "shared paragraph") + (Claims > 0 ? $", {Pages.Format.Count(Claims, "shared claim")}" : "");
}

/// <summary>
/// Who is connected to whom: an edge joins two entities mentioned in the same paragraph of an article or named
/// by the same claim, weighted by how often. Made in one pass over the mentions and one over the claims.
/// </summary>
public sealed class EntityGraph
{
    private readonly ILookup<string, EntityLink> _byEntity;
    private readonly Dictionary<string, int> _degrees;

    public IReadOnlyList<EntityLink> Links { get; }

    public EntityGraph(IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentionsByArticle, IEnumerable<Claim> claims)
    {
        var pairs = new Dictionary<(string, string), (int Paragraphs, int Claims)>();
        void Count(IEnumerable<string> ids, bool claim)
        {
            var distinct = ids.Distinct().Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < distinct.Count; i++)
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    var (p, c) = pairs.GetValueOrDefault((distinct[i], distinct[j]));
                    pairs[(distinct[i], distinct[j])] = claim ? (p, c + 1) : (p + 1, c);
                }
        }
        foreach (var perArticle in mentionsByArticle.Values)
            foreach (var paragraph in perArticle.GroupBy(m => m.Block))
                Count(paragraph.Select(m => m.EntityId), claim: false);
        foreach (var claim in claims) Count(claim.Entities.Select(e => e.Id), claim: true);
        Links = pairs.Select(p => new EntityLink(p.Key.Item1, p.Key.Item2, p.Value.Paragraphs, p.Value.Claims))
            .OrderByDescending(l => l.Weight).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal).ToList();
        _byEntity = Links.SelectMany(l => new[] { (Id: l.A, Link: l), (Id: l.B, Link: l) }).ToLookup(x => x.Id, x => x.Link);
        _degrees = _byEntity.ToDictionary(g => g.Key, g => g.Sum(l => l.Weight), StringComparer.Ordinal);
    }

    /// <summary>The entity's links, strongest first (ties in a fixed order).</summary>
    public IEnumerable<EntityLink> Of(string id) => _byEntity[id];

    /// <summary>The sum of the entity's link weights: how connected it is.</summary>
    public int Degree(string id) => _degrees.GetValueOrDefault(id);
}
