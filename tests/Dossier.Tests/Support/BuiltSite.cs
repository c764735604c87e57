using AngleSharp.Html.Dom;

namespace Dossier.Tests.Support;

/// <summary>The real input/ built once into a temporary folder, shared by the tests of a class.</summary>
public sealed class BuiltSite : BuiltPages, IDisposable
{
    private readonly TempDossier _dossier = new(copyInput: false);

    public override string Output => _dossier.Output;
    public CliResult Result { get; }

    public BuiltSite()
    {
        Result = DossierCli.Build(Repo.Input, Output);
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
