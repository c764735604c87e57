using Dossier.Articles;
using Dossier.Citations;
using Dossier.Claims;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Print;
using Dossier.Publishing;
using Dossier.References;
using Dossier.Search;
using Dossier.Timeline;
using Dossier.Home;
using Dossier.Links;
using Dossier.Outlets;
using Dossier.Output;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Sources;
using Dossier.Theme;
using Dossier.Topics;

namespace Dossier.Build;

/// <param name="FileCount">How many files the build made (and handed to its output).</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, PhaseTimings Timings)
{
    /// <summary>The dossier's settings, when dossier.yml could be read.</summary>
    public Site.SiteConfig? Site { get; init; }

    /// <summary>Of a build with deferred pages and no errors: the site, each file made when first asked for.</summary>
    public PendingSite? Pending { get; init; }

    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// Builds a dossier in two passes: the pipelines read and cross-check all the content; then every page is
/// rendered, one worker per core, and handed to the output as soon as it is made, keeping only its links and
/// ids for the link check. The output decides what a failed build leaves: a <see cref="StagedOutput"/> is
/// swapped in only after success, so a build with errors can never leave a half-written site.
/// </summary>
public static class DossierBuild
{
    /// <param name="output">Where each file goes as it is made; nothing is kept when omitted (`check`).</param>
    /// <param name="printEdition">Also make print.html, the whole dossier in one page (for `dossier pack`).</param>
    /// <param name="cache">Kept between the builds of a preview session, so unchanged documents are not parsed again.</param>
    /// <param name="deferPages">
    /// Stop once the content is read and cross-checked: the result's <see cref="BuildResult.Pending"/> site renders each
    /// page when first asked for, and <see cref="PendingSite.Complete"/> renders the rest and checks the links.
    /// </param>
    /// <param name="progress">Told of each file made.</param>
    /// <param name="baseUrl">The site's address for this build, in place of site_url (`build --base-url`).</param>
    /// <param name="includeDrafts">Build the articles and topics marked `draft: true` too (`build --drafts`, `serve`).</param>
    public static BuildResult Run(string inputRoot, string themeRoot, IOutputSink? output = null, bool printEdition = false,
        BuildCache? cache = null, bool deferPages = false, RenderProgress? progress = null, string? baseUrl = null, bool includeDrafts = false)
    {
        var diagnostics = new DiagnosticBag();
        var context = new BuildContext(inputRoot, themeRoot, diagnostics, cache) { SiteUrlOverride = baseUrl, IncludeDrafts = includeDrafts };
        var timings = new PhaseTimings();
        if (!Directory.Exists(context.InputRoot))
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, BuildContext.FileAt(context.InputRoot), "the input folder does not exist",
                "run the command in the dossier's folder (the one holding input/) or below it, or pass --input DIR; to start a dossier, run `init DIR`.");
            return new BuildResult(diagnostics.Sorted(), 0, timings);
        }
        var pipelines = CreatePipelines(printEdition);
        Engine.Run(pipelines, context, timings);
        var config = pipelines.OfType<SitePipeline>().Single().Config;
        var pending = Gather(pipelines, diagnostics);
        if (deferPages)
            return new BuildResult(diagnostics.Sorted(), pending.Count, timings) { Site = config, Pending = diagnostics.HasErrors ? null : pending };
        if (diagnostics.HasErrors) return new BuildResult(diagnostics.Sorted(), 0, timings) { Site = config };
        timings.Measure(Phase.Output, () =>
        {
            var spent = pending.Render(output ?? DiscardOutput.Instance, diagnostics, CancellationToken.None, progress: progress);
            foreach (var (group, time) in spent) timings.Add(Phase.Output, group, time);
            foreach (var (group, time) in pipelines.SelectMany(p => p.BackgroundWork)) timings.Add(Phase.Output, group, time);
            return 0;
        });
        return new BuildResult(diagnostics.Sorted(), diagnostics.HasErrors ? 0 : pending.Count, timings) { Site = config };
    }

    public static IReadOnlyList<Pipeline.Pipeline> CreatePipelines(bool printEdition = false)
    {
        var site = new SitePipeline();
        var content = new DossierContent(site, new ThemePipeline(), new OutletsPipeline(), new TopicsPipeline(site),
            new ArticlesPipeline(site), new EntitiesPipeline(site), new TimelinePipeline(site), new ClaimsPipeline(site));
        var citations = new CitationsPipeline(content);
        var analysis = new DossierAnalysis(citations, new MentionsPipeline(content.Articles, content.Entities), new ReferencesPipeline(content, citations));
        Pipeline.Pipeline[] pages =
        [
            new ArticlePagesPipeline(content, analysis),
            new TopicPagesPipeline(content, analysis),
            new EntityPagesPipeline(content, analysis),
            new TimelinePagePipeline(content, analysis),
            new ClaimsPagePipeline(content, analysis),
            new ClaimPagePipeline(content, analysis),
            new Corrections.CorrectionsPagePipeline(content, analysis),
            new Methodology.MethodologyPagePipeline(content, analysis),
            new HomePagePipeline(content, analysis),
            new SourcesPagePipeline(content, analysis),
            new NotFoundPagePipeline(content, analysis),
            new SearchIndexPipeline(content, analysis),
            new Data.DataPagePipeline(content, analysis),
        ];
        Pipeline.Pipeline[] extra = printEdition ? [new PrintPipeline(content, analysis, pages)] : [];
        return [.. content.All, .. analysis.All, .. pages, new OriginalsPipeline(site, content.Articles), new Previews.PreviewsPipeline(content), new PublishingPipeline(content, pages), .. extra];
    }

    /// <summary>Every file the pipelines will produce, by path; two files for one path is an error.</summary>
    private static PendingSite Gather(IReadOnlyList<Pipeline.Pipeline> pipelines, DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors) return new PendingSite(new Dictionary<string, PendingFile>());
        // Sized at once: a preview session gathers tens of thousands of files on every edit.
        var count = pipelines.Sum(p => p.Pending.TryGetNonEnumeratedCount(out var n) ? n : 0);
        var files = new Dictionary<string, PendingFile>(count, StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(count, StringComparer.OrdinalIgnoreCase);
        foreach (var pipeline in pipelines)
            foreach (var file in pipeline.Pending.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (seen.TryGetValue(file.Path, out var other))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateSlug, SourceLocation.FileOnly(file.Path),
                        $"two files would be written to '{file.Path}' (by {other} and {pipeline.Name})",
                        "rename the article slug, topic or theme asset that collides.");
                    continue;
                }
                seen[file.Path] = pipeline.Name;
                files[file.Path] = file;
            }
        return new PendingSite(files);
    }
}
