using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Dossier.Theme;

/// <summary>A member path of a template that its model type does not have.</summary>
public sealed record BindingProblem(string Template, int? Line, string Path, string Message);

/// <summary>
/// Checks every member access of a parsed Liquid template against the record type of its model, before any rendering:
/// walks Fluid's syntax tree (Fluid.Ast.AstVisitor), follows `for x in list` to the list's element type, `assign`, and
/// `include 'partial'` (with its `name: value` arguments, `with` and `for`) into the partial's own tree. Names are
/// compared as the member access strategy renders them (camelCase). Fluid keeps no source positions in its tree,
/// so the line is found by searching the template's text for the path (the n-th use of a path, the n-th occurrence).
/// </summary>
public sealed class BindingChecker(FluidParser parser, IReadOnlyDictionary<string, (string Source, IFluidTemplate Template)> partials)
{
    public FluidParser Parser => parser;

    public IReadOnlyList<BindingProblem> Check(string name, string source, IFluidTemplate template, Type rootType)
    {
        var walker = new Walker(this, rootType);
        walker.Walk(name, source, template);
        return walker.Problems;
    }

    private (IFluidTemplate Template, string Source)? Partial(string name) =>
        partials.TryGetValue(name, out var partial) ? (partial.Template, partial.Source) : null;

    /// <summary>What a name stands for: a CLR type, or unknown (null: not checked further).</summary>
    private sealed class Walker(BindingChecker checker, Type root) : AstVisitor
    {
        private readonly List<Dictionary<string, Type?>> _scopes = [new(StringComparer.Ordinal)];
        private readonly Dictionary<(string, string), int> _occurrences = [];
        private string _template = "";
        private string _source = "";
        private int _depth;

        public List<BindingProblem> Problems { get; } = [];

        public void Walk(string name, string source, IFluidTemplate template)
        {
            var (savedName, savedSource) = (_template, _source);
            (_template, _source) = (name, source);
            if (template is FluidTemplate fluid)
                foreach (var statement in fluid.Statements) Visit(statement);
            (_template, _source) = (savedName, savedSource);
        }

        protected override Expression VisitMemberExpression(MemberExpression member)
        {
            TypeOf(member);
            return member;
        }

        protected override Statement VisitForStatement(ForStatement loop)
        {
            var element = ElementType(loop.Source is null ? null : TypeOf(loop.Source));
            if (loop.Limit is not null) Visit(loop.Limit);
            if (loop.Offset is not null) Visit(loop.Offset);
            _scopes.Add(new(StringComparer.Ordinal) { [loop.Identifier] = element, ["forloop"] = typeof(ForLoop) });
            foreach (var statement in loop.Statements) Visit(statement);
            _scopes.RemoveAt(_scopes.Count - 1);
            if (loop.Else is not null) Visit(loop.Else);
            return loop;
        }

        protected override Statement VisitAssignStatement(AssignStatement assign)
        {
            // Liquid's assign is global to the render; kept here in the innermost scope (see limits).
            _scopes[^1][assign.Identifier] = TypeOf(assign.Value);
            return assign;
        }

        protected override Statement VisitIncludeStatement(IncludeStatement include)
        {
            var name = (include.Path as LiteralExpression)?.Value.ToStringValue();
            var scope = new Dictionary<string, Type?>(StringComparer.Ordinal);
            foreach (var assign in include.AssignStatements ?? []) scope[assign.Identifier] = TypeOf(assign.Value);
            if (include.With is not null) scope[include.Alias ?? name ?? ""] = TypeOf(include.With);
            if (include.For is not null)
            {
                scope[include.Alias ?? name ?? ""] = ElementType(TypeOf(include.For));
                scope["forloop"] = typeof(ForLoop);
            }
            if (name is null) return include; // a computed partial name: not followed
            if (checker.Partial(name) is not { } partial)
            {
                Problems.Add(new BindingProblem(_template, LineOf("'" + name + "'"), name, "no such partial"));
                return include;
            }
            if (_depth > 16) return include;
            _depth++;
            _scopes.Add(scope);
            Walk(name, partial.Source, partial.Template);
            _scopes.RemoveAt(_scopes.Count - 1);
            _depth--;
            return include;
        }

        /// <summary>The type an expression gives, reporting the member paths that do not exist.</summary>
        private Type? TypeOf(Expression expression)
        {
            switch (expression)
            {
                case MemberExpression member:
                    return Resolve(member);
                case FilterExpression filter:
                    var input = TypeOf(filter.Input);
                    foreach (var argument in filter.Parameters) Visit(argument.Expression);
                    return filter.Name is "raw" or "escape" or "strip" or "upcase" or "downcase" or "default" ? input : null;
                default:
                    Visit(expression);
                    return null;
            }
        }

        private Type? Resolve(MemberExpression member)
        {
            if (member.Segments.Count == 0 || member.Segments[0] is not IdentifierSegment first) return null;
            var path = first.Identifier;
            Type? type = null;
            var found = false;
            for (var i = _scopes.Count - 1; i >= 0 && !found; i--)
                if (_scopes[i].TryGetValue(first.Identifier, out type)) found = true;
            if (!found)
            {
                type = Property(root, first.Identifier, out found);
                if (!found)
                {
                    Report(path, $"'{first.Identifier}' is neither a variable in scope nor a member of {root.Name}");
                    return null;
                }
            }
            for (var s = 1; s < member.Segments.Count; s++)
            {
                switch (member.Segments[s])
                {
                    case IdentifierSegment identifier:
                        path += "." + identifier.Identifier;
                        if (type is null) continue;
                        var next = Property(type, identifier.Identifier, out found);
                        if (!found)
                        {
                            Report(path, $"{Describe(type)} has no member '{identifier.Identifier}'");
                            return null;
                        }
                        type = next;
                        break;
                    case IndexerSegment indexer:
                        path += "[…]";
                        Visit(indexer.Expression);
                        type = ElementType(type);
                        break;
                    default:
                        type = null;
                        break;
                }
            }
            return type;
        }

        private void Report(string path, string message)
        {
            var key = (_template, path);
            var n = _occurrences[key] = _occurrences.GetValueOrDefault(key) + 1;
            Problems.Add(new BindingProblem(_template, LineOf(path, n), path, message));
        }

        /// <summary>The line of the n-th occurrence of a path in the template's text (Fluid's tree has no positions).</summary>
        private int? LineOf(string text, int n = 1)
        {
            var matches = Regex.Matches(_source, @"(?<![\w.])" + Regex.Escape(text).Replace(@"\.", @"\s*\.\s*") + @"(?!\w)");
            if (matches.Count == 0) return null;
            var at = matches[Math.Min(n, matches.Count) - 1].Index;
            return _source.AsSpan(0, at).Count('\n') + 1;
        }

        private static string Describe(Type type) => type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Describe)) + ">" : type.Name;

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "A build-time check of the model types, which the templates' member access strategy registers (and so keeps).")]
        [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "As above.")]
        private static Type? Property(Type type, string name, out bool found)
        {
            found = true;
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(string)) return name == "size" ? typeof(int) : Missing(out found);
            if (ElementType(type) is { } element)
                return name switch { "size" => typeof(int), "first" or "last" => element, _ => Missing(out found) };
            if (type == typeof(object)) return null; // untyped: cannot check further
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.GetIndexParameters().Length == 0 && MemberNameStrategies.CamelCase(p) == name);
            return property is null ? Missing(out found) : property.PropertyType;
        }

        private static Type? Missing(out bool found)
        {
            found = false;
            return null;
        }

        [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Interfaces of model list types, kept by their use.")]
        private static Type? ElementType(Type? type)
        {
            if (type is null || type == typeof(string)) return null;
            if (type.IsArray) return type.GetElementType();
            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            if (enumerable is not null) return enumerable.GetGenericArguments()[0];
            return typeof(IEnumerable).IsAssignableFrom(type) ? typeof(object) : null;
        }
    }

    /// <summary>The members of Liquid's forloop object.</summary>
    private sealed record ForLoop(int Index, int Index0, int Rindex, int Rindex0, bool First, bool Last, int Length, object? Parentloop);
}
