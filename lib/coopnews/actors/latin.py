"""Latin-script patterns shared by the organisation and people rules."""
from __future__ import annotations

import re

from .vocab import _SPEECH_WORDS

_UP = r"[A-Z][\w’'&.-]*"
# letters of Latin-script names, with the accented ones of Spanish, Vietnamese, Turkish … ("García", "Nguyễn")
_CAP = r"A-ZÀ-ÖØ-Þ\u0110\u01a0\u01af\u1ea0-\u1ef8"
_LOW = r"a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"
# a name word: "Kim", "Min-ho", "Ji-Won", "MaryKay", "Văn", a double-barrelled surname "Nagy-Baranyi"
_NAME_TOKEN = rf"(?:[{_CAP}][{_LOW}]+(?:[{_CAP}][{_LOW}]+)?(?:-[{_CAP}]?[{_LOW}]+)?|[{_CAP}][{_LOW}]*-[{_CAP}]?[{_LOW}]+)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|dos|del|bin|binti|al|el|le|la|ibn)"
_ACR = r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*"
_SPEECH = "(?:" + "|".join(_SPEECH_WORDS) + ")"
_SPEECH_INITIALS = "".join(sorted({w[0] for w in _SPEECH_WORDS}))  # lets a regex skip other letters fast
_POSSESSIVE_END = re.compile(r"[’']s$|(?<=s)[’']$")  # "Taiwan's", "the Netherlands'"
_POSSESSIVE = re.compile(r"[’']s\b")
_LEAD_JUNK = re.compile(r"^(?:The|A|An|Later|Earlier|Then|Today|Yesterday|However|Under|At|In|On|By|From|With|For|And|But|Both|Its|Their|Citing|According|Separately|Meanwhile|Also|Including|Between|As|While|During|After|Before|Through|Via|Other|Officials?|Local|Vice|Deputy|Former|Acting|Outgoing|Incoming)\s+")
