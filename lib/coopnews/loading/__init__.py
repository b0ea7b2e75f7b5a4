"""Load a folder of news files into one row per story.

The flow, one module per step:

* :mod:`.files` walks the corpus and loads each file (or says why it is skipped);
* :mod:`.decode` turns its bytes into text; :mod:`.html` flattens an HTML page;
* :mod:`.story` cuts the text into stories: :mod:`.header` reads the lines above the first
  paragraph (navigation, outlet, date stamps, bylines, title), :mod:`.snippets` separates the
  body from the tail and turns teasers of other stories into ``snippet`` rows;
* :mod:`.lines` says what one line is (prose, navigation, caption, footer) and its language;
* :mod:`.frames` builds the ``articles`` and ``load_report`` tables.

Every file ends up in :func:`load_report` as ``loaded`` or ``skipped`` with a reason.
"""
from .decode import SkipFile, decode_bytes
from .files import MAX_BYTES, CorpusError, iter_files, load_file
from .frames import (ARTICLE_COLUMNS, REPORT_COLUMNS, _frame, flag_meanings, load_articles, load_corpus,
                     load_report)
from .header import parse_byline
from .html import HTML_SUFFIXES
from .lines import detect_language
from .snippets import Story
from .story import parse_text

__all__ = ["ARTICLE_COLUMNS", "REPORT_COLUMNS", "MAX_BYTES", "HTML_SUFFIXES", "CorpusError", "SkipFile", "Story",
           "decode_bytes", "detect_language", "flag_meanings", "iter_files", "load_articles", "load_corpus",
           "load_file", "load_report", "parse_byline", "parse_text", "_frame"]
