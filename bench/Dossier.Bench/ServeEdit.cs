using System.Diagnostics;
using System.Text;
using Dossier.Serve;

namespace Dossier.Bench;

/// <summary>Five one-article edits in a warm preview session, run inside the benchmark's own process; the median of each figure.</summary>
internal static class ServeEdit
{
    public static (TimeSpan Served, TimeSpan Checked) Measure(string input, string theme)
    {
        var session = new PreviewSession(input, theme, null);
        session.Rebuild();
        session.Checked.Wait();
        session.Rebuild();
        session.Checked.Wait();
        var article = Directory.EnumerateFiles(Path.Combine(input, "articles")).Order(StringComparer.Ordinal).First();
        var page = $"articles/{Path.GetFileNameWithoutExtension(article)}.html";
        var served = new List<TimeSpan>();
        var checkedAll = new List<TimeSpan>();
        for (var edit = 1; edit <= 5; edit++)
        {
            var sentence = $"An edited closing sentence, number {edit}.";
            File.AppendAllText(article, $"\n{sentence}\n");
            var watch = Stopwatch.StartNew();
            var state = session.Rebuild();
            if (state.Errors.Count > 0) throw new InvalidOperationException("the edited corpus does not build: " + state.Errors[0]);
            if (!state.Files.TryGet(page, out var file) || !Encoding.UTF8.GetString(file.Span).Contains(sentence))
                throw new InvalidOperationException($"the edit is not on {page}");
            served.Add(watch.Elapsed);
            session.Checked.Wait();
            state = session.State;
            if (state.Errors.Count > 0 || state.CheckTime is null) throw new InvalidOperationException("the edited corpus failed its check: " + state.Errors.FirstOrDefault());
            checkedAll.Add(watch.Elapsed);
        }
        return (served.Order().ElementAt(2), checkedAll.Order().ElementAt(2));
    }
}
