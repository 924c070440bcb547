"""Segment: cut normalised text into words (jieba) and sentences.

kgbuild owns its jieba Tokenizer, whose user dictionary comes from the gazetteers; the
global jieba.dt is never touched. Parts of speech come from the dictionaries (no HMM
tagging pass): words jieba found only by its HMM get the tag "x", which is itself a signal
(most unknown two- and three-character words in news are names).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

import jieba
import jieba.posseg

from .gazetteer import Gazetteer, load_gazetteer
from .model import NormalisedText, SegmentedText, Token

_SENTENCE_END = re.compile(r"[。！？!?\n]+|[;；](?=\S)")

jieba.setLogLevel(logging.WARNING)

#: The total jieba divides word counts by, as a multiple of its own dictionary's total.
USER_TOTAL_FACTOR = 8


#: Words of jieba's dictionary made of a body's last character and its head's title.
_GLUED_TITLES = ("局局长", "处处长")


@dataclass(frozen=True)
class Segmenter:
    """A jieba tokenizer with kgbuild's user words, and the tag of every known word."""

    tokenizer: jieba.Tokenizer
    tags: dict[str, str]

    def __call__(self, norm: NormalisedText) -> SegmentedText:
        return segment(norm, self)


def _user_words(gaz: Gazetteer) -> dict[str, str]:
    """Every gazetteer surface with the tag it should carry in the user dictionary."""
    words: dict[str, str] = {}
    for surface in gaz.places:
        words[surface] = "ns"
    for surface in gaz.orgs:
        words[surface] = "nt"
    for title in gaz.titles:
        words[title] = "nnt"
    for surface in gaz.initiatives:
        words.setdefault(surface, "nz")
    for cue in gaz.cues:
        words.setdefault(cue, "v")
    return words


@lru_cache(maxsize=2)
def load_segmenter(gazetteer_dir: str | None = None) -> Segmenter:
    """Build (once per process) the tokenizer with the gazetteers as its user dictionary."""
    gaz = load_gazetteer(gazetteer_dir)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    base_total = tokenizer.total
    tags = dict(jieba.posseg.POSTokenizer(tokenizer).word_tag_tab)
    for word, tag in sorted(_user_words(gaz).items()):
        if len(word) < 2:
            continue
        # High enough that a known name is one word, as jieba's suggest_freq would make it.
        tokenizer.add_word(word, freq=max(tokenizer.FREQ.get(word, 0) or 0, 50000), tag=tag)
        tags[word] = tag
    for word in _GLUED_TITLES:
        # 特勤局|局长, 办公处|处长: jieba's own words that glue a body's last character to its
        # head's title; cut so, the body ends where its name does
        tokenizer.del_word(word)
        tags.pop(word, None)
    # jieba adds each word's count to the total all counts are divided by, so every word of a
    # larger user dictionary would weigh less against the words around it, and a gazetteer
    # row added anywhere would cut texts it is not in otherwise. A fixed total (about what the
    # dictionary summed to when the rules were written) makes each word count for itself.
    tokenizer.total = USER_TOTAL_FACTOR * base_total
    return Segmenter(tokenizer=tokenizer, tags=tags)


def segment(norm: NormalisedText, segmenter: Segmenter | None = None) -> SegmentedText:
    """Cut the normalised text into tokens with offsets, and into sentences."""
    seg = segmenter or load_segmenter()
    tokens: list[Token] = []
    pos = 0
    tags = seg.tags
    for word in seg.tokenizer.cut(norm.text, HMM=True):
        end = pos + len(word)
        tokens.append(Token(word, pos, end, tags.get(word, "x")))
        pos = end
    return SegmentedText(norm=norm, tokens=tuple(tokens), sentences=split_sentences(norm.text))


def split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans: up to and including 。！？ or a line break."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return tuple(spans)
