using Dossier.Links;
using Dossier.References;

namespace Dossier.Search;

/// <summary>
/// The documents of the search index, numbered: articles first, then topics, entities, claims and events, each kind in
/// the order the site lists it, so that a kind is a range of numbers (<see cref="Ranges"/>). A document is made when
/// asked for, from the content the build holds anyway.
/// </summary>
public sealed class SearchDocuments
{
    private readonly DossierContent _content;
    private readonly List<Topics.Topic> _topics;
    private readonly List<Entities.Entity> _entities;

    public SearchDocuments(DossierContent content)
    {
        _content = content;
        _topics = content.Topics.Topics.Values.ToList();
        _entities = content.Entities.Entities.Values.ToList();
        int[] counts = [content.Articles.Articles.Count, _topics.Count, _entities.Count, content.Claims.Claims.Count, content.Timeline.Events.Count];
        var ranges = new (SearchKind, int, int)[counts.Length];
        var start = 0;
        for (var k = 0; k < counts.Length; k++)
        {
            ranges[k] = ((SearchKind)k, start, start + counts[k]);
            start += counts[k];
        }
        Ranges = ranges;
        Count = start;
    }

    public int Count { get; }

    /// <summary>Each kind with the numbers of its documents, [Start, End).</summary>
    public IReadOnlyList<(SearchKind Kind, int Start, int End)> Ranges { get; }

    /// <summary>The record a document is made from (an article, a topic …): its words change only when it does.</summary>
    public object Source(int id)
    {
        var n = id;
        if (n < _content.Articles.Articles.Count) return _content.Articles.Articles[n];
        n -= _content.Articles.Articles.Count;
        if (n < _topics.Count) return _topics[n];
        n -= _topics.Count;
        if (n < _entities.Count) return _entities[n];
        n -= _entities.Count;
        return n < _content.Claims.Claims.Count ? _content.Claims.Claims[n] : _content.Timeline.Events[n - _content.Claims.Claims.Count];
    }

    public SearchDocument this[int id]
    {
        get
        {
            var n = id;
            var articles = _content.Articles.Articles;
            if (n < articles.Count) return Article(articles[n]);
            n -= articles.Count;
            if (n < _topics.Count)
            {
                var t = _topics[n];
                return new SearchDocument(SearchKind.Topic, t.Title, Routes.Topic(t.Id), "", t.Body.PlainText, t.Summary, null, "", "", [t.Id]);
            }
            n -= _topics.Count;
            if (n < _entities.Count)
            {
                var e = _entities[n];
                return new SearchDocument(SearchKind.Entity, e.Name, Routes.Entity(e.Id), string.Join(SearchDocument.NameSeparator, e.Aliases),
                    () => string.Join(". ", new[] { e.Role?.TrimEnd('.'), e.Description.PlainText() }.Where(t => !string.IsNullOrWhiteSpace(t))),
                    "", null, "", "", []);
            }
            n -= _entities.Count;
            var claims = _content.Claims.Claims;
            if (n < claims.Count)
            {
                var c = claims[n];
                return new SearchDocument(SearchKind.Claim, c.PlainText, Routes.Claim(c.Id), "",
                    () => string.Join(" ", c.Cite.Select(q => q.Quote).OfType<string>()), "", null, "", "", Tags(c.Topics));
            }
            var ev = _content.Timeline.Events[n - claims.Count];
            return new SearchDocument(SearchKind.Event, ev.Title, $"{_content.EventPages.PageOf(ev)}#{ev.Anchor}", "", ev.Text.PlainText, "",
                null, "", ev.Date.Display, Tags(ev.Topics));
        }
    }

    private SearchDocument Article(Articles.Article a)
    {
        var outlet = Articles.ArticleViews.OutletName(a, _content.Outlets.Outlets);
        return new SearchDocument(SearchKind.Article, a.Meta.Title, Routes.Article(a.Slug), "", () => a.Reader.Text, a.Meta.Summary ?? "",
            a.Meta.Outlet, outlet, a.Meta.Published?.Display ?? "", Tags(a.Meta.Topics), a.Reader);
    }

    /// <summary>A document's topics that are published: a draft topic's tag is left out of the build.</summary>
    private List<string> Tags(IEnumerable<(string Id, Diagnostics.SourceLocation At)> topics) =>
        topics.Select(t => t.Id).Where(_content.Topics.Topics.ContainsKey).ToList();

    /// <summary>The topics and outlets that documents can be filtered by, each with its name, in the site's order.</summary>
    public IReadOnlyList<(string Id, string Name)> TopicFilters => _topics.Select(t => (t.Id, t.Title)).ToList();

    public IReadOnlyList<(string Id, string Name)> OutletFilters
    {
        get
        {
            var outlets = _content.Outlets.Outlets.Values.Select(o => (o.Id, o.Name)).ToList();
            if (_content.Articles.Articles.Any(a => a.Meta.Outlet == Articles.ArticleMetaReader.UnknownOutlet))
                outlets.Add((Articles.ArticleMetaReader.UnknownOutlet, Articles.ArticleViews.UnknownOutletLabel));
            return outlets;
        }
    }
}
