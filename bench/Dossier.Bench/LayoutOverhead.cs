namespace Dossier.Bench;

/// <summary>
/// What each article page adds to its article's own text: the page's bytes less those of the body it shows (the
/// Markdown after the front matter). Layout, navigation, marks, links and the lists around the text all count.
/// </summary>
internal static class LayoutOverhead
{
    /// <returns>The average and the largest overhead in bytes, and the article of the largest; null when no page was found.</returns>
    public static (double Average, long Largest, string Article)? Measure(string input, string output)
    {
        var (sum, count, largest, article) = (0L, 0, long.MinValue, "");
        foreach (var source in Directory.EnumerateFiles(Path.Combine(input, "articles"), "*.md"))
        {
            var id = Path.GetFileNameWithoutExtension(source);
            var page = new FileInfo(Path.Combine(output, "articles", id + ".html"));
            if (!page.Exists) continue;
            var overhead = page.Length - BodyBytes(File.ReadAllBytes(source));
            (sum, count) = (sum + overhead, count + 1);
            if (overhead > largest) (largest, article) = (overhead, id);
        }
        return count == 0 ? null : ((double)sum / count, largest, article);
    }

    /// <summary>The bytes after the front matter's closing line.</summary>
    private static long BodyBytes(byte[] file)
    {
        var close = "\n---\n"u8;
        var at = file.AsSpan().IndexOf(close);
        return at < 0 ? file.Length : file.Length - at - close.Length;
    }
}
