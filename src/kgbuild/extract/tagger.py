"""A trained character tagger (linear-chain CRF) for the people, government bodies and post
titles the rules miss; it only fills gaps, so it never overrides a rule-based mention.

The model (ontology/models/ner.crfsuite, made by `python -m kgbuild.train`) reads one
sentence at a time. Its features come only from the segmented text the extractor receives
(characters, jieba's words and tags, gazetteer hits), computed by `CharFeatures` both here and
at training time, so the two can never drift apart. What it tags passes general precision
rules before it becomes a mention: a person's name starts with a known surname or is a
transliteration, a body ends like a body, a post contains a known title.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..config import ontology_dir
from ..errors import ConfigError
from ..gazetteer import Gazetteer
from ..model import Mention, SegmentedText, Token
from ..normalise import is_han
from . import Found, register
from .textutil import not_a_chinese_name

#: The model file inside the ontology folder.
MODEL_FILE = Path("models") / "ner.crfsuite"
#: Tags of the model: person, government body, other body, post title, place.
ENTITY_TAGS = ("PER", "GOV", "ORG", "POS", "LOC")
#: Least marginal probability of a tagged span's weakest character for it to be taken.
MIN_CONFIDENCE = {"PER": 0.5, "GOV": 0.5, "POS": 0.5}
#: Least confidence for the less certain shapes: a foreign name without a known surname or
#: without transliteration characters only, a name in Latin letters.
MIN_CONFIDENCE_FOREIGN = 0.8
#: Least confidence for a Chinese name whose ends are not word ends of jieba's (吴国|平说).
MIN_CONFIDENCE_CUT = 0.9
#: Characters that never stand inside a personal name (a narrower list than the rules' NOT_IN_NAME,
#: which also bars 中, 和, 为: common in given names, but the rules need context to accept them).
_NEVER_IN_NAME = frozenset("的了是在等们这那个被把从向到于之其所以并而且或但因此该各每我你他她它年月日时号次届第")
#: ... and never in a given name after a known surname (之 and 月 may be: 姜之厚, 倪月).
_NEVER_IN_GIVEN_NAME = _NEVER_IN_NAME - frozenset("之月")
#: What follows a name that is part of a longer name (习近平文化思想, a doctrine).
_NAME_MODIFIES = re.compile(r"(?:[\u4e00-\u9fff]{0,2}思想|理论|主义|精神|新时代|时代|时期|号)")
#: What follows a place, not a person (阿夫杰耶夫卡等方向, 纽夫莱大区).
_PLACE_FOLLOWS = re.compile(
    # (not a title or a word that starts so: 张伟市长, 李强湖南考察)
    r"等?方向|大区|地区|[州省市县镇村](?![长委民场级])|港(?!澳)|湖(?![北南])|[湾岛]|林(?!业)|火山|"
    # a place's works and sights (黄茅海跨海通道, 盖特威克机场)
    r"跨海通道|跨江通道|通道|大桥|机场|隧道|高铁|铁路|公路|水库|古迹|遗址|景区|口岸|油田"
)
#: Prepositions that stand before a name and are no surname of note (同卢拉, 与普京).
_BEFORE_NAME = frozenset("同与对在将被把由给跟")
#: Parts of speech of a dictionary word that is never a person's name, however sure the
#: model is: a common noun, an adjective, an idiom or set phrase (普遍, 普惠).
_NEVER_NAME_TAGS = frozenset({"n", "a", "ad", "an", "l", "i", "v", "vn", "d"})
#: What stands before an amount, not a person (数十亿新谢克尔: a currency).
_AMOUNT_BEFORE = re.compile(r"[0-9十百千万亿][新]?$")
#: One-character short names of states whose side (巴方, 以方) speaks: 巴方愿 is no name.
_SIDES = frozenset("中美俄乌巴以英法德日韩朝印伊叙土埃沙阿马蒙越老柬缅泰菲新澳加墨古委")
#: Quote marks around a whole name: a ship, a storm, a product or a robot (“康妮”, “托姆索尔”号),
#: never how news writes a person's name.
_QUOTES = {"“": "”", '"': '"', "《": "》", "「": "」", "‘": "’"}
#: Parts of speech of a verb: a name does not end in one (邦戈|访华, 边|建设).
_VERB_TAGS = frozenset({"v", "vd", "vn", "vi"})
#: Endings of place names (列宁格勒, 圣彼得堡): a transliteration that ends so is a place.
_PLACE_ENDINGS = tuple("格勒 堡 斯克 港 湾 岛 山 河 湖 城 州 省 市 县 区 镇 村".split())
#: Endings a government body's name may have (armed forces and embassies included: 美军, 美国驻华使馆;
#: the regulators 银监会, 证监会).
_GOV_ENDINGS = tuple(
    "部 委 局 厅 署 办 院 府 处 所 室 关 行 庭 组 站 军 省 储 "
    "总队 支队 大队 卫队 舰队 中心 委员会 常委会 立法会 理事会 "
    "政协 人大 使馆 军方 警方 国会 议会 内阁 白宫 联合国 监会".split()
)
#: Generic bodies, not names of one (纪检监察机关, 省级党委, 海关 alone, 国防和军队), and words
#: that end like a body but are not one (大局, 格局, 政局, 强军: a slogan; 民政局 and 财政局 are bodies).
_GENERIC_BODY = re.compile(
    r".*(?:机关|党委|党委常委|干部|部门|军队|部队|[大格布新全开结当]局|(?<![民财])政局|[建强治兴]军)|[我本该敌友].{1,2}|[全各多].*|"
    r"(?:[地市省县区]级|地方|基层|有关|相关|上级|各级)?"
    r"(?:海军|空军|陆军|法院|人民法院|检察院|人民检察院|海关|政府|人民政府|军队|部队|警方|军方|国会|议会|"
    r"公安局|派出所|新闻中心|中心|委员会|领导小组|办公室)"
)
#: Parts of speech of a dictionary word that may be a name.
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "x", "eng"})
#: Endings of occupations and posts that no title list holds (艺术家, 分析师, 运动员, 主教练).
_POST_ENDINGS = tuple(
    "长 师 家 员 生 官 者 手 练 帅 士 人 工 管 监 理 裁 席 记 总 "
    "任 事 问 剧 制 导 编 授 卫 锋 将 兵 星 特 帝 王 板 服 秘 专家 作者".split()
)
_PAD = "#"


class CharFeatures:
    """The feature strings of every character of a sentence: what both the trainer and the
    extractor feed the CRF."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.single = frozenset(s for s in gazetteer.surnames if len(s) == 1)
        self.compound = frozenset(s for s in gazetteer.surnames if len(s) == 2)
        titles = sorted(gazetteer.titles, key=len, reverse=True)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.translit = gazetteer.transliteration

    def document(self, doc: SegmentedText) -> tuple[list[str], list[str]]:
        """Per character of the whole text, computed once per document: the word-level context
        (position in its token, the token's tag and gazetteer class) and the token itself."""
        text = doc.text
        word = [""] * len(text)
        ident = [""] * len(text)
        places, orgs, titles = self.gaz.places, self.gaz.orgs, self.gaz.titles
        for token in doc.tokens:
            size = token.end - token.start
            surface = token.text
            if surface in titles:
                cls = "T"
            elif surface in orgs:
                cls = "G" + orgs[surface].category[:3]
            elif surface in places:
                cls = "P"
            elif size == 1:
                cls = "1"
            else:
                cls = "w"
            tail = token.pos + cls
            name = surface if size <= 4 else ""
            ident[token.start : token.end] = [name] * size
            if size == 1:
                word[token.start] = "S" + tail
            else:
                word[token.start] = "B" + tail
                for k in range(token.start + 1, token.end - 1):
                    word[k] = "M" + tail
                word[token.end - 1] = "E" + tail
        return word, ident

    def sentence(self, text: str, context: tuple[list[str], list[str]], start: int, end: int) -> list[list[str]]:
        """The feature strings of the characters of text[start:end]."""
        chars = text[start:end]
        n = len(chars)
        marks = ["-"] * n
        for match in self.title_re.finditer(chars):
            marks[match.start()] = "t"
            for k in range(match.start() + 1, match.end()):
                marks[k] = "u"
        single, compound, translit = self.single, self.compound, self.translit
        for k, c in enumerate(chars):
            if marks[k] == "-":
                if c in single or chars[k : k + 2] in compound:
                    marks[k] = "s"
                elif c in translit:
                    marks[k] = "r"
        padded = _PAD + _PAD + chars + _PAD + _PAD
        words = ["#", *context[0][start:end], "#"]
        ident = context[1][start:end]
        mk = ["#", "#", *marks, "#", "#"]
        return [
            [
                "c" + padded[k + 2],
                "p" + padded[k + 1],
                "n" + padded[k + 3],
                "P" + padded[k : k + 2],
                "N" + padded[k + 3 : k + 5],
                "b" + padded[k + 1 : k + 3],
                "f" + padded[k + 2 : k + 4],
                "t" + padded[k + 1 : k + 4],
                "w" + words[k + 1],
                "x" + words[k] + "|" + words[k + 2],
                "i" + ident[k],
                "g" + mk[k + 1] + mk[k + 2] + mk[k + 3],
                "m" + mk[k + 2] + padded[k + 2],
            ]
            for k in range(n)
        ]


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the B-/I- runs of a tag sequence."""
    out = []
    start, kind = -1, ""
    for k, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and start >= 0 and tag[2:] == kind:
            continue
        if start >= 0:
            out.append((start, k, kind))
            start = -1
        if tag != "O":
            start, kind = k, tag[2:]
    return out


def word_bounds(doc: SegmentedText) -> tuple[dict[int, Token], set[int]]:
    """The tokens by start offset, and the end offsets of the tokens: what the precision
    rules ask of a tagged span's words."""
    return {t.start: t for t in doc.tokens}, {t.end for t in doc.tokens}


def model_path() -> Path:
    return ontology_dir() / MODEL_FILE


@lru_cache(maxsize=2)
def load_tagger(path: str | None = None):
    """The CRF tagger, opened once per process."""
    import pycrfsuite

    file = Path(path) if path else model_path()
    if not file.is_file():
        raise ConfigError(
            "the tagger model is missing",
            path=str(file),
            hint="train it with `python -m kgbuild.train` or drop 'tagger' from the extractors",
        )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(file))
    return tagger


@register("tagger")
class TaggerExtractor:
    """People, government bodies and post titles tagged by the CRF where no rule found anything."""

    name = "tagger"
    produces = frozenset({"person", "organization", "post"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.features = CharFeatures(gazetteer)
        self.single = self.features.single
        self.compound = self.features.compound
        self.titles = tuple(sorted(gazetteer.titles, key=len, reverse=True))

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        text = doc.text
        # what an earlier extractor found is not tagged again; a body's name may hold a place (北京市住建委)
        taken = bytearray(len(text) + 1)
        for m in found.mentions():
            taken[m.start : m.end] = (b"\x02" if m.kind == "place" else b"\x01") * (m.end - m.start)
        tagger = load_tagger()
        context = self.features.document(doc)
        words = word_bounds(doc)
        out: list[Mention] = []
        tokens = doc.tokens
        first = 0
        for start, end in doc.sentences:
            while first < len(tokens) and tokens[first].start < start:
                first += 1
            if end - start < 2:
                continue
            gap = self._gap(tokens, first, end, taken)
            if gap is None:  # nothing for the model to find here: only the known titles
                out.extend(self._titles(tokens, first, end, taken))
                continue
            tags = tagger.tag(self.features.sentence(text, context, start, end))
            for s, e, kind in spans_of(tags):
                if kind not in MIN_CONFIDENCE:
                    continue
                s, e = s + start, e + start
                if 1 in taken[s:e] or (kind != "GOV" and 2 in taken[s:e]):
                    continue
                confidence = min(tagger.marginal(tags[k - start], k - start) for k in range(s, e))
                if confidence < MIN_CONFIDENCE[kind]:
                    continue
                mention = self._mention(text, s, e, kind, confidence, words)
                if mention is not None:
                    out.append(mention)
                    taken[s:e] = b"\x01" * (e - s)
        return out

    def _gap(self, tokens: tuple[Token, ...], first: int, end: int, taken: bytearray) -> Token | None:
        """The first word of the sentence (tokens[first:] up to offset end) that no earlier
        extractor took and that could be part of what the model tags and keeps: a word
        jieba knows as a name or does not know at all (a name's part), one that ends like a
        body, or a noun that ends like a post or an occupation (教练员, 导演). A sentence
        without one gives the model nothing its precision rules would keep but the bare
        titles (the posts it tags most), so it is not tagged: a quarter of a news story's
        sentences."""
        for k in range(first, len(tokens)):
            token = tokens[k]
            if token.end > end:
                break
            word = token.text
            if 1 in taken[token.start : token.end]:
                continue
            if token.pos in _NAME_TAGS and (len(word) > 1 or token.pos.startswith("nr")) and word.isalpha():
                return token
            if (len(word) > 1 and word.endswith(_GOV_ENDINGS)) or (
                word.endswith(_POST_ENDINGS) and token.pos[:1] == "n"
            ):
                return token
        return None

    def _titles(self, tokens: tuple[Token, ...], first: int, end: int, taken: bytearray) -> Iterable[Mention]:
        """The known post titles of a sentence the model does not read (总统指出, 首相会见):
        the posts it would tag there."""
        for k in range(first, len(tokens)):
            token = tokens[k]
            if token.end > end:
                break
            if token.text in self.gaz.titles and len(token.text) > 1 and not any(taken[token.start : token.end]):
                yield Mention("post", token.start, token.end, token.text, token.text, self.name, "title")

    def _mention(
        self, text: str, start: int, end: int, kind: str, confidence: float, words: tuple[dict[int, Token], set[int]]
    ) -> Mention | None:
        """The mention a tagged span makes, if it passes the precision rules of its kind.

        words: the tokens by start offset, and the end offsets of the tokens."""
        surface = text[start:end]
        by_start, ends = words
        whole = start in by_start and end in ends
        if kind == "GOV" and not whole:
            return None  # a body is made of whole words (色列军队 cuts 以色列)
        if (
            kind == "PER"
            and not whole
            and not (start in by_start and confidence >= MIN_CONFIDENCE_CUT and self._chinese_name(surface))
        ):
            # nor is a name, unless a sure Chinese one that jieba ran into what follows it
            # (吴国|平说); one that starts inside a word is the tail of another (岸田|文雄: 田文雄)
            return None
        if kind == "PER" and surface[0] in _BEFORE_NAME and len(surface) > 2:
            return None  # a preposition run into a name (同卢拉)
        token = by_start.get(start) if kind == "PER" else None
        if (
            token is not None
            and token.end == end
            and token.pos not in _NAME_TAGS
            and (len(surface) < 3 or confidence < MIN_CONFIDENCE_FOREIGN or token.pos in _NEVER_NAME_TAGS)
        ):
            # one dictionary word that is not a name (玉米, 金秋, 科普); a longer one the model is
            # sure of may be (林熙蕾, a name jieba's dictionary holds as nt)
            return None
        if kind == "PER" and self._person_like(surface, confidence) and self._stands_as_person(text, start, end, words):
            return Mention("person", start, end, surface, surface, self.name, "crf")
        if kind == "GOV" and self._body_like(surface):
            return Mention("organization", start, end, surface, surface, self.name, "crf", category="government")
        if kind == "POS" and self._post_like(surface):
            return Mention("post", start, end, surface, surface, self.name, "crf")
        return None

    def _stands_as_person(self, text: str, start: int, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """What is around a tagged name does not make it something else: part of a longer
        name (习近平文化思想), a place or its works (X等方向, X大区, X跨海通道), an amount's
        unit (数十亿新谢克尔), a side (巴方愿), a quoted name (“康妮”), or a name running
        into a verb (邦戈|访华)."""
        if _NAME_MODIFIES.match(text, end) or _PLACE_FOLLOWS.match(text, end):
            return False
        if _AMOUNT_BEFORE.search(text, max(0, start - 2), start):
            return False
        if end - start in (2, 3) and text[start + 1] == "方" and text[start] in _SIDES:
            return False  # a side (马方恪守), or a side and a verb (巴方愿)
        if start > 0 and _QUOTES.get(text[start - 1]) == text[end : end + 1]:
            return False
        by_start, _ = words
        token = by_start.get(start)
        while token is not None and token.end < end:  # the words the name is made of, if whole
            token = by_start.get(token.end)
        if token is None or token.end != end or token.start == start:
            return True
        return len(token.text) < 2 or token.pos not in _VERB_TAGS

    def _person_like(self, name: str, confidence: float) -> bool:
        """A Chinese name (known surname, 2-4 characters), a transliterated one, or, when the
        model is sure, a name in Latin letters."""
        if name in self.gaz.titles or name in self.gaz.places or name in self.gaz.orgs:
            return False
        if name.isascii():
            return confidence >= MIN_CONFIDENCE_FOREIGN and name.isalpha() and 3 <= len(name) <= 20
        surname = self._surname(name)
        if surname and len(name) - surname in (1, 2) and all(is_han(c) for c in name):
            return self._chinese_name(name)
        if any(c in _NEVER_IN_NAME for c in name):
            return False
        if "·" in name or "•" in name:
            parts = re.split("[·•]", name)
            return all(parts) and all(is_han(c) for part in parts for c in part)
        if not all(is_han(c) for c in name):
            return False
        if not 2 <= len(name) <= 8 or name.endswith(_PLACE_ENDINGS):
            return False
        # a transliteration: every character a transliteration one, or all but one when the model is
        # sure; a short one only when it is sure, for it is often a country's short name (埃塞)
        foreign = sum(c not in self.gaz.transliteration for c in name)
        if len(name) == 2:
            return foreign == 0 and confidence >= MIN_CONFIDENCE_FOREIGN
        return foreign == 0 or (foreign == 1 and confidence >= MIN_CONFIDENCE_FOREIGN)

    def _surname(self, name: str) -> int:
        """The length of the known surname name starts with (0: none)."""
        return 2 if name[:2] in self.compound else 1 if name[:1] in self.single else 0

    def _chinese_name(self, name: str) -> bool:
        """A known surname and a given name of one or two characters (于晓强, 姜之厚: the surname
        and 之 are no bar, though 于 and 之 never stand in a name elsewhere)."""
        surname = self._surname(name)
        if not surname or len(name) - surname not in (1, 2) or not all(is_han(c) for c in name):
            return False
        if any(c in _NEVER_IN_GIVEN_NAME for c in name[surname:]):
            return False
        return not not_a_chinese_name(name)

    def _body_like(self, name: str) -> bool:
        if len(name) < 2 or name in self.gaz.places or name in self.gaz.titles:
            return False
        if _GENERIC_BODY.fullmatch(name):
            return False
        return name.endswith(_GOV_ENDINGS)

    def _post_like(self, title: str) -> bool:
        if len(title) < 2 or len(title) > 12 or title in self.gaz.places:
            return False
        if not all(is_han(c) for c in title):
            return title.isascii() and title.isalpha() and title.upper() in ("CEO", "CFO", "CTO", "COO")
        return title.endswith(_POST_ENDINGS) or any(t in title for t in self.titles)
