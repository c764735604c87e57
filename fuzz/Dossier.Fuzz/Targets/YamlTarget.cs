using Dossier.Articles;
using Dossier.Claims;
using Dossier.Diagnostics;
using Dossier.Entities;
using Dossier.Outlets;
using Dossier.Pipeline;
using Dossier.Site;
using Dossier.Timeline;
using Dossier.Topics;
using Dossier.Yaml;

namespace Dossier.Fuzz.Targets;

/// <summary>
/// The YAML readers, end to end: the first byte chooses which file the rest is, and the bytes go through the
/// reader the build uses for it — the tree reader, then MappingReader and the record readers. List files,
/// dossier.yml and topics are read by their real pipelines from a scratch input folder (in /dev/shm), so the
/// path from file to records is the build's own; a sidecar is read with its article text (after a NUL).
/// </summary>
public static class YamlTarget
{
    /// <summary>What the first byte selects: its low seven bits, less '0', modulo the count (seeds start with the digit of their kind); the high bit sets raw_html.</summary>
    public static readonly string[] Kinds = ["sidecar", "dossier.yml", "outlets.yml", "entities.yml", "timeline.yml", "claims.yml", "topic"];

    private const string DefaultArticle = "Talks resume in Doha\nThe delegations met on Tuesday.\nFurther talks between the two sides are expected.\n";

    public static void Run(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return;
        var kind = Kinds[((data[0] & 0x7F) - '0' + 16 * Kinds.Length) % Kinds.Length];
        var rawHtml = data[0] >= 128;
        var rest = data[1..];
        if (kind == "sidecar") Sidecar(rest, rawHtml);
        else ThroughPipeline(kind, rest, rawHtml);
    }

    private static void Sidecar(ReadOnlySpan<byte> data, bool rawHtml)
    {
        var d = new DiagnosticBag();
        var cut = data.IndexOf((byte)0);
        var yaml = cut < 0 ? data : data[..cut];
        var text = cut < 0 ? System.Text.Encoding.UTF8.GetBytes(DefaultArticle) : data[(cut + 1)..];
        var sidecar = Harness.File("articles/fuzz.yml", yaml, d);
        var article = Harness.File("articles/fuzz.txt", text, d);
        if (sidecar is null || article is null) return;
        var parsed = ArticleParser.ParsePlainText("fuzz", article, sidecar, rawHtml, d);
        Contract.ResultOrError(parsed, d, "a sidecar");
        if (parsed is not null) ArticleChecks.Check(parsed);
    }

    private static void ThroughPipeline(string kind, ReadOnlySpan<byte> data, bool rawHtml)
    {
        var input = Scratch.Fresh();
        var path = kind == "topic" ? Path.Combine(input, "topics", "fuzz.md") : Path.Combine(input, kind);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, data.ToArray());
        if (kind != "dossier.yml")
            System.IO.File.WriteAllText(Path.Combine(input, SitePipeline.FileName),
                $"title: Fuzz\ndescription: A dossier for fuzzing.\nlanguage: en\nraw_html: {(rawHtml ? "true" : "false")}\n");
        var d = new DiagnosticBag();
        var context = new BuildContext(input, Scratch.Theme, d);
        var site = new SitePipeline();
        Pipeline.Pipeline target = kind switch
        {
            "dossier.yml" => site,
            "outlets.yml" => new OutletsPipeline(),
            "entities.yml" => new EntitiesPipeline(site),
            "timeline.yml" => new TimelinePipeline(site),
            "claims.yml" => new ClaimsPipeline(site),
            _ => new TopicsPipeline(site),
        };
        site.Input(context);
        site.Process(context);
        if (target != site)
        {
            Contract.That(site.Config is not null, "the fixed dossier.yml was refused");
            target.Input(context);
            target.Process(context);
        }
        object? result = target switch
        {
            SitePipeline s => s.Config,
            OutletsPipeline o => Nonempty(o.List),
            EntitiesPipeline e => Nonempty(e.List),
            TimelinePipeline t => Nonempty(t.List),
            ClaimsPipeline c => Nonempty(c.List),
            TopicsPipeline t => t.Topics.Count > 0 ? t.Topics : null,
            _ => null,
        };
        // A list file may be empty (no records, no error); otherwise every record that is left out was reported.
        if (result is null && kind is not ("dossier.yml" or "topic") && IsBlank(data)) return;
        Contract.ResultOrError(result, d, kind);
    }

    private static object? Nonempty<T>(YamlList<T> list) => list.Items.Count > 0 ? list : null;

    /// <summary>Whether the bytes hold no YAML node at all (blank, comments, a bare document marker).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> data)
    {
        var d = new DiagnosticBag();
        return InputFile.FromBytes("blank.yml", data.ToArray(), d) is { } file
               && YamlTreeReader.TryRead(file.Text, file.DisplayPath, d, out var root) && root is null or YamlSequence { Items.Count: 0 };
    }
}

/// <summary>A scratch input folder of this process, emptied before each run.</summary>
internal static class Scratch
{
    private static readonly string Root = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"dossier-fuzz-{Environment.ProcessId}");

    public static string Theme { get; } = Create();

    private static string Create()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return Directory.CreateDirectory(Path.Combine(Root, "theme")).FullName;
    }

    public static string Fresh()
    {
        var input = Path.Combine(Root, "input");
        if (Directory.Exists(input)) Directory.Delete(input, recursive: true);
        return Directory.CreateDirectory(input).FullName;
    }
}
