namespace Dossier.Tests.Support;

/// <summary>
/// A test that needs Debian's Chromium. Without it, the test is skipped on a developer's machine and fails
/// under CI (CI=true), where .ci/run installs it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserEnvironment.Chromium is null && !BrowserEnvironment.IsCi)
            Skip = $"Chromium is not installed (apt-get install -y chromium); set {BrowserEnvironment.Variable} to use another binary.";
    }
}

public static class BrowserEnvironment
{
    public const string Variable = "DOSSIER_CHROMIUM";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Chromium =>
        new[] { Environment.GetEnvironmentVariable(Variable), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
