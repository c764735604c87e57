using Dossier.Citations;
using Dossier.Text;

namespace Dossier.Tests.Units;

/// <summary>URL text fragments (#:~:text=prefix-,start,end,-suffix) made from an article's own characters.</summary>
public sealed class TextFragmentTests
{
    private static TextFragment.Piece Piece(string block, string passage)
    {
        var start = block.IndexOf(passage, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{passage}' is not in the block");
        return new TextFragment.Piece(block, new TextRange(start, start + passage.Length));
    }

    private static string? Directive(string block, string passage) => TextFragment.Directive([Piece(block, passage)]);

    [Theory]
    [InlineData("a-b, c&d", "a%2Db%2C%20c%26d")]
    [InlineData("Tehrik‑e‑Taliban", "Tehrik%E2%80%91e%E2%80%91Taliban")]
    [InlineData("Pakistan’s", "Pakistan%E2%80%99s")]
    [InlineData("“irrefutable”", "%E2%80%9Cirrefutable%E2%80%9D")]
    [InlineData("Türkiye café", "T%C3%BCrkiye%20caf%C3%A9")]
    [InlineData("a 😀 b", "a%20%F0%9F%98%80%20b")]
    [InlineData("50% #1 +2 = x/y?", "50%25%20%231%20%2B2%20%3D%20x%2Fy%3F")]
    [InlineData("U.S._x~", "U.S._x~")]
    public void PartsArePercentEncodedAsUtf8WithTheDirectiveSignsEncoded(string part, string encoded) =>
        Assert.Equal(encoded, TextFragment.Encode(part));

    [Fact]
    public void AShortPassageIsGivenWholeBetweenTwoWordsOnEachSide() =>
        Assert.Equal("text=The%20talks-,in%20Istanbul%20ended,-without%20a",
            Directive("The talks in Istanbul ended without a deal.", "in Istanbul ended"));

    [Fact]
    public void TheArticlesOwnCharactersAreUsed() =>
        Assert.Equal("text=on%20groups-,like%20the%20Tehrik%E2%80%91e%E2%80%91Taliban%20Pakistan%2C%20Pakistan%E2%80%99s,-delegation%20has",
            Directive("With the focus on groups like the Tehrik‑e‑Taliban Pakistan, Pakistan’s delegation has presented what it called “irrefutable evidence”.",
                "like the Tehrik‑e‑Taliban Pakistan, Pakistan’s"));

    [Fact]
    public void ALongPassageIsGivenByItsFirstAndLastFourWords() =>
        Assert.Equal("text=Officials%20said-,the%20delegations%20met%20again,a%20third%20round%20of,-talks.",
            Directive("Officials said the delegations met again in Istanbul on Wednesday for a third round of talks.",
                "the delegations met again in Istanbul on Wednesday for a third round of"));

    [Fact]
    public void EightWordsAreStillGivenWhole() =>
        Assert.Equal("text=one%20two%20three%20four%20five%20six%20seven%20eight",
            Directive("one two three four five six seven eight", "one two three four five six seven eight"));

    [Fact]
    public void APassageAtTheEdgesOfItsBlockHasNoPrefixOrSuffix()
    {
        Assert.Equal("text=The%20talks,-in%20Istanbul", Directive("The talks in Istanbul ended.", "The talks"));
        Assert.Equal("text=in%20Istanbul-,ended.", Directive("The talks in Istanbul ended.", "ended."));
    }

    [Fact]
    public void APassageThatStartsOrEndsInsideAWordIsWidenedToWholeWords()
    {
        Assert.Equal("text=Pakistan%E2%80%99s%20delegation,-has%20presented", Directive("Pakistan’s delegation has presented", "akistan’s deleg"));
        Assert.Equal("text=the-,Pakistan%E2%80%99s,-delegation", Directive("the Pakistan’s delegation", "Pakistan"));
        Assert.Equal("text=some-,19%2C000%20people,-fled", Directive("some 19,000 people fled", "000 people"));
    }

    [Fact]
    public void DirectiveSignsInTheContextAreEncodedToo()
    {
        Assert.Equal("text=not%20just%2C-,verifiable%20ones,-%E2%80%93%20and", Directive("measures-and not just, verifiable ones – and more", "verifiable ones"));
        Assert.Equal("text=measures%2Dand%20not%2Djust-,verifiable,-%26%20more", Directive("measures-and not-just verifiable & more", "verifiable"));
    }

    [Fact]
    public void APassageAcrossBlocksIsGivenByStartAndEndEachInsideItsBlock()
    {
        var first = "The talks began on Monday. Delegations from both sides met in Istanbul";
        var second = "for a third round, officials said after the meeting.";
        var directive = TextFragment.Directive([Piece(first, "Delegations from both sides met in Istanbul"), Piece(second, "for a third round")]);
        Assert.Equal("text=on%20Monday.-,Delegations%20from%20both%20sides,for%20a%20third%20round,-%2C%20officials", directive);
    }

    [Fact]
    public void AShortPassageAcrossBlocksStillHasAStartAndAnEnd() =>
        Assert.Equal("text=Istanbul,Talks", TextFragment.Directive([Piece("Istanbul", "Istanbul"), Piece("Talks", "Talks")]));

    [Fact]
    public void APassageWithoutWordsHasNoDirective() => Assert.Null(TextFragment.Directive([new TextFragment.Piece("a   b", new TextRange(1, 3))]));

    [Fact]
    public void TheDirectiveFollowsTheAddresssOwnFragment()
    {
        Assert.Equal("https://example.org/a?b=1&c=2#:~:text=x", TextFragment.Append("https://example.org/a?b=1&c=2", "text=x"));
        Assert.Equal("https://example.org/a#top:~:text=x", TextFragment.Append("https://example.org/a#top", "text=x"));
    }
}
