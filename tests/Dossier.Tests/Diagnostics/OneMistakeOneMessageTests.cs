using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>One mistake gives one message: a blank required value is reported as missing, and no later check repeats it.</summary>
public sealed class OneMistakeOneMessageTests
{
    [Theory]
    [InlineData("an empty note quote", "title: N\noutlet: unknown\ndate_note: x\nnotes:\n  - quote: \"\"\n    kind: context\n    text: A note.\n")]
    [InlineData("a blank title", "title: \"  \"\noutlet: unknown\ndate_note: x\n")]
    public void ABlankRequiredValueGivesOneError(string name, string frontMatter)
    {
        using var dossier = new TempDossier();
        dossier.Write("articles/n.md", "---\n" + frontMatter + "---\nOne paragraph.\n");
        var result = dossier.Build();
        Assert.Equal(1, result.ExitCode);
        var errors = Regex.Matches(result.StdErr, @"^\S+\(\d+,\d+\): error DOS\d{3}: .*$", RegexOptions.Multiline).Select(m => m.Value).ToList();
        Assert.True(errors.Count == 1, $"{name}: {result.All}");
        Assert.Contains("error DOS003:", errors[0]);
    }
}
