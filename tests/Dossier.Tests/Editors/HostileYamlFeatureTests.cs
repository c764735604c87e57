using static Dossier.Tests.Editors.HostileCase;

namespace Dossier.Tests.Editors;

/// <summary>
/// The parts of YAML a Dossier file does not use — anchors, merge keys, directives, complex keys, several
/// documents — and the plain values that look like something else. Each is refused where it stands, or read as
/// the text it shows.
/// </summary>
public sealed class HostileYamlFeatureTests(GoodOutput output) : HostileInputTests(output), IClassFixture<GoodOutput>
{
    public static IEnumerable<object[]> Cases => Rows(
    [
        Error("an anchor on its own", "DOS024", d => d.Replace(Sidecar, "title: \"", "title: &t \"")),
        Error("a merge key", "DOS024", d => d.Replace("outlets.yml", "- id: dawat-media-center\n", "- &base\n  id: x\n  name: X\n  reliability: F\n  note: x\n- <<: *base\n  id: dawat-media-center\n")),
        Error("an anchor on a list", "DOS024", d => d.Replace(Sidecar, "topics: [", "topics: &all [")),
        Error("an alias in dossier.yml", "DOS024", d => d.Replace("dossier.yml", "licence: \"", "licence: *title\nold_licence: \"")),
        Error("a %TAG directive and a tag", "DOS036", d => d.Write("outlets.yml", "%TAG !py! tag:yaml.org,2002:python/\n---\n" + d.Read("outlets.yml").Replace("name: Dawat Media Center", "name: !py!object Dawat"))),
        Error("a YAML 1.1 directive", "DOS001", d => d.Write("outlets.yml", "%YAML 1.1\n%YAML 1.1\n---\n" + d.Read("outlets.yml"))),
        Error("a complex key", "DOS001", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\n? [a, b]\n: c")),
        Error("a mapping as a field name", "DOS001", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\n{a: b}: c")),
        Error("a null field name", "DOS001", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\n~: c")),
        Error("a document end marker and a second document", "DOS001", d => d.Write(Sidecar, d.Read(Sidecar) + "\n...\n---\ntitle: Again\n")),
        Error("a field name in capitals", "DOS002", d => d.Replace(Sidecar, "summary:", "Summary:")),
        Error("a field name 10,000 characters long", "DOS001", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown\n" + new string('k', 10_000) + ": v")),
        Error("a mapping where a title goes", "DOS004", d => d.Replace(Sidecar, "title: \"Pakistan", "title: {text: x}\nold_title: \"Pakistan")),
        Error("a million aliases", "DOS016", d => d.Replace("entities.yml", "aliases: [\"Asif\"]",
            "aliases:\n" + string.Concat(Enumerable.Range(0, 1_000_000).Select(i => $"    - A{i}\n")))),
        Error("an article with two thousand topics", "DOS016", d => d.Replace(Sidecar, "topics: [", "topics: [" + string.Concat(Enumerable.Repeat("mediation, ", 2000)))),
        Legal("an explicit document start", d => d.Write(Sidecar, "---\n" + d.Read(Sidecar))),
        Legal("yes, no and on as text", d =>
        {
            d.Replace(Sidecar, "title: \"Pakistan Urges Afghan Taliban to End Support for Terrorist Groups at Istanbul Talks\"", "title: yes");
            d.Replace("entities.yml", "role: \"Pakistan's Defence Minister\"", "role: no");
            d.Replace("outlets.yml", "name: Dawat Media Center", "name: on");
        }),
        Legal("numbers and dates as text", d =>
        {
            d.Replace(Sidecar, "title: \"Pakistan Urges Afghan Taliban to End Support for Terrorist Groups at Istanbul Talks\"", "title: 2025");
            d.Replace("outlets.yml", "name: Dawat Media Center", "name: 0x1F");
            d.Replace("entities.yml", "role: \"Pakistan's Defence Minister\"", "role: 1e3");
        }),
        Legal("a literal block as a summary", d => d.Write(Sidecar, string.Join('\n', d.Read(Sidecar).Split('\n')
            .Select(l => l.StartsWith("summary:", StringComparison.Ordinal) ? "summary: |\n  Two lines,\n  kept apart." : l)))),
        Legal("a quoted field name", d => d.Replace(Sidecar, "outlet: unknown", "\"outlet\": unknown")),
        Legal("a comment after every value", d => d.Replace(Sidecar, "outlet: unknown", "outlet: unknown # no publisher named")),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Behaves(HostileCase c) => Check(c);
}
