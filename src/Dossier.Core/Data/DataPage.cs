namespace Dossier.Data;

/// <summary>The model of theme/pages/data.liquid: every data download with its fields, and the licence.</summary>
/// <param name="Licence">licence in dossier.yml; null when it names none (the page says so).</param>
/// <param name="SiteUrl">site_url, against which the absolute addresses are made; null when not set.</param>
/// <param name="Head">The schema.org Dataset of the downloads.</param>
public sealed record DataPage(string? Licence, string? SiteUrl, IReadOnlyList<DataSection> Sections, IReadOnlyList<DataSchemaView> Schemas, Pages.PageHead Head)
    : Pages.IHasPageHead;

/// <summary>The files of one format (JSON, CSV, CSL-JSON).</summary>
public sealed record DataSection(string Anchor, string Heading, IReadOnlyList<DataFileView> Files);

/// <summary>One file: where it is, how many records it holds, its schema, and what each field means.</summary>
public sealed record DataFileView(string Anchor, string Name, string Href, string Description, string Records, DataSchemaView? Schema,
    IReadOnlyList<DataFieldView> Fields);

public sealed record DataSchemaView(string Name, string Href);

public sealed record DataFieldView(string Name, string Meaning);
