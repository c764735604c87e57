using Dossier.Text;

namespace Dossier.Tests.Units;

public sealed class MatchTextTests
{
    [Theory]
    [InlineData("Tehrik‑e‑Taliban Pakistan", "tehrik-e-taliban pakistan")]
    [InlineData("Pakistan’s   delegation", "Pakistan's delegation")]
    [InlineData("“irrefutable evidence”", "\"irrefutable evidence\"")]
    [InlineData("measures-and not just", "measures — and not just")]
    [InlineData("tone—supported by", "tone - supported by")]
    [InlineData("line\r\nbreak", "line break")]
    public void DifferencesOfWhitespaceCaseQuotesAndDashesAreIgnored(string text, string quote) =>
        Assert.NotNull(MatchText.Of("before " + text + " after").FindFirst(quote));

    [Fact]
    public void QuotesAndNamesFoldEveryDashQuoteMarkAndSpaceAlike()
    {
        var folded = 0;
        for (var c = (char)1; c < char.MaxValue; c++)
        {
            var punctuation = CharFolding.Punctuation(c);
            if (punctuation is null && !CharFolding.IsSpace(c)) continue;
            var expected = CharFolding.IsSpace(c) ? "a b" : $"a{punctuation}b";
            Assert.Equal(expected, Dossier.Entities.NameFolding.Fold($"A{c}B"));
            Assert.NotNull(MatchText.Of($"x A{c}B y").FindFirst(expected));
            folded++;
        }
        Assert.True(folded > 40, $"only {folded} characters fold");
    }

    [Theory]
    [InlineData("+ 2", "+2")]
    [InlineData("notice", "not ice")]
    [InlineData("Pakistan", "Pakistani")]
    [InlineData("colour", "color")]
    public void NothingElseIsIgnored(string text, string quote) =>
        Assert.Null(MatchText.Of(text).FindFirst(quote));

    [Fact]
    public void RangesPointIntoTheOriginalText()
    {
        var text = "A ceasefire reached in  Doha on 19 October.";
        var range = MatchText.Of(text).FindFirst("reached in doha")!.Value;
        Assert.Equal("reached in  Doha", text[range.Start..range.End]);
        Assert.Equal(2, MatchText.Of("ab ab").FindAll("ab").Count());
        Assert.Empty(MatchText.Of("ab ab").FindAll("ab", from: 4));
    }

    [Fact]
    public void TheClosestPassageIsFoundForAMisquote()
    {
        var text = "First sentence here. A ceasefire agreement reached in Doha on 19 October set the framework. Last one.";
        Assert.Equal("A ceasefire agreement reached in Doha on 19 October", ClosestPassage.Find(text, "a ceasefire deal reached at Doha on 19 October"));
    }
}
