using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Yaml;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// The split of a Markdown file into front matter and body, then the front matter through the YAML tree reader
/// with its line offset, as articles and topics read it. Checks that the parts are pieces of the file and that
/// the body's first line is a line of the file.
/// </summary>
public static partial class FrontMatterTarget
{
    [System.Text.RegularExpressions.GeneratedRegex("\r\n|[\r\n\u0085\u2028\u2029]")]
    private static partial System.Text.RegularExpressions.Regex LineBreaks();

    public static void Run(ReadOnlySpan<byte> data)
    {
        var d = new DiagnosticBag();
        var file = Harness.File("topics/fuzz.md", data, d);
        if (file is null) return;
        var front = FrontMatter.Split(file, d);
        Contract.ResultOrError(front, d, "the front matter split");
        if (front is null) return;
        var text = file.Text;
        Contract.That(text.Contains(front.Yaml, StringComparison.Ordinal), "the front matter is not a piece of the file");
        Contract.That(text.EndsWith(front.Body, StringComparison.Ordinal), "the body is not the end of the file");
        // Lines as YAML counts them (and most editors show them): a lone CR, NEL and the Unicode separators end a line too.
        var lines = LineBreaks().Count(text) + 1;
        Contract.That(front.BodyFirstLine >= 2 && front.BodyFirstLine <= lines + 1, $"body line {front.BodyFirstLine} of a file of {lines} lines");
        var yaml = new DiagnosticBag();
        var ok = YamlTreeReader.TryRead(front.Yaml, file.DisplayPath, yaml, out _, FrontMatter.YamlLineOffset);
        if (!ok) Contract.Reported(yaml, "the front matter's YAML");
        Contract.Located(yaml);
        foreach (var diagnostic in yaml.Sorted())
            Contract.That(diagnostic.Location.Line <= lines, $"{diagnostic.Code} at line {diagnostic.Location.Line} of a file of {lines} lines");
    }
}
