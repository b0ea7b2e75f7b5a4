"""coopnews: tidy tables of actors, sectors and dated events from news about technology cooperation."""
from .actors import extract_actors
from .corpus import corpus_tables
from .events import extract_events
from .network import cooperation_ties
from .sectors import classify_sectors, load_taxonomy
from .loading import CorpusError, load_articles, load_corpus, load_report

__all__ = ["corpus_tables", "cooperation_ties", "extract_events", "classify_sectors", "load_taxonomy", "extract_actors", "CorpusError", "load_articles", "load_corpus", "load_report"]
__version__ = "0.1.0"
