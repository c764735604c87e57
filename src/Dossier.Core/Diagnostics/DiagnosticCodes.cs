namespace Dossier.Diagnostics;

/// <summary>The catalogue of every diagnostic code. docs/errors.md documents each one.</summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "DOS001";
    public const string UnknownField = "DOS002";
    public const string MissingField = "DOS003";
    public const string WrongType = "DOS004";
    public const string InvalidId = "DOS005";
    public const string DuplicateId = "DOS006";
    public const string DuplicateSlug = "DOS007";
    public const string InvalidDate = "DOS008";
    public const string MissingSidecar = "DOS009";
    public const string FrontMatter = "DOS010";
    public const string UnknownOutlet = "DOS011";
    public const string UnknownTopic = "DOS012";
    public const string OmitNotFound = "DOS013";
    public const string QuoteNotFound = "DOS014";
    public const string AmbiguousQuote = "DOS015";
    public const string InvalidValue = "DOS016";
    public const string BrokenLink = "DOS017";
    public const string UnreadableFile = "DOS018";
    public const string MissingFile = "DOS019";
    public const string MissingDate = "DOS020";
    public const string UnknownArticle = "DOS021";
    public const string UnsupportedFile = "DOS022";
    public const string DuplicateKey = "DOS023";
    public const string YamlAlias = "DOS024";
    public const string ThemeError = "DOS025";
    public const string UnknownEntity = "DOS026";
    public const string UnknownClaim = "DOS027";
    public const string UnknownLink = "DOS028";
    public const string UnsafeUrl = "DOS029";
    public const string MarkdownTooDeep = "DOS030";
    public const string MalformedCitation = "DOS031";
    public const string DraftReference = "DOS032";
    public const string MissingAltText = "DOS033";
    public const string MediaTooLarge = "DOS034";
    public const string UnusedMedia = "DOS035";
    public const string YamlTag = "DOS036";
    public const string UnpublishableCharacter = "DOS037";

    public static readonly IReadOnlyDictionary<string, string> Titles = new Dictionary<string, string>
    {
        [YamlSyntax] = "YAML syntax error",
        [UnknownField] = "Unknown field",
        [MissingField] = "Missing required field",
        [WrongType] = "Wrong kind of value",
        [InvalidId] = "Invalid id or slug",
        [DuplicateId] = "Duplicate id",
        [DuplicateSlug] = "Duplicate slug",
        [InvalidDate] = "Invalid date",
        [MissingSidecar] = "Imported article without metadata",
        [FrontMatter] = "Missing or unterminated front matter",
        [UnknownOutlet] = "Unknown outlet",
        [UnknownTopic] = "Unknown topic",
        [OmitNotFound] = "Omitted passage not found",
        [QuoteNotFound] = "Quote not found in the article",
        [AmbiguousQuote] = "Quote occurs more than once",
        [InvalidValue] = "Value not allowed",
        [BrokenLink] = "Broken internal link",
        [UnreadableFile] = "File cannot be read as UTF-8 text",
        [MissingFile] = "Required file missing",
        [MissingDate] = "Neither a date nor a date note",
        [UnknownArticle] = "Unknown article",
        [UnsupportedFile] = "File of a kind Dossier does not read",
        [DuplicateKey] = "Field given twice",
        [YamlAlias] = "YAML anchors and aliases are not supported",
        [ThemeError] = "Theme template error",
        [UnknownEntity] = "Unknown entity",
        [UnknownClaim] = "Unknown claim",
        [UnknownLink] = "[[id]] link to nothing, or to more than one thing",
        [UnsafeUrl] = "Script link or picture from another host",
        [MarkdownTooDeep] = "Markdown nested too deeply",
        [MalformedCitation] = "Malformed citation",
        [DraftReference] = "Reference to a draft",
        [MissingAltText] = "Picture without alt text",
        [MediaTooLarge] = "Media file over the size limit",
        [UnusedMedia] = "Media file nothing links to",
        [YamlTag] = "YAML tags are not supported",
        [UnpublishableCharacter] = "A control character, noncharacter or direction control",
    };
}
