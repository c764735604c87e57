using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Support;

/// <summary>The real input/ built once into a temporary folder, shared by the tests of a class.</summary>
public sealed class BuiltSite : IDisposable
{
    private readonly TempDossier _dossier = new(copyInput: false);
    private readonly Dictionary<string, IHtmlDocument> _pages = new(StringComparer.Ordinal);

    public string Output => _dossier.Output;
    public CliResult Result { get; }

    public BuiltSite()
    {
        Result = DossierCli.Build(Repo.Input, Output);
    }

    public string PathOf(string page) => Path.Combine(Output, page);

    public IEnumerable<string> Pages => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

    public IHtmlDocument Page(string page)
    {
        lock (_pages)
        {
            if (!_pages.TryGetValue(page, out var document))
                _pages[page] = document = new HtmlParser().ParseDocument(File.ReadAllText(PathOf(page)));
            return document;
        }
    }

    /// <summary>The article page whose source file is the given seed (the page shows the file name).</summary>
    public (string Path, IHtmlDocument Document) ArticleFromFile(string fileName)
    {
        foreach (var page in Pages.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)))
        {
            var document = Page(page);
            if (document.QuerySelector(".article-footer code")?.TextContent == fileName) return (page, document);
        }
        throw new InvalidOperationException($"no article page shows the source file {fileName}");
    }

    public void Dispose() => _dossier.Dispose();
}
