"""HTML pages flattened to lines of text, with the metadata the page declares as hints."""
from __future__ import annotations

import re
from pathlib import Path

from ..dates import parse_stamp

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def html_to_text(raw: str) -> tuple[str, dict]:
    """Flatten an HTML page to lines of text and pull the metadata a page usually declares."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
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
    stamp = parse_stamp(pub) if pub else None
    if stamp:
        hints["published"], hints["published_text"] = stamp.date, pub
    site = meta("og:site_name")
    if site:
        hints["source"] = site
    author = meta("author", "article:author")
    if author and not author.startswith("http"):
        hints["authors"] = [author]
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"]):
        tag.decompose()
    root = soup.find("article") or soup.body or soup
    blocks = []
    for el in root.find_all(["h1", "h2", "h3", "p", "li", "figcaption", "time", "div"]):
        if el.name == "div" and el.find(["p", "div", "h1", "h2", "li"]):
            continue
        t = el.get_text(" ", strip=True)
        if t:
            blocks.append(t)
    if not blocks:
        blocks = [root.get_text("\n", strip=True)]
    soup.decompose()  # unlink the parsed tree; what stays cyclic is left to the collector (see pipeline._load)
    return "\n".join(blocks), hints


def is_html(path: Path, text: str) -> bool:
    """An HTML page by its suffix or by its first tag."""
    return path.suffix.lower() in HTML_SUFFIXES or bool(re.match(r"\s*(<!doctype html|<html\b)", text[:500], re.I))
