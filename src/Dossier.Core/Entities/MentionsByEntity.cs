using System.Collections;
using Dossier.Articles;

namespace Dossier.Entities;

/// <summary>The mentions of one article, also grouped by entity (each group in reading order), so that the dossier's index is put together per article.</summary>
public sealed record ArticleMentions(IReadOnlyList<Mention> All, IReadOnlyList<(string EntityId, Mention[] Mentions)> ByEntity)
{
    public static ArticleMentions Of(IReadOnlyList<Mention> all) =>
        new(all, all.GroupBy(m => m.EntityId, StringComparer.Ordinal).Select(g => (g.Key, g.ToArray())).ToList());
}

/// <summary>
/// Every mention by entity id, articles in the dossier's reading order: each entity's list is a run of its
/// per-article groups rather than a copy of them, so putting it together costs one step per article and entity,
/// not per mention.
/// </summary>
public sealed class MentionsByEntity : ILookup<string, Mention>
{
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);
    private readonly List<Group> _order = [];

    public MentionsByEntity(IEnumerable<ArticleMentions> articles)
    {
        foreach (var article in articles)
            foreach (var (id, mentions) in article.ByEntity)
            {
                if (!_groups.TryGetValue(id, out var group))
                {
                    _groups[id] = group = new Group(id);
                    _order.Add(group);
                }
                group.Add(mentions);
            }
    }

    public IEnumerable<Mention> this[string key] => _groups.TryGetValue(key, out var group) ? group : [];

    /// <summary>One entity's mentions article by article, in reading order: each array is one article's.</summary>
    public IReadOnlyList<Mention[]> ByArticle(string key) => _groups.TryGetValue(key, out var group) ? group.Runs : [];

    public int Count => _groups.Count;

    public bool Contains(string key) => _groups.ContainsKey(key);

    public IEnumerator<IGrouping<string, Mention>> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>One entity's mentions; a read-only collection, so that counting them does not walk them.</summary>
    private sealed class Group(string key) : IGrouping<string, Mention>, ICollection<Mention>, IReadOnlyCollection<Mention>
    {
        private readonly List<Mention[]> _runs = [];

        public string Key => key;

        public IReadOnlyList<Mention[]> Runs => _runs;

        public int Count { get; private set; }

        public bool IsReadOnly => true;

        public void Add(Mention[] run)
        {
            _runs.Add(run);
            Count += run.Length;
        }

        public IEnumerator<Mention> GetEnumerator()
        {
            foreach (var run in _runs)
                foreach (var mention in run)
                    yield return mention;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Contains(Mention item) => _runs.Any(r => Array.IndexOf(r, item) >= 0);

        public void CopyTo(Mention[] array, int arrayIndex)
        {
            foreach (var run in _runs)
            {
                run.CopyTo(array, arrayIndex);
                arrayIndex += run.Length;
            }
        }

        void ICollection<Mention>.Add(Mention item) => throw new NotSupportedException();

        void ICollection<Mention>.Clear() => throw new NotSupportedException();

        bool ICollection<Mention>.Remove(Mention item) => throw new NotSupportedException();
    }
}
