using System.Security.Cryptography;
using System.Text;
using Dossier.Diagnostics;
using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>An input file read whole: its bytes (for hashing) and its text, decoded as strict UTF-8.</summary>
public sealed record InputFile(string FullPath, byte[] Bytes, string Text)
{
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string DisplayPath => _displayPath ??= BuildContext.DisplayPath(FullPath);

    private string? _displayPath;

    public SourceLocation At(int line = 0, int column = 0) => new(DisplayPath, line, column);

    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Bytes));

    private string? _sha256;

    /// <summary>Reads a file, reporting (not throwing) anything that makes it unusable: missing, too large, binary, not UTF-8.</summary>
    public static InputFile? Read(string fullPath, DiagnosticBag diagnostics)
    {
        var at = BuildContext.FileAt(fullPath);
        byte[] bytes;
        try
        {
            if (SpecialFile.Refused(fullPath, diagnostics)) return null;
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, at, $"the file is {info.Length / (1024 * 1024)} MB, more than the {MaxBytes / (1024 * 1024)} MB a dossier file may have",
                    "split it, or keep only the article text.");
                return null;
            }
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, at, $"cannot read the file: {e.Message}", "check that it exists and can be read.");
            return null;
        }
        return FromBytes(fullPath, bytes, diagnostics);
    }

    /// <summary>
    /// Decodes bytes already in memory as <see cref="Read"/> decodes a file's: binary, UTF-16, invalid UTF-8 or a
    /// character no page can carry is reported, not thrown. Used by <see cref="Read"/> and by the fuzz targets,
    /// which build inputs without a disk.
    /// </summary>
    public static InputFile? FromBytes(string fullPath, byte[] bytes, DiagnosticBag diagnostics)
    {
        var at = BuildContext.FileAt(fullPath);
        var text = Decode(bytes, at, diagnostics);
        if (text is null || Unpublishable(text, at, diagnostics)) return null;
        return new InputFile(fullPath, bytes, text);
    }

    private static string? Decode(byte[] bytes, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, at with { Line = 1, Column = 1 }, "the file is saved as UTF-16",
                "save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8).");
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, LocationOf(bytes, nul, at), "the file holds binary data (a NUL byte), not text",
                "save the article as plain text (UTF-8) or Markdown.");
            return null;
        }
        try
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, LocationOf(bytes, Math.Max(0, e.Index), at), "the file is not valid UTF-8 text",
                "save it again as UTF-8 (in most editors: Save As… → Encoding: UTF-8); text from Windows-1252 or Latin-1 must be converted.");
            return null;
        }
    }

    /// <summary>Whether the text holds a character no page or feed can carry; reported at its line and column.</summary>
    private static bool Unpublishable(string text, SourceLocation at, DiagnosticBag diagnostics)
    {
        var index = UnpublishableCharacters.Find(text, directionControls: false);
        if (index < 0) return false;
        var (line, column) = LineStarts.PositionOf(text, index);
        var codePoint = UnpublishableCharacters.CodePointAt(text, index);
        diagnostics.Error(DiagnosticCodes.UnpublishableCharacter, at with { Line = line, Column = column },
            $"{UnpublishableCharacters.Describe(codePoint)} cannot be published", UnpublishableCharacters.Hint(codePoint));
        return true;
    }

    private static SourceLocation LocationOf(byte[] bytes, int index, SourceLocation at)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        return at with { Line = line, Column = index - lineStart + 1 };
    }
}
