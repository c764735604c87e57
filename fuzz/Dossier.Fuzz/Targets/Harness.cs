using System.Text;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pipeline;

namespace Dossier.Fuzz.Targets;

/// <summary>One fuzz target: takes any bytes and must return normally. Any exception is a crash.</summary>
public delegate void Target(ReadOnlySpan<byte> data);

/// <summary>What the targets share: inputs made from bytes, the contract checks, a scratch input folder.</summary>
public static class Harness
{
    /// <summary>Where fuzzed files seem to live: messages show this path (nothing is read from it).</summary>
    public const string VirtualRoot = "/fuzz/input";

    /// <summary>An input file made from bytes in memory, decoded exactly as a file on disk is; null (reported) when the bytes are not UTF-8 text.</summary>
    public static InputFile? File(string relativePath, ReadOnlySpan<byte> data, DiagnosticBag diagnostics)
    {
        var file = InputFile.FromBytes(Path.Combine(VirtualRoot, relativePath), data.ToArray(), diagnostics);
        if (file is null) Contract.Reported(diagnostics, "decoding " + relativePath);
        return file;
    }

    /// <summary>Text made from bytes for targets below the file level (a quote, a date): invalid UTF-8 becomes U+FFFD, as a string in memory may hold anything.</summary>
    public static string Text(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

    /// <summary>Splits the input in two at the first NUL byte, or else at the first newline; the second part is empty when there is neither.</summary>
    public static void Split(ReadOnlySpan<byte> data, out ReadOnlySpan<byte> first, out ReadOnlySpan<byte> second)
    {
        var cut = data.IndexOf((byte)0);
        if (cut < 0) cut = data.IndexOf((byte)'\n');
        first = cut < 0 ? data : data[..cut];
        second = cut < 0 ? [] : data[(cut + 1)..];
    }
}

/// <summary>The contract of every parser entry point, checked after each run: a result, or an error that says where.</summary>
public static class Contract
{
    /// <summary>A parser that gave no result must have said why.</summary>
    public static void ResultOrError(object? result, DiagnosticBag diagnostics, string what)
    {
        if (result is null) Reported(diagnostics, what);
        Located(diagnostics);
    }

    public static void Reported(DiagnosticBag diagnostics, string what)
    {
        if (!diagnostics.HasErrors) throw new ContractException($"{what} gave no result and reported no error");
    }

    /// <summary>Every finding names a file, and an error with a line has a column, so an editor can go to it.</summary>
    public static void Located(DiagnosticBag diagnostics)
    {
        foreach (var d in diagnostics.Sorted())
        {
            if (string.IsNullOrEmpty(d.Location.File)) throw new ContractException($"{d.Code} names no file: {d.Message}");
            if (d.Location.Line < 0 || d.Location.Column < 0) throw new ContractException($"{d.Code} has a negative position {d.Location}: {d.Message}");
        }
    }

    public static void That(bool condition, string what)
    {
        if (!condition) throw new ContractException(what);
    }
}

/// <summary>A broken promise of a parser that threw nothing itself; thrown so that AFL records it as a crash.</summary>
public sealed class ContractException(string message) : Exception(message);

/// <summary>Resolves every id and every citation, so that the renderers of [[id]] and [@id "quote"] run to the end.</summary>
public sealed class EverythingResolver : IReferenceResolver
{
    public static readonly EverythingResolver Instance = new();

    public LinkTarget? Resolve(string id, string? kind) =>
        id.Length % 5 == 4 ? null : new LinkTarget($"{kind ?? "entities"}/{id}.html", id.Length % 2 == 0 ? null : "p1", "Title of " + id, kind ?? "entity");

    public CitationTarget? ResolveCitation(string articleId, string? quote) =>
        articleId.Length % 5 == 4 ? null : new CitationTarget($"articles/{articleId}.html", quote is null ? null : "c1", "Article " + articleId, "Outlet", quote);
}
