using Microsoft.Playwright;

namespace Dossier.Tests.Support;

/// <summary>The real dossier packed once (site, print edition and zip) and a headless Chromium to look at it.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private readonly TempDossier _dossier = new(copyInput: false);
    private IPlaywright? _playwright;

    public string Output => _dossier.Output;
    public string Zip => _dossier.Output + ".zip";
    public string Root => _dossier.Root;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site folder as a file:// address ending in '/'.</summary>
    public string FileUrl => new Uri(Output + "/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        var packed = DossierCli.Run(Repo.Root, "pack", "--input", Repo.Input, "--output", Output, "--theme", Repo.Theme);
        Assert.True(packed.ExitCode == 0, packed.All);
        var chromium = BrowserEnvironment.Chromium
            ?? throw new InvalidOperationException("Chromium is missing: CI must install it (apt-get install -y chromium).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // As this machine needs: no sandbox for root, and no background traffic to hosts that cannot be reached.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        _dossier.Dispose();
    }

    public IEnumerable<string> Pages => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
}

[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>;
