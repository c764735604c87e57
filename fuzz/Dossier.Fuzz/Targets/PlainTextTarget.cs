using Dossier.Articles;
using Dossier.Articles.PlainText;
using Dossier.Diagnostics;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// An imported plain-text article: the first line (up to a NUL or newline) is the sidecar's title, the rest is the
/// article text. The text is split into blocks by PlainTextParser, then read whole as ArticleParser reads an article
/// with a sidecar that omits a passage and anchors a note, and the blocks are rendered.
/// </summary>
public static class PlainTextTarget
{
    private const string Sidecar = """
        title: "{0}"
        outlet: unknown
        published: 2025-11-05
        omit:
          - from: "Support"
            to: "closed."
            reason: Publisher's donation appeal
        notes:
          - quote: "talks"
            kind: context
            text: See [[doha-talks]] and [@fuzz "the"].
        """;

    public static void Run(ReadOnlySpan<byte> data)
    {
        Harness.Split(data, out var titlePart, out var textPart);
        var title = Harness.Text(titlePart);
        var blocks = PlainTextParser.Parse(Harness.Text(textPart), title);
        foreach (var block in blocks)
            Contract.That(block.Line >= 1, $"a block on line {block.Line}");
        var d = new DiagnosticBag();
        var text = Harness.File("articles/fuzz.txt", textPart, d);
        if (text is null) return;
        var yamlTitle = new string(title.Where(c => c >= ' ' && c != '"' && c != '\\' && c < 0x7f).ToArray());
        var sidecar = Harness.File("articles/fuzz.yml", System.Text.Encoding.UTF8.GetBytes(Sidecar.Replace("{0}", yamlTitle.Length == 0 ? "Untitled" : yamlTitle)), d)!;
        var article = ArticleParser.ParsePlainText("fuzz", text, sidecar, allowHtml: false, d);
        Contract.ResultOrError(article, d, "a plain-text article");
        if (article is not null) ArticleChecks.Check(article);
    }
}
