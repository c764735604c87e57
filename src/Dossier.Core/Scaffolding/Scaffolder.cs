using System.Text;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Outlets;
using Dossier.Pipeline;
using Dossier.Topics;
using Dossier.Yaml;

namespace Dossier.Scaffolding;

/// <summary>What `dossier new` made, or why it refused.</summary>
/// <param name="Appended">True when an entry was added to an existing list file rather than a new file created.</param>
public sealed record ScaffoldResult(string? Path, string? Problem, bool Appended = false);

/// <summary>
/// Writes a new article, topic or entity that builds as it is, with short comments that guide the editor.
/// It never overwrites: an existing file or id is a refusal, not a replacement.
/// </summary>
public static class Scaffolder
{
    /// <param name="serveCommand">How the editor runs `serve`, named in the new file's comment.</param>
    public static ScaffoldResult Article(string input, string title, string? outlet, IReadOnlyList<string> topics, string serveCommand = "dossier serve")
    {
        if (string.IsNullOrWhiteSpace(title)) return Refuse("the title is empty.");
        var id = Slug(title);
        if (id.Length == 0) return Refuse("the title has no letters or digits to make a file name from.");
        var folder = System.IO.Path.Combine(input, "articles");
        if (new[] { ".md", ".txt", ".yml" }.Select(e => System.IO.Path.Combine(folder, id + e)).FirstOrDefault(File.Exists) is { } existing)
            return Refuse($"{BuildContext.DisplayPath(existing)} already exists; choose another title, or edit that file.");
        if (outlet is not null && outlet != Articles.ArticleMetaReader.UnknownOutlet)
        {
            var outlets = OutletIds(input);
            if (!outlets.Contains(outlet)) return Refuse($"unknown outlet '{outlet}': {Suggestions.DidYouMean(outlet, outlets, "outlets")}");
        }
        var known = TopicIds(input);
        foreach (var topic in topics)
            if (!known.Contains(topic)) return Refuse($"unknown topic '{topic}': {Suggestions.DidYouMean(topic, known, "topics")}");
        var text = new StringBuilder()
            .Append("---\n")
            .Append("# A new article. Fill in the fields, put the text below the second '---' line, and preview with\n")
            .Append($"# `{serveCommand}`. Every field is explained in docs/editing.md.\n")
            .Append("# The text is Markdown: **bold**, *italics*, lists, [links](https://example.org). Cite a passage of\n")
            .Append("# another article with [@ARTICLE-ID \"its exact words\"]; link an entity or topic with [[its-id]].\n")
            .Append($"title: {Quote(title.Trim())}\n")
            .Append($"outlet: {outlet ?? Articles.ArticleMetaReader.UnknownOutlet}    # an id from input/outlets.yml, or unknown\n")
            .Append("# published: 2025-11-05    # YYYY-MM-DD, YYYY-MM or YYYY: use it instead of date_note once known\n")
            .Append("date_note: \"Undated: say here what the text allows about its date.\"\n")
            .Append("# url: https://example.org/original-article\n")
            .Append($"topics: [{string.Join(", ", topics)}]    # ids of the files in input/topics/\n")
            .Append("summary: \"\"    # one or two sentences of your own\n")
            .Append("---\n")
            .Append("Paste the article's text here.\n")
            .ToString();
        return Write(System.IO.Path.Combine(folder, id + ".md"), text);
    }

    public static ScaffoldResult Topic(string input, string id)
    {
        if (!Ids.IsValid(id)) return Refuse($"'{id}' is not a valid id: use lowercase letters, digits, '-' and '_', e.g. doha-ceasefire.");
        var path = System.IO.Path.Combine(input, TopicsPipeline.Folder, id + ".md");
        if (File.Exists(path)) return Refuse($"{BuildContext.DisplayPath(path)} already exists; edit it, or choose another id.");
        var text = new StringBuilder()
            .Append("---\n")
            .Append("# A new topic. Articles join it by listing its id in their `topics`. See docs/editing.md.\n")
            .Append("# Back every statement of the text with the article it comes from: [@ARTICLE-ID \"the article's exact words\"].\n")
            .Append($"title: {Quote(TitleFromId(id))}\n")
            .Append("summary: \"Say in one or two sentences what this topic covers.\"\n")
            .Append("related: []    # ids of related topics\n")
            .Append("---\n")
            .Append("Write the topic here.\n")
            .ToString();
        return Write(path, text);
    }

    public static ScaffoldResult Entity(string input, string id, string kind)
    {
        if (!Ids.IsValid(id)) return Refuse($"'{id}' is not a valid id: use lowercase letters, digits, '-' and '_', e.g. zabihullah-mujahid.");
        if (kind is not ("person" or "organisation" or "place"))
            return Refuse($"--kind must be person, organisation or place, not '{kind}'.");
        var path = System.IO.Path.Combine(input, EntitiesPipeline.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : "";
        if (EntityIds(existing).Contains(id)) return Refuse($"entity '{id}' already exists in {BuildContext.DisplayPath(path)}.");
        var entry = new StringBuilder()
            .Append(existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n")
            .Append('\n')
            .Append($"- id: {id}\n")
            .Append($"  name: {Quote(TitleFromId(id))}\n")
            .Append($"  kind: {kind}\n")
            .Append("  aliases: []    # other spellings and short names, exactly as the articles write them\n")
            .Append("  # role: One line on who or what this is.\n")
            .Append("  # description: Markdown, citing articles with [@ARTICLE-ID \"exact words\"].\n")
            .ToString();
        File.AppendAllText(path, entry);
        return new ScaffoldResult(path, null, Appended: existing.Length > 0);
    }

    /// <summary>A file name from a title: lowercase words of letters and digits joined by hyphens.</summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant().Select(Text.LatinLetters.Base))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length > 60 ? result[..60].TrimEnd('-') : result;
    }

    private static string TitleFromId(string id) =>
        string.Join(' ', id.Split('-', '_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static ScaffoldResult Refuse(string problem) => new(null, problem);

    private static ScaffoldResult Write(string path, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.CreateNew)) stream.Write(Encoding.UTF8.GetBytes(text));
        return new ScaffoldResult(path, null);
    }

    private static List<string> TopicIds(string input)
    {
        var folder = System.IO.Path.Combine(input, TopicsPipeline.Folder);
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).ToList() : [];
    }

    private static List<string> OutletIds(string input)
    {
        var path = System.IO.Path.Combine(input, OutletsPipeline.FileName);
        return File.Exists(path) ? IdsOfList(File.ReadAllText(path)) : [];
    }

    private static List<string> EntityIds(string text) => IdsOfList(text);

    private static List<string> IdsOfList(string text)
    {
        if (!YamlTreeReader.TryRead(text, "", new DiagnosticBag(), out var root) || root is not YamlSequence list) return [];
        return list.Items.OfType<YamlMapping>()
            .Select(m => m.Entries.FirstOrDefault(e => e.Key.Value == "id")?.Value as YamlScalar)
            .Select(s => s?.Value).OfType<string>().ToList();
    }
}
