using System.Text.RegularExpressions;
using Dossier.Diagnostics;
using Dossier.Pipeline;
using Fluid;

namespace Dossier.Theme;

/// <summary>
/// The parsed templates of a theme, with the options they render with: the model records registered with Fluid's
/// member access strategy under camelCase names, the partials served to {% include %} from memory, and whitespace
/// trimmed only up to the end of a line (so a tag alone on its line, written <c>{%- … -%}</c>, leaves no trace).
/// </summary>
public sealed partial class CompiledTheme
{
    private static readonly FluidParser Parser = new();

    private CompiledTheme(Dictionary<string, IFluidTemplate> pages, TemplateOptions options, DiagnosticBag diagnostics)
    {
        Pages = pages;
        Options = options;
        Diagnostics = diagnostics;
    }

    /// <summary>Layouts and pages by "layouts/NAME" and "pages/NAME".</summary>
    public IReadOnlyDictionary<string, IFluidTemplate> Pages { get; }

    public TemplateOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public static CompiledTheme Compile(IReadOnlyList<(string Folder, string Name, InputFile File)> templates)
    {
        var diagnostics = new DiagnosticBag();
        var pages = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var partials = new Dictionary<string, (string Source, IFluidTemplate Template, InputFile File)>(StringComparer.Ordinal);
        var sources = new Dictionary<string, (string Source, InputFile File)>(StringComparer.Ordinal);
        foreach (var (folder, name, file) in templates)
        {
            // A partial's file ends with a newline that is not part of it: kept, it would follow every use of the partial.
            var source = folder == "partials" ? file.Text.TrimEnd('\n', '\r') : file.Text;
            if (!Parser.TryParse(source, out var template, out var error))
            {
                var (line, column) = Position(error);
                var message = error.Split('\n')[0].Trim();
                diagnostics.Error(DiagnosticCodes.ThemeError, file.At(line, column), $"template error: {PositionSuffix().Replace(message, "")}",
                    "fix the Liquid syntax of this template.");
                continue;
            }
            if (folder == "partials") partials[name] = (source, template, file);
            else
            {
                pages[folder + "/" + name] = template;
                sources[folder + "/" + name] = (source, file);
            }
        }
        var options = new TemplateOptions
        {
            FileProvider = new PartialFileProvider(partials.ToDictionary(p => p.Key, p => p.Value.Source, StringComparer.Ordinal)),
            Greedy = false,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.CamelCase;
        Register(options.MemberAccessStrategy);
        if (!diagnostics.HasErrors)
        {
            var checker = new BindingChecker(Parser, partials.ToDictionary(p => p.Key, p => (p.Value.Source, p.Value.Template), StringComparer.Ordinal));
            // A partial included by several pages (or several times) is reported once for each of its wrong bindings.
            var reported = new HashSet<(string, int?, string)>();
            foreach (var (template, model) in TemplateModels.All)
            {
                if (!pages.TryGetValue(template, out var parsed)) continue;
                foreach (var problem in checker.Check(template, sources[template].Source, parsed, model))
                {
                    if (!reported.Add((problem.Template, problem.Line, problem.Path))) continue;
                    var inPage = problem.Template == template;
                    var file = inPage ? sources[template].File : partials[problem.Template].File;
                    diagnostics.Error(DiagnosticCodes.ThemeError, file.At(problem.Line ?? 0), $"unknown binding '{problem.Path}': {problem.Message}",
                        inPage
                            ? $"the model of {template}{Extension} is {model.Name}: use the names of its members, in camelCase."
                            : $"this partial is included from {template}{Extension}, whose model is {model.Name}: use the names of the members in scope, in camelCase.");
                }
            }
        }
        return new CompiledTheme(pages, options, diagnostics);
    }

    private const string Extension = ThemePipeline.Extension;

    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2072",
        Justification = "An AOT build keeps Dossier.Core whole (TrimmerRootAssembly): every model record keeps its properties.")]
    private static void Register(MemberAccessStrategy access)
    {
        foreach (var type in TemplateModels.RecordTypes()) access.Register(type);
    }

    /// <summary>Fluid's parse errors end with "at (line:column)".</summary>
    private static (int Line, int Column) Position(string error) =>
        PositionSuffix().Match(error) is { Success: true } m ? (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)) : (0, 0);

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)")]
    private static partial Regex PositionSuffix();
}
