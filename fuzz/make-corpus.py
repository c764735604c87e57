#!/usr/bin/env python3
"""Makes the seed corpora fuzz/corpus/TARGET/ from the dossier in input/ (rerun when input/ changes a lot).

Seeds are kept small (AFL mutates small files best): list files are cut into a few records a seed, article
texts into windows around the quotes that cite them. Hand-written edge cases are added for each target.
"""
import os, re, sys, glob, shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INPUT = os.path.join(ROOT, "input")
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
YAML_KINDS = ["sidecar", "dossier.yml", "outlets.yml", "entities.yml", "timeline.yml", "claims.yml", "topic"]

def read(path):
    with open(path, "rb") as f:
        return f.read()

def records(text):
    """The top-level '- ' records of a list file, each with the lines that follow it."""
    out, current = [], None
    for line in text.splitlines(keepends=True):
        if line.startswith("- "):
            if current: out.append(current)
            current = line
        elif current is not None:
            current += line
    if current: out.append(current)
    return out

def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str): data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)

def yaml_seed(name, kind, data):
    if isinstance(data, str): data = data.encode("utf-8")
    write("yaml", name, str(YAML_KINDS.index(kind)).encode() + data)

def window(text, quote, size=1200):
    at = text.find(quote)
    if at < 0: return None
    start = max(0, at - size // 2)
    return text[start:at + len(quote) + size // 2]

def main():
    shutil.rmtree(CORPUS, ignore_errors=True)
    articles = {os.path.basename(p)[:-4]: read(p).decode("utf-8") for p in sorted(glob.glob(os.path.join(INPUT, "articles", "*.txt")))}
    sidecars = {os.path.basename(p)[:-4]: read(p).decode("utf-8") for p in sorted(glob.glob(os.path.join(INPUT, "articles", "*.yml")))}
    topics = {os.path.basename(p)[:-3]: read(p).decode("utf-8") for p in sorted(glob.glob(os.path.join(INPUT, "topics", "*.md")))}

    # yaml: every kind of file, from the real ones.
    for i, (aid, side) in enumerate(sidecars.items()):
        yaml_seed(f"sidecar-{i}", "sidecar", side.encode() + b"\0" + articles[aid].encode())
    yaml_seed("sidecar-alone", "sidecar", sidecars[next(iter(sidecars))])
    yaml_seed("dossier", "dossier.yml", read(os.path.join(INPUT, "dossier.yml")))
    yaml_seed("dossier-full", "dossier.yml", "title: T\ndescription: D\nlanguage: en-GB\nsite_url: https://example.org/d/\nlicence: CC BY 4.0\nraw_html: true\npage_size: 20\nmedia_size_limit: 5 MB\n")
    for kind in ["outlets.yml", "entities.yml", "timeline.yml", "claims.yml"]:
        recs = records(read(os.path.join(INPUT, kind)).decode("utf-8"))
        for i in range(0, len(recs), 2):
            yaml_seed(f"{kind[:-4]}-{i // 2}", kind, "".join(recs[i:i + 2]))
    for i, (tid, text) in enumerate(list(topics.items())[:3]):
        yaml_seed(f"topic-{i}", "topic", text[:900])
    hostile = {
        "alias": "- &a { id: x, name: *a }\n",
        "tag": "title: !!python/object:os.system ls\n",
        "duplicate": "title: a\ntitle: b\n",
        "deep": "[" * 70 + "]" * 70 + "\n",
        "two-docs": "title: a\n---\ntitle: b\n",
        "flow-unclosed": "topics: [a, b\n",
        "block-scalars": "summary: |\n  one\n  two\nnote: >-\n  folded\n  text\n",
        "empty": "",
        "comment": "# nothing\n",
        "quoted": "title: \"a \\u00e9 \\\" b\"\nsummary: 'it''s'\n",
    }
    for name, text in hostile.items():
        for kind in ["sidecar", "dossier.yml", "claims.yml"]:
            yaml_seed(f"hostile-{name}-{kind.split('.')[0]}", kind, text)

    # frontmatter: the topics' heads, and the ways a fence can go wrong.
    for i, text in enumerate(topics.values()):
        write("frontmatter", f"topic-{i}", text[:700])
    for name, text in {
        "crlf": "---\r\ntitle: a\r\n---\r\nbody\r\n",
        "empty-front": "---\n---\nbody\n",
        "unclosed": "---\ntitle: a\n",
        "no-front": "title: a\n",
        "fence-only": "---",
        "fence-spaces": "--- \t\ntitle: a\n---  \n",
        "no-body": "---\ntitle: a\n---",
        "bom": "\ufeff---\ntitle: a\n---\nbody\n",
    }.items():
        write("frontmatter", name, text)

    # plaintext: title line, then the article (whole, and its start).
    for i, (aid, text) in enumerate(articles.items()):
        title = re.search(r'^title: "?(.*?)"?$', sidecars[aid], re.M).group(1)
        write("plaintext", f"article-{i}", title + "\n" + text)
        write("plaintext", f"article-{i}-head", title + "\n" + text[:1500])
    for name, text in {
        "list": "Title\nKicker\nTitle\nHeading Line\n- one\n- two\n-\nthree\n",
        "crlf": "T\r\nT\r\nA paragraph.\r\n\r\nAnother Heading\r\nText.\r\n",
        "support": "T\nSome talks here.\nSupport Dawat Media Center\nComments are closed.\n",
    }.items():
        write("plaintext", name, text)

    # markdown: article front matter over the topics' bodies, and each extension alone.
    front = ("---\ntitle: Fuzz article\noutlet: unknown\npublished: 2025-11-05\nsummary: S.\n"
             "notes:\n  - quote: \"Qatar and Turkey\"\n    kind: context\n    text: See [[qatar]] and [@a \"b\"].\n---\n")
    for i, text in enumerate(topics.values()):
        body = text.split("\n---\n", 1)[1] if "\n---\n" in text else text
        write("markdown", f"topic-{i}", front + body[:1500])
    for name, body in {
        "citations": "A [@a1] and [@a2 \"quoted words\"] and [@bad \"unclosed] and [@ \"x\"] and `[@code]`.\n",
        "wikilinks": "See [[x]], [[label|y]], [[|]], [[a|b|c]], [[ ]] and [[unclosed.\n",
        "table": "| a | b |\n|---|---|\n| [[x]] | [@y \"z\"] |\n",
        "lists": "- one [[a]]\n- two\n  1. nested\n  2. more\n\na. alpha\nb. beta\n",
        "html": "<div>raw</div>\n\n<script>alert(1)</script> and <b>inline</b>\n",
        "media": "![a map](media/map.png) ![](media/none.jpg) [link](javascript:alert(1)) https://example.org www.example.org\n",
        "emphasis": "**bold** ~~strike~~ ==mark== ++ins++ ^sup^ ~sub~ *a [@x \"y\"] b*\n",
        "headings": "# One\n## Two [[x]]\nSetext\n======\n> quote [@q \"r\"]\n\n```\ncode [[x]]\n```\n",
    }.items():
        write("markdown", name, front + body)
    write("markdown", "no-front", "Just a body with [[x]] and [@y \"z\"].\n")

    # quote: each quote of claims.yml and timeline.yml, NUL, a window of its article around it.
    n = 0
    for kind in ["claims.yml", "timeline.yml"]:
        text = read(os.path.join(INPUT, kind)).decode("utf-8")
        for aid, quote in re.findall(r'\{ article: ([a-z0-9_-]+), quote: "((?:[^"\\]|\\.)*)" \}', text):
            quote = quote.replace('\\"', '"')
            w = window(articles.get(aid, ""), quote)
            if w is None: w = articles.get(aid, "")[:1500]
            if n < 40:
                write("quote", f"cite-{n}", quote.encode() + b"\0" + w.encode())
            n += 1
    for name, (quote, text) in {
        "curly": ("Pakistan's resolve", "warned not to test Pakistan\u2019s resolve and all options"),
        "hyphen": ("non-breaking", "a non\u2011breaking hyphen"),
        "diacritics": ("Turkiye", "mediation from Qatar and T\u00fcrkiye"),
        "spaces": ("two  words", "two\n\n words and more"),
        "repeat": ("aa", "aaaaaaaaaa"),
        "empty-quote": ("", "text"),
        "empty-text": ("quote", ""),
        "ligature": ("fi", "\ufb01nal"),
        "not-found": ("entirely different words", "the talks ended without agreement"),
    }.items():
        write("quote", name, quote.encode() + b"\0" + text.encode())

    # date: every date of the dossier, and the edges of the calendar.
    dates = set()
    for path in glob.glob(os.path.join(INPUT, "**", "*.yml"), recursive=True):
        for m in re.finditer(r'^\s*-?\s*(?:published|retrieved|date): "?([^"\n]+?)"?\s*$', read(path).decode("utf-8"), re.M):
            dates.add(m.group(1))
    for d in sorted(dates)[:20]:
        write("date", "d-" + re.sub(r"[^0-9a-z-]", "_", d), d)
    for d in ["2024-02-29", "2023-02-29", "0000", "9999-12-31", " 2025-10 ", "2025-1-1", "2025-13", "2025-00-10", "2025-04-31", "２０２５", "2025-10-19T00:00"]:
        write("date", "edge-" + re.sub(r"[^0-9a-z-]", "_", d), d)

if __name__ == "__main__":
    main()
