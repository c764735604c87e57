using System.Text;
using Dossier.Output;

namespace Dossier.Data;

/// <summary>
/// A CSV file as RFC 4180 has it: a header row, records ended by CRLF (also the last), a field quoted when it holds a
/// comma, a double quote, CR or LF, and a double quote inside a quoted field doubled. A line break inside a field is
/// kept as it is in the input. UTF-8 without a byte order mark. Lists inside one field are ids joined by ";" (an id
/// cannot contain one).
/// </summary>
internal sealed class CsvTable
{
    public const string LineEnd = "\r\n";
    public const string ListSeparator = ";";

    private readonly StringBuilder _text = new();
    private readonly int _columns;

    public CsvTable(IReadOnlyList<string> header)
    {
        _columns = header.Count;
        Row(header);
    }

    public void Row(IReadOnlyList<string?> fields)
    {
        if (fields.Count != _columns) throw new ArgumentException($"a row of {fields.Count} fields in a table of {_columns} columns");
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) _text.Append(',');
            Field(fields[i] ?? "");
        }
        _text.Append(LineEnd);
    }

    public static string List(IEnumerable<string> ids) => string.Join(ListSeparator, ids);

    private void Field(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }
        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    public OutputFile ToFile(string path) => OutputFile.Text(path, _text.ToString());
}
