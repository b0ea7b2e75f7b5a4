"""Dated events: visits, meetings, agreements, exhibitions, investments and establishments.

``story`` finds the events of one story (every reported event, dated from its clause, its
sentence, the sentence before or the story's lead) with ``clauses`` (clause bounds, the act, its
tense and place); ``table`` builds the events table and
groups one event told by several stories; ``triggers`` reads the event words
(``data/events.yaml``).
"""
from .story import DATELINE, planned, story_events
from .table import EVENT_COLUMNS, events_frame, extract_events
from .triggers import triggers

__all__ = ["DATELINE", "EVENT_COLUMNS", "events_frame", "extract_events", "planned", "story_events", "triggers"]
