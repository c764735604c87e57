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
/// </summary>
public abstract class PagePipeline(DossierContent content, DossierAnalysis analysis) : Pipeline.Pipeline
{
    private readonly ConcurrentBag<OutputFile> _pages = [];

    protected DossierContent Content => content;
    protected DossierAnalysis Analysis => analysis;

    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [.. content.All, .. analysis.All];

    public override IEnumerable<OutputFile> Outputs => _pages;

    public sealed override void PostProcess(BuildContext context)
    {
        if (content.Site.Config is null || context.Diagnostics.HasErrors) return;
        Render(new PageRenderer(content.Theme, content.Site.Config));
    }

    protected abstract void Render(PageRenderer renderer);

    protected void Add(OutputFile page) => _pages.Add(page);

    protected ClaimViews ClaimViews() => new(content, analysis.Citations.Index, analysis.References.Resolver);

    protected EventViews EventViews() => new(content, analysis.Citations.Index, analysis.References.Resolver);

    protected Markdown.MarkdownRenderContext MarkdownContext(Links.LinkGenerator links) => new(links, analysis.References.Resolver);
}
