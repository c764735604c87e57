using System.Text;

namespace Dossier.Tests.Properties;

/// <summary>A quote that a citation of the generated dossier makes: its article page must show it, marked.</summary>
public sealed record ExpectedQuote(string ArticleId, string Slug, string Quote);

/// <summary>The files of a composed dossier (paths relative to input/), and the quotes its citations make.</summary>
public sealed record GeneratedDossier(SortedDictionary<string, string> Files, IReadOnlyList<ExpectedQuote> Quotes)
{
    /// <summary>The dossier written into the input/ of a new temporary folder.</summary>
    public Support.TempDossier InTempFolder()
    {
        var temp = new Support.TempDossier(copyInput: false);
        WriteTo(temp.Input);
        return temp;
    }

    public void WriteTo(string input)
    {
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Every file in full: what CsCheck prints for a failing dossier, to be written out and built by hand.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (relative, content) in Files) text.Append("\n===== input/").Append(relative).Append('\n').Append(content);
        return text.ToString();
    }
}
