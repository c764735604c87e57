using Dossier.Tests.Support;
using Xunit.Sdk;

namespace Dossier.Tests.Diagnostics;

/// <summary>The guard every suite's runs pass through (<see cref="InternalErrors"/>) catches each way the program can fail itself.</summary>
public sealed class NoInternalErrorTests
{
    [Theory]
    [InlineData("dossier: internal error: ArgumentException: '', hexadecimal value 0x07, is an invalid character.")]
    [InlineData("Unhandled exception. System.InvalidOperationException: x")]
    [InlineData("Stack overflow.\n   at Markdig.Parsers.InlineProcessor.ProcessInlineLeaf()")]
    [InlineData("Out of memory.")]
    [InlineData("System.NullReferenceException\n   at Dossier.Articles.ArticleParser.ParseMarkdown()")]
    public void ACrashFailsTheTest(string printed) =>
        Assert.Throws<XunitException>(() => InternalErrors.Refuse("Building…\n" + printed, 1, "dossier build"));

    [Theory]
    [InlineData(134)]
    [InlineData(137)]
    [InlineData(139)]
    public void AnAbortedProcessFailsTheTest(int exitCode) =>
        Assert.Throws<XunitException>(() => InternalErrors.Refuse("", exitCode, "dossier build"));

    [Fact]
    public void AnEditorsMistakeDoesNot() =>
        InternalErrors.Refuse("input/claims.yml(3,5): error DOS014: quote not found\n    hint: copy the words exactly.\nBuild failed: 1 error.", 1, "dossier build");

    /// <summary>The guard looks for the words the program's last-resort handler prints.</summary>
    [Fact]
    public void TheProgramsHandlerPrintsWhatTheGuardLooksFor() =>
        Assert.Contains("dossier: internal error: ", File.ReadAllText(Path.Combine(Repo.Root, "src", "Dossier", "CommandLine.cs")));
}
