"""Small text tests the extractors share: what a Chinese name looks like, where words end."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Protocol, TypeVar

from ..gazetteer import Gazetteer
from ..model import Mention
from ..normalise import is_han

#: Characters that end a clause.
CLAUSE_END = frozenset(",，。;；:：!！?？\n、()（）[]【】")
#: Function characters that never occur inside a personal name in news text.
NOT_IN_NAME = frozenset(
    "的了是在和与及等为将对这那个们中上下不也都就又还被把从向到于之其所以"
    "并而且或但如因此该各每全本我你他她它年月日时号次届第原"
)
#: The state at home by its names: its bodies and posts are not foreign ones.
HOME_STATES = frozenset({"中国", "中华人民共和国"})
#: Last characters of places and bodies that a Chinese given name does not end with (养老院).
NOT_NAME_END = frozenset("院局厂部处所馆站村镇省市县区委办司厅署")
#: What follows a name that is part of a longer name (习近平文化思想, a doctrine).
NAME_MODIFIES = re.compile(
    r"(?:(?:新时代中国特色社会主义|生态文明|[\u4e00-\u9fff]{0,2})思想|理论|主义|精神|新时代|时代|时期|号|"
    # ... or a thing named so (托卡马克装置, 阿利伯克级, 海马斯火箭炮, 德尔塔病毒)
    r"装置|设备|系统|[型级]|舰|卫星|导弹|火箭|飞船|探测器|病毒|疫苗|效应|定律|方程|公式)"
)
#: A side in a conflict or a talk (乌方, 中方, 美媒): a country's abbreviation, not a name.
#: One-character short names of states the news pairs (中美, 美俄, 乌方).
STATE_SHORT = "中美俄乌日韩英法德以巴伊黎朝印越菲澳叙土欧"
SIDE = re.compile(rf"[{STATE_SHORT}][方媒]")


#: A count of some units right before a name: bodies of a kind counted, none named (四支|伊朗海军舰队:
#: the tagger; 11家|美国银行: a state's firms, the organizations rules).
_COUNT = "[0-9一二两三四五六七八九十几多数]+"
#: The list of those who come with a visiting head of state (陪同X访华的有外交部部长、财政部部长等): his
#: state's ministers and officials, whose bodies the text does not name (the dev gold lists none in 8
#: stories).
ENTOURAGE = re.compile(r"陪同[^。\n]{1,30}?(?:访华|访问|来华)[^。\n]{0,6}?的有[^。\n]*$")
#: Words before a body's name that make it the body of past ages (历代中央政府), not today's.
PAST_AGES = ("历代", "历届")
COUNTED_UNITS = re.compile(_COUNT + "[支个家所座批]$")
COUNTED_FIRMS = re.compile(_COUNT + "家$")
#: Words before a body that say it is one of a kind, not one named (一个黎军军事中心, 某研究所,
#: 一个俄罗斯武装小组): the organizations rules and the tagger both read them.
INDEFINITE = (
    "一个",
    "一家",
    "一所",
    "一座",
    "一处",
    "一批",
    "一支",
    "一些",
    "多个",
    "某个",
    "某",
    "这家",
    "那家",
    "这所",
    "每家",
)

#: Words that look like a surname and a given name but say when or how a post is held.
#: (Common words jieba's dictionary tags as names, 向心力 or 胡杨林, are the gazetteer's
#: common_words, which callers pass.)
NOT_NAMES = frozenset(
    {"时任", "现任", "曾任", "兼任", "原任", "前任", "继任", "新任", "首任", "历任", "连任", "出任"}
    # a parliament (俄杜马主席), an idiom's head (许党报国)
    | {"杜马", "许党"}
)


def not_a_chinese_name(name: str, common_words: frozenset[str] = frozenset()) -> bool:
    """Shapes that look like a surname and a given name but name a body, a place or a side,
    or say when a post was held (时任); and the common words given (道德, 金秋: words jieba's
    dictionary has as names)."""
    return name[-1:] in NOT_NAME_END or bool(SIDE.fullmatch(name)) or name in NOT_NAMES or name in common_words


#: Sending a message after a name (佐科致慰问电, 拜登致电).
MESSAGE_SENT = ("致电", "致信", "致函", "致慰问", "致贺", "致唁")
#: Words that can follow a name directly (what lets us see where the name ends).
AFTER_NAME = (
    "同志",
    "同",
    "亦",
    "在",
    "表示",
    "指出",
    "强调",
    "说",
    "介绍",
    "认为",
    "提出",
    "要求",
    "宣布",
    "称",
    "等",
    "的",
    "和",
    "与",
    "及",
    "出席",
    "会见",
    "会谈",
    "主持",
    "参加",
    "一行",
    "发表",
    "先生",
    "女士",
    "对",
    "向",
    "就",
    "是",
    "也",
    "还",
    "今天",
    "分别",
    "陪同",
    "共同",
    "回答",
    "致辞",
    "讲话",
    "发言",
    "互致",
    "乘坐",
    "乘专机",
    "乘包机",
    "作",
    "代表",
    "率",
    "带领",
    "为",
    "于",
    "近日",
    "日前",
    "当天",
    "获悉",
    *MESSAGE_SENT,
    "透露",
    "看望",
    "考察",
    "调研",
    "听取",
    "通报",
    "答",
    "、",
    "总书记",
    "主席",
    "总理",
    "总统",
    "首相",
    "委员长",
    "部长",
    "副",
    "书记",
    "接受",
    "以",
    # what one is doing now (第一书记黎夏正在走访), giving (教师翁华给总书记看)
    "正在",
    "给",
    # a sportsman winning (练俊杰夺得金牌, 周恺获得冠军)
    "夺得",
    "获得",
    "摘得",
    "将",
    "已",
    "曾",
    "当选",
    "任",
    "同",
    "点燃",
    "宣布",
    "签署",
    "视察",
    "抵达",
    "访问",
    "率团",
    "率领",
    "出访",
    "听取",
    "通电话",
    "致信",
    "致电",
    "指导",
    "检查",
    "慰问",
    "会晤",
    "举行",
    "来到",
    "走进",
    "说明",
    "此前",
    "日前",
    "近日",
    "此间",
    "昨天",
    "发布",
    "发表",
    # how one does it (航天员聂海胜、刘伯明、汤洪波亲切通话, 一同出席)
    "亲切",
    "一同",
    "一起",
    # who comes with one (总理欧尔班夫妇, 习近平夫人彭丽媛)
    "夫妇",
    "夫人",
)
#: Verbs whose subject is a person: a name-like word right before one is a name.
SUBJECT_VERBS = (
    "出席",
    "主持",
    "会见",
    "会谈",
    "参加",
    "看望",
    "考察",
    "调研",
    "陪同",
    "宣布",
    "致辞",
    "讲话",
    "发言",
    "通电话",
    "致信",
    "致电",
    "签署",
    "视察",
    "抵达",
    "访问",
    "点燃",
    "当选",
    "率团",
    "率领",
    "出访",
    "发表",
    "听取",
    "回答",
    "会晤",
    "慰问",
    "指导",
    "检查",
    "来到",
    "走进",
    "同志",
)


def starts_with_any(text: str, pos: int, words: tuple[str, ...] | frozenset[str]) -> str | None:
    """The first of `words` that text[pos:] starts with (callers order them longest first)."""
    for word in words:
        if text.startswith(word, pos):
            return word
    return None


def at_boundary(text: str, pos: int) -> bool:
    """True when a name may end just before text[pos]."""
    if pos >= len(text):
        return True
    char = text[pos]
    if not is_han(char):
        return True
    return any(text.startswith(w, pos) for w in AFTER_NAME)


@lru_cache(maxsize=16)
def _stop_positions(text: str, stops: str | frozenset[str]) -> list[int]:
    """Where the stop characters stand in text, in order (one pass per text: a sentence of
    100,000 characters with a thousand numbers in it is not walked a thousand times)."""
    return [i for i, char in enumerate(text) if char in stops]


def _between(text: str, start: int, end: int, stops) -> tuple[int, int]:
    """Walk out from [start, end) to the nearest stop character on each side (exclusive)."""
    positions = _stop_positions(text, stops)
    before = bisect_left(positions, start)
    left = positions[before - 1] + 1 if before else 0
    after = bisect_left(positions, end)
    right = positions[after] if after < len(positions) else len(text)
    return left, right


SENTENCE_END = "。！？!?\n"


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the previous to the next clause punctuation."""
    left, right = _between(text, start, end, CLAUSE_END)
    while left < right and text[left].isspace():
        left += 1
    return left, right


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), with its closing 。！？ (not a line break)."""
    left, right = _between(text, start, end, SENTENCE_END)
    return left, right + 1 if right < len(text) and text[right] != "\n" else right


class _Placed(Protocol):
    start: int


_P = TypeVar("_P", bound=_Placed)


def starting_in(items: Sequence[_P], lo: int, hi: int) -> Sequence[_P]:
    """The items (mentions, drafts) of a list sorted by start that start in [lo, hi): what a
    rule that looks around one place reads, in time that does not grow with the document."""
    return items[bisect_left(items, lo, key=start_of) : bisect_left(items, hi, key=start_of)]


def start_of(item: _Placed) -> int:
    """Where a mention, token or draft starts: the key that lists of them are bisected by."""
    return item.start


#: Up to this many names, occurrences searches for each (the time still grows with the text
#: alone: the number of names is bounded).
_FEW_NAMES = 16


def occurrences(text: str, names: Iterable[str]) -> dict[str, list[int]]:
    """Where the text writes each name (of two characters or more): the starts of its
    occurrences apart from each other, left to right, as a search from the left finds them;
    names not written are left out. One pass over the characters the names start with, however
    many names there are."""
    wanted = {name for name in names if len(name) >= 2}
    found: dict[str, list[int]] = {}
    if len(wanted) <= _FEW_NAMES:  # (a search for each: cheaper than making a pattern)
        for name in wanted:
            at = text.find(name)
            while at != -1:
                found.setdefault(name, []).append(at)
                at = text.find(name, at + len(name))
        return found
    lengths: dict[str, list[int]] = {}  # by a name's first two characters, the lengths of those names
    for name in sorted(wanted, key=len):
        if len(name) not in lengths.setdefault(name[:2], []):
            lengths[name[:2]].append(len(name))
    firsts = re.compile("[" + "".join(sorted({re.escape(pair[0]) for pair in lengths})) + "]")
    free_from: dict[str, int] = {}  # where each name may be found again
    for match in firsts.finditer(text):
        start = match.start()
        for n in lengths.get(text[start : start + 2], ()):
            if start + n > len(text):
                break
            name = text[start : start + n]
            if name in wanted and start >= free_from.get(name, 0):
                free_from[name] = start + n
                found.setdefault(name, []).append(start)
    return found


def every_occurrence(text: str, names: Iterable[str]) -> dict[str, list[int]]:
    """Like occurrences, with the ones that overlap another of the same name too (哈哈 twice
    in 哈哈哈)."""
    found = occurrences(text, names)
    for name in found:
        if any(name[k:] == name[: len(name) - k] for k in range(1, len(name))):  # (it may overlap itself)
            at, starts = text.find(name), []
            while at != -1:
                starts.append(at)
                at = text.find(name, at + 1)
            found[name] = starts
    return found


class SpanIndex:
    """Spans (start, end) sorted, for the questions a rule asks of them around one place (which
    may overlap or hold a span, which start in a stretch) in time that does not grow with the
    number of spans."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.longest = max((e - s for s, e in self.spans), default=0)

    def starting(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that start in [lo, hi), in order."""
        return self.spans[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that may overlap or hold start:end (each still to be tested)."""
        return self.starting(start - self.longest, end)

    def overlap(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.near(start, end))

    def held_by_longer(self, start: int, end: int) -> bool:
        """A longer span holds start:end (中国载人航天工程办公室 holds 中国载人航天工程)."""
        return any(s <= start and end <= e and e - s > end - start for s, e in self.near(start, end))


def sentence_end(text: str, start: int) -> int:
    """Where the sentence that goes on at start ends (before its 。！？ or line break)."""
    return _between(text, start, start, SENTENCE_END)[1]


#: How a line that ends a sentence ends: any other non-empty line is a headline.
_SENTENCE_LINE_ENDS = ("。", "！", "？", "”", "：", "；", "…")


def item_starts(text: str) -> list[int]:
    """Where each news item of a story starts: the text's start and each headline's (a line
    that ends no sentence and holds none), in order."""
    starts = [0]
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if at and stripped and not stripped.endswith(_SENTENCE_LINE_ENDS) and "。" not in line:
            starts.append(at)
        at += len(line) + 1
    return starts


#: Adverbs of order between a list of people and its verb (X、Y和Z先后发言).
IN_TURN = ("先后", "相继", "依次", "分别")


#: The longest known initiative's name a body's name may open (联合国2030年可持续发展议程).
LONGEST_INITIATIVE = 30


def opens_initiative(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a known initiative's name starts at start and runs past end (联合国|2030年可持续
    发展议程, 军委|主席负责制): the body's name there is part of the initiative's."""
    for stop in range(end + 1, min(len(text), start + LONGEST_INITIATIVE) + 1):
        name = text[start:stop]
        if name in gaz.initiative_terms or name in gaz.initiatives:
            return True
    return False


#: What a foreign state's body may start with after the state's one-character short name
#: (乌|国家电力公司, 俄|国民近卫军, 柬|新政府).
STATE_BODY_OPENERS = ("国家", "国民", "新政府", "政府", "联邦")


def state_in_full(mention: Mention, text: str, state_short: Mapping[str, str]) -> Mention:
    """A body named after a foreign state's one-character short name, by the state's full name
    (乌国家电力公司 -> 乌克兰国家电力公司), the state its parent, when the story names the state
    in full somewhere and the name does not already start with it (美国家庭…); else the mention."""
    label = mention.label
    country = state_short.get(label[:1])
    if (
        mention.kind != "organization"
        or country is None
        or len(label) < 4
        or not label[1:].startswith(STATE_BODY_OPENERS)
        or label.startswith(country)
        or country not in text
    ):
        return mention
    category = "international" if mention.category in ("government", "party", "other") else mention.category
    return replace(
        mention,
        label=country + label[1:],
        aliases=(*mention.aliases, label),
        parent=mention.parent or country,
        category=category,
    )


def state_short_names(gaz: Gazetteer) -> dict[str, str]:
    """One-character short names of foreign states (俄 -> 俄罗斯), from the gazetteer's table of sides."""
    return {
        short: country
        for short, country in gaz.sides.items()
        if country not in HOME_STATES and (entry := gaz.places.get(country)) is not None and entry.kind == "country"
    }


#: Words for a state or states that end in 国 (两国|航班: not 国航).
_STATES_WORDS = frozenset(
    {"两国", "多国", "各国", "我国", "全国", "本国", "该国", "外国", "他国", "邻国", "祖国", "等国", "三国"}
)


def glued_to_state_word(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a short name found at start (at most three characters: 国航, 国新办) opens with the
    国 that ends the word before it, a state or states (两国|航班 holds no 国航, 全国|新办 no 国新办;
    a longer name is what it says: 以色列|国家安全部)."""
    if not text.startswith("国", start) or start == 0 or end - start > 3:
        return False
    word_end = start + 1  # (the word before would end with this 国)
    if text[word_end - 2 : word_end] in _STATES_WORDS:
        return True
    return any(
        (place := gaz.places.get(text[word_end - n : word_end])) is not None and place.kind == "country"
        for n in range(2, min(8, word_end) + 1)
    )


def department_kind_at(text: str, end: int) -> bool:
    """Whether a body's name ending in 部 at end runs on into 门 (工信部门, 商务部门): a kind of
    department, no ministry."""
    return end > 0 and text[end - 1] == "部" and text.startswith("门", end)
