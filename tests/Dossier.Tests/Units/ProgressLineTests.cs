using Dossier.Cli;

namespace Dossier.Tests.Units;

/// <summary>The progress line of long builds: silent for the first second, then redrawn in place, and cleared at the end.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void AShortBuildShowsNothingAndALongOneCountsItsFilesOnOneLine()
    {
        var now = TimeSpan.FromMilliseconds(500);
        var terminal = new StringWriter();
        using (var progress = new ProgressLine(() => now, "Rendering", terminal))
        {
            progress.Report(1, 10_000);
            Assert.Equal("", terminal.ToString());
            now = TimeSpan.FromSeconds(1.5);
            progress.Report(4_120, 10_000);
            progress.Report(4_121, 10_000);
            Assert.Equal("\rRendering 4,120 of 10,000 files (41 %)\u001b[K", terminal.ToString());
            now = TimeSpan.FromSeconds(1.6);
            progress.Report(10_000, 10_000);
        }
        Assert.EndsWith("\rRendering 10,000 of 10,000 files (100 %)\u001b[K\r\u001b[K", terminal.ToString());
    }
}
