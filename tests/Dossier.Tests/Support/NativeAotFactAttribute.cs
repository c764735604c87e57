namespace Dossier.Tests.Support;

/// <summary>
/// A test that publishes Dossier with Native AOT, which links with clang. Without clang the test is skipped on
/// a developer's machine and fails under CI (CI=true), where .ci/run installs it.
/// </summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (Clang is null && !BrowserEnvironment.IsCi) Skip = "clang is not installed (apt-get install -y clang lld), so Native AOT cannot link.";
    }

    public static string? Clang => new[] { "/usr/bin/clang", "/usr/local/bin/clang" }.FirstOrDefault(File.Exists);
}
