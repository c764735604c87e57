using Dossier.Links;
using Dossier.Pages;
using Dossier.References;

namespace Dossier.Search;

/// <summary>
/// Writes the search index — every article, topic, entity, claim and event — in parts that search.html loads as a
/// query needs them (<see cref="SearchFiles"/>), and search.html itself.
/// </summary>
public sealed class SearchIndexPipeline(DossierContent content, DossierAnalysis analysis) : PagePipeline(content, analysis)
{
    /// <summary>The templates this renders, each with the record type of its model (checked by the theme before rendering).</summary>
    public static readonly IReadOnlyList<(string Template, Type Model)> Templates = [("pages/search", typeof(SearchPage))];

    public override string Name => "Search";

    private SearchFiles? _files;

    /// <summary>The CPU time the index took to build, its parts added up (the files' own time is under <see cref="Name"/>).</summary>
    public override IEnumerable<(string Group, TimeSpan Time)> BackgroundWork =>
        _files?.IndexTime is { } time ? [("(search index)", time)] : [];

    protected override void Render(PageRenderer renderer)
    {
        var files = _files = new SearchFiles(new SearchDocuments(Content), Cache);
        // A build makes every file, so the index is started at once, beside the other work, rather than by the first
        // worker to ask for it while the other waits; a preview makes it only if search is used.
        if (!Previewing) files.StartIndex();
        foreach (var (path, make) in files.All()) Add(path, make);
        string[] scripts = ["assets/search-engine.js", SearchFiles.Manifest, "assets/search.js"];
        Add(new PageInfo(Routes.Search, "Search", $"Search {renderer.Site.Title}.", "Search"), "search", links => new SearchPage(
            Scripts: scripts.Select(s => links.To(s)).ToList()));
    }
}
