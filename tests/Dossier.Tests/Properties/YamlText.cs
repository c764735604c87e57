namespace Dossier.Tests.Properties;

/// <summary>Writes values into YAML as double-quoted scalars, which hold any text the generators make.</summary>
public static class YamlText
{
    public static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string FlowList(IEnumerable<string> ids) => "[" + string.Join(", ", ids) + "]";

    /// <summary>A Markdown file: YAML front matter between two --- lines, then the body.</summary>
    public static string FrontMatter(string yaml, string body) => "---\n" + yaml + "---\n\n" + body;
}
