using System.Text.RegularExpressions;
using Dossier.Tests.Support;

namespace Dossier.Tests.Diagnostics;

/// <summary>A file of a thousand bad items shows the first 100 messages and says how many more there are; the count is complete.</summary>
public sealed class MessageLimitTests
{
    [Fact]
    public void TheTerminalShowsTheFirstHundredMessages()
    {
        using var dossier = new TempDossier();
        dossier.Write("claims.yml", dossier.Read("claims.yml") + string.Concat(Enumerable.Repeat("\n- just a sentence", 1500)) + "\n");
        var result = dossier.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(100, Regex.Matches(result.StdErr, @"^input/claims\.yml\(\d+,\d+\): error DOS004: ", RegexOptions.Multiline).Count);
        Assert.Contains("… and 1,400 more messages, not shown", result.StdErr);
        Assert.Contains("Build failed: 1,500 errors.", result.StdErr);
        // The first messages are the first in the file.
        var first = dossier.Read("claims.yml").Split('\n').ToList().IndexOf("- just a sentence") + 1;
        Assert.Contains($"input/claims.yml({first},", result.StdErr.Split('\n')[0]);
    }
}
