namespace Dossier.Print;

/// <summary>The model of theme/pages/print.liquid: the sections of the whole dossier, as HTML.</summary>
public sealed record PrintPage(string Sections, string HomeHref);
