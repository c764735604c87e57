using System.Text.RegularExpressions;
using Dossier.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Curated;

/// <summary>The curated layer of the real dossier meets the counts the dossier promises.</summary>
public sealed partial class CuratedContentTests
{
    [GeneratedRegex(@"\[@[a-z0-9_-]+\s*""[^""]+""\s*\]")]
    private static partial Regex QuotedCitation();

    [Fact]
    public void TopicsHaveCitedBodiesOf150To400Words()
    {
        var topics = Directory.GetFiles(Path.Combine(Repo.Input, "topics"), "*.md");
        Assert.True(topics.Length >= 8);
        foreach (var file in topics)
        {
            var body = File.ReadAllText(file).Split("---", 3)[2];
            Assert.True(QuotedCitation().Matches(body).Count >= 2, $"{file} cites fewer than two passages");
            var words = QuotedCitation().Replace(body, " ").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 150, 400);
        }
    }

    [Fact]
    public void EntitiesTimelineAndClaimsMeetTheirCounts()
    {
        var entities = InputFiles.List("entities.yml");
        Assert.True(entities.Count >= 25, $"{entities.Count} entities");
        Assert.All(entities, e => Assert.Contains(e.Scalar("kind"), new[] { "person", "organisation", "place" }));
        var events = InputFiles.List("timeline.yml");
        Assert.True(events.Count >= 12, $"{events.Count} events");
        Assert.All(events, e => Assert.NotEmpty(e.Items("cite")));
        var claims = InputFiles.List("claims.yml");
        Assert.True(claims.Count >= 20, $"{claims.Count} claims");
        foreach (var claim in claims)
        {
            Assert.NotEmpty(claim.Items("cite"));
            Assert.All(claim.Items("cite").Cast<YamlMappingNode>(), c => Assert.False(string.IsNullOrWhiteSpace(c.Scalar("quote"))));
            Assert.InRange(int.Parse(claim.Scalar("credibility")!), 1, 6);
        }
        Assert.True(claims.Count(c => c.Items("disputed_by").Any()) >= 2, "fewer than two disputed claims");
    }

    [Fact]
    public void EntitiesCoverTheSpellingsTheSeedsUse()
    {
        var names = InputFiles.List("entities.yml")
            .SelectMany(e => e.Items("aliases").Cast<YamlScalarNode>().Select(a => a.Value!).Append(e.Scalar("name")!)).ToHashSet();
        foreach (var spelling in new[] { "Tehrik\u2011e\u2011Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "TTP", "Turkey", "Turkiye", "Khawaja Muhammad Asif" })
            Assert.True(names.Contains(spelling) || names.Any(n => Fold(n) == Fold(spelling)), $"no entity is named '{spelling}'");
    }

    [Fact]
    public void EveryOutletHasAGradeAndANote()
    {
        foreach (var outlet in InputFiles.List("outlets.yml"))
        {
            Assert.Matches("^[A-F]$", outlet.Scalar("reliability")!);
            Assert.False(string.IsNullOrWhiteSpace(outlet.Scalar("note")));
        }
    }

    private static string Fold(string s) => s.Replace('\u2011', '-').ToLowerInvariant();
}
