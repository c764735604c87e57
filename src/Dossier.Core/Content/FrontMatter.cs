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
        // A line scan rather than Split('\n') and Join: the body is copied once, not three times.
        var text = file.Text;
        var firstEnd = text.IndexOf('\n');
        if (!IsFence(text.AsSpan(0, firstEnd < 0 ? text.Length : firstEnd)))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatter, file.At(1, 1), "the file does not start with front matter",
                "begin the file with a line '---', the fields (title: …), and another line '---' before the text.");
            return null;
        }
        if (firstEnd >= 0)
        {
            var yamlStart = firstEnd + 1;
            for (int start = yamlStart, line = 1; ; line++)
            {
                var end = text.IndexOf('\n', start);
                if (IsFence(text.AsSpan(start, (end < 0 ? text.Length : end) - start)))
                    return new FrontMatter(start == yamlStart ? "" : text[yamlStart..(start - 1)], end < 0 ? "" : text[(end + 1)..], line + 2);
                if (end < 0) break;
                start = end + 1;
            }
        }
        diagnostics.Error(DiagnosticCodes.FrontMatter, file.At(1, 1), "the front matter is not closed",
            "add a line '---' after the last field, before the text.");
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd("\r \t").SequenceEqual("---");
}
