using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Support;

/// <summary>The real input/ with page_size: 2, built once, so that every long list of the seeds continues on other pages.</summary>
public sealed class PagedSite : IDisposable
{
    public const int PageSize = 2;

    private readonly TempDossier _dossier = new();
    private readonly Dictionary<string, IHtmlDocument> _pages = new(StringComparer.Ordinal);

    public string Input => _dossier.Input;
    public string Output => _dossier.Output;
    public CliResult Result { get; }

    public PagedSite()
    {
        _dossier.Write("dossier.yml", _dossier.Read("dossier.yml").TrimEnd() + $"\npage_size: {PageSize}\n");
        Result = _dossier.Build();
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

    public void Dispose() => _dossier.Dispose();
}
