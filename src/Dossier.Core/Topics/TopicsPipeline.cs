using System.Collections.Concurrent;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Dossier.Yaml;

namespace Dossier.Topics;

/// <summary>Reads input/topics/*.md, one topic a file.</summary>
public sealed class TopicsPipeline(Site.SitePipeline site) : Pipeline.Pipeline
{
    public const string Folder = "topics";
    private static readonly string[] Fields = ["title", "summary", "related", Drafts.DraftField.Name];

    private IReadOnlyList<InputFile> _files = [];

    public override string Name => "Topics";

    /// <summary>The site settings say whether Markdown may carry raw HTML.</summary>
    public override IReadOnlyList<Pipeline.Pipeline> Dependencies => [site];

    private bool RawHtml => site.Config?.RawHtml == true;

    /// <summary>Topics by id, in id order.</summary>
    public IReadOnlyDictionary<string, Topic> Topics { get; private set; } = new SortedDictionary<string, Topic>();

    /// <summary>Every topic file's id, including files with errors, so that one broken topic does not make each reference to it an error too.</summary>
    public IReadOnlySet<string> TopicIds { get; private set; } = new HashSet<string>();

    /// <summary>The topics left out of this build as drafts.</summary>
    public IReadOnlySet<string> DraftIds { get; private set; } = new HashSet<string>();

    public override void Input(BuildContext context)
    {
        var folder = Path.Combine(context.InputRoot, Folder);
        _files = InputFolder.Read(folder, [".md"], context.Diagnostics, "topic", context.Cache);
    }

    public override void Process(BuildContext context)
    {
        var d = context.Diagnostics;
        var topics = new ConcurrentDictionary<string, Topic>(StringComparer.Ordinal);
        TopicIds = _files.Select(f => Path.GetFileNameWithoutExtension(f.FullPath)).ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(_files, file =>
        {
            var id = Path.GetFileNameWithoutExtension(file.FullPath);
            if (!Ids.Check(id, file.At(), d, "topic file name")) return;
            if (id == "index")
            {
                d.Error(DiagnosticCodes.InvalidId, file.At(), "'index' cannot be a topic id: topics/index.html is the list of all topics", "rename the file.");
                return;
            }
            var topic = Parse(id, file, RawHtml, d);
            if (topic is not null) topics[id] = topic;
        });
        var (published, drafts) = Drafts.Drafts.Split(topics.Values, t => t.Draft, t => t.Id, context.IncludeDrafts);
        Topics = new SortedDictionary<string, Topic>(published.ToDictionary(t => t.Id, StringComparer.Ordinal), StringComparer.Ordinal);
        DraftIds = drafts;
    }

    public override void PostProcess(BuildContext context)
    {
        foreach (var topic in Topics.Values)
            foreach (var (related, at) in topic.Related)
                if (DraftIds.Contains(related)) Drafts.Drafts.TagWarning(context.Diagnostics, at, related);
                else if (!TopicIds.Contains(related))
                    context.Diagnostics.Error(DiagnosticCodes.UnknownTopic, at, $"related topic '{related}' does not exist",
                        Suggestions.DidYouMean(related, TopicIds, "topics"));
    }

    private static Topic? Parse(string id, InputFile file, bool rawHtml, DiagnosticBag d)
    {
        var front = FrontMatter.Split(file, d);
        if (front is null) return null;
        if (!YamlTreeReader.TryRead(front.Yaml, file.DisplayPath, d, out var root, FrontMatter.YamlLineOffset)) return null;
        if (root is not YamlMapping mapping)
        {
            d.Error(DiagnosticCodes.WrongType, root?.At ?? file.At(2, 1), "the topic's front matter should be a set of fields (title: …)", "start with 'title: …'.");
            return null;
        }
        var r = new MappingReader(mapping, d, "the topic's front matter", Fields);
        var title = r.String("title", required: true);
        var summary = r.String("summary", required: true);
        var related = r.StringList("related");
        var draft = Drafts.DraftField.Read(r, d);
        foreach (var (relatedId, at) in related)
        {
            Ids.Check(relatedId, at, d, "related topic");
            if (relatedId == id) d.Error(DiagnosticCodes.InvalidValue, at, "a topic cannot be related to itself", $"remove '{id}' from 'related'.");
        }
        if (title is null || summary is null) return null;
        return new Topic(id, title.Trim(), summary.Trim(), related.Where(x => x.Value != id).ToList(),
            Markdown.MarkdownText.Parse(front.Body, file.At(front.BodyFirstLine, 1), allowHtml: rawHtml), file.At(1, 1)) { Draft = draft };
    }
}
