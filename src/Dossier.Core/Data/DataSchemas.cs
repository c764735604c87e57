namespace Dossier.Data;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the JSON downloads, published as data/schema/NAME.schema.json. They are kept
/// here, beside the code that writes the files, and reprinted through the same JSON writer (so a typo in one fails the
/// build's tests, and every schema has the data files' layout). Each property's description is what data.html says of
/// the field: the schema is the one place a field is documented.
/// </summary>
internal static class DataSchemas
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The properties that open every JSON file but the TimelineJS one.</summary>
    private const string Header = """
        "$schema": { "type": "string", "description": "The address of this file's JSON Schema, relative to this file." },
        "dossier": { "type": "string", "description": "The dossier's title (title in dossier.yml)." },
        "licence": { "type": ["string", "null"], "description": "The licence of the dossier's content (licence in dossier.yml); null when it names none." },
        "site_url": { "type": ["string", "null"], "description": "The site's address (site_url in dossier.yml), to which every page is relative; null when it is not set." },
        """;

    private const string HeaderRequired = "\"$schema\", \"dossier\", \"licence\", \"site_url\"";

    private const string Defs = """
        "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$" },
        "ids": { "type": "array", "items": { "$ref": "#/$defs/id" } },
        "page": { "type": "string", "pattern": "^[^/#:][^#:]*\\.html(#[^#]+)?$", "description": "A page of the site and the item's anchor on it, from the site's root folder." },
        "page_url": { "type": ["string", "null"], "pattern": "^https?://", "description": "The page's absolute address from site_url; null when site_url is not set." },
        "date": { "type": ["string", "null"], "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
        "cite": {
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["article", "quote", "paragraph", "mark", "page", "page_url"],
            "properties": {
              "article": { "$ref": "#/$defs/id", "description": "The id of the cited article." },
              "quote": { "type": ["string", "null"], "description": "The quoted words as the editor wrote them; null when the whole article is cited." },
              "paragraph": { "type": ["string", "null"], "pattern": "^p[0-9]+$", "description": "The anchor of the paragraph holding the quote on the article page." },
              "mark": { "type": ["string", "null"], "pattern": "^q[0-9]+$", "description": "The id of the quote's mark on the article page." },
              "page": { "$ref": "#/$defs/page" },
              "page_url": { "$ref": "#/$defs/page_url" }
            }
          }
        }
        """;

    private static string Envelope(string title, string description, string list, string item) => $$"""
        {
          "$schema": "{{Draft}}",
          "title": "{{title}}",
          "description": "{{description}}",
          "type": "object",
          "additionalProperties": false,
          "required": [{{HeaderRequired}}, "{{list}}"],
          "properties": {
            {{Header}}
            "{{list}}": { "type": "array", "items": {{item}} }
          },
          "$defs": { {{Defs}} }
        }
        """;

    public static readonly string Articles = Envelope("Dossier articles", "data/articles.json: every article of the dossier, in reading order (by date, undated last, then id).", "articles", """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "title", "page", "page_url", "outlet", "published", "date_note", "url", "retrieved", "topics", "summary", "word_count", "source_file", "format", "sha256"],
          "properties": {
            "id": { "$ref": "#/$defs/id", "description": "The article's id: its file name without the extension." },
            "title": { "type": "string", "description": "Its title." },
            "page": { "$ref": "#/$defs/page", "description": "Its page, articles/SLUG.html." },
            "page_url": { "$ref": "#/$defs/page_url" },
            "outlet": {
              "description": "Its publisher from outlets.yml (id, name, url, country, Admiralty reliability grade A–F and its label, page on sources.html); null when the article's outlet is unknown.",
              "oneOf": [
                { "type": "null" },
                {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["id", "name", "url", "country", "reliability", "reliability_label", "page", "page_url"],
                  "properties": {
                    "id": { "$ref": "#/$defs/id" },
                    "name": { "type": "string" },
                    "url": { "type": ["string", "null"] },
                    "country": { "type": ["string", "null"] },
                    "reliability": { "enum": ["A", "B", "C", "D", "E", "F"] },
                    "reliability_label": { "type": "string" },
                    "page": { "$ref": "#/$defs/page" },
                    "page_url": { "$ref": "#/$defs/page_url" }
                  }
                }
              ]
            },
            "published": { "$ref": "#/$defs/date", "description": "Date of publication, YYYY-MM-DD, YYYY-MM or YYYY as far as it is known; null when not known." },
            "date_note": { "type": ["string", "null"], "description": "The editor's note on the date, for an undated article; null when there is none." },
            "url": { "type": ["string", "null"], "description": "The original address; null when not known." },
            "retrieved": { "$ref": "#/$defs/date", "description": "When the article was retrieved; null when not known." },
            "topics": { "$ref": "#/$defs/ids", "description": "The ids of its topics." },
            "summary": { "type": ["string", "null"], "description": "The editor's summary; null when there is none." },
            "word_count": { "type": "integer", "minimum": 0, "description": "Words of the text readers see." },
            "source_file": { "type": "string", "description": "The input file the text was read from (ID.txt as received, or ID.md)." },
            "format": { "enum": ["plain-text", "markdown"], "description": "plain-text: imported as received; markdown: written or pasted by an editor." },
            "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 of the source file's bytes, in lower-case hex." }
          }
        }
        """);

    public static readonly string Entities = Envelope("Dossier entities", "data/entities.json: every person, organisation and place, in id order.", "entities", """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "name", "kind", "aliases", "role", "description", "mentions", "articles", "page", "page_url"],
          "properties": {
            "id": { "$ref": "#/$defs/id", "description": "The entity's id (entities.yml)." },
            "name": { "type": "string", "description": "Its name." },
            "kind": { "enum": ["person", "organisation", "place"], "description": "person, organisation or place." },
            "aliases": { "type": "array", "items": { "type": "string" }, "description": "Other spellings and short names, matched in article text." },
            "role": { "type": ["string", "null"], "description": "Its role in one line; null when entities.yml gives none." },
            "description": { "type": ["string", "null"], "description": "Its description as plain text (its citations are in citations.csv); null when there is none." },
            "mentions": { "type": "integer", "minimum": 0, "description": "How many times the articles name it, by name or alias." },
            "articles": { "$ref": "#/$defs/ids", "description": "The ids of the articles that name it, in reading order." },
            "page": { "$ref": "#/$defs/page", "description": "Its page, entities/ID.html." },
            "page_url": { "$ref": "#/$defs/page_url" }
          }
        }
        """);

    public static readonly string Claims = Envelope("Dossier claims", "data/claims.json: every claim, in the order of claims.yml.", "claims", """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "claim", "page", "page_url", "credibility", "credibility_label", "corroboration", "unknown_support", "disputed", "disputed_by", "topics", "entities", "cite"],
          "properties": {
            "id": { "$ref": "#/$defs/id", "description": "The claim's id (claims.yml)." },
            "claim": { "type": "string", "description": "The claim, one sentence, as plain text." },
            "page": { "$ref": "#/$defs/page", "description": "The claim's own page: claims/ID.html." },
            "page_url": { "$ref": "#/$defs/page_url" },
            "credibility": { "type": "integer", "minimum": 1, "maximum": 6, "description": "Admiralty information grade: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged." },
            "credibility_label": { "type": "string", "description": "What the grade means." },
            "corroboration": { "type": "integer", "minimum": 0, "description": "How many distinct named outlets (outlets.yml) the cited articles come from, as claims.html shows it." },
            "unknown_support": { "type": "integer", "minimum": 0, "description": "How many distinct cited articles have no known publisher: shown beside the corroboration, never counted as outlets." },
            "disputed": { "type": "boolean", "description": "true when it is in dispute with another claim." },
            "disputed_by": { "$ref": "#/$defs/ids", "description": "The ids of the claims it is in dispute with (disputed_by, either way)." },
            "topics": { "$ref": "#/$defs/ids", "description": "Topic ids." },
            "entities": { "$ref": "#/$defs/ids", "description": "Entity ids." },
            "cite": { "$ref": "#/$defs/cite", "description": "Its citations: for each, the article, the quote, the paragraph and mark of the quoted passage, and the article page at that passage." }
          }
        }
        """);

    public static readonly string Timeline = Envelope("Dossier timeline", "data/timeline.json: every event, in the order of timeline.html.", "events", """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "date", "year", "month", "day", "display_date", "title", "text", "topics", "entities", "cite", "page", "page_url"],
          "properties": {
            "id": { "$ref": "#/$defs/id", "description": "The event's anchor on timeline.html, made from its date and title." },
            "date": { "type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "description": "Its date as timeline.yml gives it: YYYY-MM-DD, YYYY-MM or YYYY." },
            "year": { "type": "integer", "description": "The year." },
            "month": { "type": ["integer", "null"], "minimum": 1, "maximum": 12, "description": "The month; null when not known." },
            "day": { "type": ["integer", "null"], "minimum": 1, "maximum": 31, "description": "The day; null when not known." },
            "display_date": { "type": "string", "description": "The date as the timeline shows it (19 October 2025, October 2025, 2025)." },
            "title": { "type": "string", "description": "Its title." },
            "text": { "type": ["string", "null"], "description": "Its text as plain text; null when there is none." },
            "topics": { "$ref": "#/$defs/ids", "description": "Topic ids." },
            "entities": { "$ref": "#/$defs/ids", "description": "Entity ids." },
            "cite": { "$ref": "#/$defs/cite", "description": "Its citations, as in claims.json." },
            "page": { "$ref": "#/$defs/page", "description": "Where timeline.html shows it." },
            "page_url": { "$ref": "#/$defs/page_url" }
          }
        }
        """);

    public static readonly string TimelineJs = $$"""
        {
          "$schema": "{{Draft}}",
          "title": "Dossier timeline for TimelineJS",
          "description": "data/timeline-js.json: the events of timeline.json in the JSON format that TimelineJS (Knight Lab) reads. Texts are HTML, escaped from plain text.",
          "type": "object",
          "additionalProperties": false,
          "required": ["$schema", "title", "events"],
          "properties": {
            "$schema": { "type": "string", "description": "The address of this file's JSON Schema, relative to this file." },
            "title": { "type": "object", "additionalProperties": false, "required": ["text"], "properties": { "text": { "$ref": "#/$defs/text" } }, "description": "The title slide: the dossier's title and description." },
            "events": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["unique_id", "start_date", "text"],
                "properties": {
                  "unique_id": { "type": "string", "description": "The event's id, as in timeline.json." },
                  "start_date": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["year", "display_date"],
                    "properties": {
                      "year": { "type": "integer" },
                      "month": { "type": "integer", "minimum": 1, "maximum": 12 },
                      "day": { "type": "integer", "minimum": 1, "maximum": 31 },
                      "display_date": { "type": "string" }
                    },
                    "dependentRequired": { "day": ["month"] },
                    "description": "year, and month and day only when timeline.yml gives them; display_date as the timeline shows it."
                  },
                  "text": { "$ref": "#/$defs/text", "description": "headline: the event's title; text: its text, and a link to the event on the dossier's timeline when site_url is set." },
                  "group": { "type": "string", "description": "The title of the event's first topic (TimelineJS puts events of one group on one row); absent when it has none." }
                }
              }
            }
          },
          "$defs": {
            "text": {
              "type": "object",
              "additionalProperties": false,
              "required": ["headline", "text"],
              "properties": { "headline": { "type": "string" }, "text": { "type": "string" } }
            }
          }
        }
        """;

    public static readonly string Csl = $$"""
        {
          "$schema": "{{Draft}}",
          "title": "Dossier CSL-JSON",
          "description": "data/articles.csl.json: a CSL-JSON item per article (the subset of the CSL data schema this dossier writes), for reference managers.",
          "type": "array",
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["id", "type", "title", "archive", "archive_location"],
            "properties": {
              "id": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "description": "The article's id." },
              "type": { "const": "article-newspaper", "description": "Always article-newspaper: the dossier holds news articles." },
              "title": { "type": "string", "description": "The article's title." },
              "container-title": { "type": "string", "description": "The outlet's name; absent when the outlet is unknown." },
              "publisher": { "type": "string", "description": "The outlet's name; absent when the outlet is unknown." },
              "issued": { "$ref": "#/$defs/date", "description": "Date of publication as date-parts, only the parts known; absent when not known." },
              "accessed": { "$ref": "#/$defs/date", "description": "Date of retrieval; absent when not known." },
              "URL": { "type": "string", "description": "The original address; absent when not known." },
              "abstract": { "type": "string", "description": "The editor's summary; absent when there is none." },
              "note": { "type": "string", "description": "The editor's note on the date of an undated article." },
              "archive": { "type": "string", "description": "The dossier's title: where the copy is kept." },
              "archive_location": { "type": "string", "description": "The article's page in the dossier: absolute from site_url, else from the site's root folder." }
            }
          },
          "$defs": {
            "date": {
              "type": "object",
              "additionalProperties": false,
              "required": ["date-parts"],
              "properties": {
                "date-parts": {
                  "type": "array", "minItems": 1, "maxItems": 1,
                  "items": { "type": "array", "minItems": 1, "maxItems": 3, "items": { "type": "integer" } }
                }
              }
            }
          }
        }
        """;

    /// <summary>Every schema by name: published as data/schema/NAME.schema.json.</summary>
    public static readonly IReadOnlyList<(string Name, string Text)> All =
    [
        (ArticlesData.Name, Articles),
        (EntitiesData.Name, Entities),
        (ClaimsData.Name, Claims),
        (TimelineData.Name, Timeline),
        (TimelineData.TimelineJsName, TimelineJs),
        (CslData.Name, Csl),
    ];
}
