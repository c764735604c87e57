using Dossier.Articles.Body;
using Dossier.Articles.PlainText;

namespace Dossier.Tests.Units;

public sealed class PlainTextParserTests
{
    [Theory]
    [InlineData("High Stakes and Heavy Pressure", true)]
    [InlineData("\u00a0High Stakes and Heavy Pressure", false)] // callers trim first; a leading space is not a capital
    [InlineData("Going Forward, what to watch out for", true)]
    [InlineData("What Happens Next?", true)]
    [InlineData("Conclusion", true)]
    [InlineData("Afghanistan’s Position", true)]
    [InlineData("+2", false)]
    [InlineData("-", false)]
    [InlineData("Comments are closed.", false)]
    [InlineData("Vipps: #557320", false)]
    [InlineData("DNB Bank AC # 0530 2294668", false)]
    [InlineData("Will Pakistan resume or intensify cross-border military or aerial operations if Islamabad concludes?", false)]
    [InlineData("lowercase start of a line", false)]
    public void HeadingsAreShortCapitalisedMostlyLettersAndUnpunctuated(string line, bool heading) =>
        Assert.Equal(heading, PlainTextParser.IsHeading(line));

    [Fact]
    public void LinesBecomeBlocksWithTheirLineNumbers()
    {
        var blocks = PlainTextParser.Parse("Kicker words\n\nThe Title\r\n\r\nA Heading\nA paragraph.\r-\rItem one.\n-\nItem two.\nAfter the list.", "The title");
        Assert.Equal(
        [
            (BlockKind.Kicker, "Kicker words", 1),
            (BlockKind.Heading, "A Heading", 5),
            (BlockKind.Paragraph, "A paragraph.", 6),
            (BlockKind.ListItem, "Item one.", 8),
            (BlockKind.ListItem, "Item two.", 10),
            (BlockKind.Paragraph, "After the list.", 11),
        ], blocks.Select(b => (b.Kind, b.Text, b.Line)));
        Assert.Equal(blocks[3].ListId, blocks[4].ListId);
    }

    [Fact]
    public void AHeadingLikeLastLineIsAParagraph()
    {
        var blocks = PlainTextParser.Parse("Some text here.\nThank you", "Title");
        Assert.Equal(BlockKind.Paragraph, blocks[^1].Kind);
    }

    [Fact]
    public void WithoutAMatchingTitleLineNothingIsAKicker()
    {
        var blocks = PlainTextParser.Parse("Short Line\nBody text follows here.", "Another title");
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], blocks.Select(b => b.Kind));
    }
}
