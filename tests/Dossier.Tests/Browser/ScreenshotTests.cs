using Dossier.Tests.Support;
using Microsoft.Playwright;

namespace Dossier.Tests.Browser;

/// <summary>
/// Screenshots of the main page types at a desktop and a phone width (and the front page in the dark scheme)
/// into artifacts/screenshots/, for people to look at; the test checks that nothing spills sideways on a phone,
/// down to 320 pixels.
/// </summary>
[Collection("browser")]
public sealed class ScreenshotTests(BrowserSite site)
{
    private static readonly string[] Pages = ["index.html", "topics/istanbul-talks.html", "entities/ttp.html", "timeline.html"];

    [BrowserFact]
    public async Task MainPagesAreCapturedAt1280And390PixelsAndFitAPhoneDownTo320()
    {
        var folder = Path.Combine(Repo.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var shots = new List<string>();
        foreach (var (width, scheme) in new[] { (1280, ColorScheme.Light), (390, ColorScheme.Light), (320, ColorScheme.Light), (1280, ColorScheme.Dark), (390, ColorScheme.Dark) })
        {
            await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                ColorScheme = scheme,
            });
            var page = await context.NewPageAsync();
            foreach (var path in scheme == ColorScheme.Dark ? Pages.Take(1) : Pages)
            {
                await page.GotoAsync(site.FileUrl + path);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{path} at {width} px is {overflow} px too wide");
                if (width == 320) continue;
                var file = Path.Combine(folder, $"{path.Replace(".html", "").Replace('/', '-')}-{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                shots.Add(file);
            }
        }
        foreach (var file in shots)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan(1, 3).SequenceEqual("PNG"u8), $"{file} is not a PNG");
            var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            Assert.Equal(file.Contains("-390") ? 390 : 1280, width);
        }
    }
}
