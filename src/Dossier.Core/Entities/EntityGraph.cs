using System.Runtime.InteropServices;
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
    private readonly Dictionary<string, List<EntityLink>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _degrees = new(StringComparer.Ordinal);

    public IReadOnlyList<EntityLink> Links { get; }

    public EntityGraph(IReadOnlyDictionary<string, IReadOnlyList<Mention>> mentionsByArticle, IEnumerable<Claim> claims)
    {
        // Entities are counted by number, in the order first met: a pair is two numbers.
        var ids = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string id)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, id, out var known);
            if (!known)
            {
                number = ids.Count;
                ids.Add(id);
            }
            return number;
        }

        var pairs = new Dictionary<(int, int), (int Paragraphs, int Claims)>();
        var together = new List<int>();
        void Count(bool claim)
        {
            together.Sort();
            for (var i = 0; i < together.Count; i++)
            {
                if (i > 0 && together[i] == together[i - 1]) continue;
                for (var j = i + 1; j < together.Count; j++)
                {
                    if (together[j] == together[j - 1]) continue;
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, (together[i], together[j]), out _);
                    count = claim ? (count.Paragraphs, count.Claims + 1) : (count.Paragraphs + 1, count.Claims);
                }
            }
            together.Clear();
        }
        // An article's mentions are in reading order, so each paragraph's are one run.
        foreach (var perArticle in mentionsByArticle.Values)
            for (var i = 0; i < perArticle.Count; i++)
            {
                together.Add(Number(perArticle[i].EntityId));
                if (i + 1 == perArticle.Count || perArticle[i + 1].Block != perArticle[i].Block) Count(claim: false);
            }
        foreach (var claim in claims)
        {
            foreach (var (id, _) in claim.Entities) together.Add(Number(id));
            Count(claim: true);
        }

        // Each link names its two entities in ordinal order; links go strongest first, ties by those names.
        var ordered = pairs.Select(p => (A: ids[p.Key.Item1], B: ids[p.Key.Item2], p.Value.Paragraphs, p.Value.Claims))
            .Select(p => string.CompareOrdinal(p.A, p.B) < 0 ? p : (A: p.B, B: p.A, p.Paragraphs, p.Claims)).ToList();
        ordered.Sort((x, y) => x.Paragraphs + x.Claims != y.Paragraphs + y.Claims ? (y.Paragraphs + y.Claims).CompareTo(x.Paragraphs + x.Claims)
            : string.CompareOrdinal(x.A, y.A) is not 0 and var byA ? byA : string.CompareOrdinal(x.B, y.B));
        var links = new List<EntityLink>(ordered.Count);
        foreach (var (a, b, paragraphs, claimCount) in ordered)
        {
            var link = new EntityLink(a, b, paragraphs, claimCount);
            links.Add(link);
            foreach (var id in (ReadOnlySpan<string>)[link.A, link.B])
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_byEntity, id, out _);
                (list ??= []).Add(link);
                _degrees[id] = _degrees.GetValueOrDefault(id) + link.Weight;
            }
        }
        Links = links;
    }

    /// <summary>The entity's links, strongest first (ties in a fixed order).</summary>
    public IEnumerable<EntityLink> Of(string id) => _byEntity.TryGetValue(id, out var links) ? links : [];

    /// <summary>The sum of the entity's link weights: how connected it is.</summary>
    public int Degree(string id) => _degrees.GetValueOrDefault(id);
}
