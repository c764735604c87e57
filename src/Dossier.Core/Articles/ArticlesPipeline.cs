using System.Collections.Concurrent;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Pipeline;

namespace Dossier.Articles;

/// <summary>Reads input/articles: Markdown articles (ID.md) and imported plain text (ID.txt + ID.yml).</summary>
public sealed class ArticlesPipeline(Site.SitePipeline site) : Pipeline.Pipeline
{
    public const string Folder = "articles";

    private IReadOnlyList<InputFile> _files = [];

    public override string Name => "Articles";

    /// <summary>The site settings say whether Markdown may carry raw HTML.</summary>
    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site];

    /// <summary>Articles in reading order: by date (undated last), then id.</summary>
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IReadOnlyDictionary<string, Article> ById { get; private set; } = new Dictionary<string, Article>();

    /// <summary>
    /// The articles filed under each topic id, in reading order: made once, when first asked for, for the topic pages
    /// and the home page.
    /// </summary>
    public ILookup<string, Article> ByTopic => _byTopic.Value;

    private Lazy<ILookup<string, Article>> _byTopic = new(() => Array.Empty<Article>().ToLookup(a => a.Id));

    /// <summary>The id of every article file, including files with errors, so that one broken article does not make each citation of it an error too.</summary>
    public IReadOnlySet<string> FileIds { get; private set; } = new HashSet<string>();

    /// <summary>The articles left out of this build as drafts.</summary>
    public IReadOnlySet<string> DraftIds { get; private set; } = new HashSet<string>();

    private IReadOnlySet<string> _names = new HashSet<string>();

    public override void Input(BuildContext context)
    {
        var folder = Path.Combine(context.InputRoot, Folder);
        // Files that exist but could not be read are reported by InputFile; they must not also count as missing.
        var names = new HashSet<string>(StringComparer.Ordinal);
        _files = InputFolder.Read(folder, [".md", ".txt", ".yml"], context.Diagnostics, "article", context.Cache, names);
        _names = names;
    }

    public override void Process(BuildContext context)
    {
        var d = context.Diagnostics;
        var groups = _files.GroupBy(f => Path.GetFileNameWithoutExtension(f.FullPath), StringComparer.Ordinal).ToList();
        FileIds = _names.Select(n => Path.GetFileNameWithoutExtension(n)).ToHashSet(StringComparer.Ordinal);
        var articles = new ConcurrentBag<Article>();
        var rawHtml = site.Config?.RawHtml == true;
        Parallel.ForEach(groups, group =>
        {
            var files = group.ToDictionary(f => Path.GetExtension(f.FullPath));
            if (files.Count == 1 && HasUnreadableTwin(group.Key, files.Keys.Single())) return;
            var article = context.Cache is { } cache
                ? Merge(Cached(cache, group.Key, files, rawHtml), d)
                : Parse(group.Key, files, rawHtml, d);
            if (article is not null) articles.Add(article);
        });
        var (published, drafts) = Drafts.Drafts.Split(articles
            .OrderBy(a => a.Meta.Published is null ? 1 : 0)
            .ThenBy(a => a.Meta.Published)
            .ThenBy(a => a.Id, StringComparer.Ordinal), a => a.Meta.Draft, a => a.Id, context.IncludeDrafts);
        Articles = published;
        DraftIds = drafts;
        ById = Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var ordered = Articles;
        _byTopic = new(() => ordered.SelectMany(a => a.Meta.Topics.Select(t => (t.Id, Article: a))).ToLookup(x => x.Id, x => x.Article, StringComparer.Ordinal));
        // A one-off build is done with the files' text: each article keeps what its pages need.
        if (context.Cache is null) _files = [];
    }

    public override void PostProcess(BuildContext context)
    {
        var bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in Articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            if (bySlug.TryGetValue(article.Slug, out var other))
                context.Diagnostics.Error(DiagnosticCodes.DuplicateSlug, article.Meta.Slug is null ? article.At : article.Meta.SlugAt,
                    $"articles '{other.Id}' and '{article.Id}' would both be published as articles/{article.Slug}.html",
                    "give one of them another 'slug:'.");
            else bySlug[article.Slug] = article;
        }
    }

    /// <summary>A .txt whose .yml exists but could not be read (or the reverse): its own error says so already.</summary>
    private bool HasUnreadableTwin(string id, string extension) => extension switch
    {
        ".txt" => _names.Contains(id + ".yml"),
        ".yml" => _names.Contains(id + ".txt"),
        _ => false,
    };

    /// <summary>A parse with its own diagnostics, as cached between builds of a preview session.</summary>
    private sealed record Parsed(Article? Article, DiagnosticBag Diagnostics);

    /// <summary>
    /// In a preview session, the article as last parsed from the same files: kept with the first of them (the cache
    /// gives an unchanged file back as the same object), and made again when any of its files or the raw-HTML
    /// setting differs. Keyed by the object, not by a string of paths and hashes, which was made, looked up and
    /// pruned for every article at every edit.
    /// </summary>
    private static Parsed Cached(BuildCache cache, string id, Dictionary<string, InputFile> files, bool allowHtml)
    {
        var ordered = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value).ToList();
        var key = ordered.Count == 1 ? (allowHtml ? "html" : "")
            : $"{allowHtml}|{string.Join('|', ordered.Skip(1).Select(f => f.FullPath + "#" + f.Sha256))}";
        return cache.Derived(ordered[0], key, () => ParseAlone(id, files, allowHtml));
    }

    private static Parsed ParseAlone(string id, Dictionary<string, InputFile> files, bool allowHtml)
    {
        var diagnostics = new DiagnosticBag();
        return new Parsed(Parse(id, files, allowHtml, diagnostics), diagnostics);
    }

    /// <summary>A cached parse's diagnostics are reported again: its file has not changed, so neither have they.</summary>
    private static Article? Merge(Parsed parsed, DiagnosticBag d)
    {
        d.AddRange(parsed.Diagnostics);
        return parsed.Article;
    }

    private static Article? Parse(string id, Dictionary<string, InputFile> files, bool allowHtml, DiagnosticBag d)
    {
        var any = files.Values.First();
        if (!Ids.Check(id, any.At(), d, "article file name")) return null;
        files.TryGetValue(".md", out var markdown);
        files.TryGetValue(".txt", out var text);
        files.TryGetValue(".yml", out var sidecar);
        if (markdown is not null && (text is not null || sidecar is not null))
        {
            var other = text ?? sidecar!;
            d.Error(DiagnosticCodes.DuplicateId, other.At(), $"article id '{id}' is used by both {markdown.DisplayPath} and {other.DisplayPath}",
                "an article is either ID.md, or ID.txt with its ID.yml; rename or remove one.");
            return null;
        }
        if (markdown is not null) return ArticleParser.ParseMarkdown(id, markdown, allowHtml, d);
        if (text is null)
        {
            d.Error(DiagnosticCodes.MissingSidecar, sidecar!.At(), $"metadata file without an article: there is no {id}.txt",
                $"add the article text as {id}.txt, or remove {Path.GetFileName(sidecar.FullPath)}.");
            return null;
        }
        if (sidecar is null)
        {
            d.Error(DiagnosticCodes.MissingSidecar, text.At(), $"imported article without metadata: there is no {id}.yml beside it",
                $"create {id}.yml with at least title, outlet and published (or date_note); see docs/editing.md.");
            return null;
        }
        return ArticleParser.ParsePlainText(id, text, sidecar, allowHtml, d);
    }
}
