using System.Diagnostics;
using System.Text.Json;
using Dossier.Tests.Support;

namespace Dossier.Tests.Browser;

/// <summary>The Nu HTML checker (npm vnu-jar, run with java) finds no error on any page.</summary>
[Collection("browser")]
public sealed class HtmlValidityTests(BrowserSite site)
{
    private static string Jar => Path.Combine(Repo.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [BrowserFact]
    public void EveryPageIsValidHtml()
    {
        Assert.True(File.Exists(Jar), $"{Jar} is missing: run 'npm ci' in tests/tools (the test project's build does it).");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", Jar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(arg);
        foreach (var page in site.Pages) start.ArgumentList.Add(Path.Combine(site.Output, page));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{m.GetProperty("url").GetString()![(m.GetProperty("url").GetString()!.IndexOf(site.Output, StringComparison.Ordinal) + site.Output.Length)..]}:" +
                         $"{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(40)));
        Assert.True(site.Pages.Count() > 50);
    }
}
