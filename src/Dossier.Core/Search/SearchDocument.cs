namespace Dossier.Search;

/// <summary>The kinds of search result, in the order their documents are numbered.</summary>
public enum SearchKind { Article, Topic, Entity, Claim, Event }

/// <summary>
/// One searchable thing. <see cref="Title"/>, <see cref="Names"/> (an entity's aliases) and the text
/// (<see cref="Summary"/> and <see cref="Text"/>) are the fields searched; <see cref="Outlet"/>, <see cref="Date"/> and <see cref="Summary"/> are shown with a result;
/// <see cref="Topics"/> and <see cref="OutletId"/> are what the filters select by.
/// </summary>
/// <param name="Url">Its page, relative to the site root, with the anchor where it is on that page.</param>
/// <param name="MakeText">Makes the text: an article's is made from its blocks when asked for, and only the index
/// and the snippets ask.</param>
public sealed record SearchDocument(
    SearchKind Kind,
    string Title,
    string Url,
    string Names,
    Func<string> MakeText,
    string Summary,
    string? OutletId,
    string Outlet,
    string Date,
    IReadOnlyList<string> Topics,
    Articles.Body.ReaderText? Reader = null)
{
    public string Text => MakeText();

    /// <summary>The text, written into <paramref name="buffer"/> (grown when needed) when it is an article's, so the index makes no string of it.</summary>
    public ReadOnlySpan<char> TextInto(ref char[] buffer)
    {
        if (Reader is null) return MakeText();
        if (buffer.Length < Reader.Length) buffer = new char[Math.Max(Reader.Length, buffer.Length * 2)];
        Reader.CopyTo(buffer);
        return buffer.AsSpan(0, Reader.Length);
    }

    /// <summary>What <see cref="Names"/> puts between two names.</summary>
    public const string NameSeparator = " · ";
}
