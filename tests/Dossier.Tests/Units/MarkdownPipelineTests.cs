using Dossier.Markdown;

namespace Dossier.Tests.Units;

public sealed class MarkdownPipelineTests
{
    private static readonly Markdig.MarkdownPipeline WithAutoLinks = MarkdownPipelines.For(allowHtml: false, "http://");

    [Theory]
    [InlineData("see http://example.org/a")]
    [InlineData("see https://example.org/a")]
    [InlineData("see ftp://example.org/a")]
    [InlineData("write to mailto:desk@example.org")]
    [InlineData("call tel:+15551234")]
    [InlineData("see www.example.org")]
    public void TextsWithAnAddressKeepTheirAutoLink(string text) =>
        Assert.Contains("<a href=", Markdig.Markdown.ToHtml(text, MarkdownPipelines.For(allowHtml: false, text)));

    /// <summary>Texts built from pieces of addresses in every letter case: without a whole address start they parse alike with or without the auto-link parser.</summary>
    [Fact]
    public void TextsWithoutAnAddressParseAsWithTheAutoLinkParser()
    {
        string[] pieces = ["h", "H", "t", "T", "tp", "TTP", "ttps", "s", ":", "/", "//", "w", "W", "ww", "wW", ".", "m", "M", "ailto", "AILTO", "el", "EL",
            "f", "F", "@", "x", "com", "[", "]", "(", ")", "*", "_", "~", " ", "\n", "\n\n", "1", "-", "`", "<", ">", "|", "\\", "&", "#", "!", "+"];
        var random = new Random(7);
        var compared = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));
            var pipeline = MarkdownPipelines.For(allowHtml: false, text);
            if (pipeline == WithAutoLinks) continue;
            Assert.Equal(Markdig.Markdown.ToHtml(text, WithAutoLinks), Markdig.Markdown.ToHtml(text, pipeline));
            compared++;
        }
        Assert.True(compared > 15_000, $"only {compared} texts went without auto-links");
    }
}
