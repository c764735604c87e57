using Dossier.Entities;
using Dossier.Links;

namespace Dossier.Pictures;

/// <summary>
/// The entity graph as a picture, laid out on a circle (deterministic, and every label has room): the whole
/// dossier's most connected entities, or one entity's neighbourhood around it. Line width grows with the
/// weight — shared paragraphs and claims — which each line's tooltip and the table give in numbers.
/// </summary>
public static class RelationshipGraph
{
    private const double Width = 760;
    private const int MaxEdgesPerNode = 2;

    public static Picture? Whole(string id, EntityGraph graph, IReadOnlyDictionary<string, Entity> entities, LinkGenerator links, int max = 40)
    {
        var nodes = entities.Values.Where(e => graph.Degree(e.Id) > 0)
            .OrderByDescending(e => graph.Degree(e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).Take(max)
            .OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (nodes.Count < 2) return null;
        var chosen = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = graph.Links.Where(l => chosen.Contains(l.A) && chosen.Contains(l.B)).ToList();
        // Every pair is in the table; the picture keeps the strongest, or it would be a hairball.
        var drawn = edges.Take(MaxEdgesPerNode * nodes.Count).ToList();
        var shown = nodes.Count < entities.Count ? $"the {nodes.Count} most connected of {entities.Count} entities" : $"{nodes.Count} entities";
        var lines = drawn.Count < edges.Count ? $"the {drawn.Count} strongest of {edges.Count} connections are drawn" : $"all {edges.Count} connections are drawn";
        var svg = new Svg(id, Width, Width, "Relationship graph of the dossier's entities",
            $"A circle of {shown}, grouped by kind; {lines}. A line joins two entities named in the same paragraph or the same claim; the thicker the line, the more often. Each name links to its page.",
            "graph-chart");
        Legend(svg);
        var positions = Circle(nodes.Count, Width / 2, Width / 2, 215);
        Draw(svg, nodes, positions, drawn, graph, links, center: null);
        var table = new DataTable("Connections, strongest first", ["Entity", "Entity", "Shared paragraphs", "Shared claims"],
            edges.Select(l => (IReadOnlyList<TableCell>)
            [
                new TableCell(entities[l.A].Name, links.To(Routes.Entity(l.A)), IsHeader: true),
                new TableCell(entities[l.B].Name, links.To(Routes.Entity(l.B))),
                new TableCell(l.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new TableCell(l.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]).ToList());
        return new Picture("graph", svg.ToString(), $"Who is named with whom: {shown}; {lines}. Thicker lines mean more shared paragraphs and claims; the table lists every pair.", table);
    }

    public static Picture? Neighbourhood(string id, Entity entity, EntityGraph graph, IReadOnlyDictionary<string, Entity> entities, LinkGenerator links, int max = 12)
    {
        var near = graph.Of(entity.Id).Where(l => entities.ContainsKey(l.Other(entity.Id))).Take(max).ToList();
        if (near.Count == 0) return null;
        var nodes = near.Select(l => entities[l.Other(entity.Id)]).ToList();
        var radius = nodes.Count <= 3 ? 80 : nodes.Count <= 6 ? 110 : 140;
        var height = 2 * radius + (nodes.Count <= 3 ? 130 : 230);
        var svg = new Svg(id, Width, height, $"{entity.Name} and the entities named with them",
            $"{entity.Name} in the centre, joined to the {Pages.Format.Count(nodes.Count, "entity", "entities")} most often named in the same paragraph or claim; each line is labelled with that number.",
            "graph-chart");
        Legend(svg);
        var positions = Circle(nodes.Count, Width / 2, height / 2, radius);
        Draw(svg, nodes, positions, near, graph, links, center: (entity, Width / 2, height / 2));
        var table = new DataTable($"Named with {entity.Name}", ["Entity", "Shared paragraphs", "Shared claims"],
            near.Select(l => (IReadOnlyList<TableCell>)
            [
                new TableCell(entities[l.Other(entity.Id)].Name, links.To(Routes.Entity(l.Other(entity.Id))), IsHeader: true),
                new TableCell(l.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new TableCell(l.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ]).ToList());
        return new Picture("graph", svg.ToString(), $"Who is named with {entity.Name}, and how often.", table);
    }

    private static void Draw(Svg svg, List<Entity> nodes, List<(double X, double Y, double Angle)> positions, List<EntityLink> edges,
        EntityGraph graph, LinkGenerator links, (Entity Entity, double X, double Y)? center)
    {
        var at = nodes.Select((n, i) => (n.Id, positions[i])).ToDictionary(x => x.Id, x => (x.Item2.X, x.Item2.Y), StringComparer.Ordinal);
        if (center is { } c) at[c.Entity.Id] = (c.X, c.Y);
        var names = nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
        if (center is { } c2) names[c2.Entity.Id] = c2.Entity.Name;
        foreach (var l in edges.AsEnumerable().Reverse())
        {
            var (x1, y1) = at[l.A];
            var (x2, y2) = at[l.B];
            svg.Titled($"{names[l.A]} — {names[l.B]}: {l.Describe()}", s =>
            {
                s.Line(x1, y1, x2, y2, "edge", 1 + 1.6 * Math.Log2(l.Weight));
                if (center is not null)
                {
                    var (lx, ly) = (x1 + (x2 - x1) * 0.62, y1 + (y2 - y1) * 0.62);
                    s.Circle(lx, ly, 9, "edge-badge").Text(lx, ly + 4, l.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), "picture-tick", "middle");
                }
            });
        }
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var (x, y, angle) = positions[i];
            var r = 5 + Math.Min(9, Math.Sqrt(graph.Degree(node.Id)));
            svg.Link(links.To(Routes.Entity(node.Id)), $"{node.Name} ({node.Kind.ToString().ToLowerInvariant()})", s =>
                s.Circle(x, y, r, $"node node-{node.Kind.ToString().ToLowerInvariant()}").Raw(RadialLabel(x, y, r, angle, node.Name)));
        }
        if (center is { } mid)
            svg.Titled(mid.Entity.Name, s => s.Circle(mid.X, mid.Y, 16, $"node node-centre node-{mid.Entity.Kind.ToString().ToLowerInvariant()}")
                .Text(mid.X, mid.Y + 34, mid.Entity.Name, "picture-label picture-strong", "middle"));
    }

    /// <summary>A name along its node's ray, outward, turned so that it never reads upside down; names on rays cannot collide.</summary>
    private static string RadialLabel(double x, double y, double r, double angle, string name)
    {
        var degrees = angle * 180 / Math.PI;
        var left = Math.Cos(angle) < -1e-9;
        var offset = r + 5;
        var (tx, ty) = (x + offset * Math.Cos(angle), y + offset * Math.Sin(angle));
        var rotation = left ? degrees + 180 : degrees;
        return $"<text x=\"{Svg.N(tx)}\" y=\"{Svg.N(ty + 4)}\" class=\"picture-label\"{(left ? " text-anchor=\"end\"" : "")} " +
               $"transform=\"rotate({Svg.N(rotation)} {Svg.N(tx)} {Svg.N(ty)})\">{Svg.Escape(name)}</text>";
    }

    private static void Legend(Svg svg)
    {
        var x = 12.0;
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            svg.Circle(x + 6, 18, 6, $"node node-{kind.ToString().ToLowerInvariant()}");
            var label = Entity.KindLabel(kind);
            svg.Text(x + 16, 22, label, "picture-label");
            x += 28 + label.Length * 7;
        }
    }

    /// <summary>Points on a circle, the first at the top, going clockwise, each with its angle.</summary>
    private static List<(double X, double Y, double Angle)> Circle(int count, double cx, double cy, double radius) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / count;
            return (cx + radius * Math.Cos(angle), cy + radius * Math.Sin(angle), angle);
        }).ToList();
}
