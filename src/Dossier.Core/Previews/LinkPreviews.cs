using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Articles;
using Dossier.Links;
using Dossier.Output;
using Dossier.References;

namespace Dossier.Previews;

/// <summary>What a link preview shows of the page it points to.</summary>
public sealed record LinkPreview(string Kind, string Title, string? Meta, string Text);

/// <summary>
/// Previews of entity, topic and article pages, shown by site.js when a reader hovers over or focuses a link to
/// one. They are shared by every page in a few script files (assets/previews/N.js), each holding the previews of
/// the pages whose path hashes to it: the script of a link's target is added with a &lt;script src&gt; the first
/// time such a link is hovered or focused. No fetch, so they work from file://; without JavaScript nothing shows
/// and nothing is lost; and no page carries the previews of everything it links to.
/// </summary>
public sealed class LinkPreviews(Func<IReadOnlyDictionary<string, LinkPreview>> collect, int count)
{
    public const string Folder = "assets/previews/";
    private const int PerFile = 200;
    private const int MaxText = 240;

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Default;

    /// <summary>How many preview files there are; site.js learns it from the page's body.</summary>
    public int Files { get; } = FilesFor(count);

    // Every page needs the number of files; only the files need the previews, made once and only when asked for.
    private readonly Lazy<SortedDictionary<string, LinkPreview>[]> _byFile =
        new(() => Split(collect(), FilesFor(count)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static int FilesFor(int previews) => Math.Max(1, (previews + PerFile - 1) / PerFile);

    public static LinkPreviews From(DossierContent content) =>
        new(() => Collect(content), content.Entities.Entities.Count + content.Topics.Topics.Count + content.Articles.Articles.Count);

    private static Dictionary<string, LinkPreview> Collect(DossierContent content)
    {
        var byPath = new Dictionary<string, LinkPreview>(StringComparer.Ordinal);
        foreach (var e in content.Entities.Entities.Values)
            byPath[Routes.Entity(e.Id)] = new LinkPreview(e.Kind.ToString(), e.Name, e.Role, Cut(e.Description.PlainText()));
        foreach (var t in content.Topics.Topics.Values)
            byPath[Routes.Topic(t.Id)] = new LinkPreview("Topic", t.Title, null, Cut(t.Summary));
        foreach (var a in content.Articles.Articles)
            byPath[Routes.Article(a.Slug)] = new LinkPreview("Article", a.Meta.Title,
                $"{ArticleViews.OutletName(a, content.Outlets.Outlets)} · {ArticleViews.DateLabel(a)}", Cut(a.Meta.Summary ?? ""));
        return byPath;
    }

    /// <summary>The file holding a page's preview: FNV-1a of the path's UTF-16 code units, as site.js computes it.</summary>
    public int FileOf(string path) => FileOf(path, Files);

    private static int FileOf(string path, int files)
    {
        var hash = 2166136261u;
        foreach (var c in path)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)files);
    }

    public static string PathOf(int file) => $"{Folder}{file}.js";

    /// <summary>One preview file: it registers its previews, by page path, as [kind, title, meta, text].</summary>
    public OutputFile Script(int file)
    {
        var script = new StringBuilder("window.DossierPreviews && window.DossierPreviews.add({");
        var first = true;
        foreach (var (path, p) in _byFile.Value[file])
        {
            script.Append(first ? "\n" : ",\n").Append(Json(path)).Append(":[").Append(Json(p.Kind)).Append(',').Append(Json(p.Title))
                .Append(',').Append(p.Meta is null ? "null" : Json(p.Meta)).Append(',').Append(Json(p.Text)).Append(']');
            first = false;
        }
        return OutputFile.Text(PathOf(file), script.Append("\n});\n").ToString());
    }

    private static SortedDictionary<string, LinkPreview>[] Split(IReadOnlyDictionary<string, LinkPreview> previews, int count)
    {
        var files = Enumerable.Range(0, count).Select(_ => new SortedDictionary<string, LinkPreview>(StringComparer.Ordinal)).ToArray();
        foreach (var (path, preview) in previews) files[FileOf(path, count)][path] = preview;
        return files;
    }

    private static string Json(string text) => "\"" + JsonEncodedText.Encode(text, Encoder) + "\"";

    private static string Cut(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxText) return text;
        var end = text.LastIndexOf(' ', MaxText);
        return text[..(end > 0 ? end : MaxText)] + " …";
    }
}
