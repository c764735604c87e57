using System.Globalization;
using System.Text;
using Dossier.Pipeline;

namespace Dossier.Scaffolding;

/// <summary>What `dossier init` made (the files, relative to the folder), or why it refused.</summary>
public sealed record InitResult(string Folder, IReadOnlyList<string> Files, string? Problem);

/// <summary>
/// Writes a new dossier into an empty or new folder: settings, one example of each kind of content
/// (invented, and marked so), a GitHub Pages workflow, a .gitignore and a README for its editors.
/// What it writes builds and passes `dossier check` at once. It refuses a folder that is not empty.
/// </summary>
public static class DossierInit
{
    public const string DefaultTitle = "A new dossier";

    /// <summary>The files written, relative to the dossier's folder, with their text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string title) =>
    [
        ("input/dossier.yml", InitTemplates.DossierYml.Replace(InitTemplates.TitlePlaceholder, YamlQuote(title.Trim()))),
        ("input/outlets.yml", InitTemplates.OutletsYml),
        ("input/entities.yml", InitTemplates.EntitiesYml),
        ("input/timeline.yml", InitTemplates.TimelineYml),
        ("input/claims.yml", InitTemplates.ClaimsYml),
        ("input/topics/example-topic.md", InitTemplates.Topic),
        ("input/articles/example-article.md", InitTemplates.Article),
        (".github/workflows/pages.yml", InitTemplates.Workflow),
        (".gitignore", InitTemplates.GitIgnore),
        ("README.md", InitTemplates.Readme),
    ];

    public static InitResult Run(string folder, string? title)
    {
        var full = Path.GetFullPath(folder);
        var shown = BuildContext.DisplayPath(full);
        title ??= DefaultTitle;
        if (string.IsNullOrWhiteSpace(title)) return Refuse(full, "the title is empty: give --title a name for the dossier, or leave --title out.");
        if (File.Exists(full)) return Refuse(full, $"{shown} is a file, not a folder; choose an empty or new folder.");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            return Refuse(full, $"the folder {shown} is not empty; choose an empty or new folder.");

        var files = Files(title);
        var written = new List<string>();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(full, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(path, FileMode.CreateNew)) stream.Write(new UTF8Encoding(false).GetBytes(text));
            written.Add(relative);
        }
        return new InitResult(full, written, null);
    }

    /// <summary>A YAML double-quoted scalar: backslash, quote and control characters escaped, so any title reads back as it was typed.</summary>
    public static string YamlQuote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\ufeff')
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private static InitResult Refuse(string folder, string problem) => new(folder, [], problem);
}
