namespace Dossier.Search;

/// <summary>
/// Where one term occurs, as the index is built: the documents in increasing order, how often in each field, and
/// its word positions in each, kept as the text of the positions script already (differences, in
/// <see cref="Base64Numbers"/>), so a large index costs little more than its files.
/// </summary>
internal sealed class TermPostings
{
    public int[] Docs = new int[2];

    // Per document: title count in bits 0–7, names count in bits 8–15, text count in bits 16–29, each saturating;
    // bit 30 when the term is the whole of the document's title or of one of its names.
    public int[] Counts = new int[2];

    // Where each document's positions start in the positions' text.
    public int[] PositionStarts = new int[2];
    public int Count;
    // The positions' text so far, as ASCII bytes.
    private byte[] _positions = new byte[8];
    private int _positionsLength;
    private int _lastPosition;

    /// <summary>The positions' text of the <paramref name="i"/>th document.</summary>
    public ReadOnlySpan<byte> PositionsOf(int i) =>
        _positions.AsSpan(PositionStarts[i], (i + 1 < Count ? PositionStarts[i + 1] : _positionsLength) - PositionStarts[i]);

    private void Grow()
    {
        Array.Resize(ref Docs, Count * 2);
        Array.Resize(ref Counts, Count * 2);
        Array.Resize(ref PositionStarts, Count * 2);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(int doc, int field, int position)
    {
        if (Count == 0 || Docs[Count - 1] != doc)
        {
            if (Count == Docs.Length) Grow();
            Docs[Count] = doc;
            PositionStarts[Count] = _positionsLength;
            Counts[Count++] = 0;
            _lastPosition = 0;
        }
        ref var counts = ref Counts[Count - 1];
        var (shift, max) = field switch { 0 => (0, 255), 1 => (8, 255), _ => (16, 16383) };
        if (((counts >> shift) & max) < max) counts += 1 << shift;
        else return;
        if (_positionsLength + 7 > _positions.Length) Array.Resize(ref _positions, _positions.Length * 2);
        _positionsLength += Base64Numbers.Write(_positions.AsSpan(_positionsLength), position - _lastPosition);
        _lastPosition = position;
    }

    /// <summary>A document that has this term as a filter (a topic, an outlet): no counts, no positions.</summary>
    public void AddFilter(int doc)
    {
        if (Count > 0 && Docs[Count - 1] == doc) return;
        if (Count == Docs.Length) Grow();
        Docs[Count] = doc;
        PositionStarts[Count] = _positionsLength;
        Counts[Count++] = 0;
    }

    /// <summary>Marks the document just added as one whose title or a name is this term alone.</summary>
    public void MarkWholeName(int doc)
    {
        if (Count > 0 && Docs[Count - 1] == doc) Counts[Count - 1] |= WholeName;
    }

    private const int WholeName = 1 << 30;

    public static int Title(int counts) => counts & 255;
    public static int Names(int counts) => (counts >> 8) & 255;
    public static int Text(int counts) => (counts >> 16) & 16383;
    public static bool IsWholeName(int counts) => (counts & WholeName) != 0;
    public static int Total(int counts) => Title(counts) + Names(counts) + Text(counts);
}
