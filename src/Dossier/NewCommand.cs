using System.CommandLine;
using Dossier.Pipeline;
using Dossier.Scaffolding;

namespace Dossier.Cli;

/// <summary>`dossier new article "Title" | topic ID | entity ID --kind KIND`: scaffolds a file that builds right away.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Create a new article, topic or entity from a template (never overwrites).");

        var input = CommonOptions.Input();
        var title = new Argument<string>("title") { Description = "The article's title; its file name is made from it." };
        var outlet = new Option<string?>("--outlet") { Description = "An outlet id from outlets.yml (default: unknown)." };
        var topics = new Option<string?>("--topics") { Description = "Topic ids, separated by commas." };
        var article = new Command("article", "A Markdown article in input/articles/.") { title, input, outlet, topics };
        article.SetAction(parsed => Report(Scaffolder.Article(parsed.GetValue(input)!, parsed.GetValue(title)!, parsed.GetValue(outlet),
            (parsed.GetValue(topics) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), ProgramInfo.Command("serve"))));

        var topicInput = CommonOptions.Input();
        var topicId = new Argument<string>("id") { Description = "The topic's id, e.g. doha-ceasefire." };
        var topic = new Command("topic", "A topic in input/topics/.") { topicId, topicInput };
        topic.SetAction(parsed => Report(Scaffolder.Topic(parsed.GetValue(topicInput)!, parsed.GetValue(topicId)!)));

        var entityInput = CommonOptions.Input();
        var entityId = new Argument<string>("id") { Description = "The entity's id, e.g. zabihullah-mujahid." };
        var kind = new Option<string>("--kind") { Description = "person, organisation or place.", Required = true };
        kind.AcceptOnlyFromAmong("person", "organisation", "place");
        var entity = new Command("entity", "An entry at the end of input/entities.yml.") { entityId, entityInput, kind };
        entity.SetAction(parsed => Report(Scaffolder.Entity(parsed.GetValue(entityInput)!, parsed.GetValue(entityId)!, parsed.GetValue(kind)!)));

        command.Subcommands.Add(article);
        command.Subcommands.Add(topic);
        command.Subcommands.Add(entity);
        return command;
    }

    private static int Report(ScaffoldResult result)
    {
        if (result.Problem is not null)
        {
            Console.Error.WriteLine($"dossier: nothing written: {result.Problem}");
            return CommandLine.UsageError;
        }
        var what = result.Appended ? "Added an entry at the end of" : "Created";
        Console.WriteLine($"{what} {BuildContext.DisplayPath(Path.GetFullPath(result.Path!))}. Fill it in, then preview with: {ProgramInfo.Command("serve")}");
        return CommandLine.Success;
    }
}
