using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Output;
using Dossier.Text;

namespace Dossier.Search;

/// <summary>
/// The files of the search index under assets/search/, each a plain script that hands its part to
/// <c>DossierSearch.add(kind, number, data)</c> (theme/assets/search-engine.js), so the page loads only the parts a
/// query needs, with &lt;script src&gt;: from file:// as from a server, with no fetch, worker or WebAssembly.
/// <list type="bullet">
/// <item>manifest.js: the documents' count and kinds, the first term of each shard, the filters, the folding table;</item>
/// <item>terms-N.js: the terms of one range, each with its documents and scores; positions-N.js: their positions;</item>
/// <item>docs-N.js: what a result shows, <see cref="DocsChunk"/> documents a file; snippets-N.js: the text shown under
/// it (summary, the start of the text, names), <see cref="SnippetsChunk"/> a file.</item>
/// </list>
/// </summary>
public sealed class SearchFiles
{
    public const string Folder = "assets/search/";
    public const string Manifest = Folder + "manifest.js";
    public const int DocsChunk = 200;
    public const int SnippetsChunk = 50;

    // About this many bytes of terms and postings to a shard. The count of shards is set before the index is built
    // (the paths must be known when the pages are), from a sample of the documents, so shards come out near it.
    private const int ShardTarget = 48 * 1024;

    // Documents read for the estimate, spread over the dossier.
    private const int Sample = 200;

    // Bytes a posting takes (the gap to its document, one or two characters, and a score digit), with a share of the
    // term itself. An estimate: at 10,000 articles the shards came out at 37 KB (bench corpus) and 40 KB (sparse) on
    // average, 15–70 KB each.
    private const double BytesPerPosting = 3.2;

    private const int ExcerptLength = 320;

    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SearchDocuments _documents;
    private readonly object _lock = new();
    private Task<SearchIndex>? _started;
    private SearchIndex? _index;
    private int _shardsLeft;

    // The first term of each shard, and each shard's first term number (with one past the last shard's end).
    private string[]? _firsts;
    private int[]? _starts;

    /// <param name="cache">In a preview session: each sampled document's count of words, kept while the document is unchanged.</param>
    public SearchFiles(SearchDocuments documents, Pipeline.BuildCache? cache = null)
    {
        _documents = documents;
        Shards = (int)Math.Clamp(EstimatedPostings(documents, cache) * BytesPerPosting / ShardTarget, 1, 100_000);
        _shardsLeft = 2 * Shards;
    }

    public int Shards { get; }

    /// <summary>
    /// About how many postings the index will have: the distinct words of a sample of documents, scaled up. Text
    /// of a rich vocabulary has several times the postings of generated text of the same length.
    /// </summary>
    /// <remarks>
    /// A preview session counts again only the sampled documents an edit changed (sampling took 30–100 ms of every
    /// 10,000-article rebuild), and so comes to the same estimate as a build of the same content.
    /// </remarks>
    private static long EstimatedPostings(SearchDocuments documents, Pipeline.BuildCache? cache)
    {
        if (documents.Count == 0) return 0;
        var step = Math.Max(1, documents.Count / Sample);
        long distinct = 0, sampled = 0;
        for (var id = 0; id < documents.Count; id += step)
        {
            var d = documents[id];
            distinct += cache is null ? DistinctWords(d) : cache.Derived(documents.Source(id), "search-sample", () => new WordCount(DistinctWords(d))).Value;
            sampled++;
        }
        return distinct * documents.Count / sampled;
    }

    private static int DistinctWords(SearchDocument d)
    {
        var words = new TermTable();
        Span<char> scratch = stackalloc char[SearchWords.MaxWord];
        foreach (var text in new[] { d.Title, d.Names, d.Summary, d.Text }) SearchWords.Each(text, scratch, (w, _) => words.GetOrAdd(w));
        return words.Count;
    }

    private sealed record WordCount(int Value);

    public static string Terms(int shard) => $"{Folder}terms-{shard}.js";
    public static string Positions(int shard) => $"{Folder}positions-{shard}.js";
    public static string Docs(int chunk) => $"{Folder}docs-{chunk}.js";
    public static string Snippets(int chunk) => $"{Folder}snippets-{chunk}.js";

    public int DocsChunks => Math.Max(1, (_documents.Count + DocsChunk - 1) / DocsChunk);
    public int SnippetsChunks => Math.Max(1, (_documents.Count + SnippetsChunk - 1) / SnippetsChunk);

    /// <summary>Every file's path with how to make it.</summary>
    public IEnumerable<(string Path, Func<OutputFile> Make)> All()
    {
        yield return (Manifest, MakeManifest);
        for (var s = 0; s < Shards; s++)
        {
            var shard = s;
            yield return (Terms(shard), () => MakeShard(shard, positions: false));
            yield return (Positions(shard), () => MakeShard(shard, positions: true));
        }
        for (var c = 0; c < DocsChunks; c++)
        {
            var chunk = c;
            yield return (Docs(chunk), () => MakeDocs(chunk));
        }
        for (var c = 0; c < SnippetsChunks; c++)
        {
            var chunk = c;
            yield return (Snippets(chunk), () => MakeSnippets(chunk));
        }
    }

    /// <summary>The CPU time the index took to build, all threads added up; null until it is built.</summary>
    public TimeSpan? IndexTime { get; private set; }

    /// <summary>Starts building the index on a thread of the pool.</summary>
    public void StartIndex() => _started = Task.Run(() => SearchIndex.Build(_documents));

    private SearchIndex Index()
    {
        lock (_lock)
        {
            if (_index is null && _started is { } started)
            {
                _started = null;
                _index = started.GetAwaiter().GetResult();
            }
            _index ??= SearchIndex.Build(_documents);
            IndexTime ??= _index.BuildTime;
            return _index;
        }
    }

    // Shards are cut where the running length of the entries passes each shard's share. The manifest and every shard
    // ask for the cuts; the index is built once, by whichever asks first (or by StartIndex).
    private (string[] Firsts, int[] Starts) Cuts()
    {
        if (_firsts is not null) return (_firsts, _starts!);
        lock (_lock)
        {
            if (_firsts is not null) return (_firsts, _starts!);
            var index = Index();
            long total = 0;
            for (var t = 0; t < index.TermCount; t++) total += index.EntryLength(t);
            var starts = new int[Shards + 1];
            long running = 0;
            var shard = 1;
            for (var t = 0; t < index.TermCount && shard < Shards; t++)
            {
                running += index.EntryLength(t);
                if (running >= total * shard / Shards && t + 1 < index.TermCount) starts[shard++] = t + 1;
            }
            for (; shard <= Shards; shard++) starts[shard] = index.TermCount;
            starts[Shards] = index.TermCount;
            // A shard left empty (a dossier of few terms) starts after every term, so none is looked for in it.
            _starts = starts;
            Volatile.Write(ref _firsts, Enumerable.Range(0, Shards).Select(s => s == 0 ? "" : starts[s] < index.TermCount ? index.Term(starts[s]) : "\uffff").ToArray());
            return (_firsts, _starts);
        }
    }

    private OutputFile MakeManifest()
    {
        var (firsts, _) = Cuts();
        return Script(Manifest, "manifest", -1, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("docs", _documents.Count);
            w.WriteStartArray("kinds");
            foreach (var (kind, start, end) in _documents.Ranges)
            {
                w.WriteStartArray();
                w.WriteStringValue(kind.ToString());
                w.WriteNumberValue(start);
                w.WriteNumberValue(end);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("shards");
            foreach (var first in firsts) w.WriteStringValue(first);
            w.WriteEndArray();
            w.WriteNumber("docsChunk", DocsChunk);
            w.WriteNumber("snippetsChunk", SnippetsChunk);
            Pairs(w, "topics", _documents.TopicFilters);
            Pairs(w, "outlets", _documents.OutletFilters);
            w.WriteString("topicFilter", SearchIndex.TopicFilter);
            w.WriteString("outletFilter", SearchIndex.OutletFilter);
            w.WriteStartArray("fold");
            w.WriteNumberValue(LatinLetters.First);
            w.WriteStringValue(LatinLetters.Bases);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Pairs(Utf8JsonWriter w, string name, IReadOnlyList<(string Id, string Name)> pairs)
    {
        w.WriteStartArray(name);
        foreach (var (id, label) in pairs)
        {
            w.WriteStartArray();
            w.WriteStringValue(id);
            w.WriteStringValue(label);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    // A shard's entries are written as bytes: the numbers are ASCII (Base64Numbers), and only a term is encoded.
    private OutputFile MakeShard(int shard, bool positions)
    {
        var (_, starts) = Cuts();
        var index = Index();
        var file = OutputFile.Rented(positions ? Positions(shard) : Terms(shard), stream =>
        {
            var text = Buffer ??= new ArrayBufferWriter<byte>(1 << 16);
            Start(stream, positions ? "p" : "t", shard);
            stream.WriteByte((byte)'{');
            for (var t = starts[shard]; t < starts[shard + 1]; t++)
            {
                text.ResetWrittenCount();
                if (positions) index.WritePositions(t, text);
                else index.WritePostings(t, text);
                if (t > starts[shard]) stream.WriteByte((byte)',');
                stream.WriteByte((byte)'"');
                stream.Write(JsonEncodedText.Encode(index.Term(t), JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes);
                stream.Write("\":\""u8);
                stream.Write(text.WrittenSpan);
                stream.WriteByte((byte)'"');
            }
            stream.Write("});\n"u8);
        });
        // The index is let go once the last shard is made (made again if a shard is asked for after that).
        if (Interlocked.Decrement(ref _shardsLeft) == 0)
            lock (_lock) _index = null;
        return file;
    }

    [ThreadStatic] private static ArrayBufferWriter<byte>? Buffer;

    private OutputFile MakeDocs(int chunk) => Script(Docs(chunk), "d", chunk, w =>
    {
        w.WriteStartArray();
        for (var id = chunk * DocsChunk; id < Math.Min(_documents.Count, (chunk + 1) * DocsChunk); id++)
        {
            var d = _documents[id];
            w.WriteStartArray();
            w.WriteNumberValue((int)d.Kind);
            w.WriteStringValue(d.Title);
            w.WriteStringValue(d.Url);
            w.WriteStringValue(d.Outlet);
            w.WriteStringValue(d.Date);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    });

    private OutputFile MakeSnippets(int chunk) => Script(Snippets(chunk), "s", chunk, w =>
    {
        var buffer = new char[4096];
        w.WriteStartArray();
        for (var id = chunk * SnippetsChunk; id < Math.Min(_documents.Count, (chunk + 1) * SnippetsChunk); id++)
        {
            var d = _documents[id];
            w.WriteStartArray();
            w.WriteStringValue(d.Summary);
            w.WriteStringValue(Excerpt(d.TextInto(ref buffer)));
            w.WriteStringValue(d.Names);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    });

    /// <summary>The start of a text, cut at a space, for the snippet of a result whose match is not in its summary.</summary>
    private static string Excerpt(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length <= ExcerptLength) return new string(text);
        var cut = text[..(ExcerptLength + 1)].LastIndexOf(' ');
        return string.Concat(text[..(cut > ExcerptLength / 2 ? cut : ExcerptLength)], " …");
    }

    private static OutputFile Script(string path, string kind, int number, Action<Utf8JsonWriter> data) =>
        OutputFile.Rented(path, stream =>
        {
            Start(stream, kind, number);
            using (var writer = new Utf8JsonWriter(stream, Json)) data(writer);
            stream.Write(");\n"u8);
        });

    private static void Start(Stream stream, string kind, int number)
    {
        stream.Write("DossierSearch.add(\""u8);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(kind));
        stream.Write("\","u8);
        stream.Write(System.Text.Encoding.UTF8.GetBytes(number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        stream.Write(","u8);
    }
}
