using Dossier.Diagnostics;

namespace Dossier.Yaml;

/// <summary>A small YAML tree that keeps every node's position, so errors can name line and column.</summary>
public abstract record YamlNode(SourceLocation At)
{
    public abstract string KindName { get; }
}

public sealed record YamlScalar(string? Value, SourceLocation At) : YamlNode(At)
{
    public override string KindName => Value is null ? "nothing" : "text";
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation At) : YamlNode(At)
{
    public override string KindName => "a list";
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation At) : YamlNode(At)
{
    public override string KindName => "a set of fields";
}
