using System.Reflection;
using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Tests.Support;

namespace Dossier.Tests.Editors;

/// <summary>docs/errors.md and the code stay in step: every code documented, every documented code real and used.</summary>
public sealed partial class ErrorCatalogueTests
{
    [GeneratedRegex(@"^## (DOS\d{3}) — (.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    private static Dictionary<string, string> Codes() =>
        typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => (string)f.GetRawConstantValue()!, f => f.Name);

    [Fact]
    public void EveryCodeIsDocumentedWithCauseExampleAndFix()
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "docs", "errors.md"));
        var documented = Heading().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        var codes = Codes();
        Assert.Equal(codes.Keys.Order(), documented.Keys.Order());
        foreach (var (code, title) in documented) Assert.Equal(DiagnosticCodes.Titles[code], title);
        Assert.Equal(codes.Keys.Order(), DiagnosticCodes.Titles.Keys.Order());
        foreach (var code in codes.Keys)
        {
            var section = text[(text.IndexOf($"## {code} ", StringComparison.Ordinal))..];
            var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
            if (next > 0) section = section[..next];
            foreach (var part in new[] { "**Cause.**", "**Example.**", "**Fix.**" }) Assert.Contains(part, section);
            Assert.True(section.Contains($"error {code}:", StringComparison.Ordinal) || section.Contains($"warning {code}:", StringComparison.Ordinal),
                $"{code} has no example message");
        }
    }

    [Fact]
    public void EveryCodeIsUsedByTheGenerator()
    {
        var source = string.Join("\n", Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal) && !f.Contains("/obj/")).Select(File.ReadAllText));
        foreach (var (code, name) in Codes())
            Assert.True(source.Contains("DiagnosticCodes." + name, StringComparison.Ordinal), $"{code} ({name}) is never reported");
    }

    [Fact]
    public void TheEditorsGuideIsLinkedFromTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains("docs/editing.md", readme);
        Assert.Contains("docs/errors.md", readme);
        Assert.True(File.Exists(Path.Combine(Repo.Root, "docs", "editing.md")));
    }
}
