"""Actors: people with roles, organisations and places, resolved across name forms and stories.

Per story (a few compiled passes, no per-phrase library calls; :mod:`.story`):

1. **Places** (:mod:`.places`): one Aho-Corasick pass of the gazetteer.
2. **Organisations**: Latin-script head-word spans, acronym pairs and well-known names
   (:mod:`.organizations`); CJK suffix names and city governments (:mod:`.cjk`).
3. **People**: a title or speech verb next to a name shape (:mod:`.people` for Latin script,
   :mod:`.cjk` for Korean, Chinese, Japanese), then later references by surname.

Across stories (:mod:`.resolve`), actors with the same key (:mod:`.mentions`) share one
``actor_id``; likely misspellings are flagged (:mod:`.spelling`).
"""
from .mentions import ACTOR_COLUMNS, CJK_LANGS, MENTION_COLUMNS, Mention
from .resolve import Resolver, extract_actors, learnt_glosses
from .spelling import _edit_distance, _one_edit
from .story import StoryExtractor

__all__ = ["extract_actors", "StoryExtractor", "Resolver", "learnt_glosses", "Mention", "CJK_LANGS",
           "MENTION_COLUMNS", "ACTOR_COLUMNS"]
