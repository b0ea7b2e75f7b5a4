"""Latin-script patterns shared by the organisation and people rules."""
from __future__ import annotations

import re

from .vocab import _SPEECH_WORDS

_UP = r"[A-Z][\w’'&.-]*"
_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][a-z]*-[A-Z]?[a-z]+)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|bin|binti|al|le|la)"
PERSON_NAME = rf"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?{_NAME_TOKEN}(?: +(?:{_PARTICLE} +)?{_NAME_TOKEN}){{1,3}}"
_ACR = r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*"
_SPEECH = r"(?:said|says|told|added|noted|stressed|explained|announced|remarked|emphasized|emphasised|pointed out)"
_SPEECH_INITIALS = "".join(sorted({w[0] for w in _SPEECH_WORDS}))  # lets a regex skip other letters fast
_POSSESSIVE_END = re.compile(r"[’']s$")
_POSSESSIVE = re.compile(r"[’']s\b")
_LEAD_JUNK = re.compile(r"^(?:The|A|An|Under|At|In|On|By|From|With|For|And|But|Both|Its|Their|Citing|According|Separately|Meanwhile|Also|Including|Between|As|While|During|After|Before|Through|Via|Other|Officials?|Local|Vice|Deputy)\s+")
