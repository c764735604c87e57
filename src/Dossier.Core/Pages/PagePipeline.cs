using System.Collections.Concurrent;
using Dossier.Claims;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.References;
using Dossier.Timeline;

namespace Dossier.Pages;

/// <summary>
/// A pipeline that renders pages in PostProcess, once the content is read and cross-checked. It renders
/// nothing when the site settings are missing or any error was found: such a build writes nothing anyway.
/// Each page is only registered here, with how to make it: a build renders them all in its Output phase and
/// writes each at once, while a preview session renders each when it is first asked for.
/// </summary>
public abstract class PagePipeline(DossierContent content, DossierAnalysis analysis) : Pipeline.Pipeline
{
    private readonly ConcurrentQueue<PendingFile> _pages = [];
    private PageRenderer? _renderer;

    protected DossierContent Content => content;
    protected DossierAnalysis Analysis => analysis;

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [.. content.All, .. analysis.All];

    public override IEnumerable<PendingFile> Pending => _pages;

    public override IEnumerable<OutputFile> Outputs
    {
        get
        {
            MakeAll();
            return _pages.Select(p => p.File);
        }
    }

    public sealed override void PostProcess(BuildContext context)
    {
        if (content.Site.Config is null || context.Diagnostics.HasErrors) return;
        _renderer = new PageRenderer(content.Theme, content.Site.Config, content.Previews);
        Previewing = context.Cache is not null;
        Cache = context.Cache;
        Render(_renderer);
    }

    /// <summary>True in a `serve` session, where a page is made only when it is asked for.</summary>
    protected bool Previewing { get; private set; }

    /// <summary>In a `serve` session, what earlier builds of the session made.</summary>
    protected BuildCache? Cache { get; private set; }

    protected abstract void Render(PageRenderer renderer);

    protected void Add(OutputFile file) => _pages.Enqueue(new PendingFile(file, Name));

    /// <summary>Registers a page in the base layout, rendered when first asked for.</summary>
    protected void Add(PageInfo page, string template, Func<Links.LinkGenerator, object> model) =>
        Add(page.Path, () => _renderer!.Render(page, template, model));

    protected void Add(string path, Func<OutputFile> make) => _pages.Enqueue(new PendingFile(path, make, Name));

    private void MakeAll() => Parallel.ForEach(_pages, p => _ = p.File);

    protected ClaimViews ClaimViews() => new(content, analysis.Citations.Index, analysis.References.Resolver);

    protected EventViews EventViews() => new(content, analysis.Citations.Index, analysis.References.Resolver);

    protected Markdown.MarkdownRenderContext MarkdownContext(Links.LinkGenerator links) => new(links, analysis.References.Resolver);
}
