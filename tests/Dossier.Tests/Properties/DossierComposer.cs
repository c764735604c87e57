using System.Globalization;
using System.Text;
using Dossier.Text;
using static Dossier.Tests.Properties.YamlText;

namespace Dossier.Tests.Properties;

/// <summary>
/// Turns a <see cref="DossierSpec"/> into the files of a valid dossier (DESIGN.md §2, docs/editing.md): every id it names
/// exists, every quote is words of its article that occur there exactly once, outside any omitted passage.
/// What cannot be made valid is left out (a quote that is not unique cites the whole article; a link to a kind with
/// nothing in it is dropped), so every spec composes.
/// </summary>
public sealed class DossierComposer
{
    private sealed record Paragraph(string Plain, string Markdown, bool Heading);

    private sealed record Article(string Id, string Slug, string Title, bool IsMarkdown, List<Paragraph> Paragraphs, string FoldedText, bool Draft)
    {
        public bool OmitsLast { get; set; }
    }

    private readonly DossierSpec _spec;
    private readonly List<string> _outlets = [];
    private readonly List<(string Id, string Name, string Surname)> _entities = [];
    private readonly List<string> _topics = [];
    private readonly List<Article> _articles = [];
    private readonly List<Article> _published = [];
    private bool _inDraft;
    private readonly List<string> _claims = [];
    private readonly List<ExpectedQuote> _quotes = [];

    private DossierComposer(DossierSpec spec) => _spec = spec;

    public static GeneratedDossier Compose(DossierSpec spec) => new DossierComposer(spec).Run();

    private GeneratedDossier Run()
    {
        for (var i = 0; i < _spec.Outlets.Length; i++) _outlets.Add($"outlet-{i}");
        for (var i = 0; i < _spec.Entities.Length; i++)
        {
            var surname = Vocabulary.Surnames[i % Vocabulary.Surnames.Length];
            _entities.Add(($"e{i}-{surname.ToLowerInvariant()}", Vocabulary.GivenNames[_spec.Entities[i].Given % Vocabulary.GivenNames.Length] + " " + surname, surname));
        }
        for (var i = 0; i < _spec.Topics.Length; i++) _topics.Add($"t{i}");
        for (var i = 0; i < _spec.Claims.Length; i++) _claims.Add($"claim-{i}");
        for (var i = 0; i < _spec.Articles.Length; i++) _articles.Add(MakeArticle(i, _spec.Articles[i]));
        _published.AddRange(_articles.Where(a => !a.Draft));

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["dossier.yml"] = DossierYml(),
        };
        if (_spec.Outlets.Length > 0) files["outlets.yml"] = OutletsYml();
        if (_spec.Entities.Length > 0) files["entities.yml"] = EntitiesYml();
        for (var i = 0; i < _spec.Topics.Length; i++) files[$"topics/{_topics[i]}.md"] = TopicMd(i);
        for (var i = 0; i < _articles.Count; i++)
        {
            var article = _articles[i];
            _inDraft = article.Draft;
            var meta = ArticleYml(article, _spec.Articles[i]);
            _inDraft = false;
            if (article.IsMarkdown) files[$"articles/{article.Id}.md"] = FrontMatter(meta, string.Join("\n\n", article.Paragraphs.Select(p => p.Markdown)) + "\n");
            else
            {
                files[$"articles/{article.Id}.yml"] = meta;
                files[$"articles/{article.Id}.txt"] = string.Join("\n", article.Paragraphs.Select(p => p.Plain)) + "\n";
            }
        }
        if (_spec.Claims.Length > 0) files["claims.yml"] = ClaimsYml();
        if (_spec.Events.Length > 0) files["timeline.yml"] = TimelineYml();
        return new GeneratedDossier(files, _quotes);
    }

    // ---- words -------------------------------------------------------------------------------------------------

    private static string Word(int index) => Vocabulary.Words[index % Vocabulary.Words.Length];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The words as a sentence that starts with a letter (a plain-text line starting with a dash could read as a list item).</summary>
    private static List<string> SentenceWords(IEnumerable<int> indexes)
    {
        var words = indexes.Select(Word).ToList();
        while (words.Count > 0 && !char.IsLetter(words[0][0])) words.RemoveAt(0);
        if (words.Count == 0) words.Add("the");
        words[0] = Capitalise(words[0]);
        return words;
    }

    private static string Phrase(int[] indexes, string fallback)
    {
        var words = indexes.Select(Word).Where(Vocabulary.IsPlainWord).ToList();
        return words.Count == 0 ? fallback : Capitalise(string.Join(' ', words));
    }

    // ---- articles ----------------------------------------------------------------------------------------------

    private Article MakeArticle(int index, ArticleSpec spec)
    {
        var id = index % 2 == 0 ? $"{index:000}_5e676c2a{index:x2}" : $"a{index}-story";
        var slug = spec.Slug ? $"story-{index}" : id;
        // A number and a comma: no title equals a heading or a paragraph (a plain-text article drops a line equal to its title).
        var title = $"{Phrase(spec.TitleWords, "Report")}, part {index + 1}";
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < spec.Paragraphs.Length; i++)
        {
            var p = spec.Paragraphs[i];
            var last = i == spec.Paragraphs.Length - 1;
            var headingWords = p.Words.Select(Word).Where(Vocabulary.IsPlainWord).Take(5).ToList();
            if (p.Heading && !last && headingWords.Count > 0)
            {
                var heading = Capitalise(string.Join(' ', headingWords));
                paragraphs.Add(new Paragraph(heading, "## " + heading, true));
                continue;
            }
            var words = SentenceWords(p.Words);
            if (p.Entity >= 0 && _entities.Count > 0) words.Insert(Math.Min(2, words.Count), _entities[p.Entity % _entities.Count].Name);
            var plain = string.Join(' ', words) + ".";
            var markdown = p.Bold && words.Count > 2 && Vocabulary.IsPlainWord(words[1])
                ? string.Join(' ', words.Select((w, k) => k == 1 ? $"**{w}**" : w)) + "."
                : plain;
            paragraphs.Add(new Paragraph(plain, markdown, false));
        }
        var folded = MatchText.Fold(string.Join("\n", paragraphs.Select(p => p.Plain)));
        // The first article is never a draft, so something is published to cite.
        var article = new Article(id, slug, title, spec.Markdown, paragraphs, folded, spec.Draft && index > 0);
        article.OmitsLast = spec.Omit && OmitFrom(article) is not null;
        return article;
    }

    /// <summary>The first three words of the last paragraph, when they start it and nothing else: the start of an omitted passage.</summary>
    private static string? OmitFrom(Article article)
    {
        if (article.Paragraphs.Count < 2) return null;
        var words = article.Paragraphs[^1].Plain.Split(' ');
        if (words.Length < 4) return null;
        var from = string.Join(' ', words.Take(3));
        return Occurrences(article.FoldedText, from) == 1 ? from : null;
    }

    private static int Occurrences(string foldedText, string quote)
    {
        var needle = MatchText.Fold(quote);
        var count = 0;
        for (var at = foldedText.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(needle, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Words of a paragraph of the article that occur in it once, outside the omitted passage; null when the spec finds none.</summary>
    private static string? Quote(Article article, QuoteSpec spec)
    {
        var candidates = Enumerable.Range(0, article.Paragraphs.Count)
            .Where(i => !article.Paragraphs[i].Heading && !(article.OmitsLast && i == article.Paragraphs.Count - 1)).ToList();
        if (candidates.Count == 0) return null;
        var at = candidates[spec.Paragraph % candidates.Count];
        var words = article.Paragraphs[at].Plain.Split(' ');
        string quote;
        if (spec.Start % 2 == 1 && candidates.Contains(at + 1))
        {
            var next = article.Paragraphs[at + 1].Plain.Split(' ');
            quote = string.Join(' ', words.TakeLast(1 + spec.Length % 3)) + " " + string.Join(' ', next.Take(1 + spec.Length / 3));
        }
        else
        {
            var length = Math.Min(2 + spec.Length, words.Length);
            var start = spec.Start % (words.Length - length + 1);
            quote = string.Join(' ', words.Skip(start).Take(length));
        }
        if (Occurrences(article.FoldedText, quote) != 1) return null;
        return spec.Variant switch
        {
            1 => quote.Replace('’', '\'').Replace('‑', '-').Replace('«', '\'').Replace('»', '\''),
            2 => quote.ToUpperInvariant(),
            _ => quote,
        };
    }

    private Article ArticleAt(int index) => _published[index % _published.Count];

    /// <summary>A citation's article and quote (null: the whole article), recorded as expected on the article's page.</summary>
    private (Article Article, string? Quote) Resolve(CiteSpec cite)
    {
        var article = ArticleAt(cite.Article);
        var quote = cite.Quote is null ? null : Quote(article, cite.Quote);
        if (quote is not null && !_inDraft) _quotes.Add(new ExpectedQuote(article.Id, article.Slug, quote));
        return (article, quote);
    }

    private string YamlCite(CiteSpec cite)
    {
        var (article, quote) = Resolve(cite);
        return quote is null ? $"{{ article: {article.Id} }}" : $"{{ article: {article.Id}, quote: {Quoted(quote)} }}";
    }

    private string MarkdownCite(CiteSpec cite)
    {
        var (article, quote) = Resolve(cite);
        return quote is null ? $"[@{article.Id}]" : $"[@{article.Id} \"{quote}\"]";
    }

    private string? MarkdownLink(LinkSpec link, string? self = null)
    {
        var (kind, ids) = (link.Kind % 4) switch
        {
            0 => ("entity", _entities.Select(e => e.Id).ToList()),
            1 => ("topic", _topics),
            2 => ("article", _published.Select(a => a.Id).ToList()),
            _ => ("claim", _claims),
        };
        if (ids.Count == 0) return null;
        var id = ids[link.Target % ids.Count];
        if (id == self) return null;
        return (link.Form % 3) switch
        {
            0 => $"[[{id}]]",
            1 => $"[[this {kind}|{id}]]",
            _ => $"[[{kind}:{id}]]",
        };
    }

    /// <summary>A Markdown sentence of the editors, with its link after the first words and its citation at the end.</summary>
    private string Prose(ProseSpec spec, string? self = null)
    {
        var words = SentenceWords(spec.Words);
        if (spec.Link is not null && MarkdownLink(spec.Link, self) is { } link) words.Insert(Math.Min(2, words.Count), link);
        if (spec.Cite is not null) words.Add(MarkdownCite(spec.Cite));
        return string.Join(' ', words) + ".";
    }

    private static string Date(int kind, int year, int month, int day) => kind switch
    {
        0 => $"{year:0000}-{month:00}-{day:00}",
        1 => $"{year:0000}-{month:00}",
        _ => $"{year:0000}",
    };

    private IEnumerable<string> Distinct(int[] indexes, List<string> ids, string? self = null) =>
        ids.Count == 0 ? [] : indexes.Select(i => ids[i % ids.Count]).Where(id => id != self).Distinct();

    private string ArticleYml(Article article, ArticleSpec spec)
    {
        var y = new StringBuilder();
        y.Append("title: ").Append(Quoted(article.Title)).Append('\n');
        var outlet = spec.Outlet % (_outlets.Count + 1);
        y.Append("outlet: ").Append(outlet == _outlets.Count ? "unknown" : _outlets[outlet]).Append('\n');
        if (spec.DateKind == 3) y.Append("date_note: ").Append(Quoted("Undated; the text places it in the talks.")).Append('\n');
        else y.Append("published: ").Append(Date(spec.DateKind, spec.Year, spec.Month, spec.Day)).Append('\n');
        if (spec.Url) y.Append($"url: https://example.org/news/{article.Id}\nretrieved: 2026-01-15\n");
        if (spec.Archive) y.Append($"archive_url: https://web.archive.org/web/20260101000000/https://example.org/news/{article.Id}\narchived: 2026-01-01\n");
        var topics = Distinct(spec.Topics, _topics).ToList();
        if (topics.Count > 0) y.Append("topics: ").Append(FlowList(topics)).Append('\n');
        if (spec.Summary) y.Append("summary: ").Append(Quoted($"What {article.Title} reports, in one sentence.")).Append('\n');
        if (spec.Slug) y.Append("slug: ").Append(article.Slug).Append('\n');
        if (article.Draft) y.Append("draft: true\n");
        if (article.OmitsLast)
            y.Append("omit:\n  - from: ").Append(Quoted(OmitFrom(article)!)).Append("\n    reason: ").Append(Quoted("Publisher's appeal for donations")).Append('\n');
        var notes = spec.Notes.Select(n => (Note: n, Quote: Quote(article, n.At))).Where(n => n.Quote is not null).ToList();
        if (notes.Count > 0)
        {
            y.Append("notes:\n");
            foreach (var (note, quote) in notes)
            {
                y.Append("  - quote: ").Append(Quoted(quote!)).Append('\n');
                y.Append("    kind: ").Append(new[] { "correction", "context", "dispute" }[note.Kind % 3]).Append('\n');
                y.Append("    text: ").Append(Quoted(Prose(note.Text))).Append('\n');
                if (note.Dated) y.Append("    date: 2026-02-03\n");
            }
        }
        return y.ToString();
    }

    // ---- the other files ---------------------------------------------------------------------------------------

    private string DossierYml()
    {
        var s = _spec.Site;
        var y = new StringBuilder();
        y.Append("title: ").Append(Quoted("A random dossier: " + _articles.Count.ToString(CultureInfo.InvariantCulture) + " articles")).Append('\n');
        y.Append("description: ").Append(Quoted("Made up by a property test; it reports no real event.")).Append('\n');
        y.Append("language: ").Append(Vocabulary.Languages[s.Language % Vocabulary.Languages.Length]).Append('\n');
        if (s.SiteUrl) y.Append("site_url: https://example.github.io/dossier/\n");
        if (s.Licence) y.Append("licence: ").Append(Quoted("Editorial text CC BY 4.0; quoted articles remain the property of their publishers.")).Append('\n');
        if (s.PageSize > 0) y.Append("page_size: ").Append(s.PageSize).Append('\n');
        return y.ToString();
    }

    private string OutletsYml()
    {
        var y = new StringBuilder();
        for (var i = 0; i < _spec.Outlets.Length; i++)
        {
            var o = _spec.Outlets[i];
            y.Append("- id: ").Append(_outlets[i]).Append('\n');
            y.Append("  name: ").Append(Quoted(Vocabulary.OutletNames[o.Name % Vocabulary.OutletNames.Length] + " " + (i + 1))).Append('\n');
            if (o.Url) y.Append($"  url: https://outlet{i}.example.org/\n");
            if (o.Country) y.Append("  country: ").Append(Quoted(Vocabulary.Countries[o.Name % Vocabulary.Countries.Length])).Append('\n');
            y.Append("  reliability: ").Append("ABCDEF"[o.Reliability % 6]).Append('\n');
            y.Append("  note: ").Append(Quoted("Graded by a property test.")).Append('\n');
        }
        return y.ToString();
    }

    private string EntitiesYml()
    {
        var y = new StringBuilder();
        for (var i = 0; i < _spec.Entities.Length; i++)
        {
            var e = _spec.Entities[i];
            var (id, name, surname) = _entities[i];
            y.Append("- id: ").Append(id).Append('\n');
            y.Append("  name: ").Append(Quoted(name)).Append('\n');
            y.Append("  kind: ").Append(new[] { "person", "organisation", "place" }[e.Kind % 3]).Append('\n');
            if (e.Alias) y.Append("  aliases: [").Append(Quoted(surname)).Append("]\n");
            if (e.Role) y.Append("  role: ").Append(Quoted("Someone the articles mention")).Append('\n');
            if (e.Description is not null) y.Append("  description: ").Append(Quoted(Prose(e.Description))).Append('\n');
            if (e.Wikidata) y.Append("  wikidata: Q").Append(1000 + i).Append('\n');
        }
        return y.ToString();
    }

    private string TopicMd(int i)
    {
        var t = _spec.Topics[i];
        var y = new StringBuilder();
        y.Append("title: ").Append(Quoted($"{Phrase(t.TitleWords, "Topic")} {i + 1}")).Append('\n');
        y.Append("summary: ").Append(Quoted("A topic made up by a property test.")).Append('\n');
        var related = Distinct(t.Related, _topics, self: _topics[i]).ToList();
        if (related.Count > 0) y.Append("related: ").Append(FlowList(related)).Append('\n');
        return FrontMatter(y.ToString(), string.Join("\n\n", t.Body.Select(p => Prose(p))) + "\n");
    }

    private string ClaimsYml()
    {
        var y = new StringBuilder();
        for (var i = 0; i < _spec.Claims.Length; i++)
        {
            var c = _spec.Claims[i];
            y.Append("- id: ").Append(_claims[i]).Append('\n');
            var words = SentenceWords(c.Words);
            if (c.Link is not null && MarkdownLink(c.Link, self: _claims[i]) is { } link) words.Insert(Math.Min(2, words.Count), link);
            y.Append("  claim: ").Append(Quoted(string.Join(' ', words) + ".")).Append('\n');
            var topics = Distinct(c.Topics, _topics).ToList();
            if (topics.Count > 0) y.Append("  topics: ").Append(FlowList(topics)).Append('\n');
            var entities = Distinct(c.Entities, _entities.Select(e => e.Id).ToList()).ToList();
            if (entities.Count > 0) y.Append("  entities: ").Append(FlowList(entities)).Append('\n');
            y.Append("  credibility: ").Append(c.Credibility).Append('\n');
            y.Append("  cite:\n");
            foreach (var cite in c.Cites) y.Append("    - ").Append(YamlCite(cite)).Append('\n');
            var disputed = Distinct(c.DisputedBy, _claims, self: _claims[i]).ToList();
            if (disputed.Count > 0) y.Append("  disputed_by: ").Append(FlowList(disputed)).Append('\n');
        }
        return y.ToString();
    }

    private string TimelineYml()
    {
        var y = new StringBuilder();
        foreach (var e in _spec.Events)
        {
            y.Append("- date: ").Append(Date(e.DateKind, e.Year, e.Month, e.Day)).Append('\n');
            y.Append("  title: ").Append(Quoted(Phrase(e.TitleWords, "Something happens"))).Append('\n');
            if (e.Text is not null) y.Append("  text: ").Append(Quoted(Prose(e.Text))).Append('\n');
            var topics = Distinct(e.Topics, _topics).ToList();
            if (topics.Count > 0) y.Append("  topics: ").Append(FlowList(topics)).Append('\n');
            var entities = Distinct(e.Entities, _entities.Select(x => x.Id).ToList()).ToList();
            if (entities.Count > 0) y.Append("  entities: ").Append(FlowList(entities)).Append('\n');
            if (e.Cites.Length > 0)
            {
                y.Append("  cite:\n");
                foreach (var cite in e.Cites) y.Append("    - ").Append(YamlCite(cite)).Append('\n');
            }
        }
        return y.ToString();
    }
}
