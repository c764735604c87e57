using System.Buffers;

namespace Dossier.Search;

/// <summary>
/// The inverted index of the search documents: every term, in ordinal order (the order of JavaScript's string
/// comparison, which the browser uses to find a term's shard), with the documents it occurs in, each scored by
/// BM25F, and its positions there (for "quoted phrases").
/// </summary>
/// <remarks>
/// BM25F: a term's count in each field is weighted and normalised by the field's length against its average, the
/// sum saturates (k1) and is multiplied by the term's rarity (idf). Scores are kept as 1–63, on a square-root
/// scale of the largest score, so that a posting is two or three characters.
/// </remarks>
public sealed class SearchIndex
{
    // The weights of title, names and text. A name (an entity's alias) is what the thing is called, a title says
    // what a page is about; the text only mentions.
    private static readonly double[] Weights = [8, 10, 1];

    // How much a field's length tempers its counts: a word of a short title says more than one of a long title,
    // but an entity's list of aliases is not weaker for being long.
    // A long article is not less about a word it uses often, so its text is tempered less than BM25's usual 0.75
    // (at 0.75 the seeds' articles fell below every short claim that used the word once).
    private static readonly double[] B = [0.75, 0, 0.5];
    // Where the weighted count saturates: at BM25's usual 1.2 a title alone would already be near the top, so that
    // a title and a name could not be told from a title; the weights above are about ten times BM25's usual ones.
    private const double K1 = 8;

    // Topic and entity pages gather everything about their subject: a reader who types its name wants that page.
    private const double HubBoost = 1.6;

    // Added to the weighted count when the term is all of a title or of a name ("TTP", "Qatar").
    private const double WholeNameWeight = 12;

    public const string TopicFilter = "~t:";
    public const string OutletFilter = "~o:";

    private readonly List<(string Term, TermPostings[] Parts)> _terms;
    private readonly double[] _idf;
    private readonly double _max;
    // Per field and document: the field's weight over its length normalisation; per document: its kind's boost.
    private readonly float[][] _norms;
    private readonly float[] _boosts;

    private SearchIndex(SearchDocuments documents, List<(string, TermPostings[])> terms, int[][] lengths)
    {
        _terms = terms;
        var n = Math.Max(1, documents.Count);
        _norms = new float[lengths.Length][];
        for (var f = 0; f < lengths.Length; f++)
        {
            // Each field's average length over the documents that have it.
            var average = Math.Max(1.0, lengths[f].Sum(x => (double)x) / Math.Max(1, lengths[f].Count(x => x > 0)));
            _norms[f] = lengths[f].Select(length => (float)(Weights[f] / (1 - B[f] + B[f] * length / average))).ToArray();
        }
        _boosts = new float[documents.Count];
        foreach (var (kind, start, end) in documents.Ranges)
            for (var doc = start; doc < end; doc++) _boosts[doc] = kind is SearchKind.Topic or SearchKind.Entity ? (float)HubBoost : 1;
        _idf = new double[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            var df = terms[t].Item2.Sum(p => p.Count);
            _idf[t] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        }
        var max = 0.0;
        for (var t = 0; t < terms.Count; t++)
            foreach (var part in terms[t].Item2)
                for (var i = 0; i < part.Count; i++) max = Math.Max(max, Score(t, part.Docs[i], part.Counts[i]));
        _max = max > 0 ? max : 1;
    }

    public int TermCount => _terms.Count;

    // The loops below run once per word of the whole dossier, in a process that lives for one build: they are
    // compiled optimised at once (AggressiveOptimization) instead of running unoptimised until tiering catches up
    // (measured at 10,000 articles: 1.5 s of CPU for the first build of the index, 0.86 s for the next).

    /// <summary>The CPU time building took, all threads added up.</summary>
    public TimeSpan BuildTime { get; private set; }

    public string Term(int t) => _terms[t].Term;

    /// <summary>Builds the index, the documents split among the cores and the parts joined in order.</summary>
    public static SearchIndex Build(SearchDocuments documents)
    {
        var lengths = new[] { new int[documents.Count], new int[documents.Count], new int[documents.Count] };
        // Parts of a few thousand documents, built side by side by whichever threads are free.
        var partCount = Math.Clamp(documents.Count / 2000, 1, 64);
        var parts = new TermTable[partCount];
        long ticks = 0;
        Parallel.For(0, partCount, p =>
        {
            var started = Pipeline.ThreadCpu.Now();
            var (start, end) = (documents.Count * p / partCount, documents.Count * (p + 1) / partCount);
            parts[p] = Invert(documents, start, end, lengths);
            Interlocked.Add(ref ticks, (Pipeline.ThreadCpu.Now() - started).Ticks);
        });
        var joined = Pipeline.ThreadCpu.Now();
        var terms = parts.SelectMany(p => p.Terms).Distinct().Order(StringComparer.Ordinal)
            .Select(term => (term, parts.Select(p => p.Get(term)).OfType<TermPostings>().ToArray()))
            .ToList();
        var index = new SearchIndex(documents, terms, lengths);
        index.BuildTime = TimeSpan.FromTicks(ticks) + (Pipeline.ThreadCpu.Now() - joined);
        return index;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static TermTable Invert(SearchDocuments documents, int start, int end, int[][] lengths)
    {
        var terms = new TermTable();
        var sink = new Inverter(terms);
        Span<char> scratch = stackalloc char[SearchWords.MaxWord];
        var buffer = new char[4096];
        for (var doc = start; doc < end; doc++)
        {
            var d = documents[doc];
            var position = 0;
            sink.Doc = doc;
            // The fields, title, names and text; an article's summary is text read before its body.
            for (var part = 0; part < 4; part++)
            {
                var field = Math.Min(part, 2);
                var text = part switch { 0 => d.Title, 1 => d.Names, 2 => d.Summary, _ => d.TextInto(ref buffer) };
                var first = position;
                sink.Field = field;
                position = SearchWords.Each(text, scratch, ref sink, position);
                lengths[field][doc] += position - first;
                // A gap, so that a phrase never runs from one part into the next.
                position += 8;
            }
            foreach (var name in d.Names.Split(SearchDocument.NameSeparator).Prepend(d.Title))
                if (SearchWords.IsOneWord(name)) terms.Get(SearchWords.Of(name)[0])?.MarkWholeName(doc);
            foreach (var topic in d.Topics) terms.GetOrAdd(TopicFilter + topic).AddFilter(doc);
            if (d.OutletId is { } outlet) terms.GetOrAdd(OutletFilter + outlet).AddFilter(doc);
        }
        return terms;
    }

    /// <summary>Adds each word of a field to its term's postings.</summary>
    private struct Inverter(TermTable terms) : SearchWords.IWordSink
    {
        public int Doc;
        public int Field;

        public readonly void Word(ReadOnlySpan<char> folded, int position) => terms.GetOrAdd(folded).Add(Doc, Field, position);
    }

    private double Score(int term, int doc, int counts)
    {
        if (counts == 0) return 0;
        double weighted = TermPostings.Title(counts) * _norms[0][doc] + TermPostings.Names(counts) * _norms[1][doc]
                       + TermPostings.Text(counts) * _norms[2][doc];
        if (TermPostings.IsWholeName(counts)) weighted += WholeNameWeight;
        return _boosts[doc] * _idf[term] * weighted * (K1 + 1) / (K1 + weighted);
    }

    /// <summary>The length of a term's entry in its shard's script, to cut shards of even size.</summary>
    public int EntryLength(int t) => _terms[t].Term.Length + 6 + _terms[t].Parts.Sum(p => p.Count) * 3;

    /// <summary>A term's documents: for each, the difference from the previous document's number and its score digit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void WritePostings(int t, ArrayBufferWriter<byte> text)
    {
        var previous = 0;
        foreach (var part in _terms[t].Parts)
            for (var i = 0; i < part.Count; i++)
            {
                var doc = part.Docs[i];
                Base64Numbers.Write(text, doc - previous);
                previous = doc;
                var score = Score(t, doc, part.Counts[i]);
                Base64Numbers.WriteDigit(text, score <= 0 ? 0 : Math.Clamp((int)Math.Round(63 * Math.Sqrt(score / _max)), 1, 63));
            }
    }

    /// <summary>A term's positions: for each of its documents, in the same order, how many, then each one's difference from the last.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void WritePositions(int t, ArrayBufferWriter<byte> text)
    {
        foreach (var part in _terms[t].Parts)
            for (var i = 0; i < part.Count; i++)
            {
                Base64Numbers.Write(text, TermPostings.Total(part.Counts[i]));
                var positions = part.PositionsOf(i);
                positions.CopyTo(text.GetSpan(positions.Length));
                text.Advance(positions.Length);
            }
    }
}
