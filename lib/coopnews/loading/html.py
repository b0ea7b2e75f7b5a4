"""HTML pages flattened to lines of text, with the metadata the page declares as hints."""
from __future__ import annotations

import re
from pathlib import Path

from .stamps import read_stamp

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "dl",
           "section", "article", "main", "blockquote", "figcaption", "figure", "pre", "address", "center", "hr"}
_JSON_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')


def _declared_date(soup) -> str:
    """The publication date a page declares outside its meta tags: JSON-LD ``datePublished``, an
    element marked ``itemprop="datePublished"``, or the first ``<time datetime>`` of the ``<article>``
    (a ``<time>`` elsewhere may be the site's "today" or a related story's date)."""
    for tag in soup.find_all("script", attrs={"type": "application/ld+json"}):
        m = _JSON_LD_DATE.search(tag.string or "")
        if m:
            return m.group(1)
    tag = soup.find(attrs={"itemprop": "datePublished"})
    if tag is not None:
        return (tag.get("content") or tag.get("datetime") or tag.get_text(" ", strip=True)).strip()
    article = soup.find("article")
    tag = article.find("time", attrs={"datetime": True}) if article is not None else None
    return tag["datetime"].strip() if tag is not None else ""


def _meta_hints(soup) -> dict:
    """Title, publication date, outlet and author as the page declares them (meta tags, JSON-LD)."""
    hints: dict = {}

    def meta(*names):
        for n in names:
            tag = soup.find("meta", attrs={"property": n}) or soup.find("meta", attrs={"name": n})
            if tag and tag.get("content"):
                return tag["content"].strip()
        return ""

    title = meta("og:title") or (soup.h1.get_text(" ", strip=True) if soup.h1 else "") or (
        soup.title.get_text(strip=True) if soup.title else "")
    if title:
        hints["title"] = title
    pub = meta("article:published_time", "datePublished", "pubdate", "date")
    pub = pub or _declared_date(soup)
    stamp = read_stamp(pub) if pub else None
    if stamp and not stamp.alt:  # a declared "12/03/2023" reads either way: the text decides
        hints["published"], hints["published_text"] = stamp.date, pub
    site = meta("og:site_name")
    if site:
        hints["source"] = site
    author = meta("author", "article:author")
    if author and not author.startswith("http"):
        hints["authors"] = [author]
    return hints


def _flatten(root) -> str:
    """The text of ``root`` with a line per block element, ``<br>`` and table row, as a page shows it.

    Table cells of a row stay on one line separated by bars, and a ``<dt>`` label stays on the line
    of its ``<dd>`` value, so "Posted | 2023-06-15" or "公開日 2023年6月15日" reads like a text header.
    """
    from bs4 import NavigableString

    for br in root.find_all("br"):
        br.replace_with(NavigableString("\n"))
    for el in root.find_all(True):
        if el.name in ("td", "th"):
            el.append(NavigableString(" | "))
        elif el.name == "dt":
            el.insert_before(NavigableString("\n"))
            el.append(NavigableString(" "))
        elif el.name == "dd":
            el.append(NavigableString("\n"))
        elif el.name in _BLOCKS:
            el.insert_before(NavigableString("\n"))
            el.append(NavigableString("\n"))
    lines = (" ".join(line.split()).strip(" |") for line in root.get_text("").split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(raw: str) -> tuple[str, dict]:
    """Flatten an HTML page to lines of text and pull the metadata a page usually declares.

    Scripts, styles, navigation, header, footer and aside elements are dropped; the ``<article>``
    element is the text when the page has one, else the body.

    Returns
    -------
    tuple of (str, dict)
        The text, and hints (``title``, ``published``, ``published_text``, ``source``, ``authors``).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    hints = _meta_hints(soup)
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"]):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    text = _flatten(root)
    soup.decompose()  # unlink the parsed tree; what stays cyclic is left to the collector (see pipeline._load)
    return text, hints


def is_html(path: Path, text: str) -> bool:
    """An HTML page by its suffix or by its first tag."""
    return path.suffix.lower() in HTML_SUFFIXES or bool(re.match(r"\s*(<!doctype html|<html\b)", text[:500], re.I))
