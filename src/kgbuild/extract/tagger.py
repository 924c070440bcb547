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
from .people import GROUPS
from .textutil import (
    COUNTED_UNITS,
    ENTOURAGE,
    INDEFINITE,
    NAME_MODIFIES,
    PAST_AGES,
    SUBJECT_VERBS,
    department_kind_at,
    glued_to_state_word,
    not_a_chinese_name,
    occurrences,
    opens_initiative,
    state_in_full,
    state_short_names,
)

#: Most or a part of a place (山东大部, 河北中南部), no department.
_PART_OF_PLACE = re.compile("(?:大|[东西南北中]{1,2})部$")
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
#: Least confidence for a two-character Chinese name (a surname and one character: the shape of
#: countless common words, 田野, 金秋, 林药), unless it stands in a list beside another name.
MIN_CONFIDENCE_SHORT = 0.8
#: Least confidence for any name with no name beside it in a list, no title before it and no
#: speech verb after it (杨家岭, 高水平, 斯瓦希里 at even odds; 丁香花, 麦田里, 中|韩建交 at 0.6 or so).
MIN_CONFIDENCE_ALONE = 0.7
#: ... and for a transliterated name, whose characters are a name's more often than a common
#: word's (莫耶斯, 沃霍尔 at 0.6 or so).
MIN_CONFIDENCE_ALONE_FOREIGN = 0.6
#: Forms of address after a bare surname (王总, 黄先生, 李老师): what they make is no name.
_SURNAME_ADDRESS = frozenset(
    {"总", "董", "先生", "女士", "小姐", "夫人", "同志", "老师", "师傅", "阿姨", "老板"}
    # ... and words of kin news uses as address (患者李大伯, 王奶奶)
    | {"大伯", "大爷", "大妈", "大婶", "大叔", "大姐", "大哥", "奶奶", "爷爷", "婆婆", "阿婆", "老伯", "老汉"}
)
#: Forms of address after a name (孙中山先生).
_ADDRESS = frozenset({"先生", "女士", "夫人", "同志"})
#: Least probability the model gives a person's name going on into the next character for a
#: two-character name to take it (张又|侠, 刘国|中出席: a given name cut short).
MIN_GOES_ON = 0.05
#: Characters that never stand inside a personal name (a narrower list than the rules' NOT_IN_NAME,
#: which also bars 中, 和, 为: common in given names, but the rules need context to accept them).
_NEVER_IN_NAME = frozenset("的了是在等们这那个被把从向到于之其所以并而且或但因此该各每我你他她它年月日时号次届第互")
#: ... and never in a given name after a known surname (之 and 月 may be: 姜之厚, 倪月).
_NEVER_IN_GIVEN_NAME = _NEVER_IN_NAME - frozenset("之月")
#: What follows a place, not a person (阿夫杰耶夫卡等方向, 纽夫莱大区).
_PLACE_FOLLOWS = re.compile(
    # (not a title or a word that starts so: 张伟市长, 李强湖南考察)
    r"等?方向|大区|地区|[州省市县镇村](?![长委民场级])|港(?!澳)|湖(?![北南])|[湾岛]|林(?!业)|火山|"
    # (石林彝族自治县, 张园西片区)
    r"[\u4e00-\u9fff]{1,3}族自治[州县旗]|[东西南北]?片区|"
    # (蒙东五盟市, X两个县: a count of the places a region holds)
    r"[一二两三四五六七八九十\d]{1,2}个?(?:盟市|[州省市县盟])|"
    # a place's works and sights (黄茅海跨海通道, 盖特威克机场)
    r"跨海通道|跨江通道|通道|(?:长江|黄河)?大桥|(?:国际)?机场|隧道|高铁|铁路|公路|高速(?!发展|增长|运[转行]|推进)|水库|古迹|遗址|景区|口岸|油田|"
    # ... a base, a peninsula, a dam (赖姆军事基地, 雷克雅内斯半岛, 白鹤滩水电站)
    r"(?:军事|空军|海军)?基地|半岛|水电站|电站|大坝"
)
#: Prepositions that stand before a name and are no surname of note (同卢拉, 与普京, 应马克龙邀请):
#: one run into a longer name is dropped from it.
_BEFORE_NAME = frozenset("同与对在将被把由给跟应")
#: Function characters jieba glues to the name after them in a word it does not know (而纪平).
_GLUED_BEFORE = frozenset("而问请让使令叫向和与及同对在将被把由给跟")
#: Characters that follow a name (speech, the verbs of news, conjunctions and prepositions): where
#: jieba runs a name into the next word, the rest of that word starts with one (吴国平|说), and a
#: two-character name followed by one is whole (李强|率团), not a given name cut short.
_FOLLOWS_NAME = frozenset(
    "说称在和与及同跟等的了着是也对向就为于将已曾又还都亦并则即率赴携偕乘获以凭自由被把给让从"
    "表指强认介提要宣出会主参陪今分共回致讲作代带看考调听通接当任点签视抵访发答互到"
)
#: Punctuation that ends a clause or an item (a name alone before it: 经理舒畅，).
_CLAUSE_ENDS = frozenset("，,。；;：:、）)")
#: Verbs that make one thing do another: a clause's, inside no body's name (区议会|令|政府).
_CAUSATIVES = frozenset({"令", "让", "使", "促使", "致使"})
#: Words that end the name of a site, a hall or a paper (新四军军部|旧址陈列馆, 人民海军|报社): a body the
#: model tags in front of one is part of that name, not a body.
_SITE_ENDS = ("旧址", "遗址", "陈列馆", "纪念馆", "博物馆", "展览馆", "纪念碑", "会址", "报社", "杂志社")
#: Parts of speech of a character jieba leaves alone that does not go on a given name (石涛|卖,
#: 罗基|三前锋): a verb, a numeral, a measure word, a function word.
_NOT_IN_GIVEN_NAME_TAGS = frozenset({"v", "vd", "vi", "m", "q", "p", "c", "u", "uj", "ul", "d", "r", "y"})
#: What stands before a place, not a person (城市希伯伦, 首府朱奈纳, 加沙地带北部的杰巴利耶, 宣布控制|索列达尔).
_PLACE_BEFORE = re.compile(
    r"(?:城市|城镇|首府|首都|重镇|小镇|村庄|地区|地带|[东南西北中]部|境内|"
    # ... or a war's verbs of taking and leaving ground (控制索列达尔, 攻占, 撤出)
    r"控制|攻占|占领|夺取|夺回|收复|撤出|撤离)了?的?(?:——)?$"
)
#: A list that ends in 等地, 等乡镇 or 等方向: its items are places (巴赫穆特、阿夫季夫卡等地, 刘集、石塬等乡镇);
#: one that ends in 等N家公司 lists firms.
_LIST_OF_PLACES_OR_FIRMS = re.compile(
    r"(?:(?:、|和|及|以及)(?:(?!等)[\u4e00-\u9fff·]){1,6}?)*(?:等多?(?:地(?!方)|(?:[\u4e00-\u9fff]{1,4}?)?(?:地区|城市)|个?乡镇|个?[乡镇村县])|(?:等多?个?)?方向"
    # ... or in 等14家跨国公司: its items are firms (沃尔玛、巴斯夫等14家跨国公司)
    r"|等(?:[\d]+|[一二三四五六七八九十多数几]+)家(?:跨国|外资|外国|中外|知名)?(?:公司|企业|外企|车企|银行|金融机构))"
)
#: Last characters of the names of natural places and ports (六盘山, 狮子洋, 临港).
_PLACE_END_CHARS = frozenset("山河湖海洋岭峡湾港岛江")
#: ... and of a kind of trip (文博游, 红色游): a three-character "name" ending so, with no name,
#: title or verb beside it, is one of these.
_PLACE_OR_TRIP_ENDS = _PLACE_END_CHARS | frozenset("游")
#: Words of place after a name or a word, never the last character of a three-character name
#: (李盟家: at 李盟's home; 官邸前).
_PLACE_WORD_ENDS = frozenset("前后内外旁边间家")
#: jieba's tags of a place's or a body's name, which may be a person's name too (苏宁/ns).
_PLACE_OR_BODY_TAGS = frozenset({"ns", "nt", "nz"})
#: Messages written like a surname (贺) and a given name (主席贺信).
_MESSAGES = frozenset({"贺信", "贺电", "贺词", "贺函", "贺卡"})
#: How many items of a list before and after a name are read, and how long an item may be.
_MAX_LIST = 30
_MAX_ITEM = 10
#: What separates the items of a list (张又侠、何卫东和刘振立; a list of names set out with spaces).
_LIST_SEPARATORS = frozenset("、和及与 \u3000")
#: ... and those that go on joining items further from the name (和 ends a list: A、B和C).
_CHAIN_SEPARATORS = frozenset("、 \u3000")
#: What joins the items of a list of names: the list's separators, and the / of a pair of
#: partners (王楚钦/孙颖莎以3比0获胜).
_ITEM_SEPARATORS = _CHAIN_SEPARATORS | {"/"}
#: What ends a list item looking back or forward from a name (a clause's 的 too: 这里的|候鸟、胡杨).
_ITEM_BOUNDS = frozenset('、，,。；;：:！？!?()（）“”"《》\n \u3000和及与等的了是把被对从向')
#: What ends a list item that is a name: the next item's separator, the list's end (等, a
#: comma), a note (女) (a name in a list before a verb ends where a word ends instead).
#: Prepositions before the first name of a list (由马有礼、许健康组成, 向张三、李四颁发).
_LIST_PREPOSITIONS = frozenset("由向给")
_NAME_ITEM_ENDS = frozenset('、，,。；;：:！？!?()（）“”"等和及与 \u3000\n')
#: Characters never in a name, even one jieba makes of one word between a list's separators.
_NEVER_IN_LISTED_NAME = frozenset("的了是在等们这那个和与及或")
#: jieba's tags of the word before the first item of a list of names: a verb, a preposition,
#: a conjunction or a particle (会见|陈冬、刘洋, 由|邓智舰、谢震业).
_LIST_LEAD_TAGS = frozenset({"v", "vn", "p", "c", "u", "uj", "ul", "d"})
#: Parts of speech of a dictionary word that is never a person's name, however sure the
#: model is: a common noun, an adjective, an idiom or set phrase (普遍, 普惠).
_NEVER_NAME_TAGS = frozenset({"n", "a", "ad", "an", "l", "i", "v", "vn", "d"})
#: What stands before an amount, not a person (数十亿新谢克尔: a currency).
_AMOUNT_BEFORE = re.compile(r"[0-9十百千万亿][新]?$")
#: One-character short names of states whose side (巴方, 以方) speaks: 巴方愿 is no name.
_SIDES = frozenset("中美俄乌巴以英法德日韩朝印伊叙土埃沙阿马蒙越老柬缅泰菲新澳加墨古委")
#: Quote marks around a whole name: a ship, a storm, a product, a robot or a missile (“康妮”,
#: “托姆索尔”号, “伊斯坎德尔-M”), never how news writes a person's name.
_QUOTES = {"“": "”", '"': '"', "《": "》", "「": "」", "‘": "’"}
#: What a quoted product name may carry after the name before its closing quote (-M, 2).
_MODEL_SUFFIX = re.compile(r"[-A-Za-z0-9.]*")
#: Verbs a side says (斯方愿, 卢方将): X方 with one of these is a side, whatever X is.
_SIDE_VERBS = frozenset("愿将对也已仍还要应")
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
    r".*(?:机关|党委|党委常委|干部|部门|军队|部队|[大格布新全开结当]局|(?<![民财])政局|[建强治兴铁]军)|[我本该敌友]国?.{1,2}|贵国.{1,2}|[全各多].*|"
    # (市政府, 受援国政府: a city's or a recipient state's, none named)
    r"(?:[地市省县区]级|地方|基层|有关|相关|上级|各级|村|社区|乡镇|乡|镇|街道|公安|[市县省州区]|(?:受援|所在|东道|驻在|当事)国)?"
    r"(?:海军|空军|陆军|法院|人民法院|检察院|人民检察院|海关|政府|人民政府|军队|部队|警方|军方|国会|议会|"
    r"公安局|派出所|新闻中心|中心|委员会|领导小组|办公室|人大常委会|警察局|"
    # (村卫生室, 社区卫生服务中心: a kind of grassroots body, not one named)
    r"卫生院|卫生室|卫生所|卫生服务中心|党群服务中心)"
)
#: A kind of body with only a word of number, time or kind before it, not one body's name
#: (两国政府, 新政府, 联邦政府, 国家部委, 军事指挥所, 数字政府: a policy's word).
_KIND_OF_BODY = re.compile(
    r"[俄美英法德日韩乌以]?(?:[两三四多各诸本该其新旧前现原外][国方]?|新一届|本届|上届|双方|有关|联邦|国家|非洲国家|地方|"
    r"临时|过渡|看守|军事|数字|智慧|法治|服务型|电子|廉洁|透明|口岸|省区市|[省市县]级|人民|工作|非法|联合|军)?"
    r"(?:政府|部委|政府军|指挥所|实验室|法院|宪法法院|检察院|政协|人大|议会|国民议会|国会|中央委员会|委员会|驻军|"
    # (中央银行, 边防军, 陆军司令部, 农科院: a kind of bank, force, command or academy, none named)
    r"雇佣军|海关|局|中央银行|边防军|(?:陆军|海军|空军)?司令部|农科院)"
)
#: One-character short names of states that news writes before their bodies (俄舰队, 美航天局).
_STATES_BY_ONE_CHARACTER = frozenset("俄美英法德日韩乌以朝印")
#: What shows a tagged span is not one body: kinds joined (党政军), a part of a country (中东部,
#: 美国中西部), a thing made by a state (美制陆军), a stalemate (政治僵局), a space station.
_NOT_ONE_BODY = re.compile(
    r"党政军|党委政府$|^非|[在从把被]|依托|局部$|[东西南北中]部$|^[\u4e00-\u9fff]?制|[僵好败残赌困]局$|空间站$"
    r"|^中(?!央)[\u4e00-\u9fff]政府$"  # (中葡政府: the governments of two states; not 中央政府)
    r"|[两三四五六多]国政府$|[多历各]届政府$"  # (美中两国政府, 美国多届政府: more than one)
    r"|^[一二三四五六七八九十百千几数0-9]+个?(?:部委|部门|单位|机构)$"  # (十八部委联合印发: a count of bodies)
    r"|^(?:中国|中华人民共和国)政府$"  # (向中华人民共和国政府以及中国人民致以祝贺: the state)
    r"|[相有]关委员会$|^省区市"  # (众议院相关委员会, 省区市纪委监委: some or every one of a kind)
    r"|^(?:政协)?界别委员小组$"  # (27个政协界别委员小组: the groups of every sector)
)
#: What makes a word with a closing 局 (局地, 局部, 局势, 局面): no bureau ends there.
_AFTER_JU = frozenset("地部势面限")
#: Endings of bodies that serve the public but are no state organs, whoever runs them.
#: Words that make a body one of a kind at every level or place (各级|人大常委会党组, 地方党委金融办).
_EVERY_LEVEL = ("地方", "各级", "各地", "县级以上", "省级以上")
#: A commission, leading group or office of the Party's centre (中央外事工作委员会办公室,
#: 中央精神文明建设办公室); not the military commission's, the central government's or a school's.
_CENTRAL_PARTY_ORGAN = re.compile(
    r"中央(?!军|人民政府|广播|电视|气象|民族|音乐|美术|戏剧|财经大学)[\u4e00-\u9fff]{2,30}(?:委员会|办公室|领导小组)"
)
_SERVICE_SUFFIXES = frozenset({"医院", "卫生院", "大学", "学院", "中学", "小学", "学校", "博物馆", "图书馆"})
#: An edition before a name (第二届, 十四届).
_EDITION = re.compile(r"^第?[一二三四五六七八九十百0-9]+届")
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
        self.state_short = state_short_names(gazetteer)
        self.features = CharFeatures(gazetteer)
        self.single = self.features.single
        self.compound = self.features.compound
        self.titles = tuple(sorted(gazetteer.titles, key=len, reverse=True))
        self.cues = frozenset(gazetteer.cues)

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        text = doc.text
        # what an earlier extractor found is not tagged again; a body's name may hold a place (北京市住建委)
        taken = bytearray(len(text) + 1)
        # where a person stands, by the rules or as the model is sure: what a list's names are known by
        people = bytearray(len(text) + 1)
        for m in found.mentions():
            taken[m.start : m.end] = (b"\x02" if m.kind == "place" else b"\x01") * (m.end - m.start)
            if m.kind == "person":
                people[m.start : m.end] = b"\x01" * (m.end - m.start)
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
            # a person's confidence is read for every span (the list rules ask it), the others' when needed
            spans = [
                (s, e, kind, min(tagger.marginal(tags[k], k) for k in range(s, e)) if kind == "PER" else -1.0)
                for s, e, kind in spans_of(tags)
                if kind in MIN_CONFIDENCE
            ]
            for s, e, kind, confidence in spans:
                if kind == "PER" and self._sure_of_name(text[s + start : e + start], confidence):
                    people[s + start : e + start] = b"\x01" * (e - s)
            for s, e, kind, confidence in spans:
                if 1 in taken[s + start : e + start] or (kind != "GOV" and 2 in taken[s + start : e + start]):
                    continue
                if confidence < 0:
                    confidence = min(tagger.marginal(tags[k], k) for k in range(s, e))
                if confidence < MIN_CONFIDENCE[kind]:
                    continue
                s, e = s + start, e + start
                if kind == "PER" and e - s > 2 and text[e - 1] == "互":
                    e -= 1  # a name run into 互致/互访 (德索萨互|致贺电)
                if (
                    kind == "PER"
                    and e - s == 2
                    and e < end
                    and not taken[e]
                    and (confidence >= MIN_CONFIDENCE_SHORT or self._list_beside(text, s, e, words, people) > 0)
                ):
                    goes_on = tagger.marginal("I-PER", e - start) + tagger.marginal("B-PER", e - start)
                    if self._foreign_goes_on(e, goes_on, words):
                        continue  # the start of a foreign name the model cut (翁赛|维索)
                    e += self._given_name_goes_on(text, s, e, goes_on, words)
                mention = self._mention(text, s, e, kind, confidence, words, people)
                if mention is not None:
                    out.append(mention)
                    taken[s:e] = b"\x01" * (e - s)
        out = self._completed(text, out, found, taken)
        named = [(m.start, m.end) for m in found.mentions("person")] + [
            (m.start, m.end) for m in out if m.kind == "person"
        ]
        out.extend(self._listed(text, named, words, taken))
        out.extend(self._repeats(text, [m for m in out if m.kind == "person"], words, taken))
        return out

    @staticmethod
    def _completed(text: str, out: list[Mention], found: Found, taken: bytearray) -> list[Mention]:
        """A short name the model cut that a longer name of the story goes on from where it stands
        (张大|冬给总书记汇报 where 张大冬 stands elsewhere): the longer name."""
        longer = {m.text for m in found.mentions("person") if len(m.text) == 3}
        longer |= {m.text for m in out if m.kind == "person" and len(m.text) == 3}
        if not longer:
            return out
        done = []
        for m in out:
            end = m.start + 3
            if (
                m.kind == "person"
                and m.end - m.start == 2
                and text[m.start : end] in longer
                and not taken[m.end : end].strip(b"\x00")
            ):
                name = text[m.start : end]
                m = Mention("person", m.start, end, name, name, m.extractor, m.rule)
                taken[m.start : end] = b"\x01" * 3
            done.append(m)
        return done

    def _repeats(
        self, text: str, people: list[Mention], words: tuple[dict[int, Token], set[int]], taken: bytearray
    ) -> list[Mention]:
        """Every other occurrence of a name of three characters or more the tagger took, where
        it stands as whole words or before what follows a name (卡马乔的…, 或许卡马乔将…)."""
        by_start, ends = words
        out: list[Mention] = []
        names = {m.text for m in people if len(m.text) >= 3}
        written = occurrences(text, names)
        for name in sorted(names, key=lambda n: (-len(n), n)):
            for start in written.get(name, ()):
                end = start + len(name)
                if any(taken[start:end]) or start not in by_start:
                    continue
                if end not in ends and text[end : end + 1] not in _FOLLOWS_NAME:
                    continue
                taken[start:end] = b"\x01" * (end - start)
                out.append(Mention("person", start, end, name, name, self.name, "repeat"))
        return out

    def _listed(
        self, text: str, named: list[tuple[int, int]], words: tuple[dict[int, Token], set[int]], taken: bytearray
    ) -> list[Mention]:
        """The Chinese names of a list that holds a person's name, which neither the rules nor the
        model took (蔡奇、李鸿忠、王东峰、夏宝龙等; 选手刘浩、季博文夺得): each item next to a name
        across 、 that is a surname and a given name ending where the item or a word ends, and
        so on along the list from every name taken."""
        out: list[Mention] = []
        queue = list(named)
        seen = set(named)
        while queue:
            start, end = queue.pop()
            for span in (self._item_after(text, end, words), self._item_before(text, start, words)):
                if span is None or span in seen or any(taken[span[0] : span[1]]):
                    continue
                seen.add(span)
                queue.append(span)
                taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
                surface = text[span[0] : span[1]]
                out.append(Mention("person", span[0], span[1], surface, surface, self.name, "list"))
        return out

    def _item_after(self, text: str, end: int, words: tuple[dict[int, Token], set[int]]) -> tuple[int, int] | None:
        """The name that is the next item of a list after a name ending at end (a note such as
        (女) skipped), if it is one."""
        if text[end : end + 1] in ("(", "（"):
            closing = text.find(")" if text[end] == "(" else "）", end, end + 8)
            end = closing + 1 if closing > 0 else end
        if text[end : end + 1] not in _ITEM_SEPARATORS:
            return None
        start = end + 1
        for size in self._name_sizes(text, start):
            if self._listed_name(text, start, start + size, words):
                return start, start + size
        return None

    def _item_before(self, text: str, start: int, words: tuple[dict[int, Token], set[int]]) -> tuple[int, int] | None:
        """The name that is the item of a list before a name starting at start, if it is one:
        one that starts the list stands after a separator, a title, a verb or a preposition
        (会见|陈冬、刘洋)."""
        if start < 2 or text[start - 1] not in _ITEM_SEPARATORS:
            return None
        end = start - 1
        if text[end - 1] in ")）":
            opening = max(text.rfind("(", end - 8, end), text.rfind("（", end - 8, end))
            end = opening if opening > 0 else end
        by_start, ends = words
        for size in (3, 2, 4):
            begin = end - size
            if begin < 0 or size not in self._name_sizes(text, begin):
                continue
            if not self._listed_name(text, begin, end, words):
                continue
            before = text[begin - 1 : begin]
            if not before or not is_han(before) or before in _NAME_ITEM_ENDS or before in _LIST_PREPOSITIONS:
                return begin, end  # (由马有礼、许健康…组成: jieba ran 由 into the name, 出由马/x)
            token = self._token_at(begin - 1, words)
            if (
                token is not None
                and token.end == begin
                and (token.pos in _LIST_LEAD_TAGS or self._after_title(text, begin, words))
            ):
                return begin, end
        return None

    def _name_sizes(self, text: str, start: int) -> tuple[int, ...]:
        """The lengths a Chinese name at start may have, longest first."""
        return (4, 3) if text[start : start + 2] in self.compound else (3, 2)

    def _whole_listed_name(self, text: str, start: int, end: int, token: Token) -> bool:
        """A name jieba knows or makes of one word, surname first, standing alone between two of a
        list's separators, may hold a character no other name does (苏华、齐向东、马怀德)."""
        name = text[start:end]
        surname = self._surname(name)
        return (
            token.end == end
            and token.pos in ("nr", "nrfg", "x")
            and surname > 0
            and len(name) - surname in (1, 2)
            and text[start - 1 : start] in _CHAIN_SEPARATORS
            and text[end : end + 1] in _NAME_ITEM_ENDS
            and not any(c in _NEVER_IN_LISTED_NAME for c in name)
            and not not_a_chinese_name(name, self.gaz.common_words)
        )

    def _listed_name(self, text: str, start: int, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """text[start:end] is a Chinese name standing as a whole item of a list: it starts and
        ends where words do, and what follows it ends the item (、, 等, a comma) or is a verb
        or a word that follows names (季博文|夺得, 李四|说)."""
        name = text[start:end]
        by_start, ends = words
        # (a Chinese name may start inside a word jieba ran a preposition into: 出由马/x|有|礼)
        glued = start not in by_start and text[start - 1 : start] in _LIST_PREPOSITIONS and self._chinese_name(name)
        if end > len(text) or start not in by_start and not glued:
            return False
        if self._chinese_name(name):
            if not self._person_like(name, 1.0):
                return False
        elif not self._whole_listed_name(text, start, end, by_start[start]):
            return False
        if name in self.gaz.person_nouns or name in self.gaz.titles or name in self.gaz.places or name in self.gaz.orgs:
            return False
        token = by_start.get(start)
        if token is not None and token.end == end and token.pos in _NEVER_NAME_TAGS:
            return False  # one word that is no name (田野, 健康)
        if end not in ends:
            return False  # the name's last character is part of a longer word
        if end - start >= 3 and end - 1 in by_start and text[end - 1] in _FOLLOWS_NAME:
            return False  # 王毅|说: a word after a shorter name
        follows = text[end : end + 1]
        if not follows or follows in _NAME_ITEM_ENDS or not is_han(follows):
            return True
        if end not in by_start:
            return False
        after = by_start[end]
        return after.pos in _VERB_TAGS or after.pos in ("d", "p") or text[end] in _FOLLOWS_NAME

    def _sure_of_name(self, name: str, confidence: float) -> bool:
        """A span the model tags as a person is a name for the list rules: a sure one, or a
        Chinese name of three characters it gives even odds (罗照辉 beside 罗文: lists of leaders
        where jieba knows neither)."""
        return confidence >= MIN_CONFIDENCE_SHORT or (confidence >= 0.5 and len(name) == 3 and self._chinese_name(name))

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
            if (
                token.pos == "ns"
                and len(word) > 1
                and word not in self.gaz.places
                and all(c in self.gaz.transliteration for c in word)
            ):
                return token  # a foreign name jieba takes for a place (奥巴马/ns)
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

    def _foreign_goes_on(self, end: int, goes_on: float, words: tuple[dict[int, Token], set[int]]) -> bool:
        """The word after a two-character name is made of transliteration characters (or starts
        with one, a word jieba does not know) and the model gives it some chance of being a
        name's: a foreign name cut short (翁赛|维索, 马克|龙互致)."""
        token = words[0].get(end)
        return (
            token is not None
            and goes_on >= MIN_GOES_ON
            and token.pos not in _NOT_IN_GIVEN_NAME_TAGS - {"v"}
            and (token.pos == "x" or all(c in self.gaz.transliteration for c in token.text))
            and token.text[0] in self.gaz.transliteration
        )

    def _given_name_goes_on(
        self, text: str, start: int, end: int, goes_on: float, words: tuple[dict[int, Token], set[int]]
    ) -> int:
        """1 if a two-character Chinese name text[start:end] goes on into the next character, a
        given name the model cut short: a character jieba leaves alone that no name is followed by
        and the model gives some chance (张又|侠出席, 刘国|中出席), or 和 before a list's comma or
        同志 (魏凤|和、王勇, 魏凤|和同志); else 0."""
        if not self._chinese_name(text[start:end]):
            return 0
        name = text[start : end + 1]
        follows = text[end + 1 : end + 2]
        if text[end] == "和" and (
            (follows and follows in "、，,。；;")
            or (text.startswith("同志", end + 1) and text[end + 3 : end + 4] != "们")
        ):
            return 1 if self._chinese_name(name) else 0
        token = words[0].get(end)
        if (
            token is None
            or token.end != end + 1
            or token.pos in _NOT_IN_GIVEN_NAME_TAGS
            or text[end] in _FOLLOWS_NAME
            or goes_on < MIN_GOES_ON
        ):
            return 0
        return 1 if self._chinese_name(name) else 0

    def _mention(
        self,
        text: str,
        start: int,
        end: int,
        kind: str,
        confidence: float,
        words: tuple[dict[int, Token], set[int]],
        people: bytearray | None = None,
    ) -> Mention | None:
        """The mention a tagged span makes, if it passes the precision rules of its kind.

        words: the tokens by start offset, and the end offsets of the tokens; people: 1 where a
        person stands (the rules' or the model's), what a list's other names are known by."""
        surface = text[start:end]
        by_start, ends = words
        if kind == "PER" and surface[0] in _BEFORE_NAME and len(surface) > 2 and start + 1 in by_start:
            # a preposition run into a name (同卢拉, 应马克龙邀请): the name after it
            return self._mention(text, start + 1, end, kind, confidence, words, people)
        whole = start in by_start and end in ends
        if kind == "GOV" and not whole:
            return None  # a body is made of whole words (色列军队 cuts 以色列)
        if kind == "GOV" and surface.endswith("局") and text[end : end + 1] in _AFTER_JU:
            return None  # 东北局地大到暴雪: 局地 (locally), no bureau
        if kind == "PER" and not whole:
            # nor is a name, unless a sure Chinese one that jieba ran into the word after it
            # (吴国|平说) or into a function character before it (而|纪平表示); one that starts
            # inside a word is the tail of another (岸田|文雄: 田文雄)
            sure = confidence >= MIN_CONFIDENCE_CUT and (
                self._chinese_name(surface) or all(c in self.gaz.transliteration for c in surface)
            )
            if not sure or not (start in by_start or self._glued_after(text, start, words)):
                return None
            if end not in ends and not self._cut_from_next(text, end, words):
                return None
        if kind == "PER" and surface[0] in _BEFORE_NAME and len(surface) > 2:
            return None  # a preposition run into a name (同卢拉)
        if kind == "PER":
            beside = self._list_beside(text, start, end, words, people)
            titled = self._after_title(text, start, words)
            if beside < 0 and not titled:
                return None  # an item of a list of things or places (叶菜、辣椒; 东北、黄淮)
            if len(surface) == 2 and confidence < MIN_CONFIDENCE_SHORT and beside <= 0:
                if not self._before_verb(end, words) and not (
                    titled and self._chinese_name(surface) and self._word_after_name(end, words)
                ):
                    # a short name the model is unsure of, with no name, title or verb of its own
                    # (副部长|齐骥 has one)
                    return None
            alone = (
                MIN_CONFIDENCE_ALONE_FOREIGN
                if all(c in self.gaz.transliteration for c in surface)
                else MIN_CONFIDENCE_ALONE
            )
            if confidence < alone and beside <= 0 and not self._before_verb(end, words):
                if not self._after_title(text, start, words):
                    return None  # any name the model is barely sure of, with no name, title or verb of its own
            if (
                len(surface) == 3
                and surface[-1] in _PLACE_OR_TRIP_ENDS
                and beside <= 0
                and not self._before_verb(end, words)
                and not self._after_title(text, start, words)
            ):
                return None  # 查干湖, 林田湖, 文博游: a lake, a landscape, a kind of trip, alone
        token = by_start.get(start) if kind == "PER" else None
        if (
            token is not None
            and token.end == end
            and token.pos not in _NAME_TAGS
            and (len(surface) < 3 or confidence < MIN_CONFIDENCE_FOREIGN or token.pos in _NEVER_NAME_TAGS)
            and not (
                # a name jieba calls a place or a body, right after a title, the model sure of it
                # (副行长|苏宁); or any word after a title, the name alone before a comma (经理舒畅，)
                (token.pos in _PLACE_OR_BODY_TAGS or text[end : end + 1] in _CLAUSE_ENDS)
                and confidence >= MIN_CONFIDENCE_CUT
                and self._chinese_name(surface)
                and self._after_title(text, start, words)
            )
        ):
            # one dictionary word that is not a name (玉米, 金秋, 科普); a longer one the model is
            # sure of may be (林熙蕾, a name jieba's dictionary holds as nt)
            return None
        if kind == "PER" and self._person_like(surface, confidence) and self._stands_as_person(text, start, end, words):
            return Mention("person", start, end, surface, surface, self.name, "crf")
        if (
            kind == "GOV"
            and self._body_like(surface)
            and not self._clause_as_body(start, end, by_start)
            and not text.endswith(INDEFINITE, 0, start)  # 一个|俄罗斯武装小组: a body of some kind
            and not COUNTED_UNITS.search(text, max(0, start - 4), start)  # 四支|伊朗海军舰队: units counted
            and not opens_initiative(text, start, end, self.gaz)  # 军委|主席负责制
            and not self._names_site(end, by_start)
            and not glued_to_state_word(text, start, end, self.gaz)  # 全国|新办涉税: not 国新办
            # 陪同马杜罗访华的有…外交部部长: the visitor's minister, his state's ministry unnamed
            and not ENTOURAGE.search(text, max(0, start - 160), start)
            # 地方党委金融办, 各级人大常委会党组: bodies of a kind at every level, none named
            and not surface.startswith(_EVERY_LEVEL)
            and not text.endswith(_EVERY_LEVEL, 0, start)
            and not department_kind_at(text, end)  # 商务部门: a kind of department
            and not text.endswith(PAST_AGES, 0, start)  # 历代中央政府: the governments of past ages
        ):
            category = self._body_category(surface)
            mention = Mention("organization", start, end, surface, surface, self.name, "crf", category=category)
            return state_in_full(mention, text, self.state_short)  # 俄国民近卫军 -> 俄罗斯国民近卫军
        if kind == "POS" and self._post_like(surface):
            return Mention("post", start, end, surface, surface, self.name, "crf")
        return None

    @staticmethod
    def _names_site(end: int, by_start: dict[int, Token]) -> bool:
        """A tagged body the words after it make a site's or hall's name (南昌新四军军部|旧址陈列馆):
        nouns and numbers up to a word that ends such a name, no verb, preposition or mark between."""
        pos = end
        for _ in range(5):
            token = by_start.get(pos)
            if token is None or token.pos[:1] not in ("n", "m"):
                return False
            if token.text.endswith(_SITE_ENDS) or token.text.startswith(("报社", "杂志社")):  # (报社记者/n)
                return True
            pos = token.end
        return False

    @staticmethod
    def _clause_as_body(start: int, end: int, by_start: dict[int, Token]) -> bool:
        """A tagged body that reads as a clause, not a name: it starts with a verb (动员|全党全军,
        扎根|边疆基层法院), holds a pronoun (主席团交付|该|委员会), a preposition between its
        words (警力|向|派出所) or two verbs before its last word (国家机关|组织|干部|召开|党组)."""
        tokens = []
        pos = start
        while pos < end and (token := by_start.get(pos)) is not None:
            tokens.append(token)
            pos = token.end
        if not tokens:
            return False
        verbs = sum(t.pos == "v" for t in tokens[:-1])  # (not 国家|禁毒|办: its last word ends it)
        # (警力|向|派出所, 国际组织|以|政府: a preposition inside joins a clause's parts)
        inside = any(t.pos == "p" or t.text in _CAUSATIVES for t in tokens[1:-1])  # (区议会|令|政府)
        return tokens[0].pos == "v" or any(t.pos == "r" for t in tokens) or verbs >= 2 or inside

    @staticmethod
    def _token_at(offset: int, words: tuple[dict[int, Token], set[int]]) -> Token | None:
        """The token that holds text[offset]."""
        by_start, _ = words
        for k in range(offset, max(-1, offset - 16), -1):
            token = by_start.get(k)
            if token is not None:
                return token if token.end > offset else None
        return None

    def _cut_from_next(self, text: str, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """A name that jieba ran into the word after it, whose rest starts as what follows a
        name (吴国平|说, 李咏|以), not as more of the name (田红|旗, 马克|龙, 加卢|先科)."""
        token = self._token_at(end - 1, words)
        return token is not None and token.end > end and text[end] in _FOLLOWS_NAME

    def _glued_after(self, text: str, start: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """A name jieba glued one function character to, in a word it does not know (而|纪平,
        问|孙楠)."""
        token = self._token_at(start, words)
        return (
            token is not None and token.pos == "x" and token.start == start - 1 and text[token.start] in _GLUED_BEFORE
        )

    def _after_title(self, text: str, start: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """The word before text[start] is a post title or a word for a person (国家副主席|韩正,
        外卖骑手|廖泽萌)."""
        by_start, _ = words
        for size in (2, 3, 4, 5, 1):
            token = by_start.get(start - size)
            if token is not None and token.end == start:
                word = token.text
                return (
                    word in self.gaz.titles
                    or word in self.gaz.person_nouns
                    or word.endswith(self.titles)
                    or (token.pos[:1] == "n" and len(word) > 2 and word.endswith(_POST_ENDINGS))
                )
        return False

    def _before_verb(self, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """The word after a name is a speech verb or one whose subject is a person (说, 表示,
        出席), a title (魏青松|委员) or a form of address (孙中山|先生)."""
        token = words[0].get(end)
        if token is None:
            return False
        word = token.text
        return word in self.cues or word in SUBJECT_VERBS or word in self.gaz.titles or word in _ADDRESS

    def _list_beside(
        self, text: str, start: int, end: int, words: tuple[dict[int, Token], set[int]], people: bytearray | None
    ) -> int:
        """What a name's list says: 2 if an item next to it is a person's name; else -1 if an item
        next to it across 、 is a thing the dictionary knows (叶菜、辣椒, 东北、黄淮; not across 和,
        for X和团队 is a name and the people with it); else 1 if an item further on is a person's
        name (a list of leaders, where the model is unsure of many: 罗文、罗强、罗熹、罗东川); else
        0, no list or nothing known of its items."""
        items = self._list_items(text, start, end)
        named = [people is not None and 1 in people[a:b] for a, b, _, _ in items]
        if any(name for name, (_, _, near, _) in zip(named, items, strict=True) if near):
            return 2
        if any(near and comma and self._known_thing(text, a, b, words) for a, b, near, comma in items):
            return -1
        return 1 if any(named) else 0

    @staticmethod
    def _list_items(text: str, start: int, end: int) -> list[tuple[int, int, bool, bool]]:
        """(start, end, next to the name, joined by 、) of the items of the list text[start:end] is
        an item of: items joined by 、 or spaces (and 和, 及, 与 next to the name), a note such as
        (女) or (土家族) after an item skipped."""
        items: list[tuple[int, int, bool, bool]] = []
        k = start
        while len(items) < _MAX_LIST and k > 1 and text[k - 1] in _LIST_SEPARATORS:
            if text[k - 1] not in _CHAIN_SEPARATORS and k != start:
                break
            b = k - 1
            if text[b - 1 : b] in ")）":
                opening = max(text.rfind("(", b - 6, b), text.rfind("（", b - 6, b))
                b = opening if opening > 0 else b
            a = b
            while a > 0 and b - a < _MAX_ITEM and text[a - 1] not in _ITEM_BOUNDS:
                a -= 1
            if a == b:
                break
            items.append((a, b, k == start, text[k - 1] == "、"))
            k = a
        k = end
        if text[k : k + 1] in ("(", "（"):  # a note after the name: (女), (土家族)
            closing = text.find(")" if text[k] == "(" else "）", k, k + 6)
            k = closing + 1 if closing > 0 else k
        first = k
        while len(items) < 2 * _MAX_LIST and k < len(text) - 1 and text[k] in _LIST_SEPARATORS:
            if text[k] not in _CHAIN_SEPARATORS and k != first:
                break
            a = b = k + 1
            while b < len(text) and b - a < _MAX_ITEM and text[b] not in _ITEM_BOUNDS:
                b += 1
            if a == b:
                break
            items.append((a, b, k == first, text[k] == "、"))
            k = b
            if text[k : k + 1] in ("(", "（"):
                closing = text.find(")" if text[k] == "(" else "）", k, k + 5)
                k = closing + 1 if closing > 0 else k
        return items

    def _known_thing(self, text: str, start: int, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """text[start:end] is a place the gazetteer knows (东北), or one to three words of the
        dictionary none of which is a name, a title or a word for a person (辣椒, 国情, 电网建设);
        not words that look like a surname and a given name together, for jieba cuts names it
        does not know into words it does (罗|东川, 方|光华)."""
        by_start = words[0]
        token = by_start.get(start)
        if token is None:
            return False
        if token.end == end and (
            token.text in self.gaz.places or (token.pos == "ns" and token.text[-1] in _PLACE_END_CHARS)
        ):
            return True
        count = 0
        while token is not None and token.end <= end and count < 3:
            count += 1
            word = token.text
            if (
                token.pos in _NAME_TAGS
                or token.pos == "ns"  # what else jieba calls a place is often a name (乌云其木格)
                or token.pos[:1] in "mqr"
                or word in self.gaz.titles
                or word in self.gaz.person_nouns
            ):
                return False
            if token.end == end:
                item = text[start:end]
                if count == 1:  # one word: 候鸟 is a noun, 厉无畏 an idiom to jieba
                    return len(word) > 1 and (token.pos == "n" or not self._chinese_name(word))
                return not self._chinese_name(item)
            token = by_start.get(token.end)
        return False

    def _stands_as_person(self, text: str, start: int, end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """What is around a tagged name does not make it something else: part of a longer
        name (习近平文化思想), a place or its works (X等方向, X大区, X跨海通道), an amount's
        unit (数十亿新谢克尔), a side (巴方愿), a quoted name (“康妮”), or a name running
        into a verb (邦戈|访华)."""
        if (
            NAME_MODIFIES.match(text, end)
            or _PLACE_FOLLOWS.match(text, end)
            or _LIST_OF_PLACES_OR_FIRMS.match(text, end)
        ):
            return False
        if _AMOUNT_BEFORE.search(text, max(0, start - 2), start) or _PLACE_BEFORE.search(
            text, max(0, start - 6), start
        ):
            return False
        if end - start in (2, 3) and text[start + 1] == "方" and text[start] in _SIDES:
            return False  # a side (马方恪守), or a side and a verb (巴方愿)
        if end - start == 3 and text[start + 1] == "方" and text[start + 2] in _SIDE_VERBS:
            return False  # any state's side and a verb (斯方愿, 卢方将)
        if start > 1 and text[start - 1] in "-·•" and is_han(text[start - 2]):
            return False  # the tail of a longer name (萨赫勒-沃克)
        if start > 0 and text[start - 1] in _QUOTES:
            close = _QUOTES[text[start - 1]]
            if text[_MODEL_SUFFIX.match(text, end).end() : end + 8].startswith(close):
                return False
        by_start, _ = words
        token = by_start.get(start)
        while token is not None and token.end < end:  # the words the name is made of, if whole
            token = by_start.get(token.end)
        if token is None or token.end != end or token.start == start:
            return True
        if len(token.text) < 2 or token.pos not in _VERB_TAGS:
            return True
        # a surname alone and a given name that is a verb as well (杨|振兴, 王|建国)
        first = by_start[start]
        return end - start == 3 and first.end == start + 1 and first.pos.startswith("nr") and text[start] in self.single

    def _person_like(self, name: str, confidence: float) -> bool:
        """A Chinese name (known surname, 2-4 characters), a transliterated one, or, when the
        model is sure, a name in Latin letters."""
        if name in self.gaz.titles or name in self.gaz.places or name in self.gaz.orgs or name in _MESSAGES:
            return False
        if name in self.gaz.common_words:
            return False  # 道德, 马拉松: a word jieba's dictionary has as a name
        if name in GROUPS:
            return False  # 胡塞称: an armed group
        if name[-1:] == "方" and name[-2:-1] in self.gaz.sides and (len(name) == 2 or name[0] in "向对同与和应给"):
            return False  # 俄方, 向俄方 (jieba may glue the preposition): a state's side by its short name
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

    @staticmethod
    def _word_after_name(end: int, words: tuple[dict[int, Token], set[int]]) -> bool:
        """The word after a name is no more of it: not one jieba does not know or takes for a
        name (普拉|昌达: a foreign name cut), but a numeral, a verb, a function word."""
        token = words[0].get(end)
        return token is not None and token.pos not in _NAME_TAGS and token.pos[:1] != "n"

    def _chinese_name(self, name: str) -> bool:
        """A known surname and a given name of one or two characters (于晓强, 姜之厚: the surname
        and 之 are no bar, though 于 and 之 never stand in a name elsewhere)."""
        surname = self._surname(name)
        if not surname or len(name) - surname not in (1, 2) or not all(is_han(c) for c in name):
            return False
        if any(c in _NEVER_IN_GIVEN_NAME for c in name[surname:]):
            return False
        if len(name) == 3 and name[-1] in _PLACE_WORD_ENDS:
            return False  # 村民李盟家, 首相官邸前: a name or a word and a word of place
        if name[surname:] in _SURNAME_ADDRESS:
            return False  # 王总, 黄先生: a surname and a form of address, no name
        if len(name) == 2 and name[0] == name[1]:
            return False  # 殷殷嘱托, 冉冉升起: a doubled character is a word, not a surname and a name
        if len(name) == 2 and name[0] in "向朝往" and name[1] in "东南西北上下左右前后内外":
            return False  # 向南，向西: a way, not a surname (向) and a given name
        return not not_a_chinese_name(name, self.gaz.common_words)

    def _body_like(self, name: str) -> bool:
        if len(name) < 2 or name in self.gaz.places or name in self.gaz.titles:
            return False
        bare = _EDITION.sub("", name)  # 第二届数字政府: the kind after an edition
        for n in range(min(len(bare) - 2, 6), 1, -1):
            if bare[:n] in self.gaz.places:
                bare = bare[n:]  # 印尼新一届政府, 韩国现政府: a state and a kind of body
                break
        if _GENERIC_BODY.fullmatch(name) or _KIND_OF_BODY.fullmatch(bare) or _NOT_ONE_BODY.search(name):
            return False
        for connector in ("和", "与", "及", "会同"):
            # 党和政府, 中央财政和地方政府, 水务部门会同地方政府: a body and a kind of body joined
            # (not 住房和城乡建设委员会)
            right = name.rsplit(connector, 1)[1] if connector in name[1:-1] else ""
            if right and (_KIND_OF_BODY.fullmatch(right) or _GENERIC_BODY.fullmatch(right) or len(right) < 2):
                return False
        if not all(is_han(c) for c in name):
            return False  # 市)人大常委会: a bracket or a digit inside is a run of words, not a name
        if name.endswith("全部") or _PART_OF_PLACE.search(name):
            return False  # 海啸预警全部(解除): all of it, no department; 山东大部: most of a place
        if "当地" in name or "属地" in name:
            return False  # 廊坊属地派出所: a place's stations of a kind, no body named
        if name.endswith("常委"):
            return False  # 中央政治局常委: a member of the standing committee (常委会 is the body)
        return name.endswith(_GOV_ENDINGS)

    def _body_category(self, name: str) -> str:
        """The category a tagged body takes, as the organizations pass gives it: a foreign
        state's body (英国警方, 俄中央选举委员会, 加沙地带卫生部) is international; else what its
        ending says (政协党组 -> party), government when none does."""
        if name[0] in _STATES_BY_ONE_CHARACTER:
            return "international"  # 俄中央选举委员会, 乌军, 俄国民近卫军 (not 中意政府委员会)
        for n in range(min(len(name) - 1, 7), 1, -1):
            if name[:n] not in self.gaz.places:
                continue
            state = self.gaz.country_of(name[:n])  # (费城警方: a city of a state of a foreign country)
            if state is not None and state.name != "中国":
                return "international"
            break
        if _CENTRAL_PARTY_ORGAN.fullmatch(name):
            return "party"  # 中央精神文明建设办公室, 中央…领导小组: the Party centre's commissions and offices
        for suffix, category in self.gaz.org_suffixes:
            if name.endswith(suffix) and len(name) > len(suffix):
                if suffix in _SERVICE_SUFFIXES:
                    return category  # 梨树县第一人民医院: a hospital or a school is no state organ
                return category if category in ("government", "party", "international") else "government"
        return "government"

    def _post_like(self, title: str) -> bool:
        if len(title) < 2 or len(title) > 12 or title in self.gaz.places:
            return False
        if not all(is_han(c) for c in title):
            return title.isascii() and title.isalpha() and title.upper() in ("CEO", "CFO", "CTO", "COO")
        return title.endswith(_POST_ENDINGS) or any(t in title for t in self.titles)
