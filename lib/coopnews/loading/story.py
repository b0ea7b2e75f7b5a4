"""One decoded document → its stories: the main article first, then snippets of other stories."""
from __future__ import annotations

import re

from .header import Header, classify_header, copyright_holder, lead_outlet
from .lines import is_caption, is_copyright, patterns
from .snippets import Body, Story, body_lines, lead_title, related_snippets, split_zones
from .stamps import date_line, lead_dateline, page_order, read_stamp


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
    lines = _split_crawl_lines([l.rstrip(" \t\xa0") for l in text.split("\n")])
    header, body, tail = split_zones(lines)
    h = classify_header(header)
    main = Story(kind="article")
    main.title = hints.get("title") or h.title
    main.authors = list(hints.get("authors") or []) + h.authors
    b = body_lines(body, main.title)
    main.authors += [a for a in b.authors if a not in main.authors]
    related, tail_dropped = related_snippets(tail)
    main.lines = b.paras
    _set_dates(main, h, b, hints)
    if main.published is None:
        _foot_date(main, tail)
    snippets = b.snippets + related
    _resolve_order([main] + snippets, text)
    if not main.title and b.paras:
        main.title = lead_title(_lead(b.paras))
        main.flags.append("title-from-lead")
    main.source = _source(hints, h, body, tail, b.paras)
    if h.dropped or b.dropped or tail_dropped:
        main.flags.append("boilerplate-removed")
    if h.dup_title:
        main.flags.append("duplicate-title")
    if b.cut_off:
        main.flags.append("cut-off")
    if main.published is None:
        main.flags.append("no-publication-date")
    main.authors = list(dict.fromkeys(a for a in main.authors if a))
    for st in snippets:
        if not st.title:
            st.title = lead_title(" ".join(st.lines))
            st.flags.append("title-from-lead")
        st.source = main.source
    return [main] + snippets


def _foot_date(main: Story, tail: list[str]) -> None:
    """An undated story takes the one "Posted on …" line below its related links ("Related links /
    - X / Posted on 18 May 2025 / Contact …"): a page stamped at its foot.  Several date lines
    there are the related items' own dates, and an unlabelled one may be an item's too."""
    dated = [(st, l.strip()) for l in tail if l.strip() and (st := date_line(l.strip())) is not None]
    if len(dated) == 1 and dated[0][0].label == "first":
        main.published, main.published_text = dated[0][0].date, " ".join(dated[0][1].split())
        main.flags.append("date-from-foot")


def _lead(paras: list[str]) -> str:
    """The lead paragraph: the first that is not a photo caption (a page may open with its photo;
    a caption is short, so a long paragraph is not tested)."""
    return next((p for p in paras[:3] if len(p) > 300 or not is_caption(p)), paras[0] if paras else "")


_CRAWL_WORDS = ("date", "crawl", "fetch", "retriev")
_CRAWL_TAIL = re.compile(r"(?:\s*(?:T|\s)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s+")


def _split_crawl_lines(lines: list[str]) -> list[str]:
    """A crawler's "date 2023-05-02" line with the page's text run on after it becomes two lines."""
    out = []
    crawl = patterns()["crawl"]
    for line in lines:
        head = line[:12].lstrip().lower()  # a cheap look before the pattern: this runs on every line
        st = read_stamp(line[:40]) if head.startswith(_CRAWL_WORDS) and crawl.match(line) else None
        m = _CRAWL_TAIL.match(line, st.end) if st else None
        if m and line[m.end():].strip():
            out += [line[:m.start()], line[m.end():]]
        else:
            out.append(line)
    return out


def _set_dates(main: Story, h: Header, b: Body, hints: dict) -> None:
    """The story's date, in order of trust: the page's metadata, a "Posted/입력/發布" stamp, an
    "Updated" one, a date line below the title, one above it, a date line among the first
    paragraphs, the date in a wire dateline, a labelled date line further down, a crawler's date.  The first other plain or crawl stamp
    is the page (banner) date."""
    lead = lead_dateline(_lead(b.paras))
    late = sorted(b.late, key=lambda pair: pair[0].label != "first")  # published before updated
    order = [h.first, h.update, h.story, h.banner, b.stamps, [(lead, lead.text)] if lead else [], late, h.crawl]
    chosen = next((group[0] for group in order if group), None)
    if hints.get("published"):
        main.published, main.published_text = hints["published"], hints.get("published_text", "")
    elif chosen:
        main.published, main.published_text = chosen[0].date, " ".join(chosen[1].split())
        main.alt_dates = (chosen[0].alt, None)
        if chosen[0].typo:
            main.flags.append("date-typo")
    banner = [s for s in h.banner + h.story + h.crawl if s is not chosen]
    if banner:
        main.page_date = banner[0][0].date
        main.alt_dates = (main.alt_dates[0], banner[0][0].alt)
        if banner[0][0].typo:
            main.flags.append("date-typo")


def _resolve_order(stories: list[Story], text: str) -> None:
    """Read the ambiguous numeric dates (``12/03/2023``) of a page's stories in the order the page
    shows elsewhere (:func:`page_order`); where it shows none, the date is left unread and the story
    flagged ``ambiguous-date`` rather than guessed."""
    if not any(a or b for st in stories for a, b in [st.alt_dates]):
        return
    order = page_order(text)
    for st in stories:
        alt_pub, alt_page = st.alt_dates
        if alt_pub and order != "mdy":
            st.published = alt_pub if order == "dmy" else None
            if order is None:
                st.flags.append("ambiguous-date")
        if alt_page and order != "mdy":
            st.page_date = alt_page if order == "dmy" else None


def _source(hints: dict, h: Header, body: list[str], tail: list[str], paras: list[str]) -> str:
    """The outlet: the page's metadata, else a rights footer's holder, else a header line,
    else the agency or outlet opening the first paragraph (:func:`lead_outlet`)."""
    source = hints.get("source") or ""
    for l in tail + body:
        if not source and is_copyright(l.strip()):
            holder = copyright_holder(l.strip())
            if holder and len(holder) < 50 and not holder.isupper():
                source = holder
    source = source or h.source
    if not source and paras:
        source = lead_outlet(_lead(paras))
    return source
