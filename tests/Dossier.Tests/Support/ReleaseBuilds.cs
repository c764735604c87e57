namespace Dossier.Tests.Support;

/// <summary>Tests that build the program in Release (a native publish, a tool package) run one at a time: they share its obj folders.</summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuilds
{
    public const string Name = "release builds";
}
