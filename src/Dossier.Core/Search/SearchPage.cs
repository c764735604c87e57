namespace Dossier.Search;

/// <summary>The model of theme/pages/search.liquid: the scripts that index and search the dossier.</summary>
public sealed record SearchPage(IReadOnlyList<string> Scripts);
