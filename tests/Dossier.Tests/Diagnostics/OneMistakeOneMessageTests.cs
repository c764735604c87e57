using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>
/// One mistake gives one message, which describes what is there: a blank required value is reported as missing,
/// and no later check repeats it; text too deeply nested to read is not also searched for broken citations; an
/// unreadable list file does not make every reference to it "unknown".
/// </summary>
public sealed class OneMistakeOneMessageTests
{
    private static List<string> Errors(CliResult result) =>
        Regex.Matches(result.StdErr, @"^\S+: error DOS\d{3}: .*$", RegexOptions.Multiline).Select(m => m.Value).ToList();

    [Theory]
    [InlineData("an empty note quote", "title: N\noutlet: unknown\ndate_note: x\nnotes:\n  - quote: \"\"\n    kind: context\n    text: A note.\n")]
    [InlineData("a blank title", "title: \"  \"\noutlet: unknown\ndate_note: x\n")]
    public void ABlankRequiredValueGivesOneError(string name, string frontMatter)
    {
        using var dossier = new TempDossier();
        dossier.Write("articles/n.md", "---\n" + frontMatter + "---\nOne paragraph.\n");
        var result = dossier.Build();
        Assert.Equal(1, result.ExitCode);
        var errors = Errors(result);
        Assert.True(errors.Count == 1, $"{name}: {result.All}");
        Assert.Contains("error DOS003:", errors[0]);
    }

    [Theory]
    [InlineData("quotes", "lists or block quotes inside each other, 130 levels deep")]
    [InlineData("emphasis", "emphasis or link marks inside each other (")]
    public void TextTooDeepGivesOneMessageSayingWhatIsDeep(string kind, string says)
    {
        using var dossier = new TempDossier();
        var nested = kind == "quotes" ? new string('>', 130) : string.Concat(Enumerable.Repeat("*a ", 200)) + string.Concat(Enumerable.Repeat("a* ", 200));
        // Each "[@" would be a DOS031 of its own if the unreadable text were searched for citations.
        var deep = nested + " Forwarded [@000_fc38284d9f619c0c \"no such words\"] and [@ broken";
        dossier.Write("topics/mediation.md", dossier.Read("topics/mediation.md") + "\n" + deep + "\n");
        var result = dossier.Build();
        var errors = Errors(result);
        Assert.True(errors.Count == 1, $"{kind}: {result.All}");
        var line = dossier.Read("topics/mediation.md").Split('\n').ToList().IndexOf(deep) + 1;
        Assert.Contains($"input/topics/mediation.md({line},", errors[0]);
        Assert.Contains($"error DOS030: the Markdown text is nested too deeply to be read: {says}", errors[0]);
    }

    [Fact]
    public void AnUnreadableListFileIsTheOnlyMessage()
    {
        using var dossier = new TempDossier();
        File.WriteAllBytes(dossier.PathOf("entities.yml"), [.. System.Text.Encoding.UTF8.GetBytes("- id: x\n  name: Caf"), 0xE9, (byte)'\n']);
        var result = dossier.Build();
        var errors = Errors(result);
        Assert.True(errors.Count == 1, result.All);
        Assert.Contains("input/entities.yml(2,", errors[0]);
        Assert.Contains("error DOS018:", errors[0]);
    }
}
