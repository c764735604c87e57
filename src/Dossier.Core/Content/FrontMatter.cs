using Dossier.Diagnostics;
using Dossier.Pipeline;

namespace Dossier.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines) and its body.</summary>
public sealed record FrontMatter(string Yaml, string Body, int BodyFirstLine)
{
    /// <summary>Line offset to add to YAML positions: the front matter starts on the file's second line.</summary>
    public const int YamlLineOffset = 1;

    public static FrontMatter? Split(InputFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, file.At(1, 1), "the file does not start with front matter",
                "begin the file with a line '---', the fields (title: …), and another line '---' before the text.");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r', ' ', '\t') != "---") continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            return new FrontMatter(yaml, body, i + 2);
        }
        diagnostics.Error(DiagnosticCodes.FrontMatter, file.At(1, 1), "the front matter is not closed",
            "add a line '---' after the last field, before the text.");
        return null;
    }
}
