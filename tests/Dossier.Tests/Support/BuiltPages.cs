using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Support;

/// <summary>The pages of a site a test built: their paths, and each parsed once with AngleSharp on first use.</summary>
public abstract class BuiltPages
{
    private readonly Dictionary<string, IHtmlDocument> _pages = new(StringComparer.Ordinal);

    public abstract string Output { get; }

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
}
