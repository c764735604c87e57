using System.Text;
using System.Text.Encodings.Web;
using Dossier.Pictures;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Dossier.TemplateBench;

/// <summary>
/// The Liquid translation of the theme (bench/Dossier.TemplateBench/liquid/): layouts and pages parsed once, partials
/// served to {% include %} from memory, typed models registered with the member access strategy.
/// </summary>
public sealed class LiquidTheme
{
    public static readonly FluidParser Parser = new();

    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public TemplateOptions Options { get; }

    public IReadOnlyDictionary<string, string> Sources { get; }

    public IReadOnlyDictionary<string, string> Partials { get; }

    /// <param name="delegates">Register each member as a delegate (FluidAccessors) instead of each type with Register&lt;T&gt;().</param>
    public LiquidTheme(IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string> partials, bool delegates = false)
    {
        Sources = sources;
        Partials = partials;
        Options = new TemplateOptions { FileProvider = new MemoryFileProvider(partials) };
        var access = Options.MemberAccessStrategy;
        // Names as the Handlebars templates spell them (camelCase); set before registering.
        access.MemberNameStrategy = MemberNameStrategies.CamelCase;
        if (delegates) FluidAccessors.Register(access);
        else RegisterTypes(access);
        foreach (var (name, text) in sources)
        {
            if (!Parser.TryParse(text, out var template, out var error))
                throw new InvalidOperationException($"{name}: {error}");
            _templates[name] = template;
        }
    }

    private static void RegisterTypes(MemberAccessStrategy access)
    {
        access.Register<LayoutModel>();
        access.Register<NavItem>();
        access.Register<TitleLink>();
        access.Register<ArticlePage>();
        access.Register<BodyGroup>();
        access.Register<BlockView>();
        access.Register<NoteView>();
        access.Register<ReferenceView>();
        access.Register<CitedByView>();
        access.Register<PassageView>();
        access.Register<SourceView>();
        access.Register<EntityPage>();
        access.Register<SourceRef>();
        access.Register<MentionArticle>();
        access.Register<MentionSentence>();
        access.Register<PaginationView>();
        access.Register<PageNumber>();
        access.Register<ClaimView>();
        access.Register<TextLink>();
        access.Register<QuoteView>();
        access.Register<EventView>();
        access.Register<Companion>();
        access.Register<Picture>();
        access.Register<DataTable>();
        access.Register<TableCell>();
    }

    /// <summary>Reads layouts/*.liquid, pages/*.liquid and partials/*.liquid under a folder.</summary>
    public static LiquidTheme Load(string folder, bool delegates = false)
    {
        Dictionary<string, string> Read(string sub) => Directory.EnumerateFiles(Path.Combine(folder, sub), "*.liquid").Order(StringComparer.Ordinal)
            .ToDictionary(f => sub + "/" + Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
        var sources = Read("layouts").Concat(Read("pages")).ToDictionary(StringComparer.Ordinal);
        var partials = Read("partials").ToDictionary(p => p.Key["partials/".Length..], p => p.Value, StringComparer.Ordinal);
        return new LiquidTheme(sources, partials, delegates);
    }

    public string Render(string template, object model) =>
        _templates[template].Render(new TemplateContext(model, Options), HtmlEncoder.Default);
}

/// <summary>The partials, by name, for {% include 'name' %}: an in-memory file provider (no Microsoft.Extensions.FileProviders.Physical).</summary>
public sealed class MemoryFileProvider(IReadOnlyDictionary<string, string> partials) : IFileProvider
{
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UtcNow;

    private readonly Dictionary<string, IFileInfo> _files = partials.ToDictionary(
        p => p.Key + ".liquid", p => (IFileInfo)new MemoryFile(p.Key + ".liquid", Encoding.UTF8.GetBytes(p.Value)), StringComparer.Ordinal);

    /// <summary>How many times Fluid asked for a partial (to see whether {% include %} looks its file up on every call).</summary>
    public static int Lookups;

    public IFileInfo GetFileInfo(string subpath)
    {
        Interlocked.Increment(ref Lookups);
        return _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => name;
        public DateTimeOffset LastModified => Loaded;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);
    }
}
