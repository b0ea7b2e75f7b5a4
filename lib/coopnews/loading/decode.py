"""Turn the bytes of one input file into text, or say why it cannot be read.

Order of trust: a byte-order mark; strict UTF-8; the legacy East-Asian code pages
(CP949/EUC-KR, Big5, Shift_JIS) scored by how plausible the decoded script is;
finally charset-normalizer's guess.  Binary data (NUL bytes, control characters)
is refused with a reason rather than decoded into noise.
"""
from __future__ import annotations

import re
import unicodedata

import charset_normalizer


class SkipFile(Exception):
    """Raised with a human-readable reason when a file is not loaded."""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_LEGACY = ("cp949", "big5", "shift_jis")
# characters expected in real text in our four languages
_PLAUSIBLE = re.compile(
    r"[\t\n\r\x20-\x7e\u00a0-\u024f\u2000-\u206f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7a3\uff00-\uffef\u1100-\u11ff\u3130-\u318f]"
)


_IMPLAUSIBLE = re.compile(_PLAUSIBLE.pattern.replace("[", "[^", 1))
_CONTROL_BYTES = bytes([b for b in range(32) if b < 9 or 13 < b])


def _plausibility(text: str) -> float:
    if not text:
        return 0.0
    return 1 - len(_IMPLAUSIBLE.findall(text)) / len(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.01 * max(len(sample), 1)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Parameters
    ----------
    data : bytes
        Raw file content.

    Returns
    -------
    tuple of (str, str)
        The decoded text (line endings normalised to ``\\n``) and the encoding name.

    Raises
    ------
    SkipFile
        When the file is empty, binary, or no encoding decodes it plausibly.
    """
    if not data.strip():
        raise SkipFile("empty file")
    text, encoding = None, None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise SkipFile(f"{enc} byte-order mark but undecodable bytes at {exc.start}") from None
            break
    if text is None:
        if _looks_binary(data):
            raise SkipFile("binary content (NUL or control bytes), not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _plausibility(text[:20000]) < 0.85:
        raise SkipFile(f"decoded as {encoding} but does not look like text")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text, encoding


def _decode_legacy(data: bytes) -> tuple[str, str]:
    best = None
    for enc in _LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text[:20000]) + _script_bonus(text[:20000], enc)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is not None:
        return best[1], best[2]
    guess = charset_normalizer.from_bytes(data[:200000]).best()
    if guess is None:
        raise SkipFile("no text encoding decodes this file")
    enc = guess.encoding
    return data.decode(enc, errors="replace"), enc


def _script_bonus(text: str, enc: str) -> float:
    """Prefer the code page whose native script dominates what it decoded."""
    n = max(len(text), 1)
    hangul = len(re.findall(r"[\uac00-\ud7a3]", text)) / n
    kana = len(re.findall(r"[\u3040-\u30ff]", text)) / n
    han = len(re.findall(r"[\u4e00-\u9fff]", text)) / n
    return {"cp949": hangul, "shift_jis": 2 * kana, "big5": han - kana - hangul}[enc]
