"""People: personal names, where the context says a name stands.

A name is taken only where the context says one stands there: after a post title, before a
speech verb, in a list with another name, in a byline; then every other occurrence of an
accepted name. The organizations and places extractors (`entities`) run first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from ..model import Mention, SegmentedText, Token
from ..normalise import is_han
from . import Found, register
from .entities import (
    _AFTER_FOREIGN,
    _AFTER_FOREIGN_CHARS,
    _APPOINTED,
    _BYLINE_TITLES,
    _LEADING_FUNCTION,
    _LONGEST_TRANSLIT,
    _NOUN_TAGS,
    _PHRASE_HEAD_TAGS,
    _PLACE_ENDS,
    _SET_PHRASE_TAGS,
    _TITLED_NOUN_TAGS,
    _WEAK_RULES,
    _WORD_TAGS,
    _Coverage,
)
from .textutil import (
    AFTER_NAME,
    IN_TURN,
    MESSAGE_SENT,
    NAME_MODIFIES,
    NOT_IN_NAME,
    SUBJECT_VERBS,
    at_boundary,
    not_a_chinese_name,
    occurrences,
    starts_with_any,
)

#: Forms of address after a surname (黄先生, 王老师): no given name.
_ADDRESS = frozenset(
    {"先生", "女士", "小姐", "夫人", "同志", "老师", "师傅", "大爷", "大妈", "阿姨", "老板", "总", "董"}
    # ... and words of kin news uses as address (患者李大伯, 王奶奶)
    | {"大伯", "大婶", "大叔", "大姐", "大哥", "奶奶", "爷爷", "婆婆", "阿婆", "老伯", "老汉"}
)
#: jieba's tags of function words, never inside a foreign name (的, 为了, 和).
_FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "uv", "ud", "ug", "uz", "r", "y"})
#: jieba's tags of verbs and adverbs: a foreign name's part only when made of transliteration characters.
_VERB_ADVERB_TAGS = frozenset({"v", "vd", "vi", "vn", "d"})
#: Words after a reporter's name in a byline (记者慕豪报道, 记者金叶实习生杜瀚翔).
_BYLINE_FOLLOWS = ("报道", "实习生", "摄影", "摄像", "通讯员")
#: jieba's tags of a one-character function word after a two-character word: a phrase, not a
#: name (a verb too when 了, 着 or 过 follows: 农民种地|有了; not 黄道|亮, a name).
_ONE_CHAR_WORD_TAGS = frozenset({"p", "c", "d", "u", "ul", "uj", "ug"})
#: Messages a leader sends, written like a surname (贺) and a given name: 主席贺信 names no one.
_MESSAGES = frozenset({"贺信", "贺电", "贺词", "贺函", "贺卡"})
#: Words that look like a given name after a surname but say something else (共和党方面).
_NOT_GIVEN_NAMES = frozenset({"方面", "方向", "方式", "方案", "方法"})
#: Words of place and time that end a phrase, never a three-character name (官邸前, 毕业后, 村民李盟家).
_PLACE_WORD_ENDS = frozenset("前后内外旁边间家")
#: One-character short names of states, whose side (X方) speaks for them (孟方, 马方, 斯方).
_STATE_SHORT = frozenset(
    "中美俄乌巴以英法德日韩朝印伊叙土埃沙阿马蒙越老柬缅泰菲新澳加墨古委孟哈吉塔塞意荷葡瑞挪丹芬波捷匈罗保斯卢"
)
#: jieba's tags of common words: a one-character one and the next one (or its head) make no
#: name (轮值主席|国/n|工作/vn, 国/n|契机/n; not 韩/j|正在/t, 李干/x|杰作/n, 黄/a|玉山/ns, 邓/nr|清明/a).
_COMMON_CHAR_TAGS = frozenset({"n", "ng", "v", "vn", "a", "d"})
#: 家 after a name and a comma, 中 or a visit (村民李盟家，, 村民师红兵家中, 居民X家看望): at the name's home.
_HOME = re.compile(r"家(?=[中里门的]|看望|察看|房屋|[^\u4e00-\u9fff])")
#: A name in Latin letters after a title: a capital, then small letters (Sky, CoreyMay; not an
#: acronym such as APEC), a word of its own.
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+){0,2}(?![A-Za-z0-9])")
#: Words 其 starts, which no given name is (书记其实, 部长其间); other given names may start with
#: it (薛其坤, 许其亮, 王其江).
_QI_WORDS = frozenset(
    {"其实", "其间", "其中", "其他", "其它", "其余", "其次", "其后", "其一", "其二", "其三", "其外", "其乐"}
)
#: 时 and a verb of saying or a comma after a name: the clause of meeting the one named ends
#: (会见特使裴凯儒时表示, jieba: 裴凯|儒时; 会见特使翟隽时，, jieba: 翟隽时).
_WHEN_CLAUSE_ENDS = re.compile(r"时(?:表示|说|指出|强调|称|认为|介绍|提出|重申|[，,])")
#: What follows a person's name in the name of a thing called after them (“雷锋车”, 雷锋式).
_EPONYM = re.compile(r"[车号式班团站队连路街奖杯”\"]")
#: What separates the names of a list or a pair (杨昊/练俊杰).
_PAIR_MARKS = frozenset("、/")
#: A name before a match's score and its verb, or after 被 and before a verb of winning
#: (周恺4比2战胜队友, 冠军被兰星宇获得).
_SCORE_AFTER = re.compile(r"\d{1,2}(?:比|:)\d{1,2}(?:战胜|击败|力克|淘汰|逆转|负于|不敌|胜|负)")
_WON_BY = re.compile(r"被([\u4e00-\u9fff]{2,3})(?=获得|夺得|摘得|收入囊中)")
#: 同志 or 烈士 after a name (not 同志们, comrades; 魏承浩烈士墓, 邱少云烈士).
_COMRADE = re.compile(r"(?:同志|烈士)(?!们)")
#: jieba's tags of a word a name may follow: a preposition, a verb (向|江泽民同志, 给予|陈敏同志).
_BEFORE_NAME_TAGS = frozenset({"p", "v"})
#: Armed groups news writes by a short name shaped like a surname and a given name (胡塞武装).
GROUPS = frozenset({"胡塞"})
#: A regnal number after a monarch's name (穆罕默德六世, 查尔斯三世).
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
_REGNAL_BEFORE = re.compile(_REGNAL.pattern + "$")  # (穆罕默德六世|国王: the number ends before the title)
#: jieba's tags of common words (高度/n, 正忙着/l): a word so tagged with a character no
#: transliteration uses is no part of a foreign name.
_COMMON_WORD_TAGS = frozenset({"n", "vn", "a", "ad", "an", "l", "i", "t", "m"})
#: Last characters of a body's name that jieba may leave apart from the title's 长 (国防部|长).
_BODY_END_CHARS = frozenset("部局院")
#: Verbs of coming and going that are surnames too (来): 来台, 来京 is a trip, not a name.
_COME_GO = frozenset("来")
#: One-character short names of provinces, cities and regions (京, 沪, 宁, 台, 华).
_PLACE_SHORT = frozenset("京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台华汉杭穗蓉榕")
#: First characters of a word for a whole group of people (广大党员, 全体职工, 各族群众).
_COLLECTIVE = frozenset("广全各众诸")
#: Transliteration characters that are function words too (因, 于): one that starts a word of
#: jieba's after a foreign name's part, before a character no transliteration uses, is no part of it.
_TRANSLIT_FUNCTION = frozenset("因于")
#: jieba's tags of the first word of a name after a title, a surname of two characters that
#: jieba knows as a place or a name (西村/ns, 山口/ns), before a given name it does not know (not a
#: common noun: 代表|知情/n|知政/x).
_SURNAME_WORD_TAGS = frozenset({"ns", "nr", "nrt", "x", "j"})
#: Characters never in a name jieba does not know after a title (党首|李在明 may hold 在, 山口那津男
#: 那; 主席|今天上午, 总统|恩圭马互|致 are no names).
_NEVER_IN_UNKNOWN_NAME = frozenset(
    "的了是和与及等们这个被把从向到于之其所以并而且或但因此该各每我你他她它年月日时号次届第今午互"
)
#: An adverb and a preposition that may start what follows a title (总书记还同阮富仲会见).
_ADVERB_AND_PREPOSITION = re.compile("[还也又并再亦][同与和向对给]")
#: Characters after a name that jieba glues to an unknown name before them (库里拉会|在, 万钢作,
#: 武纳吉致|慰问电).
_GLUED_FOLLOWS = frozenset("会作称率在为受以和同将致")
#: jieba's tags of a word after a name: a verb, a preposition, an adverb, a time, a conjunction.
_FOLLOWS_NAME_TAGS = frozenset({"v", "vd", "vi", "p", "d", "t", "c", "u", "uj"})
#: Words of kin before a foreign name written in full: one of a family, whose surname alone
#: elsewhere names another (拜登之子亨特·拜登, 夫人吉尔·拜登).
#: (男子, 女子, 妇女, 孩子 are no words of kin: 一名男子阿朗佐·巴格利)
_KIN = re.compile(
    r"(?:(?<![男女妇孩])[之其长次幼]?[子女]|儿子|女儿|夫人|妻子|丈夫|父亲|母亲|哥哥|弟弟|姐姐|妹妹|孙子|孙女|遗孀)$"
)
#: An age before a name, which stands like a title (73岁的内塔尼亚胡, 89岁高龄的李振声).
_AGED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁(?:高龄)?的")
#: 受…委托 after a name (审计长侯凯|受国务院委托作报告): what follows a name, not its last character.
_ENTRUSTED = re.compile(r"受[\u4e00-\u9fff]{1,12}?委托")
#: Conjunctions jieba may glue to the name after them (和普京/nz总统).
_LEADING_CONJUNCTIONS = frozenset("和与及同")
#: Prepositions jieba may glue to a known name after them (应普京/x总统邀请, 向普京总统).
_LEADING_PREPOSITIONS = frozenset("应向对据")
#: Prepositions that start a phrase after a title, never a name jieba does not know (总书记|沿绿道).
_PHRASE_PREPOSITIONS = frozenset("沿往趁随按依就")
#: jieba's tags of one character after two that is a bound morpheme, not a given name's (纪念|园/zg).
_BOUND_CHAR_TAGS = frozenset({"zg", "ng", "g", "k"})
#: jieba's tags of the word before 和 that make what follows a common word too (谨慎/a|和|智慧).
_NOT_NAME_BEFORE_AND_TAGS = frozenset({"a", "ad", "an", "v", "vn", "d"})
#: jieba's tags of a word it does not know or takes for a name (长耶伦/x, 长绍/nr).
_UNKNOWN_WORD_TAGS = frozenset({"x", "nr", "nrt", "nrfg", "eng"})


def _in_book_title(text: str, pos: int) -> bool:
    """Whether pos stands inside a 《》 title (a name there is a work's, not a person's)."""
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def _in_turn_length(text: str, pos: int) -> int:
    """The length of an adverb of order at pos (先后发言), else 0."""
    return next((len(w) for w in IN_TURN if text.startswith(w, pos)), 0)


@register("people")
class PeopleExtractor:
    """Personal names, where the context says a name stands."""

    name = "people"
    produces = frozenset({"person"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        titles = sorted(set(gazetteer.titles) | set(gazetteer.person_nouns), key=len, reverse=True)
        self.titles = tuple(titles)
        self.title_re = re.compile("|".join(map(re.escape, titles)))
        self.foreign_titles = frozenset(t for t, k in gazetteer.titles.items() if k in ("foreign", "leader"))
        self.compound = frozenset(s for s in gazetteer.surnames if len(s) == 2)
        self.single = frozenset(s for s in gazetteer.surnames if len(s) == 1)
        self.translit = gazetteer.transliteration
        verbs = sorted(set(gazetteer.cues) | set(SUBJECT_VERBS), key=len, reverse=True)
        self.verb_re = re.compile(
            rf"(?:在[^,，。;；、“”]{{1,20}}?[时中上后])?(?:发表(?:重要)?讲话)?(?:{'|'.join(map(re.escape, verbs))})"
        )
        # (a part may be a double name joined by a hyphen: 内通博·南迪-恩代特瓦)
        self.foreign_re = re.compile(r"[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,10}(?:-[\u4e00-\u9fff]{2,10})?)+")
        self.list_stop = ("等",)
        # people the news names often (people.tsv): a person wherever the name is whole words
        known = sorted(gazetteer.people, key=len, reverse=True)
        self.known_re = re.compile("|".join(map(re.escape, known))) if known else None

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        text = doc.text
        taken = _Coverage(len(text), ((m.start, m.end) for m in found.mentions("organization", "place")))
        place_spans = {(m.start, m.end) for m in found.mentions("place")}
        body_taken = _Coverage(len(text), ((m.start, m.end) for m in found.mentions("organization")))
        names: dict[tuple[int, int], str] = {}
        for m in found.mentions("person"):
            names[(m.start, m.end)] = "byline"
        word_at = {t.start: t for t in doc.tokens}
        token_starts = word_at.keys() | {len(text)}
        function_words = {
            t.start
            for t in doc.tokens
            if len(t.text) == 1 and t.pos in ("c", "p", "u", "uj", "ul", "d", "r", "f", "m", "q")
        }

        named = _Coverage(len(text), names)

        def tag_of(start: int, end: int) -> str | None:
            """The part of speech of the one word start..end, if it is one."""
            word = word_at.get(start)
            return word.pos if word is not None and word.end == end else None

        def add(start: int, end: int, rule: str) -> None:
            if start >= end:
                return
            if (
                rule == "reporter"
                and end - start == 3
                and (head := word_at.get(start)) is not None
                and head.end == end - 1
                and head.pos in _UNKNOWN_WORD_TAGS
                and (word := word_at.get(end - 1)) is not None
                and word.end > end
                and word.pos not in _UNKNOWN_WORD_TAGS
            ):
                end -= 1  # 记者赫什/nrt|掌握: the last character starts a word of its own
            if taken.overlaps(start, end) and not (
                # 记者胡|金华, 经理王|长春: a place that is the whole given name of a name after a title
                rule in ("reporter", "after_title")
                and end - start == 3
                and (start + 1, end) in place_spans
                and not body_taken.overlaps(start, end)
                and text[start] in self.single
                and tag_of(start, start + 1) in ("nr", "nrfg", "nrt")  # not 居民来|广东
            ):
                return
            if rule == "after_title" and end - start >= 4 and _ADVERB_AND_PREPOSITION.match(text, start):
                start += 2  # 总书记|还同/x|阮富仲: an adverb and a preposition jieba ran into the name
            if end - start >= 3 and text[end - 1] == "致" and starts_with_any(text, end - 1, MESSAGE_SENT):
                end -= 1  # 总统佐科致/x|慰问电: jieba ran the verb of sending into the name
            if regnal := _REGNAL.match(text, end):
                end = regnal.end()  # 国王穆罕默德六世: the number is the name's
            # a name ends where a word ends (全面健|康 is not a name) and does not start
            # with a function word (和社会各界, 向新闻中心)
            # (王巍作了: jieba's 王巍作 still ends the name before 作, a word that follows names)
            if (
                rule not in ("foreign", "byline", "appointed", "reporter")
                # a repeat of a long transliterated name jieba ran into what follows (会见弗洛伦蒂|诺时)
                and not (
                    rule == "repeat" and end - start >= 4 and self._transliterated(text[start:end].replace("·", ""))
                )
                and (
                    (
                        end not in token_starts
                        # (马克/龙请/x, 丁/薛祥到/x: a known name of three characters or more is
                        # whole where jieba ran the next word's first character into it)
                        and not (rule == "known" and end - start >= 3)
                        and not starts_with_any(text, end, AFTER_NAME)
                        and not _HOME.match(text, end)
                        and not _ENTRUSTED.match(text, end)
                        and not _WHEN_CLAUSE_ENDS.match(text, end)
                    )
                    or start in function_words
                    and rule != "known"  # (张/q|又/d|侠: a known name jieba cut into function words)
                    and not (
                        # 教师何/r|秀英/nr, 游客段/q|欣然: a surname jieba reads as a function word
                        # before a given name of one word, right after a title
                        rule == "after_title"
                        and end - start == 3
                        and text[start] in self.single
                        and text[start] not in _LEADING_FUNCTION
                        and end in token_starts
                        and (word := word_at.get(start + 1)) is not None
                        and word.end == end
                        and word.pos in _UNKNOWN_WORD_TAGS | {"d"}
                    )
                )
            ):
                return
            if end - start in (2, 3) and rule not in ("foreign", "byline", "reporter", "appointed"):
                head, tail = word_at.get(start), word_at.get(start + 1)
                if (
                    head is not None
                    and tail is not None
                    and head.end == start + 1
                    and head.pos in _COMMON_CHAR_TAGS
                    and (tail.end > end or tail.end == end and end - start == 3)
                    and tail.pos in _COMMON_CHAR_TAGS
                ):
                    return  # 主席|国/n|工作/vn, 主席|国/n|契机/n: two common words, not a name
            if rule == "list" and (title := self.title_re.match(text, end - 1)) is not None and title.end() > end:
                return  # 于伟国、农委主|任委员: an item cut inside a title, no name
            if (
                rule == "after_title"
                and end - start == 3
                and tag_of(start, start + 2) in ("x", "nr", "nrfg")
                and tag_of(start + 2, end) == "m"
            ):
                end -= 1  # 医生孔勇/x|一/m|早就: a numeral that starts what follows, not the name's
            if rule == "reporter" and (start in function_words or text[start] in _LEADING_FUNCTION):
                return  # 记者向新闻中心: the reporter asks someone, no name follows
            tag = tag_of(start, end)
            if (
                rule == "reporter"
                and tag in _TITLED_NOUN_TAGS
                and end < len(text)
                and is_han(text[end])
                and not self._title_follows(text, end)
            ):
                return  # 记者车辆中弹: a common noun and more words (记者马力） is a name)
            if tag in _WORD_TAGS:
                return  # 领事保护中心: one dictionary word that is a verb or the like, not a name
            if tag in _NOUN_TAGS and rule in _WEAK_RULES or tag in _TITLED_NOUN_TAGS and rule == "after_title":
                return  # 全会决定, 文章强调, 学生农场: a common noun, not a name
            word = word_at.get(start)
            if (
                word is not None
                and word.end > end
                and (
                    rule in _WEAK_RULES
                    and word.pos in _NOUN_TAGS | _SET_PHRASE_TAGS
                    or rule == "after_title"
                    and word.pos in _WORD_TAGS | _NOUN_TAGS
                    # any word of four characters or more the dictionary holds, whatever its tag
                    # (经济学家|普遍认为/l, 代表|应邀出席/nr, 总统|宣誓就职/nr)
                    or rule in ("after_title", "before_verb")
                    and word.pos not in _UNKNOWN_WORD_TAGS - {"nr", "nrfg", "nrt"}
                    and word.end - word.start >= 4
                )
            ):
                return  # 全党|同志要, 主席明确|指出, 普遍|认为: the start of a longer common word
            if rule == "before_title" and end - start == 2 and text[start] in _LEADING_FUNCTION:
                return  # 和习|主席: a conjunction and a surname
            if (
                end - start == 3
                and rule in ("after_title", "before_verb", "before_title")
                and (
                    (text[start] in NOT_IN_NAME and tag_of(start + 1, end) in _WORD_TAGS)
                    or tag_of(start, start + 2) in _PHRASE_HEAD_TAGS
                    or text[start : start + 2] in self.gaz.titles
                    or (
                        # (a word jieba's dictionary lacks, "x", may be a name's head: 外相林芳|正|表示)
                        tag_of(start, start + 2) not in (None, "x", "nr", "nrfg", "nrt")
                        and (
                            tag_of(start + 2, end) in _ONE_CHAR_WORD_TAGS | _BOUND_CHAR_TAGS
                            or tag_of(start + 2, end) == "v"
                            and (text[end : end + 1] in ("了", "着", "过") or self._place_starts(text, end))
                        )
                    )
                )
            ):
                # 代表时|发表, 司令顾问|贾巴里, 代表宣讲|党, 相信|习主席, 王储|兼首相, 农民种地|有了:
                # a word inside, not a surname and a given name
                return
            if word is not None and word.end > end and word.pos == "nnt":
                return  # 阮富仲、|国家|主席: the head of a title jieba knows, not a name
            if named.overlaps(start, end):
                return
            names[(start, end)] = rule
            named.add(start, end)

        pos = 0
        while (match := self.foreign_re.search(text, pos)) is not None:
            span = self._trim_foreign(text, match.start(), match.end(), word_at)
            if self._foreign_name(text, *span):
                add(*span, "foreign")
            # the next name is looked for from where this one ends, not from where the match
            # did: a part after · runs on over what follows (比尔及梅琳达·盖茨基金会联席主席|比尔·盖茨)
            pos = max(span[1], match.start() + 1)
        for match in self._titles_in(text, token_starts, word_at):
            title = match.group()
            foreign = self._foreign_at(text, match.end(), token_starts)
            if (
                foreign is None
                and title in self.foreign_titles
                and (word := word_at.get(match.end())) is not None
                and word.pos == "nrt"
                and word.end - word.start >= 2
                and self._transliterated(word.text)
                and text[word.end : word.end + 1] not in self.translit  # (not 卡加/nrt|梅)
                and not (
                    # (not 多尼/nrt|隆: a single character jieba leaves after it may end the name)
                    (after := word_at.get(word.end)) is not None
                    and after.end - after.start == 1
                    and is_han(after.text)
                    and not starts_with_any(text, word.end, AFTER_NAME)
                )
            ):
                foreign = (word.start, word.end)  # 总统拜登/nrt|之子: a transliterated name jieba knows
            if foreign and foreign[1] - foreign[0] < 3 and title not in self.foreign_titles:
                foreign = None  # two transliteration characters after an ordinary title: too weak
            # (a place after a short name ends it only after a byline's title, where the place is
            # the dateline: 记者龙跃|北京报道, not 选手齐聚|杭州, 代表齐聚|深圳)
            span = self._name_at(text, match.end(), after_title=True, place_ok=self.gaz.titles.get(title) == "media")
            rule = "after_title"
            if span and text[span[0]] in _LEADING_CONJUNCTIONS and self.title_re.match(text, span[1]):
                span = None  # 主席和普京|总统: a conjunction and the next name before its own title
            if foreign and (
                span is None
                or foreign[1] - foreign[0] > span[1] - span[0]
                or (foreign == span and title in self.foreign_titles)
            ):
                # 副总统阿尔克明|互致 (jieba's 明互), 总统尚|达曼 (尚/d): a transliteration after a
                # foreign leader's title ends where its characters end, not where jieba's words do,
                # when a word or what follows a foreign name starts there (not 佩泽希齐扬提|交)
                span = foreign
                if span[1] in token_starts or text[span[1] : span[1] + 1] in _AFTER_FOREIGN_CHARS:
                    rule = "foreign"
            elif span and title in self.foreign_titles and self._translit_pair(text, span):
                # 总统卢拉致电, 总统普京互致: the name is the transliteration before a word
                add(span[0], span[0] + 2, "foreign")
                span = None
            elif (
                span
                and self.gaz.titles.get(title) == "foreign"
                and (whole := self._unknown_name_at(text, match.end(), word_at, True, True)) is not None
                and (whole[1] > span[1] and word_at[match.end()].end < whole[1] or whole == span)
            ):
                # 知事玉城|丹尼: a Japanese name of two words whose head reads as a surname and a given
                # name; 总督武纳吉|致: a name jieba ran into the verb after it, whole before the verb
                if whole == span and span[1] not in token_starts:
                    rule = "foreign"
                span = whole
            elif (
                span
                and title not in _BYLINE_TITLES
                and (word := word_at.get(match.end())) is not None
                and word.end > span[1]
                and word.end - word.start == 4
                and word.pos == "x"
                and (whole := self._unknown_name_at(text, match.end(), word_at, True)) == (word.start, word.end)
            ):
                # 代表次仁卓玛/x|说: a name of four characters jieba reads as one word it does not
                # know, not the Chinese name its head reads as (次仁卓; not 郑重宣布/nr, a word it knows)
                span = whole
            if span is None and foreign is None and title not in _BYLINE_TITLES:
                # 大臣西村|康稔, 党首李在明, 首相鸠山由纪夫: a name jieba does not know, whole
                span = self._unknown_name_at(
                    text, match.end(), word_at, title in self.gaz.titles, title in self.foreign_titles
                )
                if span and span[1] not in token_starts and self._transliterated(text[span[0] : span[1]]):
                    rule = "foreign"  # 司令库里拉|会在: a transliteration jieba ran into what follows
                if span is None and (latin := _LATIN_NAME.match(text, match.end())) is not None:
                    span, rule = latin.span(), "foreign"  # 编剧CoreyMay, 选手Sky: a name in Latin letters
            if span and title in _BYLINE_TITLES:
                for name in self._reporters(text, span):
                    add(*name, "reporter")
            elif span:
                add(*span, rule)
            # 习近平总书记, 李强总理: a name right before a leader's title
            regnal = _REGNAL_BEFORE.search(text, max(0, match.start() - 4), match.start())
            if regnal is not None and title in self.foreign_titles and regnal.start() in token_starts:
                # 穆罕默德六世国王: a monarch's name and number before the title
                monarch = self._name_ending_at_token(text, regnal.start(), token_starts)
                if (
                    monarch
                    and self._transliterated(text[monarch[0] : monarch[1]])
                    and self._clean_left(text, monarch[0])
                ):
                    add(monarch[0], match.start(), "foreign")
            if title in self.foreign_titles and match.start() in token_starts:
                before = self._name_ending_at_token(text, match.start(), token_starts)
                if before and before[1] - before[0] == 3 and text[before[0]] in _LEADING_CONJUNCTIONS:
                    before = (before[0] + 1, before[1])  # 主席和普京总统 (和普京/nz): 普京
                elif (
                    before
                    and text[before[0]] in _LEADING_PREPOSITIONS
                    and text[before[0] + 1 : before[1]] in self.gaz.people
                ):
                    before = (before[0] + 1, before[1])  # 应普京总统邀请: 应 and a name the news knows
                # a clean start or a name jieba knows (正值习近平主席), not 岸田|文雄首相, 金融|城市长
                if (
                    before
                    and text[before[1] - 1] not in _PLACE_ENDS
                    and (self._clean_left(text, before[0]) or tag_of(*before) in ("nr", "nrfg", "nrt"))
                ):
                    # a transliteration may start with a character jieba calls a word (西|雅尔|多)
                    add(*before, "foreign" if before[1] - before[0] > 3 else "before_title")
        for match in _AGED.finditer(text):
            # 73岁的内塔尼亚胡, 89岁的李振声: an age before a name, like a title
            span = self._name_at(text, match.end(), after_title=True, place_ok=False)
            word = word_at.get(match.end())
            if (
                word is not None
                and word.pos in ("x", "nr", "nrfg")
                and word.end - word.start in (2, 3)
                and self._looks_like_name(word.text)
                and (span is None or span[1] not in token_starts)
                # (not 王蕊/x|村/zg: a bound character after the word may be the name's last)
                and ((after := word_at.get(word.end)) is None or after.pos not in _BOUND_CHAR_TAGS)
            ):
                # 24岁的谢瑜/x|最后: the name is the word jieba made of it, where the longer
                # reading would end inside a word (谢瑜最|后)
                span = (word.start, word.end)
            elif (
                word is not None
                and word.pos == "nrt"
                and word.end - word.start >= 3
                and self._transliterated(word.text)
                and (span is None or span[1] <= word.end)
            ):
                span = (word.start, word.end)  # a transliterated name jieba knows whole
            if span and "某" not in text[span[0] : span[1]]:  # (not 3岁的郭某|属于: a withheld name)
                add(*span, "after_title")
        for match in self.verb_re.finditer(text):
            span = self._name_before(text, match.start(), token_starts)
            if span is None and (word := word_at.get(match.start() - 2)) is not None:
                if (
                    word.end == match.start()
                    and word.pos == "nrt"
                    and self._transliterated(word.text)
                    and text[word.start - 1 : word.start] not in self.translit
                    and self._clean_left(text, word.start)
                ):
                    span = (word.start, word.end)  # 。拜登/nrt表示: a short transliterated name jieba knows
            if span and not self._inside_word(span[0], word_at) and not self._after_common_and(text, span[0], word_at):
                add(*span, "before_verb")
        for match in _SCORE_AFTER.finditer(text):
            span = self._name_before(text, match.start(), token_starts)
            if span:
                add(*span, "before_verb")
        for match in _WON_BY.finditer(text):
            if self._looks_like_name(match.group(1)):
                add(*match.span(1), "before_verb")
        for match in _COMRADE.finditer(text):
            # 向江泽民同志亲属, 。任珠峰同志: a name before 同志 (a clean start, or a preposition or
            # a verb before it)
            span = self._name_before_comrade(text, match.start(), word_at)
            if span:
                add(*span, "before_title")
        body_starts = {m.start for m in found.mentions("organization")}
        for match in _APPOINTED.finditer(text):
            # 任命邓修明为最高人民法院副院长, 免去程东方的…职务, 任命陈立新、李华为…: the ones
            # appointed or removed, each name ending where 为, 的 or 、 follows
            pos = match.end()
            while (span := self._appointed_at(text, pos, body_starts)) is not None:
                add(*span, "appointed")
                if not text.startswith("、", span[1]):
                    break
                pos = span[1] + 1
        for match in re.finditer(r"(?:^|(?<=[\n。！？]))\s*([\u4e00-\u9fff]{2,4})[：:]", text):
            # 姜山：..., an interview or a speaker's line
            if self._looks_like_name(match.group(1)) and match.group(1)[-1] not in "说称道讲":
                add(match.start(1), match.end(1), "speaker_line")  # (not 文章说：)
        self._lists(text, names, add)
        if self.known_re is not None:
            for match in self.known_re.finditer(text):
                # 祝贺习近平再次当选, 咸辉、王东峰等参加会见: a name of the people gazetteer that
                # starts a word of jieba's (not 如|何维护) and is no part of a foreign name
                # (not 习近平新时代中国特色社会主义思想, a doctrine named after the person)
                # 财政部|长耶伦, 同岸/x|田文雄: a title's last character or a preposition jieba ran
                # into the name
                glued = match.start() - 1 in token_starts and text[match.start() - 1] in "长同与和向对跟"
                if (
                    (match.start() in token_starts or glued)
                    and text[match.start() - 1 : match.start()] not in ("·", "-")
                    and not NAME_MODIFIES.match(text, match.end())
                    and not _EPONYM.match(text, match.end())
                ):
                    for shorter in [(s, e) for s, e in names if s == match.start() and e < match.end()]:
                        # 副总理刘国/x|中/f: a rule cut the known name where jieba did; it is whole
                        del names[shorter]
                        named.remove(*shorter)
                    add(match.start(), match.end(), "known")
        accepted = {text[s:e] for s, e in names}
        lengths = sorted({len(name) for name in accepted}, reverse=True)
        for (start, end), rule in list(names.items()):
            # 同戈伊塔总统: a name found there is the tail of a longer name accepted elsewhere
            # (马里总统戈伊塔), written in full here; the repeat pass below finds it whole
            if rule != "byline" and any(text[end - n : end] in accepted for n in lengths if end - start < n <= end):
                del names[(start, end)]
                named.remove(start, end)
        accepted = {text[s:e] for s, e in names}
        written = occurrences(text, accepted)
        for name in sorted(accepted, key=lambda n: (-len(n), n)):
            for start in (
                written.get(name, ()) if len(name) >= 2 else (m.start() for m in re.finditer(re.escape(name), text))
            ):
                if at_boundary(text, start + len(name)) or len(name) >= 3:
                    add(start, start + len(name), "repeat")
        parts: set[tuple[int, int]] = set()
        for name in sorted(accepted, key=lambda n: (-len(n), n)):
            # 塞尔焦·马塔雷拉 … 马塔雷拉表示, 夏巴兹·谢里夫 … 夏巴兹重申: the first or the last part
            # of a foreign name written in full, alone later in the story (labelled below)
            if "·" not in name:
                continue
            first_at = text.find(name)
            for part in sorted({name.split("·")[0], re.split("[·-]", name)[-1]}):
                if len(part) < 3 or not self._transliterated(part):
                    continue
                for match in re.compile(re.escape(part)).finditer(text, first_at + len(name)):
                    if text[match.start() - 1] not in "·-" and text[match.end() : match.end() + 1] not in ("·", "-"):
                        add(match.start(), match.end(), "foreign")
                        parts.add(match.span())
        # 恩代特瓦 after 内通博·南迪-恩代特瓦: the last part of a foreign name written in full
        # before it in the story, with no title of its own, names the same person, by the full
        # name (not 总统拜登 before 其子亨特·拜登)
        full: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        titled = set()
        for (start, end), rule in sorted(names.items()):
            whole = text[start:end]
            first.setdefault(whole, start)
            if rule not in _WEAK_RULES | {"repeat", "known"} and (start, end) not in parts:
                titled.add(whole)  # 美国总统拜登: a person of the name's own (not 佩通坦 of the gazetteer)
            tail = re.split("[·-]", whole)[-1]
            if tail != whole and len(tail) >= 2:
                full.setdefault(tail, set()).add(whole)
            head = whole.split("·")[0]
            if head != whole and len(head) >= 3:
                full.setdefault(head, set()).add(whole)  # (夏巴兹 after 夏巴兹·谢里夫)
            for middle in whole.split("·")[1:-1]:
                if len(middle) >= 3:  # (迪亚斯-卡内尔 after 米格尔·迪亚斯-卡内尔·贝穆德斯)
                    full.setdefault(middle, set()).add(whole)
        # 习主席 after 习近平: a surname and a leader's title name the person of that surname the
        # story names in full; with no such person it names no one the rules can tell
        full_names = [text[s:e] for s, e in sorted(names) if text[s + 1 : e] not in self.gaz.titles]
        for (start, end), rule in sorted(names.items()):
            if rule == "byline":
                continue
            name = text[start:end]
            longer = full.get(name, set())
            label = name
            if len(name) >= 3 and name[1:] in self.gaz.titles:
                label = next((f for f in full_names if f[0] == name[0] and len(f) >= 2), "")
                if not label:
                    continue
            if len(longer) == 1 and name not in titled:
                whole = next(iter(longer))
                if first[whole] < first[name] and not _KIN.search(text, max(0, first[whole] - 3), first[whole]):
                    # (not after a word of kin: 拜登之子亨特·拜登 … 拜登表示 is the father)
                    label = whole
            yield Mention("person", start, end, name, label, self.name, rule)

    def _reporters(self, text: str, first: tuple[int, int]) -> list[tuple[int, int]]:
        """记者蔡早勤汤华明）, 记者何丰伦孟昭丽南宁报道: reporters' names written one after
        another; a name after the first counts when a boundary, a place or 报道 follows it."""
        names = [first]
        while len(names) < 4:
            nxt = self._name_at(text, names[-1][1], after_title=True)
            if nxt is None:
                break
            end = nxt[1]
            if not (
                at_boundary(text, end)
                or text.startswith(("报道", "摄"), end)
                or any(text[end : end + n] in self.gaz.places for n in (2, 3))
                or self._name_at(text, end, after_title=True)
            ):
                break
            names.append(nxt)
        return names

    def _translit_pair(self, text: str, span: tuple[int, int]) -> bool:
        """A three-character name whose first two are transliteration characters and whose
        third starts what follows a name (卢拉致): a foreign name of two characters and a word after it."""
        start, end = span
        return (
            end - start == 3
            and self._transliterated(text[start : start + 2])
            and text[start + 2] in _AFTER_FOREIGN_CHARS
        )

    def _appointed_at(self, text: str, pos: int, body_starts: set[int]) -> tuple[int, int] | None:
        """The name after a verb of appointment: one that 为, 的, 、 or a body's name follows
        (撤销钱立志|政协第十三届全国委员会委员资格)."""
        for length in (3, 2, 4):
            end = pos + length
            if (text.startswith(("为", "的", "、"), end) or end in body_starts) and self._looks_like_name(
                text[pos:end]
            ):
                return pos, end
        return None

    def _titles_in(self, text: str, token_starts: set[int], word_at: dict[int, Token]) -> Iterable[re.Match[str]]:
        """Titles that are words of their own (not 委员 in 委员会), trying again one
        character on where a longer match is not (学部主任: 部主任 is not a word, 主任 is)."""
        pos = 0
        while (match := self.title_re.search(text, pos)) is not None:
            start, end = match.span()
            if (longer := self.title_re.match(text, end - 1)) is not None and longer.end() > end:
                pos = start + 1  # 吕特首相: 特首 ends in the head of 首相, the title there
                continue
            if (
                end in token_starts
                and (
                    start in token_starts
                    or text[start - 1 : start] in "原前代副"
                    # the tail of one word jieba knows that ends with it, a post's (财政部长, 俄外长;
                    # not 代理律师 or 客户经理, where what follows is less often a name)
                    or (
                        not any(k in token_starts for k in range(start + 1, end))
                        and self._post_word_at(start, word_at, self._title_kind(match.group()))
                    )
                )
            ) or self._glued_title(text, start, end, token_starts, word_at):
                yield match
                pos = end
            else:
                shorter = self.title_re.match(text, start + 1, end) if end - start > 2 else None
                if shorter is not None and shorter.end() == end and shorter.start() in token_starts:
                    yield shorter
                    pos = end
                else:
                    pos = start + 1

    def _title_kind(self, word: str) -> str | None:
        """The kind of a title, "person" for a word for a person (将领, 歌手), else None."""
        return self.gaz.titles.get(word) or ("person" if word in self.gaz.person_nouns else None)

    @staticmethod
    def _post_word_at(start: int, word_at: dict[int, Token], kind: str | None) -> bool:
        """The word that holds text[start] is a post jieba knows (国防部长/nnt), or a word
        ending in a leader's or a deputy's title (俄外长) or in a word for a person (高级将领)."""
        for k in range(start - 1, max(-1, start - 8), -1):
            word = word_at.get(k)
            if word is not None:
                return (
                    word.end > start
                    and (
                        word.pos == "nnt"
                        or (word.pos[:1] == "n" and kind in ("leader", "deputy", "foreign", "media", "academic"))
                        # 高级将领, 著名歌手; not a whole group (广大党员, 全体职工: no name follows)
                        or (word.pos[:1] == "n" and kind == "person" and word.text[0] not in _COLLECTIVE)
                    )
                )
        return False

    @staticmethod
    def _glued_title(text: str, start: int, end: int, token_starts: set[int], word_at: dict[int, Token]) -> bool:
        """A ministry's name jieba knows and a title whose last character it glued to the
        unknown name after it (美国财政部|长耶伦, 俄国防部|长绍): the title ends inside that word."""
        word = word_at.get(end - 1)
        return (
            end - start == 2
            and text[start] in _BODY_END_CHARS
            and start + 1 in token_starts
            and word is not None
            and word.end > end
            and word.pos in _UNKNOWN_WORD_TAGS
        )

    def _transliterated(self, chars: str) -> bool:
        """Every one of the characters is one transliterations use."""
        return all(c in self.translit for c in chars)

    def _foreign_name(self, text: str, start: int, end: int) -> bool:
        """Whether the words joined by · are a foreign name: mostly transliteration
        characters (not 融合·创新·共享, 九·一八) and not inside quotes or a title's 《》
        (“粤滇·澜湄线”, 《强信心·权威访谈》)."""
        chars = [c for c in text[start:end] if c != "·"]
        if not chars or 2 * sum(c in self.translit for c in chars) < len(chars):
            return False
        opened = max(text.rfind(q, max(0, start - 20), start) for q in "“《")
        if opened >= 0:
            closing = "”" if text[opened] == "“" else "》"
            if text.find(closing, opened, start) < 0:
                return False
        return True

    def _trim_foreign(self, text: str, start: int, end: int, word_at: dict[int, Token]) -> tuple[int, int]:
        """总统帕特里斯·塔隆, 委员会主席罗伯·鲍尔: what stands before the last title is not the name."""
        head_end = text.find("·", start, end)
        best = start
        for match in self.title_re.finditer(text, start, head_end):
            best = max(best, match.end())
        for k in range(max(0, start - 4), start):
            # 阿尔及利亚总|统阿卜杜勒马吉德·特本: a title that starts before the match
            match = self.title_re.match(text, k)
            if match is not None and start < match.end() < head_end:
                best = max(best, match.end())
        if best not in word_at:
            # 致电|阿卜杜勒马吉德·特本: the match starts inside a word that is no part of the name
            # (the run before · is cut at eight characters)
            held = next((word_at[k] for k in range(best - 1, max(-1, best - 8), -1) if k in word_at), None)
            if (
                held is not None
                and best < held.end <= head_end - 2
                and (
                    self._not_in_foreign_name(held)
                    or held.pos in _COMMON_WORD_TAGS
                    and not self._transliterated(held.text)
                )
            ):
                best = held.end
        for k in range(best, head_end):
            # 相信索尼为了帮亚当·桑德勒, 的约翰·库萨克: a function word or a verb before the name ends
            # what comes before it
            word = word_at.get(k)
            if (
                word is not None
                and head_end - word.end >= 2
                and (
                    self._not_in_foreign_name(word)
                    # 批准|任命/n|佩通坦·钦那瓦: a common noun no transliteration makes ends it too
                    or word.pos in ("n", "vn")
                    and len(word.text) > 1
                    and not self._transliterated(word.text)
                )
            ):
                best = word.end  # (not 艾力|更·依明巴海: a name's head has two characters at least)
        if (de := text.rfind("的", best, head_end)) >= 0:
            best = de + 1  # 年轻的廷·巴特尔: no transliteration writes 的, a phrase before the name does
        if head_end - best >= 3 and text[best] in _LEADING_FUNCTION:
            best += 1  # 对威廉·福特获奖, 这部|由西恩·潘: the preposition is not the name's
        run = head_end
        while run > best and text[run - 1] in self.translit:
            run -= 1
        if run - best >= 2 and head_end - run >= 2:
            # 分别由斯蒂芬·加勒特, 开发者杰恩特·阿加瓦拉: only the transliteration (刘易斯·卡洛尔
            # is one name: one character before the run is its own)
            best = run
        last = head_end + 1
        for pos in range(last + 1, end):
            if text[pos] in "·-":
                last = pos + 1  # the next part: 何塞·马蒂纪念馆和弗兰克·派斯 ends in its first
                continue
            if pos == last:
                continue
            word = word_at.get(pos)
            if (
                word is not None
                and len(word.text) > 1
                and (
                    self._not_in_foreign_name(word)
                    or word.pos in _COMMON_WORD_TAGS
                    and not self._transliterated(word.text)
                )
                # (阿尔瓦罗·索|托称: a transliteration character jieba ran into the verb after the name)
                and not (
                    pos > last
                    and text[pos] in self.translit
                    and starts_with_any(text, pos + 1, AFTER_NAME)
                    and pos + 1 not in word_at
                )
            ):
                # 西恩·潘执导, 西恩·潘依旧, 纳赛尔·布希巴|高度赞同: a word of its own after the name's part
                end = pos
                break
            if starts_with_any(text, pos, AFTER_NAME):
                end = pos  # 蒂姆·库克等发言: the name stops before 等
                break
            if (
                pos >= last + 2
                and text[pos] in _TRANSLIT_FUNCTION
                and pos in word_at
                and text[pos + 1 : pos + 2] not in self.translit
            ):
                end = pos  # 大卫·沃伯顿|因涉: a word that starts with 因 after the name, not its end
                break
            if pos >= last + 2 and text[pos] not in self.translit and text[pos + 1 : pos + 2] not in self.translit:
                end = pos  # 威廉·福特获奖: two characters no transliteration uses end it
                break
            if pos >= last + 2 and (text.startswith(_AFTER_FOREIGN, pos) or self.verb_re.match(text, pos)):
                end = pos  # 奥拉夫·朔尔茨访华: a verb after the name ends it
                break
        return best, end

    def _not_in_foreign_name(self, word: Token) -> bool:
        """A word that is no part of a transliterated name: a function word, or a verb or an
        adverb not made of transliteration characters (帮, 为了, 的, 执导)."""
        return word.pos in _FUNCTION_TAGS or (word.pos in _VERB_ADVERB_TAGS and not self._transliterated(word.text))

    def _surname_length(self, name: str) -> int:
        if name[:2] in self.compound:
            return 2
        return 1 if name[:1] in self.single else 0

    def _looks_like_name(self, name: str) -> bool:
        if len(name) < 2 or not all(is_han(c) for c in name):
            return False
        surname_len = self._surname_length(name)
        if surname_len == 0 or len(name) - surname_len not in (1, 2):
            return False
        if name in _MESSAGES:
            return False  # 习近平主席|贺信: a message, no name
        given = name[surname_len:]
        if (
            any(c in NOT_IN_NAME for c in given)
            and not (len(given) == 2 and given[0] == "其" and given[1] not in NOT_IN_NAME and given not in _QI_WORDS)
        ) or (given in _ADDRESS or given in _NOT_GIVEN_NAMES):
            return False  # 黄先生, 王老师: a surname and a form of address, no name; 党方面
        if self.gaz.titles.get(given) not in (None, "leader", "foreign"):
            return False  # 李主任, 张经理: a surname and a title, no name (习主席 stands for one leader)
        if self.gaz.titles.get(given) == "foreign" and name[0] in _STATE_SHORT:
            return False  # 乌总统称, 美总统: a state's short name and its leader's title
        if name in GROUPS:
            return False  # 胡塞称: an armed group, written like a surname and a given name
        if "兼" in given or name[:2] in self.gaz.titles:
            return False  # 王储兼|首相: a title and 兼 before the next one
        if len(name) == 3 and name[-1] in _PLACE_WORD_ENDS or len(name) == 2 and name[-1] == "家":
            return False  # 官邸前, 毕业后: a word and a word of place or time; 张家: a family
        if len(name) == 2 and name[0] in _COME_GO and name[1] in _PLACE_SHORT:
            return False  # 游客来台, 夫人来宁: come to a place, no name
        if given == "方" and name[0] in _STATE_SHORT:
            return False  # 孟方, 马方: a state's side
        if name in self.gaz.titles or name in self.gaz.places or name in self.gaz.orgs:
            return False
        return not not_a_chinese_name(name, self.gaz.common_words)

    def _name_at(self, text: str, pos: int, after_title: bool = False, place_ok: bool = True) -> tuple[int, int] | None:
        """A Chinese name starting at pos: three characters unless the third starts a word
        that follows names (王毅表示 -> 王毅), then two if a boundary follows. place_ok: a place
        starting after two characters ends a name there (记者龙跃|北京报道)."""
        surname = self._surname_length(text[pos : pos + 2])
        if not surname:
            return None
        long_end, short_end = pos + surname + 2, pos + surname + 1
        if short_end > len(text):
            return None
        place_next = after_title and place_ok and self._place_starts(text, short_end)
        if (
            long_end <= len(text)
            and not place_next
            # (谢瑶忙|着: the third character is a verb before 着; 侯凯|受国务院委托)
            and text[long_end : long_end + 1] != "着"
            and not _ENTRUSTED.match(text, long_end - 1)
            and self._looks_like_name(text[pos:long_end])
            and not starts_with_any(text, long_end - 1, AFTER_NAME)
            and (after_title or at_boundary(text, long_end))
            and not (after_title and self._title_follows(text, long_end - 1))
        ):
            return pos, long_end
        if (
            after_title
            and text[long_end - 1 : long_end] == "中"
            and (text[long_end : long_end + 1] in ("、", "，", ",") or self.verb_re.match(text, long_end))
            and self._looks_like_name(text[pos : long_end - 1])
        ):
            return pos, long_end  # 委员刘国中、: 中 before a comma ends a name, not a phrase
        if (
            after_title
            and text[long_end - 1 : long_end] == "和"
            and self.verb_re.match(text, long_end + _in_turn_length(text, long_end))
            and self._looks_like_name(text[pos : long_end - 1])
        ):
            # 国防部长魏凤和出席, 代表包信和先后发言: 和 before a verb (or 先后 and a verb) ends a
            # name, joins no other
            return pos, long_end
        if (
            after_title
            and long_end <= len(text)
            and _HOME.match(text, long_end)
            and self._looks_like_name(text[pos:long_end])
        ):
            return pos, long_end  # 村民师红兵|家，: at the home of a name after a title
        if (
            self._looks_like_name(text[pos:short_end])
            and not starts_with_any(text, short_end - 1, AFTER_NAME)
            and (
                at_boundary(text, short_end)
                or after_title
                and _HOME.match(text, short_end)
                or after_title
                and (
                    text[short_end : short_end + 1] in NOT_IN_NAME
                    or self._title_follows(text, short_end)
                    or _ENTRUSTED.match(text, short_end)
                )
                or place_next
            )
        ):
            return pos, short_end
        return None

    def _unknown_name_at(
        self, text: str, pos: int, word_at: dict[int, Token], post: bool, foreign: bool = False
    ) -> tuple[int, int] | None:
        """A name after a title that is no Chinese name of a known surname nor a transliteration:
        a word jieba does not know or takes for a name, of three to five characters (李在明,
        鸠山由纪夫), or a two-character word and such a word after it (西村|康稔, 山口|那津|男: a
        Japanese or Korean surname and given name), before what follows names (a verb, 等, a
        comma). post: the title is a post's; after a word for a person (职工, 科学家), which
        stands before a group as often, only a surname and an unknown word of three characters
        (党首|李在明), or a surname that is no common noun (not 职工|意愿|错峰). foreign: the
        title is a foreign post's, after which a Japanese surname may be a common noun to jieba
        (知事|大村/n|秀章/x, 首相|石破/n|茂/x)."""
        first = word_at.get(pos)
        if first is None or first.text[0] in _LEADING_FUNCTION or first.text[0] in _PHRASE_PREPOSITIONS:
            return None  # 主席|同卢拉, 总书记|沿绿道: a preposition glued to the name
        tokens = [first]
        if first.pos in _UNKNOWN_WORD_TAGS and first.end - pos >= 3:
            if not post and (first.end - pos != 3 or not self._surname_length(first.text)):
                return None
        else:
            if first.end - pos != 2 or first.pos not in (_SURNAME_WORD_TAGS | {"n"} if foreign else _SURNAME_WORD_TAGS):
                return None
            while len(tokens) < 3 and (nxt := word_at.get(tokens[-1].end)) is not None:
                if nxt.end - pos > 5 or nxt.pos not in _UNKNOWN_WORD_TAGS | {"n"} or not is_han(nxt.text[0]):
                    break
                tokens.append(nxt)
            while len(tokens) > 1 and tokens[-1].pos not in _UNKNOWN_WORD_TAGS and len(tokens[-1].text) > 1:
                tokens.pop()
            # (a surname jieba knows as a common noun only before a word it does not know: not
            # 总统|官邸/n|黎明/nr|宫)
            given = ("x", "nr", "nrt", "nrfg") if foreign and first.pos != "n" else ("x",)
            if len(tokens) < 2 or not any(
                t.pos == "x" or t.pos in given and self._transliterated(t.text) for t in tokens[1:]
            ):
                # (知事|玉城/x|丹尼/nr: after a foreign post's title, a transliterated given name jieba
                # knows; not 主席|通伦|祝贺/nr, a common word jieba's dictionary tags nr)
                return None
        end = tokens[-1].end
        glued = end - pos >= 4 and text[end - 1] in _GLUED_FOLLOWS and tokens[-1].pos == "x"
        if glued:
            end -= 1  # 司令库里拉会|在: jieba glued what follows the name to it
        name = text[pos:end]
        if (
            end - pos > 5
            or not all(is_han(c) for c in name)
            or any(c in _NEVER_IN_UNKNOWN_NAME for c in name[1:])
            # (a Tibetan name may start with 次: 次仁卓玛, 次旦)
            or name[0] in _NEVER_IN_UNKNOWN_NAME
            and not (name[0] == "次" and first.end == end and end - pos >= 3)
            or name in self.gaz.places
            or name in self.gaz.orgs
            or name in self.gaz.titles
            or not_a_chinese_name(name, self.gaz.common_words)
            or self.title_re.search(name)
            or (end - pos == 3 and name[-1] in _PLACE_WORD_ENDS)  # 村民|李盟家: at 李盟's home
            or name[self._surname_length(name) :] in _ADDRESS
        ):
            return None
        after = word_at.get(end)
        if not (
            glued
            or end >= len(text)
            or not is_han(text[end])
            or starts_with_any(text, end, AFTER_NAME)
            or (after is not None and after.pos in _FOLLOWS_NAME_TAGS)
        ):
            return None
        return pos, end

    def _place_starts(self, text: str, pos: int) -> bool:
        """A place of two or more characters the gazetteer knows starts at pos (记者龙跃|北京报道)."""
        return any(text[pos : pos + n] in self.gaz.places for n in (2, 3))

    def _title_follows(self, text: str, pos: int) -> bool:
        """A title or a byline's word starts at pos (记者马力|通讯员, 记者慕豪|报道, 记者金叶|实习生)."""
        return text.startswith(_BYLINE_FOLLOWS, pos) or (
            (match := self.title_re.match(text, pos)) is not None and len(match.group()) > 2
        )

    def _foreign_at(self, text: str, pos: int, token_starts: set[int] = frozenset()) -> tuple[int, int] | None:
        """A transliterated name starting at pos (after a foreign title): 朔尔茨, 卢卡申科."""
        end = pos
        while end < len(text) and end - pos < 9 and text[end] in self.translit:
            if end > pos + 1 and starts_with_any(text, end, AFTER_NAME):
                break
            end += 1
            if text.startswith("-", end) and self._transliterated(text[end + 1 : end + 3]):
                end += 1  # 阿库福-阿多: a double name joined by a hyphen
        if (
            end - pos >= 2
            and end + 1 < len(text)
            and text[end + 1] in "、，。"
            and is_han(text[end])
            and not starts_with_any(text, end, AFTER_NAME)
            and text[end - 1 : end + 1] not in ("夫妇", "夫人")  # 副总理敦夫妇、: the couple
        ):
            end += 1  # 大使拉尼都、: the last character of a listed name, one transliteration seldom uses
        if end - pos >= 4 or end - pos >= 2 and (at_boundary(text, end) or starts_with_any(text, end, AFTER_NAME)):
            # 古尔马诺娃邀请: a long run is a name; 耶伦当天: a short one before what follows names
            return pos, end
        if end - pos >= 2 and pos in token_starts and end in token_starts and text[end] in _AFTER_FOREIGN_CHARS:
            return pos, end  # 总统莱希|致慰问电: a short run of whole words before 致, 互, 同
        return None

    @staticmethod
    def _inside_word(start: int, word_at: dict[int, Token]) -> bool:
        """text[start] is inside a word of jieba's dictionary that starts before it (和解|进程,
        推动和|解: 解进程 is no name), not one jieba does not know or takes for a name (同张|三)."""
        for k in range(start - 1, max(-1, start - 6), -1):
            word = word_at.get(k)
            if word is not None:
                return word.end > start and word.pos not in _UNKNOWN_WORD_TAGS
        return False

    @staticmethod
    def _after_common_and(text: str, start: int, word_at: dict[int, Token]) -> bool:
        """text[start] follows 和, 与 or 及 after an adjective or a verb (以谨慎|和|智慧回应): what
        stands there is a common word like it, not a name (王毅|和|李强表示)."""
        if start < 2 or text[start - 1] not in "和与及":
            return False
        for k in range(start - 2, max(-1, start - 7), -1):
            word = word_at.get(k)
            if word is not None:
                return word.end == start - 1 and word.pos in _NOT_NAME_BEFORE_AND_TAGS
        return False

    def _name_before(self, text: str, pos: int, token_starts: set[int]) -> tuple[int, int] | None:
        """A name that ends at pos (before a verb a person does), starting at a clean boundary."""
        for length in (3, 2, 4):
            start = pos - length
            if start < 0:
                continue
            if not self._looks_like_name(text[start:pos]) or self._translit_pair(text, (start, pos)):
                continue  # 卢拉致|慰问: a transliteration and a word, not a Chinese name
            if self._clean_left(text, start):
                return start, pos
        # a transliterated name: 内塔尼亚胡表示
        start = pos
        while start > 0 and pos - start < 6 and text[start - 1] in self.translit:
            start -= 1
            if start > 2 and text[start - 1] == "-" and self._transliterated(text[start - 3 : start - 1]):
                start -= 1  # 阿库福-阿多表示: the whole double name
        if pos - start >= 3 and (
            self._clean_left(text, start)
            # 致电祝贺|拉马福萨当选: four or more transliteration characters, whole words after a verb
            # (not after a place's word: 小镇|汉德洛瓦参加)
            or pos - start >= 4
            and start in token_starts
            and text[start - 1] not in "-·"
            and text[start - 1] not in _PLACE_ENDS
        ):
            return start, pos
        return None

    def _name_before_comrade(self, text: str, pos: int, word_at: dict[int, Token]) -> tuple[int, int] | None:
        """The Chinese name of whole words before 同志 at pos, after a clean start or a word of
        jieba's that is a preposition or a verb (向|江泽民同志, 给予|陈敏同志)."""
        for length in (3, 2):
            start = pos - length
            if start < 0 or start not in word_at or not self._looks_like_name(text[start:pos]):
                continue
            before = next((word_at[k] for k in range(start - 1, max(-1, start - 6), -1) if k in word_at), None)
            if self._clean_left(text, start) or (
                before is not None and before.end == start and before.pos in _BEFORE_NAME_TAGS
            ):
                return start, pos
        return None

    def _clean_left(self, text: str, start: int) -> bool:
        before = text[start - 1] if start > 0 else ""
        if before in ("-", "·"):
            return False  # the second half of a double or foreign name
        if before.isdigit():
            return False  # 500余人出席: a count, no name
        if start > 0 and (longer := self.title_re.match(text, start - 1)) is not None and longer.end() > start:
            return False  # 吕特首|相举行: the title's last character starts a longer title (首相)
        return (
            not before
            or not is_han(before)
            or before in "和与及同"
            or any(text.endswith(t, 0, start) for t in self.titles)
        )

    def _lists(self, text: str, names: dict[tuple[int, int], str], add) -> None:
        """X、Y、Z: names listed next to an accepted name are names too; so are lists that
        end in 等 before a verb a person does (王毅、何立峰等出席)."""
        for match in re.finditer(
            r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}等(?=[\u4e00-\u9fff]{0,4}(?:"
            + "|".join(SUBJECT_VERBS)
            + "))",
            text,
        ):
            items = match.group()[:-1].split("、")
            spans, pos = [], match.start()
            for item in items:
                spans.append((pos, pos + len(item)))
                pos += len(item) + 1
            if all(self._looks_like_name(text[s:e]) for s, e in spans) and self._clean_left(text, match.start()):
                for span in spans:
                    add(*span, "list")
        changed = True
        while changed:
            changed = False
            for start, end in list(names):
                # (、 and the / of a pair: 中国选手杨昊/练俊杰夺得金牌)
                for pos, step in ((end, 1), (start, -1)):
                    if step == 1 and text[pos : pos + 1] in _PAIR_MARKS:
                        span = self._name_at(text, pos + 1)
                    elif step == -1 and pos > 0 and text[pos - 1] in _PAIR_MARKS:
                        span = self._name_ending(text, pos - 1)
                    else:
                        span = None
                    if span and span not in names and not any(s < span[1] and span[0] < e for s, e in names):
                        add(*span, "list")
                        changed = changed or span in names
        starts = {start for start, _ in names}
        for _, end in sorted(names):
            # 苏华、齐向东、马怀德、琼色、海尼扎提·托呼提: the short items of a list between two
            # names are names too, whatever their first character (no surname the list holds)
            items, pos = [], end
            while text.startswith("、", pos) and len(items) < 8:
                nxt = pos + 1
                while nxt < len(text) and nxt - pos <= 5 and is_han(text[nxt]):
                    nxt += 1
                if pos + 1 in starts or not text.startswith("、", nxt) and nxt not in starts:
                    break
                items.append((pos + 1, nxt))
                pos = nxt
            if (
                items
                and pos + 1 in starts
                and all(2 <= e - s <= 4 for s, e in items)
                and not any(s < items[-1][1] and items[0][0] < e for s, e in names)
            ):
                for span in items:
                    add(*span, "list")

    def _name_ending_at_token(self, text: str, pos: int, token_starts: set[int]) -> tuple[int, int] | None:
        for length in (3, 2):
            start = pos - length
            if start >= 0 and start in token_starts and self._looks_like_name(text[start:pos]):
                longer = self._transliteration_ending_at(text, pos, length, token_starts)
                return (longer, pos) if longer is not None else (start, pos)
        in_title = _in_book_title(text, pos)  # (《纳尼亚传奇2：凯斯宾王子》)
        for length in range(_LONGEST_TRANSLIT, 2, -1):
            # 欧尔班总理和西雅尔多外长, 拉赫|蒙总统: a transliterated name of three or more characters
            start = pos - length
            name = text[start:pos]
            if (
                start >= 0
                and not (length == 3 and in_title)
                and start in token_starts
                and self._transliterated(name)
                and name not in self.gaz.places
                and self._clean_left(text, start)
            ):
                return start, pos
        for length in range(_LONGEST_TRANSLIT, 1, -1):
            # 同盖|莱总统, 同安|瓦尔总理: a transliterated name jieba ran into the conjunction
            # before it (the conjunction starts a word; the name is not a place: not 同意|大利)
            start = pos - length
            name = text[start:pos]
            if (
                start >= 1
                and start not in token_starts
                and start - 1 in token_starts
                and text[start - 1] in _LEADING_CONJUNCTIONS
                and self._transliterated(name)
                and not any(name[:k] in self.gaz.places for k in range(2, length + 1))
            ):
                return start, pos
        return None

    def _transliteration_ending_at(self, text: str, pos: int, shorter: int, token_starts: set[int]) -> int | None:
        """Where a transliterated name longer than `shorter` characters that ends at pos starts
        (同阿姆|赫德主席: 赫德 looks like a Chinese name, the name is 阿姆赫德), or None."""
        for length in range(_LONGEST_TRANSLIT, max(shorter, 3), -1):
            start = pos - length
            name = text[start:pos]
            if (
                start >= 0
                and start in token_starts
                and self._transliterated(name)
                and not any(name[:k] in self.gaz.places for k in range(2, length - shorter + 1))
                and self._clean_left(text, start)
                and not _in_book_title(text, pos)
            ):
                return start
        return None

    def _name_ending(self, text: str, pos: int) -> tuple[int, int] | None:
        for length in (3, 2, 4):
            start = pos - length
            if start >= 0 and self._looks_like_name(text[start:pos]) and self._clean_left(text, start):
                return start, pos
        return None
