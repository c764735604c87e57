namespace Dossier.Scaffolding;

/// <summary>
/// The files `dossier init` writes. The example content is invented, and says so: it reports no real event.
/// Every file builds and passes `dossier check` as it is; {{TITLE}} in dossier.yml is replaced by the quoted title.
/// </summary>
internal static class InitTemplates
{
    public const string TitlePlaceholder = "{{TITLE}}";

    public const string DossierYml = """
        # The dossier's settings. Every field is explained in the editor's guide, docs/editing.md,
        # in Dossier's repository. Lines that start with # are comments: Dossier ignores them.

        # title: the dossier's name, shown on every page and in the browser's tab.
        title: {{TITLE}}

        # description: one or two sentences on what the dossier covers (front page, search engines, feed).
        description: "An example dossier made by dossier init. Replace this description, the example outlet, article, topic, entity, event and claim with your own."

        # language: the language of the site, a BCP 47 tag such as en, en-GB or fr.
        language: en

        # site_url: the site's full address, used only where an absolute address is needed (canonical
        # links, sitemap.xml, feed.xml). On GitHub Pages it is https://OWNER.github.io/REPOSITORY/
        # (your account or organisation, and the repository's name): remove the # below and write it.
        # site_url: https://owner.github.io/repository/

        # licence: under what terms others may reuse the dossier's own text.
        licence: "Editorial text CC BY 4.0; quoted articles remain the property of their publishers."

        # raw_html: true lets Markdown carry raw HTML; by default it is shown as text.
        # raw_html: false

        # page_size: how many items a page of a long list shows (default 50).
        # page_size: 50

        # media_size_limit: a file of input/media/ larger than this gets a warning (default 10 MB).
        # media_size_limit: 10 MB

        """;

    public const string OutletsYml = """
        # The publishers of the articles. An article names its publisher with `outlet: ID`, or
        # `outlet: unknown`. reliability is the Admiralty source grade: A completely reliable,
        # B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
        # This outlet is an invented example: replace it with your own.

        - id: example-daily
          name: Example Daily
          # url: https://example.org/
          # country: Nowhere
          reliability: F
          note: "An invented outlet for the example article that dossier init writes. It does not exist, so its reliability cannot be judged."

        """;

    public const string EntitiesYml = """
        # People, organisations and places. kind is person, organisation or place. aliases are other
        # spellings and short names, exactly as the articles write them; Dossier finds them in the text.
        # This entity is an invented example: replace it with your own.

        - id: example-harbour-authority
          name: Example Harbour Authority
          kind: organisation
          aliases: ["the harbour authority"]
          role: "An invented organisation, for the example article"
          description: >-
            An invented organisation. The example article reports that it said “the old ferry pier
            would close for repairs in the spring” [@example-article "the old ferry pier would close
            for repairs in the spring"].

        """;

    public const string TimelineYml = """
        # Dated events. date is YYYY, YYYY-MM or YYYY-MM-DD; text is Markdown; cite lists the
        # articles that support the event, each with a verbatim quote if you like.
        # This event is an invented example: replace it with your own.

        - date: 2025-01-06
          title: "Example: the harbour authority announces repairs to the ferry pier"
          text: >-
            An invented event, taken from the example article.
          topics: [example-topic]
          entities: [example-harbour-authority]
          cite:
            - { article: example-article, quote: "the old ferry pier would close for repairs in the spring" }

        """;

    public const string ClaimsYml = """
        # Claims, each in one sentence, with the citations that support it. credibility is the
        # Admiralty information grade: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful,
        # 5 improbable, 6 cannot be judged. How many independent outlets support a claim is computed.
        # This claim is an invented example: replace it with your own.

        - id: example-pier-closure
          claim: The Example Harbour Authority said the old ferry pier would close for repairs.
          topics: [example-topic]
          entities: [example-harbour-authority]
          credibility: 6
          cite:
            - { article: example-article, quote: "said on Monday that the old ferry pier would close for repairs in the spring" }

        """;

    public const string Topic = """
        ---
        # A topic. Articles join it by listing its id (the file name, example-topic) in their `topics`.
        # Back every statement with the article it comes from: [@ARTICLE-ID "the article's exact words"].
        title: An example topic
        summary: "An invented example that shows how a topic cites its articles. Replace it with your own."
        related: []    # ids of related topics
        ---
        This topic is an invented example; it describes no real event. A topic is the editor's own
        account of a subject, and every statement in it cites the articles it rests on.

        The example article reports that the [[example-harbour-authority]] said “the old ferry pier
        would close for repairs in the spring” [@example-article "the old ferry pier would close for
        repairs in the spring"]. See also the claim [[claim:example-pier-closure]].

        """;

    public const string Article = """
        ---
        # An article written in Markdown: front matter between the two '---' lines, then the text.
        # Every field is explained in docs/editing.md, in Dossier's repository.
        # This article is an invented example: delete it, or replace it with a real one.
        title: "Example: harbour authority to close the old ferry pier for repairs"
        outlet: example-daily          # an id from outlets.yml, or unknown
        published: 2025-01-06          # YYYY-MM-DD, YYYY-MM or YYYY; or leave it out and write a date_note
        # url: https://example.org/original-article
        topics: [example-topic]        # ids of the files in topics/
        summary: "An invented example article, to show how an article, its citations and an editorial note look."
        notes:                         # editorial notes, each anchored on words found verbatim in the text
          - quote: "would take about six weeks"
            kind: context              # correction | context | dispute
            text: "An example note: the article does not say when in the spring the work begins."
        ---
        This is an invented example article, written to show how Dossier works; it reports no real event.

        The Example Harbour Authority said on Monday that the old ferry pier would close for repairs in the
        spring. A spokesperson said the work would take about six weeks.

        Traders near the pier asked the harbour authority to keep a temporary landing open while the
        repairs last.

        """;

    public const string Workflow = """
        # Publishes the dossier to GitHub Pages on every push to main.
        # In the repository's Settings > Pages, set the source to "GitHub Actions", and set site_url in
        # input/dossier.yml to the site's address (https://OWNER.github.io/REPOSITORY/).
        name: Publish to GitHub Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x
              # Installs Dossier as a .NET tool (package id "Dossier"). The package is not on nuget.org yet:
              # make it in Dossier's repository with `dotnet pack src/Dossier -c Release -o packages`, and
              # commit the .nupkg to this repository's .dossier-tool/ folder; it is installed from there.
              - name: Install Dossier
                run: |
                  if ls .dossier-tool/*.nupkg > /dev/null 2>&1; then
                    dotnet tool install --global Dossier --add-source .dossier-tool
                  else
                    dotnet tool install --global Dossier
                  fi
              - name: Check the content (errors appear as annotations on the files)
                run: dossier check --format github
              - name: Build the site
                run: dossier build
              - uses: actions/configure-pages@v5
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: output

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    public const string GitIgnore = """
        # What `dossier build` and `dossier pack` write: made from input/, never edited by hand.
        output/
        output.zip

        """;

    public const string Readme = """
        # A dossier

        This folder is a dossier: news articles, with the editors' notes, topics, people, places,
        events and claims, made into a website by Dossier. You edit plain text
        files; Dossier checks them and builds the site.

        - `input/dossier.yml`: the site's title, description, language, address and licence.
        - `input/outlets.yml`: the publishers, with their reliability grades.
        - `input/articles/`: the articles, one file each (`ID.md`, or `ID.txt` with `ID.yml` beside it).
        - `input/topics/`: one file per topic (`ID.md`).
        - `input/entities.yml`, `input/timeline.yml`, `input/claims.yml`: people, organisations and
          places; dated events; claims with their citations.
        - `.github/workflows/pages.yml`: publishes the site to GitHub Pages on every push to main.

        The example outlet, article, topic, entity, event and claim are invented: replace them.

        In a terminal, in this folder:

        - `dossier serve` previews the site at http://127.0.0.1:8080/ and rebuilds it on every save.
        - `dossier check` checks every file and says what to fix, with the file, line and column.
        - `dossier build` writes the site to `output/` (not kept in git: see `.gitignore`).

        Every field and message is explained in the editor's guide, docs/editing.md, in Dossier's repository.

        """;
}
