"""coopnews: tidy tables of actors, sectors and dated events from news about technology cooperation."""
from .actors import extract_actors
from .loading import CorpusError, load_articles, load_corpus, load_report

__all__ = ["extract_actors", "CorpusError", "load_articles", "load_corpus", "load_report"]
__version__ = "0.1.0"
