using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Support;

/// <summary>The real input/ read directly with YamlDotNet, independently of Dossier's own loaders.</summary>
public static class InputFiles
{
    public static List<YamlMappingNode> List(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Input, file))));
        return ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>().ToList();
    }

    public static YamlMappingNode Mapping(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Input, file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static string? Scalar(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    public static IEnumerable<YamlNode> Items(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode seq ? seq.Children : [];

    /// <summary>Article id → outlet, from the sidecars (the seeds are all imported plain text).</summary>
    public static Dictionary<string, string> ArticleOutlets() =>
        Directory.GetFiles(Path.Combine(Repo.Input, "articles"), "*.yml")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Mapping(Path.GetRelativePath(Repo.Input, f)).Scalar("outlet")!);
}
