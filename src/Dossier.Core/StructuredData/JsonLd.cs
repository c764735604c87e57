using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Dossier.StructuredData;

/// <summary>
/// Writes one schema.org JSON-LD object for a page's head. The encoder keeps letters of every script as they are,
/// but always escapes &lt;, &gt; and &amp;, so no value can end the script element it is written in.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>An object of the given @type, its properties written by <paramref name="properties"/>.</summary>
    public static string Object(string type, Action<Utf8JsonWriter> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", Context);
            w.WriteString("@type", type);
            properties(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A property written only when its value is known: the dossier never states what its sources do not.</summary>
    public static void Optional(this Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteString(name, value);
    }

    /// <summary>A nested object with its @type.</summary>
    public static void Typed(this Utf8JsonWriter w, string name, string type, Action<Utf8JsonWriter> properties)
    {
        w.WritePropertyName(name);
        w.WriteTyped(type, properties);
    }

    /// <summary>A nested object with its @type, as a value (an item of an array).</summary>
    public static void WriteTyped(this Utf8JsonWriter w, string type, Action<Utf8JsonWriter> properties)
    {
        w.WriteStartObject();
        w.WriteString("@type", type);
        properties(w);
        w.WriteEndObject();
    }
}
