"""One decoded document → its stories: the main article first, then snippets of other stories."""
from __future__ import annotations

from .header import DATELINE, Header, classify_header, copyright_holder
from .lines import is_copyright
from .snippets import Story, body_lines, lead_title, related_snippets, split_zones


def parse_text(text: str, hints: dict | None = None) -> list[Story]:
    """Split one decoded document into stories (main article first, then snippets).

    Parameters
    ----------
    text : str
        The decoded text of one file.
    hints : dict, optional
        Metadata from an HTML page (``title``, ``published``, ``source``, ``authors``).

    Returns
    -------
    list of Story
    """
    hints = hints or {}
    lines = [l.rstrip(" \t\xa0") for l in text.split("\n")]
    header, body, tail = split_zones(lines)
    h = classify_header(header)
    main = Story(kind="article")
    main.title = hints.get("title") or h.title
    main.authors = list(hints.get("authors") or []) + h.authors
    paras, body_authors, dropped, trunc = body_lines(body, main.title)
    main.authors += [a for a in body_authors if a not in main.authors]
    related, tail_dropped = related_snippets(tail)
    main.lines = paras
    _set_dates(main, h, hints)
    if not main.title and paras:
        main.title = lead_title(paras[0])
        main.flags.append("title-from-lead")
    main.source = _source(hints, h, body, tail, paras)
    if h.dropped or dropped or tail_dropped:
        main.flags.append("boilerplate-removed")
    if h.dup_title:
        main.flags.append("duplicate-title")
    if main.published is None:
        main.flags.append("no-publication-date")
    main.authors = list(dict.fromkeys(a for a in main.authors if a))
    snippets = trunc + related
    for st in snippets:
        if not st.title:
            st.title = lead_title(" ".join(st.lines))
            st.flags.append("title-from-lead")
        st.source = main.source
    return [main] + snippets


def _set_dates(main: Story, h: Header, hints: dict) -> None:
    """Publication date: a "Posted/입력/發布" stamp, else an "Updated" one, else a plain date line;
    the first other plain or crawl stamp is the page (banner) date."""
    chosen = (h.first or h.update or h.plain or [None])[0]
    if hints.get("published"):
        main.published, main.published_text = hints["published"], hints.get("published_text", "")
    elif chosen:
        main.published, main.published_text = chosen[0].date, " ".join(chosen[1].split())
        if chosen[0].typo:
            main.flags.append("date-typo")
    banner = [s for s in h.plain + h.crawl if s is not chosen]
    if banner:
        main.page_date = banner[0][0].date
        if banner[0][0].typo:
            main.flags.append("date-typo")


def _source(hints: dict, h: Header, body: list[str], tail: list[str], paras: list[str]) -> str:
    """The outlet: the page's metadata, else a rights footer's holder, else a header line,
    else the agency in a wire dateline ("SEOUL, May 3 (Agency) --")."""
    source = hints.get("source") or ""
    for l in tail + body:
        if not source and is_copyright(l.strip()):
            holder = copyright_holder(l.strip())
            if holder and len(holder) < 50 and not holder.isupper():
                source = holder
    source = source or h.source
    if not source and paras:
        m = DATELINE.match(paras[0])
        if m:
            source = m["src"]
    return source
