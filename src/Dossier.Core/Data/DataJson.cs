using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>
/// How every JSON download is written: with <see cref="Utf8JsonWriter"/> (no reflection, so Native AOT keeps working),
/// indented by two spaces, "\n" line endings whatever the platform, a final newline, and text as UTF-8 with only what
/// JSON requires escaped (the files are data, never inlined into a page, so HTML-sensitive characters stay as they are).
/// </summary>
internal static class DataJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static OutputFile Write(string path, Action<Utf8JsonWriter> write) =>
        OutputFile.Rented(path, stream =>
        {
            using (var writer = new Utf8JsonWriter(stream, Options))
                write(writer);
            stream.WriteByte((byte)'\n');
        });

    /// <summary>A JSON text (a schema kept as a constant) checked and written in the same layout as the data files.</summary>
    public static OutputFile Reprint(string path, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Write(path, document.WriteTo);
    }

    public static void StringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    public static void NumberOrNull(this Utf8JsonWriter w, string name, int? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteNumber(name, value.Value);
    }

    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
