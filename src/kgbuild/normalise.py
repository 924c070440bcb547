"""Normalise: clean the text as read into the text the extractors see, keeping a map back.

Four steps, each keeping every output character tied to the span of the input it came
from: repair or mark GBK mojibake; strip pinyin annotations after Han characters
(發(fā)展 -> 發展); convert Traditional to Simplified (OpenCC); fold full-width letters,
digits and punctuation to ASCII.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from functools import lru_cache

from .model import Document, NormalisedText

#: What a damaged (unrepairable) run becomes in the normalised text: one replacement char.
DAMAGE_MARK = "\ufffd"

_TONES = str.maketrans(
    {
        **dict.fromkeys("āáǎà", "a"),
        **dict.fromkeys("ēéěè", "e"),
        **dict.fromkeys("īíǐì", "i"),
        **dict.fromkeys("ōóǒò", "o"),
        **dict.fromkeys("ūúǔù", "u"),
        **dict.fromkeys("ǖǘǚǜü", "v"),
    }
)
_INITIALS = (
    "",
    "b",
    "p",
    "m",
    "f",
    "d",
    "t",
    "n",
    "l",
    "g",
    "k",
    "h",
    "j",
    "q",
    "x",
    "zh",
    "ch",
    "sh",
    "r",
    "z",
    "c",
    "s",
    "y",
    "w",
)
_FINALS = (
    "a",
    "o",
    "e",
    "i",
    "u",
    "v",
    "ai",
    "ei",
    "ao",
    "ou",
    "an",
    "en",
    "ang",
    "eng",
    "ong",
    "er",
    "ia",
    "ie",
    "iao",
    "iu",
    "ian",
    "in",
    "iang",
    "ing",
    "iong",
    "ua",
    "uo",
    "uai",
    "ui",
    "uan",
    "un",
    "uang",
    "ve",
    "van",
    "vn",
    "ue",
    "n",
    "ng",
    "m",
)
#: Every syllable shape of Hanyu Pinyin (a superset: a few combinations never occur).
PINYIN_SYLLABLES = frozenset(i + f for i in _INITIALS for f in _FINALS)
_ANNOTATION = re.compile(r"\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})\)")
_TRIGGER = re.compile(r"[?\ufffd]")
_ALNUM_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_ALNUM_FOLD[0x3000] = 0x20
#: The dots that join a foreign name's parts (卡尔十六世•古斯塔夫, 安德烈∙杰明) as the one news uses: ·
_ALNUM_FOLD.update({cp: 0xB7 for cp in (0x2022, 0x2219, 0x30FB, 0xFF65, 0x2027, 0x22C5, 0x0387)})


def is_han(char: str) -> bool:
    """A CJK unified ideograph (basic block or extension A)."""
    return "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf"


def is_pinyin(word: str) -> bool:
    """True for one pinyin syllable, with or without tone marks (fā, wù, de)."""
    return word.translate(_TONES) in PINYIN_SYLLABLES


@lru_cache(maxsize=65536)
def is_common_han(char: str) -> bool:
    """One of the ~7,000 common characters: GB2312 level 1 or Big5's common block.

    Mojibake from a byte-misaligned GBK decode is made mostly of rarer characters, Latin
    letters and symbols; real text is made mostly of these.
    """
    try:
        if 0xB0 <= char.encode("gb2312")[0] <= 0xD7:
            return True
    except UnicodeEncodeError:
        pass
    try:
        return 0xA440 <= int.from_bytes(char.encode("big5"), "big") <= 0xC67E
    except UnicodeEncodeError:
        return False


def _is_cjk_punct(char: str) -> bool:
    return "\u3000" <= char <= "\u303f" or "\u2010" <= char <= "\u201f" or "\uff01" <= char <= "\uff5e"


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def normalise(doc: Document) -> NormalisedText:
    """Clean a document's text; every normalised character maps back to its source span."""
    raw = doc.text
    pieces: list[str] = []
    starts = array("I")
    ends = array("I")
    damaged: list[tuple[int, int]] = []
    repaired: list[tuple[int, int]] = []
    # the places where the text changes: mojibake runs and pinyin annotations after Han
    events: list[tuple[int, int, str | None, str]] = [(s, e, r, "run") for s, e, r in find_mojibake(raw)]
    covered = [(s, e) for s, e, _, _ in events]
    for match in _ANNOTATION.finditer(raw):
        at = match.start()
        if at and is_han(raw[at - 1]) and is_pinyin(match.group(1)) and not any(s <= at < e for s, e in covered):
            events.append((at, match.end(), None, "annotation"))
    events.sort()
    pos = 0
    length = 0
    for start, end, repair, kind in events:
        if start < pos:
            continue
        if start > pos:  # unchanged text, copied in one go
            pieces.append(raw[pos:start])
            starts.extend(range(pos, start))
            ends.extend(range(pos + 1, start + 1))
            length += start - pos
        if kind == "annotation":
            if length:
                ends[-1] = end  # the annotation belongs to the character before it
        else:
            piece = repair or DAMAGE_MARK
            pieces.append(piece)
            starts.extend([start] * len(piece))
            ends.extend([end] * len(piece))
            (repaired if repair else damaged).append((length, length + len(piece)))
            length += len(piece)
        pos = end
    if pos < len(raw):
        pieces.append(raw[pos:])
        starts.extend(range(pos, len(raw)))
        ends.extend(range(pos + 1, len(raw) + 1))
    text = _to_simplified("".join(pieces)).translate(_ALNUM_FOLD)
    return NormalisedText(
        doc=doc, text=text, starts=starts, ends=ends, damaged=tuple(damaged), repaired=tuple(repaired)
    )


def _to_simplified(text: str) -> str:
    """OpenCC t2s, kept one character for one character so the offset map stays exact."""
    if not any(ord(c) > 0x2E7F for c in text):
        return text
    converter = _t2s()
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    # A phrase rule changed the length somewhere: convert line by line, then char by char.
    parts = []
    for line in text.split("\n"):
        conv = converter.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := converter.convert(c)) == 1 else c for c in line)
        parts.append(conv)
    return "\n".join(parts)


def find_mojibake(raw: str) -> list[tuple[int, int, str | None]]:
    """Runs of GBK mojibake in the text as read: (start, end, repair or None if unrepairable).

    A run starts at a '?' or U+FFFD that stands where a lead byte was lost. When re-encoding
    what follows to GBK and putting a lead byte back realigns the bytes into common
    characters, the run is repaired; when what follows is garbage (Latin letters outside
    pinyin annotations, rare characters, stray symbols) up to the next clean stretch of text,
    the run is marked damaged; otherwise the '?' is a real question mark and left alone.
    """
    runs: list[tuple[int, int, str | None]] = []
    covered = 0
    for match in _TRIGGER.finditer(raw):
        start = match.start()
        if start < covered:
            continue
        repair = _realign(raw, start)
        if repair is not None:
            end, text = repair
            runs.append((start, end, text))
            covered = end
            continue
        end, suspicious = _damaged_extent(raw, start)
        if suspicious or raw[start] == "\ufffd":
            runs.append((start, end, None))
            covered = end
    return runs


#: ASCII punctuation back to the full-width form that GBK text had before it was folded.
_FULLWIDTH_OF = {chr(c - 0xFEE0): chr(c) for c in range(0xFF01, 0xFF5F) if not chr(c - 0xFEE0).isalnum()}


def _realign(raw: str, start: int) -> tuple[int, str] | None:
    """Try to put back the lost GBK lead byte before raw[start + 1:]."""
    window = raw[start + 1 : start + 13]
    pieces: list[bytes] = []
    for char in window:
        try:
            pieces.append(_FULLWIDTH_OF.get(char, char).encode("gbk"))
        except UnicodeEncodeError:
            break
    if not pieces:
        return None
    # byte offset at which each original character starts
    bounds, total = [], 0
    for piece in pieces:
        bounds.append(total)
        total += len(piece)
    boundary_index = {b: i for i, b in enumerate(bounds)}
    data = b"".join(pieces)
    best: tuple[int, int, str] | None = None
    for lead in range(0x81, 0xFF):
        shifted = bytes([lead]) + data
        out, i = [], 0
        while i < len(shifted):
            width = 1 if shifted[i] < 0x80 else 2
            try:
                out.append(shifted[i : i + width].decode("gbk"))
            except UnicodeDecodeError:
                out = []
                break
            i += width
            back = i - 1  # offset in `data`
            if back in boundary_index and back > 0 and len(out) > 1:
                consumed = boundary_index[back]
                text = "".join(out)
                score = _plausibility(text)
                if score and (best is None or score > best[0]):
                    best = (score, start + 1 + consumed, text)
                break
    if best is None:
        return None
    return best[1], best[2]


def _plausibility(text: str) -> int:
    """0 if any character is uncommon; else higher for punctuation and common characters."""
    score = 0
    for char in text:
        if _is_cjk_punct(char):
            score += 3
        elif is_han(char) and is_common_han(char):
            score += 2
        else:
            return 0
    return score


def _damaged_extent(raw: str, start: int) -> tuple[int, bool]:
    """How far garbage runs from raw[start], and whether anything in it looks like garbage."""
    pos = start + 1
    n = len(raw)
    suspicious = False
    while pos < n:
        char = raw[pos]
        if char in ",.;:!、，。；：！“”\"'\n\r\t 《》" or _is_cjk_punct(char) and char not in "（）":
            break
        if is_han(char):
            nxt = raw[pos + 1] if pos + 1 < n else ""
            annotated = nxt == "(" and (m := _ANNOTATION.match(raw, pos + 1)) and is_pinyin(m.group(1))
            after = raw[pos + 2] if pos + 2 < n else ""
            if annotated or (
                is_common_han(char) and is_han(nxt) and is_common_han(nxt) and not (after.isascii() and after.isalpha())
            ):
                break  # clean text resumes here
            if not is_common_han(char):
                suspicious = True
        elif char.isascii() and char.isalnum():
            pass  # plain ASCII after a question mark is ordinary text ("真的吗?OK")
        elif char.isalpha() or char in "|()":
            # tone-marked pinyin letters, Greek or Cyrillic letters, stray parentheses
            suspicious = True
        elif unicodedata.category(char)[0] in "SC":
            suspicious = True
        pos += 1
    return pos, suspicious
