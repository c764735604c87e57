using System.Text;

namespace Dossier.Bench;

/// <summary>
/// The same articles as a Hugo site: one page per article, a topics taxonomy with a page per topic, and a
/// home page — the comparison the issue asks for. Minimal layouts, so Hugo does no more than that.
/// </summary>
public static class HugoSite
{
    public static void Write(string input, string site)
    {
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        var content = Path.Combine(site, "content", "articles");
        Directory.CreateDirectory(content);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "hugo.toml"),
            "baseURL = 'https://example.github.io/bench/'\ntitle = 'Benchmark'\ndisableKinds = ['RSS', 'sitemap', 'robotsTXT']\n[taxonomies]\n  topic = 'topics'\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "baseof.html"),
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .GetTerms \"topics\" }}<li><a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"),
            "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(input, "articles"), "*.md"))
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var front = text[4..end].Split('\n');
            var title = front.First(l => l.StartsWith("title:", StringComparison.Ordinal))[6..].Trim();
            var topics = front.First(l => l.StartsWith("topics:", StringComparison.Ordinal))[7..].Trim();
            var date = front.First(l => l.StartsWith("published:", StringComparison.Ordinal))[10..].Trim();
            var page = new StringBuilder().Append("---\ntitle: ").Append(title).Append("\ndate: ").Append(date)
                .Append("\ntopics: ").Append(topics).Append("\n---\n").Append(text[(end + 5)..]);
            File.WriteAllText(Path.Combine(content, Path.GetFileName(file)), page.ToString());
        }
    }
}
