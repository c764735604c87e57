namespace Dossier.Pictures;

/// <summary>A cell of a picture's table: text, optionally a link, optionally a row header.</summary>
public sealed record TableCell(string Text, string? Href = null, bool IsHeader = false);

/// <summary>The data of a picture as a table, for screen readers and for readers who want the numbers.</summary>
public sealed record DataTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows);

/// <summary>
/// A picture drawn at build time: inline SVG (seen without JavaScript, crisp in print), a caption, and the same
/// data as a table. Rendered by the theme's picture partial.
/// </summary>
public sealed record Picture(string Kind, string Svg, string Caption, DataTable Table);
