"""Events: named meetings, conferences, forums, press briefings, visits and launches.

A name ends in an event word (会议, 论坛, 电视电话会 ...) and starts after the verb or
preposition that introduces it (在, 召开的, 举行的, 出席), or at the start of its clause when
it is the subject of 召开/举行. Meetings and visits between named people are named after
them (李强会见老挝总理宋赛), visits after their visitor (习近平对新西兰国事访问); a
clause ending in a launch verb names a launch (X活动启动). A shortened later mention
(委员长会议) is the same event as the full name.
The body before 召开/举办/主办 is the organizer; dates resolve against the document's
date; the people who speak at or attend it are its participants.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import ontology_dir
from ..errors import ConfigError
from ..gazetteer import Gazetteer, PlaceEntry, read_table
from ..model import DocumentMeta, Event, Mention, SegmentedText, Token
from ..normalise import is_han
from . import Found, register
from .dates import find_date
from .numbers import DIGITS
from .textutil import STATE_SHORT, occurrences, sentence_bounds, sentence_end, starting_in

_ROLES = ("intro", "generic", "action", "organize", "host", "attend", "launch", "ceremony", "aside")


@lru_cache(maxsize=1)
def event_words() -> dict[str, tuple[str, ...]]:
    """ontology/gazetteer/event_words.tsv by role, each list longest first."""
    path = ontology_dir() / "gazetteer" / "event_words.tsv"
    out: dict[str, list[str]] = {role: [] for role in _ROLES}
    for number, (word, role) in read_table(path, ("word", "role")):
        if role not in out:
            raise ConfigError("expected a word and a role (" + " ".join(_ROLES) + ")", path=str(path), line=number)
        out[role].append(word)
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in out.items()}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, words))


_WORDS = event_words()
_GENERIC_TAILS = ("有关", "相关", "重要", "重点", "各类", "各种", "一些", "其他", "主要")
_INTRO = _WORDS["intro"]
_GENERIC = _WORDS["generic"]
_GENERIC_WORDS = tuple(w for w in _GENERIC if len(w) > 1)  # (各 starts 各界人士座谈会 too)
# the longest intro word that ends where the walk over a name stands (one regex, not a loop)
_INTRO_END = re.compile("(?:" + _alternation(_INTRO) + ")$")
_INTRO_LONGEST = max(map(len, _INTRO))
_ORGANIZE = _WORDS["organize"]
_ATTEND = _WORDS["attend"]
_CEREMONY = _WORDS["ceremony"]
_NUMERAL = "一二三四五六七八九十百零〇两\\d"
_ORDINAL_ONLY = re.compile(rf"^(?:第?[{_NUMERAL}]+[次届讲期])+")
_YEAR_FIRST = re.compile(r"^(?:\d{4}年)?(?:首届|首次|首轮)?")  # 2018年首届大会: no name of its own
# 十四届全国人大常委会举行第六讲专题讲座: an ordinal-only name is its holding body's
_ORDINAL_ANY = re.compile(rf"[{_NUMERAL}]+[次届]")
_ORDINAL_START = re.compile(rf"第[{_NUMERAL}]+[次届]")
_ORDINAL_END = re.compile(rf"第[{_NUMERAL}]+[次届讲期]$")
_HOLD_VERB_END = re.compile(r"(?:举行|召开|进行|举办)$")
# 国务院以“X”为主题，进行第十次专题学习: the theme's clause stands between the body and the verb
_THEME_CLAUSE = re.compile(r"(?:以“[^”]{2,50}”|以[^，,。；;“”]{2,30})为主题[，,]$")
_STUDY = re.compile("深入学习贯彻|认真学习贯彻|学习贯彻|贯彻落实|贯彻|落实|学习|解读|宣讲|阐释")
_SESSION_BODIES = ("主席团", "秘书处")  # (a congress session's own bodies, named after it: 3 characters)
_STUDY_TAIL = re.compile("(?:深入学习贯彻|认真学习贯彻|学习宣传贯彻|学习贯彻)$")
_SUBJECT_CUT = re.compile(
    r"\d|今天|今日|今晚|昨天|昨日|近日|日前|当天|当日|上午|下午|晚上|就|在|于|将|已|正式|以(?!色列)"
)
# 出席第25次东盟与中日韩领导人会议: an ordinal before 与 numbers the whole name
_EDITION_START = re.compile(rf"(?:第[{_NUMERAL}]+|首)[次届轮]")
#: An edition written right before a quoted name (第二届|“世界航商大会”).
_EDITION_BEFORE = re.compile(rf"(?:第[{_NUMERAL}\d]+|首)届$")
_ORDINAL_LEAD = re.compile(rf"第[{_NUMERAL}]+[次届][\u4e00-\u9fff]{{1,10}}$")
_HELD_WHOLE = re.compile(r"(?:召开|举行|举办|出席|参加)(?:了|的)?(?=[^，,。；;、“”《》召举出参]+$)")
_JOINED_NAME = re.compile(r"暨[^，,。；;、“”《》暨]+$")
# 第十四届全国人民代表大会第二次会议: the 大会 here is the body, the session is the event
# 召开紧急会议, 举行座谈会: an event word with no name of its own after the verb that holds it
_BARE_HELD = re.compile(
    r"(?:召开|举行|举办)(了|的)?((?:全国|全体|年度|专题|视频|紧急|特别|临时|工作|扩大|线上|线下|首脑|领导人|部长级|例行|政策|公开"
    r"|高级别|[\u4e00-\u9fff]{2,6}问题|第[一二三四五六七八九十]+次)*)$"
)
# a title's parts, and the verb or preposition before the event it names (习近平在X上强调)
_TITLE_PARTS = re.compile(r"[ \u3000：:，,]+")
_TITLE_INTRO = re.compile(
    ".*(?:"
    + _alternation(
        w for w in _INTRO if len(w) > 1 and w not in ("欢迎", "关于", "围绕", "针对", "对于", "作为", "通过")
    )
    + "|[在向])"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_LEADER_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:总书记|主席|总理|委员长|同志)(?:在)?")
_SCOPE_ONLY = re.compile(
    r"^(?:全国|全省|全市|全区|全体|年度|专题|视频|工作|紧急|特别)*(?:电视电话会议|电视电话会|会议|座谈会|工作会议)$"
    # (中国驻俄罗斯使馆举行新春招待会: a holiday's reception is named by the body that gives it)
    r"|^(?:新春|春节|新年|元旦|国庆|中秋)?招待会$"
)
# 小范围会谈, 专项工作会议, 中心组集体学习, 入场仪式, 升国旗仪式, 全体党员干部大会, 高峰论坛: a kind of
# meeting, no name of its own
_KIND_ONLY = re.compile(
    r"^(?:专项|专题|工作|理论学习|中心组|小范围|大范围|扩大|入场|双边|多边|视频|全体|年度|集体|紧急|临时|特别"
    r"|全国|全省|全市|全区|开幕式|闭幕式|主|分|平行|主席团|葬礼|两国元首|双方|大会"
    r"|颁奖|揭幕|入校|开学|会旗交接|篝火|欢迎|建设性|党组|党委|全体党员干部|党员干部|政府|会议|论坛|国家级|海外|国际"
    r"|部长级|高级别|主席|常务|委员长|技术|高峰|纪念|升国旗|升旗|开村|遗体告别|告别|迎春|传统的?"
    r"|通车|开工|竣工|签约|签字|奠基|开业|投产|启用|揭牌|开通|交接|命名)*"
    r"(?:会议|座谈会|集体学习|学习|会谈|会晤|仪式|典礼|晚会|论坛|展会|大会|部长会|外长会|防长会|常会)$"
    r"|^(?:夏季|冬季)(?:奥运会|残奥会)$"  # (在夏季奥运会上获得的第300枚金牌: the games in general)
)
# 同盖莱总统会晤 with 盖莱 unknown: a part of a guest's name and a leader's title before the talks'
# word, no name of its own (中哈总理会晤, 美俄总统会晤: two states' short names are one)
_GUEST_TITLE_TALKS = re.compile(
    rf"^(?!(?:中[\u4e00-\u9fff]|[{STATE_SHORT.replace('中', '')}]{{2}})(?:总统|总理|首相|外长|元首))"
    r"[\u4e00-\u9fff]{1,4}(?:总统|总理|首相|国王|女王|主席|外长)(?:会谈|会晤)$"
)
_DEMONSTRATIVES = (
    "这次",
    "本次",
    "此次",
    "本届",
    "这届",
    "上届",
    "下届",
    "下一届",
    "上一届",
    "新一届",
    "下一次",
    "上一次",
    "下次",
    # a medal counted before the games it was won at (首枚奥运会网球单打金牌)
    "首枚",
    "首块",
    "该次",
    "今年",
    "去年",
    "明年",
)
# 党的二十大, 二十届三中全会, 十四届全国人大一次会议: congresses and plenums, events only where held
_CONGRESS = re.compile(
    r"(?:全会|代表大会|[十一二三四五六七八九]大|两会)$|(?:人大|政协|人民代表大会|全国委员会)[^，,。]{0,8}会议$"
)
# 党的二十大精神, 三中全会以来, 二十大召开后, 二十大提出的目标: named for its spirit, report or time
# (X和Y即将召开, 落实X工作部署, X审议通过后: one to come, or named for its decisions)
_NOT_HELD_AFTER = re.compile(
    r"(?:[和、及与][^，,。；;]{0,12}?)?(?:精神|报告|以来|召开以来|召开后|召开前|胜利闭幕以来|闭幕后|后(?!续)|前(?!夕)"
    # (X主席团举行第三次会议: the presidium meets while the congress is in session)
    r"|主席团(?![^，,。；;]{0,32}?(?:举行|召开))|议程|日程|未尽事宜|列席人员|代表资格|代表名单"
    r"|[^，,。；;]{0,6}?(?:提出|擘画|作出|确定|部署)的"
    r"|即将(?:召开|举行|开幕)|工作部署|审议通过后)"
)
# 提请X审议, 关于召开X的决定, 筹备好X: a session to come, or one only referred to
_NOT_HELD_BEFORE = ("提请", "提交", "关于", "关于召开", "筹备", "筹备好", "拟向")
_DEMONSTRATIVE_END = re.compile("(?:" + _alternation(_DEMONSTRATIVES) + ")$")
#: A count of things before an event's name (拿到7张巴黎奥运会门票, 2000多辆亚运会…车辆): the name
#: starts after it.
_COUNT_END = re.compile(r"(?<!第)(?:\d+|[一二两三四五六七八九十百千万几多]+)多?[张枚份块辆台艘架]$")
_COUNT_INSIDE = re.compile(rf"(?<![第{_NUMERAL}])[{_NUMERAL}多几数]+[个场项]|[两多几数各历每][次届]")  # (not 第四场)
# 14条高速公路通车, 预计年内开通: many things, or a launch still to come, is no named launch
#: A launch of several things, one named and the rest told by their kind: the named one.
_LISTED_LAUNCHES = re.compile(r"(“[^“”]{2,30}”|《[^《》]{2,30}》)等[\u4e00-\u9fff]{0,8}?(?:活动|行动|项目|工作)")
_NOT_ONE_LAUNCH = re.compile(
    rf"[{_NUMERAL}多几数余]+[个条座家项批所处台辆艘]|实现$|陆续|接续|相继|先后|已经|均已|全部|预计|计划|有望|将于|即将|年内|年底"
    r"|去年|前年|^其中|历时|将从|全网|(?<!\d)\d{1,2}年|恢复|重新|^全面|^[于在已将]"
)
#: Adverbs before 行动 that make it a verb (各地积极行动), not the end of a campaign's name.
_DOING_HOW = ("积极", "迅速", "主动", "立即", "纷纷", "尽快", "果断")
#: Verbs of holding or attending an event, before how often it was held (召开四次X座谈会).
_HOLDING_VERBS = ("召开", "举行", "举办", "出席", "参加")
#: How often, before a verb or after a holding verb: no part of the event's name (三次|推动;
#: not 第三次 nor 二次会议).
#: After a leader's name, the envoy's title: the leader sends someone, and attends nothing
#: (国家主席习近平特别代表、国务委员谌贻琴应邀出席闭幕式).
_SENDS_ENVOY = re.compile(r"(?:主席|总统|总书记|总理)?(?:的)?(?:特别代表|特使)")
_TIMES_BEFORE_VERB = re.compile(rf"(?<![第{_NUMERAL}])[{_NUMERAL}]+次")
_COUNTED = re.compile(rf"^[{_NUMERAL}多几数]+[个场项座所家条处]")  # (49座大运会场馆: a count of venues)
_FINAL = "总决赛"
_VENUE_AFTER = ("会址", "旧址", "遗址")
_NTH_PART = re.compile(rf"第[{_NUMERAL}]+场")
_SPACED_PART = re.compile(r"\S+")  # the parts of a quoted name that a space divides
_SESSION_AFTER = re.compile(rf"第?[{_NUMERAL}]+次(?:全体)?会议")
# 栗战书主持, 11日上午, 在北京: between a body or person and the verb, not part of any name
_TIME_PLACE = re.compile(
    r"(?:当地时间)?(?:\d{1,4}年)?(?:\d{1,2}月)?(?:\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?|今天|今日|今晚|昨天|昨日|近日|日前|当天|当日)?"
    r"(?:[（(][^（）()]{1,12}[）)])?(?:上午|下午|中午|晚上|晚)?(?:在[\u4e00-\u9fff]{1,8}?)?"
)
# X会议8月20日在京召开, X仪式30日在天安门广场隆重举行: the event is the clause's subject
_HELD_AFTER = re.compile(_TIME_PLACE.pattern + r"(?:隆重|盛大|顺利|胜利)?(?:召开|举行|开幕|闭幕|举办)")
# a story's first line under its headline: 今天（5月16日），全国妇联、教育部正式启动…
_LINE_LEAD = re.compile(
    r"(?:(?:今天|今日|近日|日前|昨天|当天|\d{1,2}月\d{1,2}日)(?:[（(][^（）()\n]{1,12}[）)])?[，,])?"
)
#: How far before and after the text an event's rules read its mentions are taken from (a
#: margin: the rules test every mention's place themselves).
_MARGIN = 32
_HOLDS_NEXT = re.compile(
    r"(?:今天|今日|日前|近日|昨天|\d{1,2}日)?(?:[（(][^（）()\n]{1,12}[）)])?(?:在[\u4e00-\u9fff]{1,12}?)?"
    r"(?:联合|共同|正式)*(?:启动|开展|部署开展|组织开展|联合开展|举办|举行|召开|主办|部署|下发通知|发起)"
)
#: A span of days (7日至9日, 8月30日至9月2日).
_SPAN_OF_DAYS = re.compile(r"\d{1,2}日(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日")
_MONTH_AHEAD = re.compile(
    r"(?:也|还)?(?:将于|将在|定于|拟于|计划于|将)(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?![\d一二三四五六七八九十]{1,2}日)"
)
_ARTICLE = re.compile(r"(?:文章|社论|评论|述评|短评)(?:[，,]?题目是|[:：])?$")
# games, expos and air shows run for days: a day is theirs only where they open, close or are attended
_RUNS_FOR_DAYS = re.compile(r"(?:运会|奥会|航展|科考|博览会|博会|贸会|交会|展会)$")
_OPENS_AFTER = re.compile(
    r"(?:将于|将|于|定于|计划于|拟于)?(?:明天|明日|明晚)?"
    + _TIME_PLACE.pattern
    + r"(?:就将|就要|即将|将|就|要)?(?:隆重|盛大|顺利|胜利|圆满|正式)?"
    + r"(?:开幕|闭幕|举行|举办|召开|开赛|落幕|启幕|开馆|揭幕|开展|启动|开幕式|闭幕式)"
)
_OPENED_BEFORE = re.compile(r"(?:开幕|闭幕|举行|举办|召开|开赛|出席|参加|观看)(?:了|的)?$")
# 15日向第六届X论坛致贺信: a date and the preposition after it start no name
_LEADING_DATE = re.compile(
    rf"(?:\d{{4}}年)?(?:[{_NUMERAL}]{{1,2}}月)?[{_NUMERAL}]{{1,3}}日(?:上午|下午|晚)?[向在于对同与]?"
    rf"|(?:(?:至|截至|到)?\d{{4}}年(?:[{_NUMERAL}]{{1,2}}月)?(?:经|至|在|由)?)+(?=[{_NUMERAL}]+届)"
)
# 双方今天（12月8日）会谈: a time word before the event word ends what is no part of its name
_LEADING_TIME = re.compile(
    r"(?:今天|今日|今晚|今晨|昨天|昨日|昨晚|当天|当日|当晚|日前|近日|前不久|不久前|去年)(?:[（(][^（）()]{1,12}[）)])?(?:上午|下午|晚上)?"
)
# 第78届联合国大会, 2024年夏季达沃斯论坛: a body's name numbered or dated names its session
_SESSION_MARK = re.compile(rf"[{_NUMERAL}]+[届次]|\d{{4}}|年度|首届")
_DAY_INSIDE = re.compile(r"(?<![\d月])\d{1,2}日(?:上午|下午|晚上|晚)?")
# 参加过, 密布着: particles (jieba tags) end a verb, never start a name
_PARTICLES = frozenset({"ug", "uz", "ul", "uv"})
#: A clause's subject, then when and where, then 举行 (X铁路今天在达卡举行).
_HELD_BY_SUBJECT = re.compile(
    r"([\u4e00-\u9fff“”—·]{4,30}?)(?:将于)?(?:\d{1,2}月)?(?:\d{1,2}日|今天|今日|当天|昨天)?"
    r"(?:（[^（）]{1,12}）)?(?:[上下]午)?(?:在[\u4e00-\u9fff]{1,12})?举行"
)
#: What a building, a line or a project's name ends in.
_FACILITIES = (
    *("中心", "铁路", "大桥", "桥", "项目", "工程", "公路", "高速", "机场", "港", "站", "馆", "村", "园", "线"),
    *("隧道", "电站", "基地", "学校", "医院", "大学", "工厂", "厂", "码头", "航线", "园区", "管道", "大楼"),
)
#: A short name in brackets (（广交会）).
_BRACKETED_SHORT = re.compile(r"[（(]([\u4e00-\u9fff]{2,8})[）)]")
# 进博会, 服贸会, 广交会: an expo or games abbreviated to one character and its event word
_ABBREVIATED = frozenset({"博会", "贸会", "交会", "运会", "奥会"})
#: The abbreviations of fairs (服贸会, 高交会), which jieba may keep one word with their first
#: character; not of games (亚运会 is a kind of games, named by its place or year).
_FAIRS = frozenset({"博会", "贸会", "交会"})
#: Verbs that end the name of a mechanism whose numbered meetings the news names
#: (大湄公河次区域经济合作第八次领导人会议, 澜沧江—湄公河合作第四次领导人会议).
_MECHANISM_WORDS = frozenset({"合作", "对话", "磋商", "协商", "交流"})
_NOT_ABBREVIATING = frozenset("的在和与及是了将对从为把被上下中后前等")
# what a title may write before the text's name of an event: a year (2023年元旦升国旗仪式), a
# place (成都大运会), a quoted name, or a list the text's walk stopped in (“最美医生”代表与中外记者见面会)
_TITLE_PREFIX = re.compile(r"^\d{4}年?[\u4e00-\u9fff]{0,4}$|^[\u4e00-\u9fff]{1,3}$|[”》]|[与和及、]$")
_SERVED = re.compile(r"为[^，,。；;为]{2,20}$")
_BRACKET_END = re.compile(r"[（(][^（）()]{1,10}[）)]")
_VENUE_TAIL = re.compile(r"在[\u4e00-\u9fff]{1,14}$")  # (X今天在中国共产党历史展览馆举办Y)
_PLACE_TAIL = re.compile(r"在[\u4e00-\u9fff]{1,8}$")
_TIME_WORD = re.compile(
    r"今天|今日|今晚|今晨|昨天|昨日|昨晚|明天|明日|明晚|近日|日前|当天|当日|\d{1,2}日|[（(]\d{1,2}月\d{1,2}日[）)]"
)
# 大型电视政论片《新时代中国人权》: what a titled work is, before its title, is no part of its name
# 《2023年元宵晚会》今天举行发布会: a titled work or a quoted campaign that holds a meeting
_WORK_HOLDS = re.compile(
    r"(《[^《》\n]{2,30}》|“[^“”\n]{2,30}”)(?:今天|今日|昨天|近日|日前|\d{1,2}日)?(?:[（(][^（）()\n]{1,12}[）)])?"
    rf"(?:在[\u4e00-\u9fff]{{1,8}}?)?举行(首场|第[{_NUMERAL}]+场)?(新闻发布会|发布会|报告会|座谈会|研讨会|见面会|推介会)"
)
_SERIES_HOLDS = re.compile(
    r"(?:^|(?<=[，,。；;\n]))([\u4e00-\u9fff“”]{4,30}?)(?:\d{1,2}日|今天|今日|昨天)(?:[（(][^（）()\n]{1,12}[）)])?"
    rf"(?:上午|下午|晚上)?(?:在[\u4e00-\u9fff]{{1,8}}?)?举行(首场|第[{_NUMERAL}]+场)(报告会|宣讲会|发布会|座谈会)"
)
_AIRED = "播出"  # a launch word only after a titled work (节目播出 is no event)
_ON_AIR = ("启播", "开播", "首播")
_NATIONAL_BROADCASTER = "中央广播电视总台"
# 《领航》今晚在中央广播电视总台央视综合频道8点档播出: the channel it airs on is no part of its name
_CHANNEL_TAIL = re.compile(
    r"在[\u4e00-\u9fff]{2,20}?(?:频道|总台|电视台|卫视)(?:晚?[\d一二三四五六七八九十]{1,2}点档)?$"
)
_COLUMN = "栏目"
# (《X》第三季: a season of the work is part of its name)
_TITLED_WORK = re.compile(r"[\u4e00-\u9fff\d]{0,20}?(《[^《》]{2,40}》(?:第[一二三四五六七八九十\d]{1,3}季)?)$")
# 共同启动“共链行动”, 启动“中国渔政亮剑2023”X专项执法行动: a launch told verb first
_LAUNCH_OBJECT = re.compile(
    r"(?:正式|共同|联合)?启动(?:了|实施)?((?:\d{4}年)?“[^”\n]{2,30}”[^，,。；;“”\n]{0,24}?(?:行动|活动|计划|工程)?)"
    # (自去年全面启动“三北”工程攻坚战以来: since the launch, which is named without 以来)
    r"(?:以来)?(?=[，,。；;\n]|$)"
)
#: A day as written (当地时间2024年5月10日, 10日).
_DAY = r"(?:当地时间)?(?:\d{1,4}年)?(?:\d{1,2}月)?\d{1,2}日"
_TIME_TAIL = re.compile(
    rf"(?:{_DAY}|今天|今日|今晚|今晨|昨天|昨日|昨晚|近日|日前|当天|当日|全面|全线|顺利|"
    r"[（(][^（）()]{1,12}[）)]|上午|下午|中午|晚上|正式|将|已|于|即|明天|明日|今年|同日|同一天|同时|同步|宣告|宣布|近期|\d{1,2}月)+$"
)
# what may stand between a body and the verb that holds an event (X近日在京成功举办): one piece
_BETWEEN_BODY_AND_VERB = re.compile(
    rf"(?:{_DAY}|[今昨明当同近]日|今天|今晚|昨天|明天|当天|日前|近期|"
    r"[（(][^（）()]{1,12}[）)]|上午|下午|晚上|将|已|于|正式|共同|联合|携手|成功|开始|隆重|盛大|首次|再次|专门|"
    r"同步|先后|还|又|也|等(?:部门|单位|机构|部委|方面)?|领导人|成员国|在[\u4e00-\u9fff]{0,10}?|就[^，,。；;]{2,40}?)$"
)
# 祝贺中方成功举办X: a greeting before the side that holds it
_GREETED = re.compile(r"(?:热烈|衷心)?(?:祝贺|感谢|赞赏|欢迎)")
# 本届论坛以“X”为主题，由A主办: a sentence that names an event told before by its kind alone
_TOLD_AFTER_HOSTED = re.compile(
    r"(?:本届|本次|此次|该|这次|这场|此届|今年的?)?([\u4e00-\u9fff]{2,4}?)"
    r"(?:[，,]?(?:以[^。！？\n由]{2,40}?为主题|主题为[^。！？\n由，,]{2,40}|[^。！？\n由，,]{0,12})[，,])?由"
)
# 中国和平统一促进会十届一次理事大会, 太湖世界文化论坛第七届年会: a body's own congress or session
_OWN_BODYS_SESSION = re.compile(
    rf"^([\u4e00-\u9fff·—]{{2,20}}?(?:论坛|协会|学会|联合会|促进会|研究会|商会|基金会|联盟))"
    rf"(?:第[{_NUMERAL}]+[届次]|[{_NUMERAL}]+届[{_NUMERAL}]+次|\d{{4}}年?)"
)
_GALA = re.compile(
    r"(?:中央广播电视总台|总台)?《?(?:\d{4}年)?(?:[鼠牛虎兔龙蛇马羊猴鸡狗猪]年)?(?:春晚|春节联欢晚会)》?"
)
# 总台2024年春晚今晚播出: the gala told on the air that day
_ON_THE_AIR = re.compile(r"[^，,。；;！!？?\n]{0,12}?(?:播出|直播|上演|举行|开播|首播|如约|相见|见面|开演|登场|呈现)")
# 记者今天（5月14日）从国家统计局了解到，: the body the news comes from
_NEWS_FROM = re.compile(
    r"(?:央视网消息（新闻联播）：)?记者(?:今天|今日|近日|日前|昨天)?(?:[（(][^（）()]{1,12}[）)])?从"
    r"([^，,。；;从]{2,30}?)(?:获悉|了解到)[，,]"
)
_SOURCE_HOLDS = re.compile(r"(?:活动|行动|博览会|交易会|博会|交会|贸会|展会|调查|消费季|生活节)$")
#: After a name ending in 大会, the words of a body that speaks or has officers (方面称, 议长).
_BODY_SPEAKS = re.compile(r"(?:方面|发言人|议长|副议长|发表声明|称|表示)")
_TOGETHER = re.compile(r"(?:等(?:部门|单位|机构|部委|方面)?)?(?:共同|联合)?$")
_ORGANIZE_TAIL = re.compile(rf"(?:{_alternation(_ORGANIZE)})(?:了|的)?$")
_HOSTED_BY = re.compile(
    rf"由([^，,。；;]{{2,60}}?)(?:等单位|等部门|共同|联合)?(?:{_alternation(_WORDS['host'])})(?:的|(?=[，,。；;]|$))"
)
_MEET_VERB = re.compile(r"会见|接见|会晤|会谈|通电话|座谈(?!会)")
# 李四到X村调研，同干部群众座谈交流: a talk on a tour or a lecture tour is a stop of it, no event
_ON_TOUR = re.compile(r"调研|考察|视察|宣讲|看望|慰问|走访")
_HELD_TAIL = re.compile(r"(?:举行|进行|展开|开展)了?$")
_NOT_GUESTS = re.compile(r"并|^[他她]们?|会见|接见|出席")
_RECEIVE = ("会见", "接见")
_MANY_TIMES = re.compile(
    r"多次|两度|两次|数次|[再又]次|[一二两三四五六七八九十多]度"
)  # (已经两度会晤: a history)  # (a host receives guests, named or not: 接见全国劳动模范代表)
# 同X举行中哈总理会晤, 举行第九轮中澳总理年度会晤: talks with a name of their own, found by their event word
# 会见由X率领的代表团: a described guest is a person or a group
_GUESTS_NOUN = re.compile(
    r"(?:代表|代表团|团|成员|专家|人员|客人|嘉宾|人士|负责人|主席|总统|总理|首相|部长|大使|使节|官兵|师生|运动员|企业家"
    r"|科学家|学者|委员|干部|职工|青年|侨胞|华侨|留学生)$"
)
# 习近平主席同总统先生举行会谈, 会见总理女士, 同你举行富有成果的会晤: the story's guest, named by
# his post and a courtesy, or spoken to (how the talks went may follow: 历史性, 富有成果的)
_POLITE_GUEST = re.compile(
    r"(?:(?:总统|总理|首相|主席|国王|议长|委员长|秘书长|总书记|副总统|副总理|外长|部长)(?:先生|女士|阁下)|你|您)"
    r"(?:(?:举行|进行)了?(?:[\u4e00-\u9fff]{1,6}?[性的])?)?"
)
# (举行历史性会晤, 举行富有成果的会谈: how the talks went, no name of their own)
_NAMED_TALKS = re.compile(
    r"举行了?(?!(?:[\u4e00-\u9fff]{0,8}?[性的])?(?:视频|小范围|大范围)?(?:会谈|会晤)$)[^，,。；;]{2,}(?:会谈|会晤)$"
)
_AFTERWARDS = re.compile(r"[\u4e00-\u9fff]{0,4}会后|随后|(?:会见|会谈|会晤|仪式|活动)(?:结束)?后")
_CHAIRED = re.compile(r"主持|出席|参加")
# 李四宣布X，张三主持会议, 王五等陪同: a person named in another's words who acts at the event
_ACTS_AT = re.compile(r"(?:[、和][\u4e00-\u9fff·]{2,10}?)*等?(?:共同|一同|一起)?(?:主持|出席|参加|陪同)")
# 转达习近平主席的问候, 请李强转达对习近平主席的问候: the one whose greetings are passed on is not there
_GREETS_FROM = ("转达", "转达了", "转达对", "向")
_WELCOME_AFTER = re.compile(r"[，,]?欢迎")
# what a title that is an event says after its person (或 with no person, for a launch)
_TITLE_TAIL = re.compile(r"时(?:发表重要讲话)?(?:强调|指出|表示|说)?$")
_SPEECH_AFTER = re.compile(r"并(?:发表重要讲话|讲话|致辞|合影留念)$")  # (习近平接见X并发表重要讲话)
_AT_ACT = re.compile(r"在(?:会见|接见|视察|考察)")
_TITLE_TALKS = re.compile(
    r"(?:应约|应邀)?(?:在[\u4e00-\u9fff]{1,8})?[同与].{2,40}?(?:举行)?(?:视频)?(会谈|会晤|通电话)$|(?:分别)?(会见|接见).{2,40}$"
)
_TITLE_TRIP = re.compile(
    r"(?:在|到|赴)([\u4e00-\u9fff]{2,15}?)((?:调研|考察|视察)+)[\u4e00-\u9fff]{0,20}$"
    r"|((?:考察|视察)+)([\u4e00-\u9fff\d]{2,20})$"
)
# 返京途中在江苏盐城考察: a part of a title that is a tour of its own
_TITLE_LEG = re.compile(r"(?:[\u4e00-\u9fff]{0,6}途中)?(?:在|到|赴)([\u4e00-\u9fff]{2,12}?)(考察|调研|视察)")
_TITLE_VISIT = re.compile(r"对([\u4e00-\u9fff、]{2,20}?)进行((?:国事|正式|工作|友好|正式友好|国事友好)?访问)$")
_TITLE_LAUNCH = re.compile(
    r"^([\u4e00-\u9fff\d“”《》]{2,30}?)(?:今天|今日|今晚|日前|近日|正式|全面)*(?:在[\u4e00-\u9fff]{1,8}?)?"
    r"(?:今天|今日|今晚|日前|近日|正式|全面)*(启动|开播)$"
)
# between two bodies of one list: 、 和 与 及, or 会同 after the lead body and its date
_JOINED_BODIES = re.compile(r"(?:[、和与及]|(?:\d{1,2}日|今天|近日|日前)?(?:会同|联合))$")
_BODY_MEMBERS = ("代表", "委员", "主席", "常委", "秘书长")  # 全国人民代表大会代表: the body's members
_PRESS = re.compile(r"会见了?记者")
_ALSO_MET_PRESS = re.compile(
    r"^(.{2,20}?)(?:共同|一起)?(?:出席|参加|参观|举行|主持|会见|会谈).*并((?:共同|一起)?会见记者)$"
)
# (会见前来出席论坛的X: 前来 is how the guest came, not before the meeting)
_ASIDE = re.compile(rf"(?:{_alternation(_WORDS['aside'])})(?<!前(?=[来往]))")
# 同X会谈后共同会见记者: the talks told as what came before are talks held
_HELD_BEFORE = re.compile(r"(?:结束)?后(?!续)")
# 习近平在同瑙鲁总统阿迪昂会谈时指出, 普京4日与X举行会谈时重申: talks told as the setting of what was said
# are talks held
_SETTING = re.compile(r"(?:[\d日上下午晚]{0,6})?在?[同与]")
_WITH = re.compile(r"[同与和]")
# 同X会见 (not 和: 习近平和彭丽媛会见X is both hosts')
_WITH_GUEST = re.compile(r"[同与]")
# 历史性, 建设性: how the talks went, no name
_QUALITY = re.compile(r"[\u4e00-\u9fff]{1,4}性")
_VISIT = re.compile(r"(?:出访|访问)了?([^，,。；;：:\n]{2,40}?)(?=并|[，,。；;]|期间|之际|时|\n|$)")
# 访问摩洛哥、塞内加尔和马来西亚情况的报告: the list of places visited, and what follows it
_VISITED_SPLIT = re.compile(r"[、和及]")
# 中国藏学家交流团访问拉脱维亚、爱沙尼亚: a delegation visits, named by itself and the places
_DELEGATION_VISIT = re.compile(
    r"(?:代表团|交流团|访问团|考察团|友好团)(?:近日|日前|相继|先后|\d{1,2}日|至\d{1,2}日|[在于])*(?:出访|访问)了?"
)
# 会见来华正式访问的德国总理朔尔茨: the guest's visit, named by the guest
# (来华出席中国—中亚峰会并进行国事访问的塔吉克斯坦总统拉赫蒙: attending something on the way too;
# 正在俄罗斯进行国事访问的中国国家主席习近平: a visit to a place the text names)
_VISITING_GUEST = re.compile(
    r"(?:来华|正在([\u4e00-\u9fff]{2,8}?))(?:(?:出席|参加)[^，,。；;]{2,40}?并)?(?:进行)?"
    r"((?:国事|正式|工作|友好|正式友好)?访问)的"
)
# 会见朱光亚同志亲属: the relatives of a person, not the person
_KIN_OF = re.compile(r"(?:先生|同志|女士)?(?:的)?(?:亲属|家属|后人|遗属|遗孀|子女)")
_ALL_ABOVE = re.compile(
    r"(?:参加|出席|陪同)(?:(?:上述|以上|有关)?活动(?=[。，,；;]|$)|(?:会见|会谈|会晤|接见)(?=[。，,；;]|$))"
)
_NOT_A_DELEGATION = re.compile(r"的|[同与和]|组成|率领|派出|先生")
# 习近平主席对新西兰进行国事访问: a visit named by the visitor, the country and its kind
_VISIT_TO = re.compile(
    r"对([\u4e00-\u9fff、]{2,20}?(?:[（(][\u4e00-\u9fff]{1,3}[）)])?)(?:进行)?(?:的(?:成功|首次|历史性)?)?"
    r"((?:国事|正式|工作|友好|正式友好|国事友好)?访问)"
)
#: What sets an event for a day ahead (将于18日举行).
_SET_FOR = re.compile(r"将于|定于|拟于|计划于")
#: A welcome ceremony held for a visit (举行仪式，欢迎X对我国进行国事访问).
_WELCOME_HELD = re.compile(r"举行(?:盛大|隆重)?(?:的)?(?:欢迎)?仪式[，,]?欢迎")
#: Those who attend the welcome ceremony, told after it (彭丽媛、王毅等出席欢迎仪式).
_ATTENDS_WELCOME = re.compile(r"(?:等)?(?:出席|参加)(?:了)?欢迎仪式")
#: Press conferences and briefings, whose speakers take part in them.
_BRIEFINGS = ("发布会", "记者会", "吹风会", "记者招待会")
#: Cues of figures a body publishes, no speech at a briefing.
_PUBLISHING_CUES = frozenset({"发布", "公布"})
#: A headline line of a round-up: a short line with no sentence end (国内联播快讯).
_HEADLINE_LINE = re.compile(r"(?<=\n)[^\n。！？!?:：”\"]{2,39}(?=\n)")
#: 在赴河内对越南进行国事访问之际，国家主席习近平…: the visit told before its visitor.
_ON_THE_EVE_OF_VISIT = re.compile(
    r"在(?:赴[\u4e00-\u9fff]{1,8})?对([\u4e00-\u9fff、]{2,20}?)进行((?:国事|正式|工作|友好|正式友好|国事友好)?访问)之际[，,]"
)
# 习近平将于11月13日至17日赴利马出席X并对秘鲁进行国事访问: the visitor attends X on the way
# (出席X，并对秘鲁和巴西进行国事访问: a comma before 并 too)
_ATTENDS_AND = re.compile(
    r"(?:主席|总理|总统|首相)?[将于]*(?:赴|前往|抵达|到)?[\u4e00-\u9fff]{0,8}?(?:出席|参加)[^，,。；;]{2,40}[，,]?并"
)
# 、埃及总统, 和突尼斯总理: between two people of one list, their countries and titles only
_LISTED_NEXT = re.compile(r"(?:总统|总理|首相|国王|主席|元首|女王|苏丹|埃米尔)?[、和及][\u4e00-\u9fff]{0,12}")
# 卢拉总统成功访华, 李四上月访华期间, 去年11月习近平主席访泰: a visit to China, or to a state
# written by its one-character short name (访泰, 访芬), told so
_VISITS_SHORT = re.compile(
    r"(?:(?:总统|总理|首相|国家主席|主席|国王|女王|总书记|议长|委员长)、)?"  # (苏林总书记、国家主席成功访华)
    r"(?:总统|总理|首相|国家主席|主席|国王|女王|总书记|议长|委员长|先生|女士|一行)?(?:此次|这次|本次|上月|去年|前不久)?"
    r"(?:成功|首次|再次|正式)?访([\u4e00-\u9fff])(?!团)"
)  # (习近平对邦戈访华表示欢迎, 欢迎X尽早访华: not the host's visit, nor one to come)
# 访泰期间, 访芬时, 访沙，是: what may follow a one-character short name (访德清 names a place)
_AFTER_SHORT_VISIT = re.compile(r"[^\u4e00-\u9fff]|期间|时|并|重要|成果|取得|的|后|之|是|将|意义|以来|行程")
# 恩巴洛总统今年来华进行国事访问: a visit to China named by its kind (恩巴洛对中国国事访问)
_COMES_TO_CHINA = re.compile(
    r"(?:总统|总理|首相|主席|国王|女王|总书记|议长|委员长|先生|女士)?"
    r"(?:此次|这次|本次|上月|去年|今年|此前|前不久|(?:今年)?[0-9一二三四五六七八九十]{1,2}月份?)?"
    r"来华(?:进行了?)?((?:国事|正式|工作|友好|正式友好|国事友好)访问)"
)
# 发出的访问伊朗的邀请, 邀请X访问Y: an invitation, no visit
_INVITED = re.compile(r"的?邀请")
# 应秘鲁共和国总统博鲁阿尔特邀请: who invites, inside the phrase
_INVITATION = re.compile(r"应([^，,。；;]{2,60}?)的?邀请")
_WISHED = ("期待", "期盼", "盼望", "希望")
# 习近平总书记、国家主席对越南进行国事访问: the visitor's titles between the name and the visit
_VISITOR_TITLES = re.compile(
    r"^(?:(?:中共中央)?总书记|国家主席|主席|总统|副总统|总理|副总理|首相|国王|女王|议长|委员长|王储|埃米尔|苏丹)"
    r"(?:、(?:(?:中共中央)?总书记|国家主席|主席|总统|总理|首相|国王|议长|委员长))+"
)
_INVITED_BY = re.compile(r"^是?应[^，,。；;]{2,20}?的?邀请")  # (X是应习近平的邀请对我国进行国事访问)
_QUOTED_SPEECH = re.compile(r"表示|说|指出|强调|认为|“")
_TOUR_LEGS = re.compile(r"^(.+?)对([^对]+?)((?:国事|正式|工作|友好|正式友好|国事友好)?访问)$")
# 对两国进行国事访问, 对上述三国进行: the states a count stands for
_STATES_COUNTED = re.compile("(?:上述)?([两三四五六])国")
_COUNTRY_COUNT = re.compile(rf"(?<=[\u4e00-\u9fff])[{_NUMERAL}]国$")
_DATE_SPAN = re.compile(r"\d{4}年|(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?")
# (《X》今晚播出第五、六集: a titled series goes on the air with some of its episodes)
_LAUNCH = re.compile(
    rf"(?:{_alternation(_WORDS['launch'])})(?=[，,。；;！!？?\n]|$|第[一二三四五六七八九十\d]{{1,3}}(?:[、至到和][一二三四五六七八九十\d]{{1,3}})*集)"
)
# 习近平7日在内蒙古调研边境管控情况, 李四8月22日至24日在广东调研, 张三到滨江社区看望慰问群众: a trip named by the
# person, where and what for, as written
_INSPECT = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:近日|日前|今天|今日|当天)?(?:(?:\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?)?(?:上午|下午)?(在|到|赴)(?!这|那|此|当地|各地|赴|地方|基层|一线|外地|一处)(?![^，,。]{0,12}?会上)([\u4e00-\u9fff][\u4e00-\u9fff、]{1,14}?)"
    r"((?:调研|考察|视察)+)(?:(?!的)[\u4e00-\u9fff]){0,16}?(?=时|并|期间|之际|途中|[，,。；;])"
)
# 习近平总书记在考察三峡工程时指出: the tour told by the verb before its place (named 在三峡工程考察)
_INSPECTING = re.compile(
    r"[\u4e00-\u9fff]{0,4}?在(考察|视察)(?!这|那|此|当地|各地|地方|基层|一线)([\u4e00-\u9fff]{2,12}?)时"
)
# 7月，在江苏考察时，习近平总书记指出: a tour told where a clause starts, its leader after it
_INSPECTED_BEFORE = re.compile(
    r"(?:^|(?<=[，,。；;\n]))在([\u4e00-\u9fff][\u4e00-\u9fff、]{1,14}?)(调研|考察|视察)时[，,]"
)
# a tour's own place: a country, province or region (a later trip to a village is a stop of the tour)
_TOUR_PLACES = frozenset({"country", "province", "municipality", "autonomous_region", "sar"})
_CLAUSE_END = "，,。；;：:！!？?\n \u3000"
_CLAUSE_STOP = re.compile(r"[，,。；;！!？?\n]")
#: How a guest came, before the 的 that describes the guest (会见到访的X).
_ARRIVING = frozenset({"到访", "来访", "前来", "来华", "访华", "专程前来"})
# 会见X时, 会见X并宴请: where the guest ends (not 比利时, 时任)
_GUEST_STOP = re.compile(r"(?<!比利)时(?!任)|并|让")
_GUEST_STOP_NAMED = re.compile(r"(?<!比利)时(?!任)|让")
# 在雅典分别会见X, 同Y举行会谈: a clause with no subject of its own goes on with the sentence's
_SUBJECTLESS = re.compile(
    r"(?:并|还)?(?:(?:\d{1,2}日|当天|随后|其间|期间)?(?:上午|下午|晚上)?(?:在[\u4e00-\u9fff]{1,8}?)?)(?:分别|集体|亲切)?(?:会见|接见|同|与)"
)
# 学习贯彻习近平文化思想座谈会: a person named in a doctrine is part of the event's name
_DOCTRINE = re.compile(r"(?:总书记|主席|同志)?关于[^，,。；;]{2,30}?的重要(?:思想|论述)|[^，,。、；;]{0,14}?思想")
# 关于X的重要思想座谈会: this 的 is part of the doctrine's name, not a description before it
_DOCTRINE_OF = re.compile(r"的重要(?:思想|论述)")
_DOCTRINE_BEFORE = re.compile(r"关于[^，,。；;]{2,30}?的重要(?:思想|论述)$")
_PART_OF_BODY = re.compile(
    r"(?:联合)?[\u4e00-\u9fff]{0,4}?(?:声明|纪要|公报)|发言|堂|主席团|秘书处|常务委员会|常任委员会|常委会|组委会|执委会|代表团"
    r"|组织委员会|共和国院|[参众]议院|制度|机制|中心|成立|框架|等多边|等机制|[\u4e00-\u9fff]{0,2}?(?:纪录|记录)|[金银铜奖]牌|冠军|亚军|对接|体育馆|体育场|场馆"
)
# 活动 and 演习 end a name only when it is marked as one: quoted, numbered, dated or an anniversary
_BODY_WORDS = ("办公室", "办公厅", "委员会", "新闻办", "部", "局", "厅", "署", "办", "中心")
_DO_WELL = ("做好", "开好", "办好", "开成", "服务好", "保障好", "筹备好", "组织好")
_LAUNCH_VERB_END = re.compile("(?:" + _alternation(_WORDS["launch"]) + ")$")
_OWN_NAME_AFTER_ORDINAL = re.compile(r"国际|世界|中国|全球|[“《]|论坛|博览会|峰会|运动会|节$|展$|^.{9,}$")
_STAGED = re.compile(
    r"(?:博览会|交易会|博会|贸会|交会|运会|奥会|晚会|春晚|展会|展|展览|仪式|典礼|大赛|锦标赛|公开赛|灯会|节|演习|[”》])$"
)
_SHOW_END = re.compile(r"展览?[”》]")  # (a cheap test before looking for the quoted shows)
_QUOTED_SHOW = re.compile(r"[“《]([^“”《》\n]{3,40}?(?<![发进开扩拓施])(?:展|展览|特展|大展))[”》](?!精神)")
# 选举, 春晚, 巡演, 科考: kinds of event named only when marked, and never twice in one name
_HOSTILE = re.compile(r"(?:分裂|破坏|犯罪|违法|恐怖|挑衅|渗透|颠覆|间谍|侵略|军事)(?:活动|行动)$")
_MARKED_KINDS = ("选举", "对话", "巡演", "科考", "春晚")
_COMMON_KINDS = ("活动", "演习", "行动", *_MARKED_KINDS)
_SHORT_IS_A_KIND = frozenset(
    {
        "大赛",
        "灯会",
        "主题展",
        "巡展",
        "联展",
        "锦标赛",
        "公开赛",
        "电视节",
        "动漫节",
        "戏剧节",
        "冰雪节",
        "电影周",
        "时装周",
        "世界杯",
        "演练",
        "演习",
        "世锦赛",
        "世乒赛",
    }
)
# 第25届议会选举, 2024年韩国国会选举: an election is named by its number or year (not a quote)
_COUNTED_MARK = re.compile(rf"第[{_NUMERAL}]+[届次轮任]|\d{{4}}|首届|首轮")
# 卢旺达总统选举, 美国国会选举: a state's election of its president or parliament is named by the state
_ELECTED_OFFICE = "(?:总统|议会|国会|总统和议会|总统和国会)"
_STATE_ELECTION = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?){_ELECTED_OFFICE}选举")
_STATE_OFFICE_END = re.compile(rf"{_ELECTED_OFFICE}$")
_LAUNCHED_AFTER = re.compile(
    r"(?:今天|今日|日前|近日|\d{1,2}日)?(?:[（(][^（）()]{1,12}[）)])?(?:在[\u4e00-\u9fff]{1,8}?)?(?:正式)?启动"
)
_PROPER_MARK_NEAR = re.compile(
    rf"[“《]|第[{_NUMERAL}]+[届次轮任]|\d{{4}}(?:年|(?=[\u4e00-\u9fff]))|周年|首届|首轮"
)  # (a cheap test before the walk)
# (2023中国产业转移发展对接活动: a year written before the name without 年 dates it too)
_PROPER_MARK = re.compile(
    rf"[“《]|第[{_NUMERAL}]+[届次轮任]|^\d{{4}}年|^(?:19|20)\d\d(?=[\u4e00-\u9fff])(?![多余万亿个项间名元件场次人家])|周年|首届|首轮"
)
# parts of a proper name after a verb: places, bodies, abbreviations, numbers (jieba tags)
_NAME_PARTS = frozenset({"ns", "nt", "j", "m", "x"})
_ANNIVERSARY = re.compile(rf"[{_NUMERAL}]+周年")
# 马可·波罗逝世700周年纪念活动: the anniversary of a person's birth or death is named by the person
# 中国与世界知识产权组织合作五十周年纪念: the anniversary of two sides' ties names both sides
_TIES_ANNIVERSARY = re.compile(rf"[^，,。；;]{{2,20}}?(?:建交|合作|建立[^，,。；;]{{0,8}}?关系)[{_NUMERAL}]+周年")
_PERSON_ANNIVERSARY = re.compile(rf"(?:诞辰|诞生|逝世|去世)[{_NUMERAL}]+周年")
_QUOTED = re.compile(r"“[^”]*”|《[^》]*》")
_QUOTES = {"”": "“", "》": "《", "」": "「", "’": "‘"}
# a name never ends in a preposition, adverb, conjunction, particle or pronoun (jieba tags)
_NOT_BEFORE_EVENT_WORD = frozenset({"p", "d", "c", "u", "r"})
# stops inside a longer subject (中央层面整治形式主义为基层减负...会议): not a sure start
_WEAK_STOPS = frozenset({"为", "和", "与", "的", "及", "以", "对", "从", "向", "等"})
# 致电祝贺X召开: the story reports on the event, its people do not attend it
# 赵乐际5日下午参加他所在的四川代表团审议: a deliberation of a congress delegation a leader joins
_DELEGATION_REVIEW = re.compile(
    r"[^，,。；;]{0,16}?参加了?(?:他|她)?(?:所在的)?(?:[^，,。；;]{2,16}?会议)?([\u4e00-\u9fff]{2,12}?代表团)(?:的)?(审议|讨论)"
)
# 苏辉在参加台盟界委员小组讨论时说: a political advisor's sector group of a CPPCC session
_SECTOR_GROUP = re.compile(
    r"[^，,。；;]{0,16}?参加了?(?:[^，,。；;]{2,16}?会议)?([\u4e00-\u9fff]{1,12}?界别?(?:委员)?(?:小组|联组))(讨论|会)"
)
# 丁薛祥7日上午来到他所在的十四届全国人大一次会议辽宁代表团，同代表们一起审议: the same, told as a visit
_DELEGATION_JOINED = re.compile(
    r"[^，,。；;]{0,16}?来到(?:他|她)?(?:所在的)?(?:[^，,。；;]{2,16}?会议)?([\u4e00-\u9fff]{2,12}?代表团)[，,]"
    r"(?:同|与|和)代表们(?:一起|一道|共同)(审议|讨论)"
)
_REACTION = re.compile(r"评价|反响|热议|点赞|赞誉|盛赞|称赞|关注|期待|认为|人士")
_REPORTED = re.compile(r"致电|贺电|贺信|致信|祝贺|致函")
_PRESS_EVENT = re.compile(r"(?:发布|吹风|记者|通气|见面|宣介)会$")
_PRESENTS = re.compile(r"(?:相关|有关)?(?:负责人|负责同志|新闻发言人)|介绍")
_SPOKESMAN = re.compile(r"(?:相关|有关)?(?:负责人|负责同志|新闻发言人)")
_PERSON_ASIDE = re.compile(
    r"(?:主席|总书记|同志|总理)?(?:提出|的|用|所作|作的|新时代|同志为核心|关于|重要(?:讲话|指示|批示|论述)|和党中央)"
)


@dataclass
class _Draft:
    """An event being put together; frozen into an Event at the end."""

    name: str
    start: int
    end: int
    rule: str
    date: str | None = None
    organizer: str | None = None
    participants: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)  #: bodies that hold or present it
    guests_from: int = -1  #: for a meeting: where the guest's part of the clause starts
    described: bool = False  #: for a meeting: the guest is described by a clause (来华出席X的)
    unnamed_guest: bool = False  #: for a meeting: no guest is named by a person's name
    polite: bool = False  #: for a meeting: the guest is named by a courtesy (同总统先生会谈), told in passing
    held: bool = False  #: the organizer is told holding it (由X主办, X举办), not only named in its name
    by_place: bool = False  #: the organizer is a country or province that holds it (俄罗斯举行X): no participant


@register("events")
class EventExtractor:
    """Meetings and other named events, with date, organizer and participants."""

    name = "events"
    produces = frozenset({"event"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        # 动员部署会议: 部署会 is no event word when 议 follows (the name runs on to 会议)
        # 东盟外长会: a ministers' meeting (not 外长会见, 外长会谈: the minister meets)
        words = [re.escape(w) + ("(?![见谈晤商面])" if w.endswith("长会") else "") for w in gazetteer.event_suffixes]
        self.pattern = re.compile("(?:" + "|".join(words) + ")(?!议)")
        # 全国乡村文化活动年启动: a launch is the event's own only when its name ends in an event word
        self.ends_in_event = re.compile("(?:" + "|".join(map(re.escape, gazetteer.event_suffixes)) + ")[”》]?$")
        self.suffixes = frozenset(gazetteer.event_suffixes)
        self.titles = tuple(sorted((t for t in gazetteer.titles if len(t) > 1), key=len, reverse=True))
        self.title_after = re.compile(_alternation(self.titles))
        self.places = gazetteer.places

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Event | Mention]:
        text = doc.text
        metas = found.relations("document")
        meta = metas[0] if metas and isinstance(metas[0], DocumentMeta) else None
        doc_date = meta.date if meta else doc.doc.date
        title = (meta.title if meta else doc.doc.title) or ""
        orgs = sorted(found.mentions("organization"), key=lambda m: (m.start, m.end))
        people = sorted(found.mentions("person"), key=lambda m: (m.start, m.end))
        drafts = self._named(doc, orgs, people)
        drafts += _games_inside(drafts)
        drafts += _games_sharing_lead(text, drafts)
        drafts += _meetings(text, people)
        drafts += _meetings_told_before_host(text, people, drafts)
        drafts += _visits(text, people, self.places, self.gaz.sides)
        drafts += _one_launch_each(self._launches(text, orgs, people))
        drafts += _held_by_work(text)
        drafts += _passages(text)
        drafts += _party_congresses(text)
        drafts += _congresses_in_session(text, drafts)
        drafts += _inspections(text, people, self.places)
        drafts += _delegation_reviews(text, people)
        if _ON_TOUR.search(title):
            # 李强在安徽调研 (…与孵化企业负责人座谈): a talk on the tour is a stop of it
            drafts = [d for d in drafts if not (d.rule == "meeting" and d.name.endswith("座谈"))]
        drafts += _press_conference(text, drafts, title)
        drafts += _title_event(text, drafts, title, people, self.places, self.pattern)
        drafts += _title_named_in_text(text, drafts, title, self.pattern)
        drafts += _title_second_tour(text, drafts, title, people)
        touring = {d.participants[0] for d in drafts if d.rule == "inspection" and d.participants}
        if touring:
            # 习近平在南部战区海军视察…接见官兵代表: a reception on the tour is a stop of it
            drafts = [
                d for d in drafts if not (d.rule == "meeting" and any(d.name.startswith(h + "接见") for h in touring))
            ]
        statements = found.relations("statement")
        told_of = _told_of(text, people, statements)
        for draft in drafts:
            _describe(text, draft, orgs, people, doc_date, told_of, self.gaz)
            if draft.rule == "visit" and draft.described:
                draft.date = None
        _hosted_told_after(text, drafts, orgs, self.suffixes)
        _within_meetings(text, drafts, people)
        _launched_is_the_launch(drafts)
        _dated_by_the_one_before(text, drafts)
        _reviews_dated_by_the_lead(text, drafts, doc_date)
        _ceremonies_named_by_subject(text, drafts, orgs, people)
        _bracketed_short_names(text, drafts)
        drafts = _merge_short_names(drafts)
        drafts = _held_congresses(text, drafts)
        _title_names_event(text, drafts, title, self.pattern)
        _title_names_unnamed_guest(drafts, title)
        speakers = [s.speaker for s in statements if s.speaker_kind == "person"]
        _main_participants(text, drafts, people, speakers, title, told_of)
        _attend_all_above(text, drafts, people)
        _no_envoy_senders(text, drafts, people)
        _no_inviters(text, drafts, people)
        _briefers_take_part(text, drafts, statements)
        _welcome_ceremony_takes_part(text, drafts, people)
        seen: set[tuple[str, str | None, int]] = set()
        events = []
        for d in sorted(drafts, key=lambda d: (d.start, d.end, d.name)):
            if (
                (d.name, d.date, d.start) in seen
                or d.rule == "suffix"
                and (
                    _KIND_ONLY.match(_ORDINAL_ONLY.sub("", d.name))
                    or _GUEST_TITLE_TALKS.match(d.name)
                    or self.gaz.org(d.name) is not None
                    and not d.name.endswith("论坛")
                )
            ):
                # (小范围会谈, 中心组集体学习: a kind of meeting, named by nobody; 莱总统会晤: a guest's
                # title, not the talks' name; 中国人民政治协商会议,
                # 联合国贸发会议: a body, named like a meeting; a forum is both)
                continue
            seen.add((d.name, d.date, d.start))
            participants = d.participants or d.bodies or _holder_attends(d)
            events.append(
                Event(
                    name=d.name,
                    date=d.date,
                    organizer=d.organizer,
                    participants=tuple(dict.fromkeys(participants)),
                    start=d.start,
                    end=d.end,
                    extractor=self.name,
                    rule=d.rule,
                )
            )
        return events

    # -- names ending in an event word -------------------------------------------------

    def _named(self, doc: SegmentedText, orgs: list[Mention], people: list[Mention]) -> list[_Draft]:
        text = doc.text
        person_spans = {p.end: p.start for p in people}
        # 丁薛祥到博览会 (jieba: 丁/薛祥到): a name the story knows stops the walk where the
        # tagger missed it
        # (of two names ending at one place, the first in sort order)
        found = occurrences(text, {p.label for p in people if len(p.label) > 1})
        for name in sorted(found):
            for start in found[name]:
                person_spans.setdefault(start + len(name), start)
        for p in people:
            # 论学习贯彻习近平主席十四届全国人大一次会议重要讲话: the person and the title after him
            titled = self.title_after.match(text, p.end)
            if titled is not None:
                person_spans.setdefault(titled.end(), p.start)
        by_end = {t.end: t for t in doc.tokens}
        by_start = {t.start: t for t in doc.tokens}
        orgs_by_end = {o.end: o for o in orgs}
        body_names = {text[o.start : o.end] for o in orgs}
        out = []
        for match in self.pattern.finditer(text):
            end = match.end()
            if text[match.start() - 1 : match.start()] == "在" and _PRESS_EVENT.search(match.group()):
                body = _speaking_body(text, match.start() - 1, orgs_by_end)
                if body is not None and not any(_PRESS_EVENT.search(d.name) for d in out):
                    # (在国新办举行的发布会上…。中国人民银行在发布会上还宣布: the one told before)
                    # 美国海岸警卫队22日在发布会上说: the body's own press conference
                    name = text[body.start : body.end] + match.group()
                    out.append(_Draft(name, match.start(), end, "suffix", organizer=body.label, bodies=[body.label]))
                continue
            if (
                _SESSION_AFTER.match(text, end)
                or text.startswith(_FINAL, end)
                or _NTH_PART.match(text, end)  # (X系列报告会第四场报告会: the fourth is the event told)
                or text.startswith(_VENUE_AFTER, end)  # (八七会议会址纪念馆: a place named after it)
                or text[match.start() - 1 : match.start()] in ("在", "于")
                or match.group() == "大典"
                and text.startswith("》", end)  # 《永乐大典》: a book
            ):  # (X大赛总决赛: the final is the event told)
                continue  # (在会谈中: the event word alone, after a preposition)
            opened = text.rfind("“", max(0, match.start() - 40), match.start())
            if opened > text.rfind("”", max(0, match.start() - 40), match.start()) and text[end : end + 1] != "”":
                continue  # “2024年巴黎奥运会版权合作协议”: part of a longer quoted name
            titled = text.rfind("《", max(0, match.start() - 40), match.start())
            if titled > text.rfind("》", max(0, match.start() - 40), match.start()) and not text.startswith(
                ("》", "精神"), end
            ):
                continue  # 《全民阅读大会·2023年度中国好书》: part of a longer titled name
            if end not in by_end and end < len(text) and text[end] not in "上中后前期时里":
                continue  # 文化节目: the event word runs on into another word (not 会上)
            last = by_end.get(end)
            if (
                last is not None
                and last.start > match.start()
                and match.start() not in by_start
                and end - match.start() == 2
            ):
                continue  # 每三到七年会出现 (七年/会): the event word starts inside another word
            after = end
            if text[end : end + 1] in ("（", "(") and (close := _BRACKET_END.match(text, end)):
                after = close.end()  # 南非非洲人国民大会（非国大）主席: the body's short name
            if _PART_OF_BODY.match(text, after) or text.startswith(self.titles, after):
                continue  # 人民大会堂, 代表大会主席, 国家会议中心, 奥运会纪录, 奥运会金牌: not the event itself
            if match.group() == "仪式" and _WELCOME_AFTER.match(text, end) and text.endswith("举行", 0, match.start()):
                continue  # 李强在人民大会堂举行仪式，欢迎越南总理范明政访华: part of the visit, no event
            # 在2024年美国总统选举中, 卢旺达总统选举: an election, during it; a state's, named by the state
            election = match.group() == "选举"
            state_election = election and self._state_election_before(text, match.start())
            if match.group() in _COMMON_KINDS and (
                text[end : end + 1]
                in (("周", "月", "日", "年", "区") if election else ("周", "月", "日", "年", "中", "区"))
                or _LAUNCHED_AFTER.match(text, end)
                or not (state_election or _PROPER_MARK_NEAR.search(text, max(0, match.start() - 40), match.start()))
            ):
                continue  # 科技活动周, 活动中心: a longer thing; X活动今天启动: the launch names it
            bare = _BARE_HELD.search(text, max(0, match.start() - 14), match.start())
            if bare is not None and (match.group() in _COMMON_KINDS or match.group() in ("仪式", "典礼")):
                continue  # X政府举行活动, 全国政协举行仪式: no name of its own
            if bare is not None and bare.group(1) == "的" and not _PRESS_EVENT.search(match.group()):
                bare = None  # (X举行的会议上: only a press conference is named by its body so)
            if bare is not None:
                # 中共中央政治局4月28日召开会议, X在开罗召开紧急会议, 中共中央举行座谈会, 在国务院新闻办
                # 今天举行的新闻发布会上: a bare event takes the name of the body holding it
                sent_start = sentence_bounds(text, match.start(), end)[0]
                body = _organizer_before(text, sent_start, bare.start(2), orgs_by_end)
                if body is not None:
                    # (the body as the text writes it: 联合国安理会苏丹问题公开会)
                    name = text[body.start : body.end] + bare.group(2) + match.group()
                    out.append(_Draft(name, bare.start(2), end, "suffix", organizer=body.label, bodies=[body.label]))
                    continue
            if match.group() == "行动" and text.endswith(_DOING_HOW, 0, match.start()):
                continue  # “三北”工程沿线各地积极行动: how they act, not a campaign's name
            if text.endswith(_DO_WELL, 0, match.start()):
                continue  # 及时准确做好会议, 守正创新办好大会: a verb on an event named elsewhere
            before = by_end.get(match.start())
            if before is not None and before.pos in _NOT_BEFORE_EVENT_WORD and before.text not in ("届", "次", "特别"):
                continue  # 围绕大会主题: a verb or adverb before the event word, not a name (特别峰会 is one)
            if (
                text.startswith("”", end)
                and opened >= 0
                and "”" not in text[opened:end]
                and end - opened <= 40
                and match.group() not in _COMMON_KINDS
            ):
                # 向“2023从都国际论坛”致贺信: a quoted name is all of its quote (从 inside it is no verb)
                parts = list(_SPACED_PART.finditer(text[opened + 1 : end]))
                if len(parts) > 1 and all(self._ends_in_event_word(p.group()) for p in parts):
                    # “2022中国(曲阜)国际孔子文化节 第八届尼山世界文明论坛”: two events held together
                    for part in parts:
                        at = opened + 1 + part.start()
                        out.append(_Draft(part.group(), at, at + len(part.group()), "suffix"))
                    continue
                edition = _EDITION_BEFORE.search(text, max(0, opened - 8), opened)
                if edition is not None:
                    # 第二届“世界航商大会”: which one of the series, before its quoted name
                    out.append(_Draft(text[edition.start() : end + 1], edition.start(), end + 1, "suffix"))
                    continue
                out.append(_Draft(text[opened + 1 : end], opened, end + 1, "suffix"))
                continue
            start = self._name_start(text, match.start(), person_spans, by_end, by_start)
            short = match.group() in _ABBREVIATED and (
                # 服贸会, 高交会: jieba keeps the one character and the abbreviation of a fair one
                # word (not 亚运会, 奥运会: a kind of games, named by its place or year)
                match.group() in _FAIRS
                and last is not None
                and last.start == match.start() - 1
                and text[last.start] not in _NOT_ABBREVIATING
                and is_han(text[last.start])
                or before is not None
                and (
                    len(before.text) == 1
                    and before.text not in _NOT_ABBREVIATING
                    # 从进/x|博会: jieba ran a preposition into the one character
                    or len(before.text) == 2
                    and before.text[0] in _NOT_ABBREVIATING
                )
                and is_han(before.text[-1])
            )  # 办好进博会, 进博会已成为 (jieba: 进/博会): the one character names the expo
            # (what stands before that character only acts on it: 巡视|链|博会)
            upto = before.start if short and before is not None and len(before.text) == 2 else match.start() - 1
            if short and start is not None and (subject := by_start.get(start)) is not None and subject.pos == "r":
                start = subject.end  # 他巡视|链|博会: a pronoun, the subject of the verb on the expo
            if short and (start is None or _acts_only(text, start, upto, by_start)):
                out.append(_Draft(text[match.start() - 1 : end], match.start() - 1, end, "suffix"))
                continue
            if start is None:
                held = _held_by_body(text, match.start(), orgs)
                if held is not None:
                    subject, body, ordinal = held
                    out.append(_Draft(subject + text[ordinal:end], ordinal, end, "suffix", organizer=body))
                continue
            if text[start : match.start()] != "欢迎" and _acts_only(text, start, match.start(), by_start):
                continue  # 圆满完成大会, 亮相展会: a verb on an event, not the event's name
            first = by_start.get(start)
            lead = start
            if first is not None and first.pos == "r" and first.end < match.start():
                # 他高度评价成都大运会: a pronoun subject and its verb; the name starts at the place
                start = first.end
                place = by_start.get(start)
                while place is not None and place.end < match.start() and place.pos not in ("ns", "nt", "nz"):
                    place = by_start.get(place.end)
                if place is not None and place.pos in ("ns", "nt", "nz"):
                    start = place.start
                first = by_start.get(start)
                lead = start
            while first is not None and first.pos[:1] in ("v", "d", "c") and first.end < match.start():
                lead = first.end
                first = by_start.get(first.end)
            celebrates = text[start:lead] in ("庆祝", "纪念") and _ANNIVERSARY.search(text, lead, match.start())
            if lead > start and first is not None and first.pos in ("ns", "nt", "nz", "j") and not celebrates:
                # 点燃杭州亚运会, 即将出征巴黎残奥会: the verb governs the name (not 庆祝X成立70周年大会,
                # the anniversary's own name)
                start = lead
            start = _after_governing_verb(text, start, match.start(), by_start)
            name = text[start:end]
            if match.group() in ("会谈", "会晤", "通电话") and (
                name.startswith(("同", "与"))
                or start > 0
                and text[start - 1] in "同与和的"
                or start in person_spans
                or any(start < p.start and p.end <= match.start() for p in people)
                or text[start - 1 : start] == "在"
                and _WITH.search(text, _clause_start(text, start), start)
            ):
                # 同乌兹别克斯坦总统米尔济约耶夫会谈, 同拜登总统在巴厘岛会晤, 同X、中央组织书记莫拉莱斯
                # 会谈: talks of named people are the meeting rule's (the place or title is no name)
                continue
            if _MEET_VERB.search(name, 0, len(name) - len(match.group())) or _MANY_TIMES.search(name):
                continue  # 在北京会见白俄罗斯国民会议…主席, 中俄元首两度会晤: no event's name
            if name in body_names and name.endswith("会议"):
                continue  # 中国人民政治协商会议: the body, not a session of it
            body = orgs_by_end.get(end)
            if body is not None and body.start >= start and not _SESSION_MARK.search(text, start, end):
                continue  # 博鳌亚洲论坛今天举行新闻发布会, 代表联合国大会: the body, not a session of it
            if _ORDINAL_START.match(name) and not _OWN_NAME_AFTER_ORDINAL.search(_ORDINAL_ONLY.sub("", name)):
                # (X举办第三届滨海国际博览会: a name of its own after the ordinal is not the body's)
                held = _held_by_body(text, match.start(), orgs, start)
                if held is not None:
                    subject, body, ordinal = held
                    out.append(_Draft(subject + text[ordinal:end], ordinal, end, "suffix", organizer=body))
                    continue
            for ceremony in _CEREMONY:
                # 达沃斯论坛开幕式: the opening is the forum's; 论坛开幕式 alone names nothing new
                if name.endswith(ceremony) and self.pattern.search(name[: -len(ceremony)][-6:]):
                    base = name[: -len(ceremony)]
                    if not self._has_own_name(text, start, start + len(base)):
                        name = ""
                    else:
                        name, end = base, start + len(base)
                    break
            quote = name.find("“")
            if quote > 1 and name[quote - 1] in "和与及、" and "“" not in name[: quote - 1]:
                # 环台岛战备警巡和“联合利剑”演习: one thing and another, the named one the event
                name, start = name[quote:], start + quote
                quote = 0
            if match.group() in _COMMON_KINDS and quote >= 8 and not _PROPER_MARK.match(name):
                # 缉捕在逃境外经济犯罪嫌疑人“猎狐2024”专项行动: what it does, before its quoted name
                name, start = name[quote:], start + quote
            if match.group() in _MARKED_KINDS and match.group() in name[: -len(match.group())]:
                name = ""  # 第二次青藏科考重点科考: the kind again, no second name
            if match.group() in _SHORT_IS_A_KIND and len(name) < 6 and not _PROPER_MARK.search(name):
                name = ""  # 书画大赛, 新春灯会, 科幻主题展: a kind of contest or show, no name of its own
            inner = self.pattern.search(name, 0, len(name) - 2)
            if inner is not None and name.startswith("员", inner.end()):
                inner = None  # 韩国第22届国会议员选举: 会议 inside 国会议员
            state = _STATE_ELECTION.fullmatch(name) if match.group() == "选举" else None
            counted = _COUNTED_MARK.search(name) or (state is not None and self._is_state(state.group(1)))
            if match.group() in ("选举", "对话", "科考", "磋商") and (not counted or inner is not None):
                name = ""  # (二十大选举产生的中央委员会: the congress's own act, no election of its own)
            if match.group() in _COMMON_KINDS and _HOSTILE.search(name):
                name = ""  # 坚决反对“台独”分裂活动: what is fought, no campaign of its own
            if match.group() in _COMMON_KINDS and (not (_PROPER_MARK.search(name) or state) or "的”" in name):
                # (实施“有针对性的”行动: a quoted description, no name)
                name = ""  # 经贸活动, 联合军事演习: a kind of activity; “三下乡”活动, 第十三届X周活动: a named one
            if name and match.group().endswith("大会") and _BODY_SPEAKS.match(text, end):
                name = ""  # 利比亚国民代表大会方面称: a body named 大会 that speaks, not a meeting
            if name and match.group() in _COMMON_KINDS and text.endswith("启动", 0, start):
                # 正式启动2023年X宣传周活动: the launch of the activity, as a headline names it
                out.append(_Draft(name + "启动", start, end, "launch"))
            elif name:
                out.append(_Draft(name, start, end, "suffix"))
        # 2024年“欢乐春节”启动仪式暨“欢乐春节 春满濠江”音乐会: one event named by both parts
        by_end_draft = {d.end: d for d in out}
        for d in out:
            joined = d.name.find("暨")
            first = by_end_draft.get(d.start + joined) if joined > 0 else None
            if first is not None and first is not d and first.name.endswith(d.name[:joined]):
                d.name, d.start = first.name + d.name[joined:], first.start
                first.end = -1  # (dropped below)
        out = [d for d in out if d.end >= 0]
        # 《斯文在兹——中华古代文明版本展》, “同心护珍宝——古籍保护成果展”: an exhibition named by
        # its quoted title, all of it (the walk stops at the dash)
        shows = [
            _Draft(m.group(1), m.start(), m.end(), "suffix")
            for m in (_QUOTED_SHOW.finditer(text) if _SHOW_END.search(text) else ())
            if not _PART_OF_BODY.match(text, m.end())
        ]
        out = [d for d in out if not any(q.start <= d.start and d.end <= q.end for q in shows)] + shows
        # 中非合作论坛北京峰会: an event word inside a longer name names no event of its own
        longest = {}
        for d in out:
            if d.end > longest.get(d.start, -1) and _CLAUSE_STOP.search(text, d.start, d.end) is None:
                longest[d.start] = d.end
        return [d for d in out if d.end >= longest.get(d.start, d.end)]

    def _is_state(self, name: str) -> bool:
        """Whether name is a country's (美国, 卢旺达)."""
        place = self.places.get(name)
        return place is not None and place.kind == "country"

    def _state_election_before(self, text: str, at: int) -> bool:
        """卢旺达总统选举: a state's name, then its president or parliament, end at `at`."""
        office = _STATE_OFFICE_END.search(text, max(0, at - 6), at)
        return office is not None and any(
            self._is_state(text[office.start() - k : office.start()]) for k in range(2, 9) if office.start() >= k
        )

    def _ends_in_event_word(self, name: str) -> bool:
        """Whether an event word ends the name (文化节, 论坛)."""
        return any(m.end() == len(name) for m in self.pattern.finditer(name))

    def _has_own_name(self, text: str, start: int, end: int) -> bool:
        match = self.pattern.search(text, start, end)
        while match and match.end() < end:
            match = self.pattern.search(text, match.start() + 1, end)
        return bool(match) and match.start() - start >= 2

    def _suffix_len(self, text: str, pos: int) -> int:
        match = self.pattern.match(text, pos)
        return len(match.group()) if match else 0

    def _name_start(
        self,
        text: str,
        suffix_start: int,
        person_spans: dict[int, int],
        by_end: dict[int, Token],
        by_start: dict[int, Token],
    ) -> int | None:
        """Walk left from the event word over the name (bodies, ordinals and quoted parts
        included: 十三届全国人大常委会第三十七次会议); None when it has no name of its own."""
        pos = suffix_start
        limit = max(0, suffix_start - 40)
        stop = ""
        joined = False
        doctrine = _DOCTRINE_BEFORE.search(text, limit, suffix_start)
        if doctrine:
            pos = doctrine.start()  # 习近平总书记关于X的重要论述研讨会: the doctrine names the event
        while pos > limit:
            char = text[pos - 1]
            if char in _QUOTES:
                opening = text.rfind(_QUOTES[char], max(0, pos - 60), pos - 1)
                if opening < 0:
                    break
                pos = opening
                continue
            # a one-character word stops the name only as a word of its own (经, not 经济)
            token = by_end.get(pos)
            intro = _INTRO_END.search(text, max(0, pos - _INTRO_LONGEST), pos)
            stop = (
                intro.group()
                if intro and (intro.end() - intro.start() > 1 or token and token.text == intro.group())
                else ""
            )
            if not stop and token is not None and token.pos in _PARTICLES and pos != suffix_start:
                break  # 参加过残奥会, 密布着展会: a particle ends the verb before the name
            if stop in ("和", "及") and text.endswith("表彰", 0, suffix_start) and pos < suffix_start - 2:
                pos -= 1  # 全国先进集体和先进个人表彰大会: 和 joins the honoured
                continue
            if (
                stop in ("同", "与", "和")
                and self._suffix_len(text, suffix_start) == 2
                and not joined
                and text.startswith("对话", suffix_start)
            ):
                joined = True  # 中国共产党同德国社民党首届战略对话: the two sides name the dialogue
                pos -= 1
                continue
            held_whole = _HELD_WHOLE.search(text, max(limit, pos - 24), pos - 1) if stop in ("和", "及") else None
            if (
                held_whole is not None
                and not self.pattern.search(text, held_whole.end(), pos - 1)
                and not text.startswith(_GENERIC, held_whole.end())
            ):
                pos = held_whole.end()  # 召开黄河流域生态保护和高质量发展座谈会: all the verb holds is the name
                stop = ""
                break
            if stop in ("与", "和", "及") and _JOINED_NAME.search(text, max(limit, pos - 16), pos - 1):
                pos -= 1  # X博览会暨中国—东盟商务与投资峰会: 与 inside the second name of a joined one
                continue
            if stop in ("与", "和", "及"):
                lead = _ORDINAL_LEAD.search(text, max(0, pos - 18), pos - 1)
                if lead and not self.pattern.search(text, lead.start(), pos - 1):
                    pos -= 1
                    continue
            if stop == "亮相" and pos == suffix_start:
                pos -= 2  # 大熊猫亮相仪式: the ceremony's own name, not a verb before it
                continue
            if stop == "欢迎" and text.startswith("仪式", suffix_start) and pos == suffix_start:
                pos -= 2  # 举行的欢迎仪式: 欢迎 is the ceremony's own name, not a verb before it
                stop = ""
                break
            if stop and stop not in ("的", "和", "与", "及", "在") and _ANNIVERSARY.match(text, pos):
                pos -= len(stop)  # 和平共处五项原则发表70周年纪念大会: the anniversary's own name
                continue
            if stop in ("与", "同", "和") and _TIES_ANNIVERSARY.match(text, pos):
                pos -= 1  # 中国与世界知识产权组织合作五十周年纪念暨宣传周: 与 joins the two sides
                continue
            if stop:
                break
            if _DEMONSTRATIVE_END.search(text, max(0, pos - 3), pos):
                break  # 印上这次二十国集团领导人峰会: the name starts after 这次
            if _COUNT_END.search(text, max(0, pos - 8), pos):
                break  # 共拿到7张巴黎奥运会参赛门票: the tickets' count, no part of the name
            if pos in person_spans and pos != suffix_start and not _DOCTRINE.match(text, pos, suffix_start):
                stop = "person"
                if _PERSON_ANNIVERSARY.match(text, pos) or text.startswith("同志", pos):
                    # 江泽民同志追悼大会, 马可·波罗逝世700周年纪念活动: the person it honours names it
                    pos = person_spans[pos]
                    if text.endswith(("纪念", "庆祝"), 0, pos) and _ANNIVERSARY.search(text, pos, suffix_start):
                        pos -= 2  # 纪念毛泽东同志诞辰130周年座谈会: the anniversary's own name
                elif text.startswith("在", pos):
                    pos += 1  # 张三在庆祝X大会上 (jieba: 张三在): the preposition after the person
                break
            if char in ")）":
                # 中国—东盟(10+1)领导人会议: a short aside in brackets belongs to the name
                opening = max(text.rfind("(", max(0, pos - 12), pos - 1), text.rfind("（", max(0, pos - 12), pos - 1))
                if opening < 1 or not (is_han(text[opening - 1]) or text[opening - 1].isdigit()):
                    break  # (二)追悼大会: a list number, not part of a name
                pos = opening
                continue
            if text.endswith("——", 0, pos):
                break  # 扎实做好经济工作——论X会议: a dash outside quotes starts a new phrase
            if not (is_han(char) or char in "—-·±" or char.isdigit() or char.isascii() and char.isalpha()):
                break
            if (
                token is not None
                and len(token.text) > 1
                and token.pos[:1] in ("v", "d")
                and not (  # (澜沧江—湄公河合作第四次领导人会议; not 加强合作第三届论坛)
                    token.text in _MECHANISM_WORDS
                    and (head := by_end.get(token.start)) is not None
                    and head.pos[:1] in ("n", "j")
                )
                and _EDITION_START.match(text, pos)
            ):
                break  # 数量已超过第五届进博会: a verb before the edition is no part of the name (not 委员|会)
            pos -= 1
        subject = self._subject_start(text, pos, suffix_start, person_spans) if stop in _WEAK_STOPS else None
        if subject is not None:
            pos = subject
        if text.endswith("党的", 0, pos):
            pos -= 2  # 党的二十届三中全会: the Party's congresses and plenums are named so
        if text.startswith("精神", suffix_start + self._suffix_len(text, suffix_start)):
            # 学习贯彻党的二十大精神: the event is the congress, not its study
            # (论贯彻X会议精神: the study may come after other words, so the last one counts)
            leads = [_STUDY.search(text, pos, suffix_start)]
            while leads[-1] is not None:
                leads.append(_STUDY.search(text, leads[-1].end(), suffix_start))
            if len(leads) > 1:
                pos = leads[-2].end()
        if text.startswith("暨", pos):
            pos += 1  # X大会暨Y纪念活动: the second name starts after 暨
        if text.startswith("中国全国", pos):
            pos += 2  # 祝贺中国全国两会成功举行: the country before its own bodies' names
        if text.startswith("好", pos) and pos + 1 < suffix_start:
            pos += 1  # 开好全国政协十四届一次会议 (jieba: 开/好全国): the verb's complement
        lead_date = _LEADING_DATE.match(text, pos, suffix_start)
        if lead_date:
            pos = lead_date.end()
        for when in _LEADING_TIME.finditer(text, pos, suffix_start):
            pos = when.end()
        for when in _DAY_INSIDE.finditer(text, pos, suffix_start):
            # 知名人士10日发起“和平宣言”请愿书活动: a day told inside ends the clause's subject,
            # and the verb after it governs the name
            pos = when.end()
            verb = by_start.get(pos)
            if verb is not None and verb.pos[:1] == "v" and verb.end < suffix_start:
                pos = verb.end
        relative = [i for i in _unquoted_positions(text, pos, suffix_start, "的") if not _DOCTRINE_OF.match(text, i)]
        if relative and not text.endswith("党", 0, relative[-1]):
            pos = relative[-1] + 1  # 为期两天的第十四届陆家嘴论坛: a description before the name
        counts = list(_COUNT_INSIDE.finditer(text, pos, suffix_start))
        if counts and not _ANNIVERSARY.search(text, counts[-1].end(), suffix_start):  # (五项原则发表70周年纪念大会)
            pos = counts[-1].end()  # 设三个分论坛: a count of events, the name (if any) follows it
        for times in _TIMES_BEFORE_VERB.finditer(text, pos, suffix_start):
            verb = by_start.get(times.end())
            if (
                verb is not None
                and verb.pos[:1] == "v"
                and verb.end < suffix_start
                or text.endswith(_HOLDING_VERBS, 0, times.start())
            ):
                # 召开三次推动共建“一带一路”工作座谈会, 主持召开四次长江经济带发展座谈会: how often, then the name
                pos = times.end()
        name = text[pos:suffix_start]
        if (
            len(name) < 2
            or name.startswith(_GENERIC)
            or name.endswith(("的", "和", "与"))
            or name.endswith(_GENERIC_TAILS)
            and not _PROPER_MARK.search(name)
            or name.startswith("情况")
            or _QUALITY.fullmatch(name)
        ):  # (中央有关会议, 一系列重要会议, 重点展会, 情况新闻发布会, 历史性会晤: no name of its own)
            return None
        if any(w in name for w in _WORDS["action"]) or "或" in _unquoted(name):
            return None  # (召开党代表大会或党代表会议: a kind of meeting, either one)
        if _COUNTED.match(name):
            return None  # 15个分论坛: a count of events, not a name
        if _ORDINAL_ONLY.sub("", _YEAR_FIRST.sub("", name)) == "":
            return None  # 第一次会议: no name of its own
        if name.count("“") != name.count("”") or name.count("《") != name.count("》"):
            return None
        return pos

    def _subject_start(self, text: str, walked: int, suffix_start: int, person_spans: dict[int, int]) -> int | None:
        """X会议8月20日在京召开: an event that is the subject of 召开/举行 is named by its
        whole clause (中央层面整治形式主义为基层减负专项工作机制会议), less a 由...主办的."""
        if walked == 0 or text[walked - 1] in _CLAUSE_END:
            return None
        after = suffix_start + self._suffix_len(text, suffix_start)
        if _HELD_AFTER.match(text, after) is None or text.startswith(_CEREMONY, after):
            return None
        start = _clause_start(text, walked)
        if walked - start > 30 or any(start < e <= walked for e in person_spans) or "在" in text[start:walked]:
            return None
        hosted = _HOSTED_BY.match(text, start)
        if hosted and hosted.end() <= walked:
            start = hosted.end()
        return start if start < walked else None

    # -- launches ----------------------------------------------------------------------

    def _launches(self, text: str, orgs: list[Mention], people: list[Mention]) -> list[_Draft]:
        """国家骨科医学中心今天成立, X活动今天正式启动: a clause ending in a launch verb."""
        out = []
        for match in _LAUNCH.finditer(text):
            verb = match.group().removeprefix("正式")
            clause = _clause_start(text, match.start())
            hosted = _HOSTED_BY.match(text, clause)
            if hosted and hosted.end() < match.start():
                clause = hosted.end()
            subject = text[clause : match.start()]
            when = _TIME_WORD.search(subject)
            if when and when.start() >= 4:
                subject = subject[: when.start()]  # X今晚总台央视综合频道开播: the name ends at the time
            tail = _TIME_TAIL.search(subject)
            if tail:
                subject = subject[: tail.start()]
            place = _PLACE_TAIL.search(subject) or _CHANNEL_TAIL.search(subject)
            if place:
                subject = subject[: place.start()]  # “X”倒计时100天活动在成都启动: the place is no part of it
                tail = _TIME_TAIL.search(subject)
                if tail:
                    subject = subject[: tail.start()]
            listed = _LISTED_LAUNCHES.fullmatch(subject)
            if listed is not None:
                subject = listed.group(1)  # “科普进万家行动”等活动启动: the one named of those that start
            cut = subject.rfind("——")
            if (
                cut >= 0
                and subject.count("“", 0, cut) == subject.count("”", 0, cut)
                and subject.count("《", 0, cut) == subject.count("》", 0, cut)
            ):
                clause, subject = clause + cut + 2, subject[cut + 2 :]  # 重点工程——X: the apposition
            work = _TITLED_WORK.fullmatch(subject)
            if work is not None and work.start(1) > 0:
                clause, subject = clause + work.start(1), work.group(1)  # 电视剧《天下同心》: the work's title
            titled = subject.startswith("《") and _TITLED_WORK.fullmatch(subject) is not None  # 《X》, 《X》第二季
            if verb == _AIRED and not (titled and subject + _COLUMN not in text):
                continue  # 《征程》今晚播出: a titled work aired (not a column's one edition: 《高端访谈》栏目)
            if (
                not 4 <= len(subject) <= 40
                or subject.startswith(_GENERIC)
                or not is_han(subject[-1])
                and subject[-1] not in "”》"
            ):
                continue
            if subject.count("《") != subject.count("》") or subject.count("“") != subject.count("”"):
                continue  # 中法厨王竞技》开播: the clause started inside a title
            if (
                "在" in subject
                or "的" in _unquoted(subject)
                or _NOT_ONE_LAUNCH.search(_unquoted(subject))
                or subject.endswith(("一", "工作"))
            ):
                continue  # 在全国规划的40个物流中心全部挂牌成立, 14条高速公路通车: a clause, not a name
            title_end = clause + subject.rfind("》") + 1  # (《平“语”近人——习近平喜欢的典故》: a name in the title)
            if starting_in(people, title_end if subject.startswith("《") else clause, clause + len(subject)):
                continue  # 李强宣布...启动: a person's act, not a launch named by what starts
            if _YEAR_FIRST.sub("", subject) in _COMMON_KINDS:
                continue  # 启动首轮对话: no name of its own
            if (
                self.ends_in_event.search(subject)
                and verb != "成立"
                # 《中国书法大会》启播: a show on the air (《X大会》启动 is the meeting)
                and not (titled and verb in _ON_AIR)
                and not subject.endswith(_COMMON_KINDS)
                and listed is None
            ):
                continue  # X大会启动: the named event itself is found by its event word
            draft = _Draft(subject + verb, clause, match.end(), "launch")
            org = next((o for o in starting_in(orgs, clause, clause + 1) if o.end == clause + len(subject)), None)
            if org is not None:
                draft.bodies.append(org.label)
            elif subject.startswith("《") and (media := _media_around(text, match.start(), orgs)):
                # 《领航》今晚在中央广播电视总台央视综合频道播出: the broadcaster airs the show on
                # its channel (the national broadcaster when it is named, else the first medium)
                broadcaster = _NATIONAL_BROADCASTER if _NATIONAL_BROADCASTER in media else media[0]
                draft.organizer, draft.held = broadcaster, True
                draft.bodies += [m for m in media if m != broadcaster] or media  # (the channel takes part)
            out.append(draft)
        subjects = [(d.start, d.end) for d in out]
        for match in _LAUNCH_OBJECT.finditer(text) if "启动" in text else ():
            named = match.group(1)
            if any(a <= match.start(1) < b for a, b in subjects) or _NOT_ONE_LAUNCH.search(_unquoted(named)):
                continue
            draft = _Draft(named + "启动", match.start(1), match.end(1), "launch")
            clause = _clause_start(text, match.start())
            # 国务院国资委、工业和信息化部共同启动“共链行动”: the bodies before the verb start it
            draft.bodies += [o.label for o in orgs if clause <= o.start and o.end <= match.start()]
            draft.organizer = draft.bodies[0] if draft.bodies else None
            out.append(draft)
        return out


# 党的二十大, 中共十九大, 二十大: the Party's national congress by its short name (not 二十大代表,
# a delegate; not 十大, 三大 without the Party's name: ten, three big ones)
_PARTY_CONGRESS_SHORT = re.compile(
    r"(?:(?:党的|中共)([一二三四五六七八九十]{1,3})|(?<![第一二三四五六七八九十])([一二]?十[一二三四五六七八九]?))"
    r"大(?![学会代表厦楼院街桥道])"
)
# what tells the short-named congress held or acting (党的二十大胜利召开, 参加党的二十大的代表, 党的二十大
# 解放军和武警部队代表团, 党的一大通过…纲领): its significance, report or plans (党的二十大的重大意义,
# 党的二十大决策部署) are said of it as often as not (those are events only in its full name)
_SHORT_CONGRESS_HELD_BEFORE = re.compile(r"(?:参加|出席|列席|召开|举行)(?:了|的)?(?:党的|中共)?$")
_SHORT_CONGRESS_HELD_AFTER = re.compile(
    r"(?:胜利|隆重|顺利|成功)?(?:召开(?![后前以])|开幕|闭幕(?![后以])|举行|期间|"
    r"[^，,。；;]{0,12}?代表团|在[^，,。；;]{0,16}?(?:取得|召开|开幕|闭幕)|通过(?!的)|制定|选举产生|审议)"
)


def _party_congresses(text: str) -> list[_Draft]:
    """党的二十大胜利召开, 参加党的二十大的代表: the congress by its short name, named in full
    (中国共产党第二十次全国代表大会); an event only where the story tells it held or deciding
    (_held_congresses drops 学习贯彻党的二十大精神)."""
    out = []
    for match in _PARTY_CONGRESS_SHORT.finditer(text):
        number = match.group(1) or match.group(2)
        if match.group(1) is None and (
            number == "十" or f"党的{number}大" not in text and f"中共{number}大" not in text
        ):
            continue  # 统俄党将召开二十二大: a short name alone is the Party's where the story says so
        start = match.start(1) if match.group(1) else match.start(2)
        if not (
            _SHORT_CONGRESS_HELD_AFTER.match(text, match.end())
            or _SHORT_CONGRESS_HELD_BEFORE.search(text, max(0, match.start() - 6), start)
        ):
            continue
        out.append(_Draft(f"中国共产党第{number}次全国代表大会", start, match.end(), "suffix"))
    return out


# 杭州第19届亚运会火炬传递活动, 2024年巴黎奥运会版权合作签约活动: games named inside another event's name
_GAMES_LEADS = ("纪念", "庆祝", "迎接", "喜迎")
_GAMES_INSIDE = re.compile(
    r"^(.{2,20}?(?:奥运会|残奥会|冬奥会|亚运会|亚残运会|大运会|运动会|亚冬会|博览会|交易会|进博会|服贸会|广交会|消博会|链博会))(?=.{2,})"
)


def _games_inside(drafts: list[_Draft]) -> list[_Draft]:
    """Games named inside another event's name are events of the story too (CONVENTIONS: games
    named in the text are events whether or not the story tells them held)."""
    names = {d.name for d in drafts}
    out = []
    for d in drafts:
        games = _GAMES_INSIDE.match(d.name) if d.rule == "suffix" else None
        if games is None or "“" in games.group(1) or "《" in games.group(1) or d.name.startswith("暨", games.end(1)):
            continue  # (X博览会暨Y博览会: one event of two names)
        name = games.group(1).rsplit("暨", 1)[-1]  # X暨2024年巴黎奥运会版权合作签约活动
        for lead in _GAMES_LEADS:
            name = name.removeprefix(lead)  # 纪念北京冬奥会成功举办一周年: the games
        at = d.start + games.end(1) - len(name)
        if len(name) < 3 or name in names:
            continue
        names.add(name)
        out.append(_Draft(name, at, at + len(name), "suffix"))
    return out


#: Games named by their kind alone (冬残奥会), which a place or year written before a list of
#: them names too (北京冬奥会、冬残奥会; 杭州亚运会亚残运会), longest first.
_GAMES_KINDS = (
    *("冬残奥会", "亚残运会", "残奥会", "残运会", "冬奥会", "奥运会"),
    *("亚运会", "大运会", "青奥会", "全运会", "冬运会"),
)


def _games_sharing_lead(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """北京冬奥会、冬残奥会 and 杭州亚运会亚残运会: games written one after another share the place
    or year written before the first (北京冬残奥会, 杭州亚残运会); two joined with nothing between
    are two events. Renames the drafts in place; returns the second games of a joined pair."""
    out = []
    by_end = {d.end: d for d in drafts if d.rule == "suffix"}
    for d in sorted((d for d in drafts if d.rule == "suffix"), key=lambda d: d.start):
        second = next((g for g in _GAMES_KINDS if d.name.endswith(g)), None)
        if second is None:
            continue
        first = next((g for g in _GAMES_KINDS if d.name[: -len(second)].endswith(g)), None)
        if first is not None:
            lead = d.name[: -len(second) - len(first)]
            d.name, d.end = lead + first, d.end - len(second)
            out.append(_Draft(lead + second, d.end, d.end + len(second), "suffix"))
            continue
        before = by_end.get(d.start - 1)
        if d.name == second and text[d.start - 1 : d.start] in ("、", "和", "与", "及") and before is not None:
            kind = next((g for g in _GAMES_KINDS if before.name.endswith(g)), None)
            if kind is not None and len(before.name) > len(kind):
                d.name = before.name[: -len(kind)] + second
    return out


# 十四届全国人大二次会议最后一场“部长通道”, 党代会首场“代表通道”: the numbered press walks of a
# session, named with the session that holds them when the text names it first
_PASSAGE = re.compile(
    r"((?:(?:第?十[一二三四五六七八九]?届)?全国人大[一二三四五六七八九十]次会议|全国政协(?:第?十[一二三四五六七八九]?届)?"
    r"[一二三四五六七八九十]次会议|全国两会|两会|党代会|党的[一二三四五六七八九十]+大))?"
    r"(?:首场|第[一二三四五六七八九十]场|最后一场)“(?:代表|委员|部长)通道”"
)


def _passages(text: str) -> list[_Draft]:
    """党代会首场“代表通道”: a session's numbered press walk is an event, named as written."""
    out = []
    for match in _PASSAGE.finditer(text) if "通道”" in text else ():
        out.append(_Draft(match.group(), match.start(), match.end(), "suffix"))
    return out


def _held_by_work(text: str) -> list[_Draft]:
    """《2023年元宵晚会》今天举行发布会: a meeting a titled work or a quoted campaign holds,
    named by it and the meeting's word (《2023年元宵晚会》发布会); the first (or Nth) of a
    series a clause's subject holds (X宣讲4日在京举行首场报告会: X首场报告会)."""
    out = []
    for match in _WORK_HOLDS.finditer(text) if "举行" in text else ():
        name = match.group(1) + (match.group(2) or "") + match.group(3)
        out.append(_Draft(name, match.start(), match.end(), "suffix"))
    for match in _SERIES_HOLDS.finditer(text) if "场" in text else ():
        # 全军学习贯彻党的二十大精神宣讲4日在京举行首场报告会: the first of a series, named by
        # the subject that holds it
        out.append(_Draft("".join(match.groups()), match.start(1), match.end(), "suffix"))
    return out


def _speaking_body(text: str, at: int, by_end: dict[int, Mention]) -> Mention | None:
    """美国海岸警卫队22日在发布会上: the body that starts the clause and speaks at the event
    told after it (only a date or time between them)."""
    clause = _clause_start(text, at)
    head = text[clause:at]
    tail = _TIME_TAIL.search(head)
    if tail:
        head = head[: tail.start()]
    body = by_end.get(clause + len(head))
    return body if body is not None and body.start == clause else None


def _holder_attends(draft: _Draft) -> list[str]:
    """市场监管总局个体工商户座谈会, X协会第七次全国代表大会: with nobody named as taking part, the
    body that holds a meeting takes part in it (not in the games, shows, expos, ceremonies and
    broadcasts it stages, nor in a congress session told in passing, nor at a press conference,
    whose presenters do)."""
    if (
        draft.rule != "suffix"
        or draft.organizer is None
        or draft.by_place
        or _STAGED.search(draft.name)
        or _CONGRESS.search(draft.name)
        or _PRESS_EVENT.search(draft.name)
    ):
        return []
    return [draft.organizer]


def _one_launch_each(drafts: list[_Draft]) -> list[_Draft]:
    """《X》今晚开播 (a headline) … 《X》将于今晚首播: one launch told twice is named as first told,
    by its launch word (《X》今晚播出 … 《X》今晚开播: 播出 only says it is on the air)."""
    first: dict[str, str] = {}
    ordered = sorted(drafts, key=lambda d: d.start)
    for d in sorted(ordered, key=lambda d: d.name.endswith(_AIRED)):
        first.setdefault(_LAUNCH_VERB_END.sub("", d.name), d.name)
    for d in ordered:
        d.name = first.get(_LAUNCH_VERB_END.sub("", d.name), d.name)
    return drafts


def _held_by_body(
    text: str, suffix_start: int, orgs: list[Mention], ordinal_start: int | None = None
) -> tuple[str, str | None, int] | None:
    """十四届全国人大常委会举行第六讲专题讲座, 中共中央政治局就X进行第二次集体学习, X常委会
    举行第一百三十六次委员长会议: an event named only by its ordinal (and the kind of meeting)
    takes the name of the body that holds it (the clause's subject), as (the subject as
    written, the body, where the ordinal starts)."""
    if ordinal_start is None:
        ordinal = _ORDINAL_END.search(text, max(0, suffix_start - 8), suffix_start)
        if ordinal is None:
            return None
        ordinal_start = ordinal.start()
    clause = _clause_start(text, ordinal_start)
    theme = _THEME_CLAUSE.search(text, max(0, clause - 60), clause)
    if theme is not None and text.startswith(("进行", "举行"), clause):
        clause = _clause_start(text, theme.start())  # 国务院以“X”为主题，进行第十次专题学习
    before = text[clause:ordinal_start]
    verb = _HOLD_VERB_END.search(before)
    if verb is None:
        return None
    cut = _SUBJECT_CUT.search(before, 0, verb.start())
    subject_end = clause + (cut.start() if cut else verb.start())
    body = next((o for o in orgs if clause <= o.start and o.end == subject_end), None)
    if subject_end - clause > 25:
        return None
    if (
        body is None
        and text.endswith(_SESSION_BODIES, clause, subject_end)
        and text.endswith(("会议", "大会"), clause, subject_end - 3)
    ):
        # 十四届全国人大一次会议主席团举行第五次会议: a session's own body, as the text writes it
        return text[clause:subject_end], None, ordinal_start
    if body is None:
        return None
    # the subject is the body, maybe after its term (十四届): all of it goes into the name
    return text[clause:subject_end], body.label, ordinal_start


# -- meetings, visits, trips ------------------------------------------------------------


#: Verbs of one character that make something do what follows (让广交会…焕发).
_CAUSING = frozenset({"让", "使", "令"})


def _after_governing_verb(text: str, start: int, suffix_start: int, by_start: dict[int, Token]) -> int:
    """盛赞北京冬奥会, 拟向十四届全国人大一次会议提出: a verb inside the walked span followed
    only by places, bodies, abbreviations and numbers governs the name, which starts after it
    (推动西部大开发座谈会 keeps its topic: 西部大开发 is no place)."""
    cut, tail, governs = start, 0, False
    token = by_start.get(start)
    while token is not None and token.end <= suffix_start:
        if token.pos[:1] == "v" and token.pos != "vn" and (len(token.text) > 1 or token.text in _CAUSING):
            # (常务委员/会: a fragment; 让广交会这个“金字招牌”: a verb that makes something do)
            cut, tail, governs = token.end, 0, True
        elif (
            token.pos in _NAME_PARTS
            and (token.pos != "x" or token.text.isalnum() or token.text == "—")
            or token.text in ("届", "次")  # (第33/届: jieba tags the measure word d)
        ):
            tail += 1  # (x: a number, or the dash of 中国—中东欧, not a quote mark)
        else:
            governs = False  # a plain word after the verb: the verb is part of the name
        token = by_start.get(token.end)
    event = by_start.get(cut)  # 迎接大运会: the event word's own token, a proper name
    if _ANNIVERSARY.match(text, cut):
        return start  # X成立70周年纪念活动: the anniversary names the event
    if governs and (tail or event is not None and event.pos in ("j", "nz", "nt") and event.end > suffix_start):
        return cut
    return start


def _acts_only(text: str, start: int, suffix_start: int, by_start: dict[int, Token]) -> bool:
    """True when the words before the event word are only verbs, adverbs, adjectives or
    idioms (圆满完成, 开好): they act on an event named elsewhere."""
    pos = start
    while pos < suffix_start:
        token = by_start.get(pos)
        if token is None or token.end > suffix_start or token.pos[:1] not in ("v", "d", "a", "l", "c"):
            return False
        pos = token.end
    return True


def _meetings(text: str, people: list[Mention]) -> list[_Draft]:
    """习近平会见刚果（布）总统萨苏, 李强同德国总理朔尔茨举行会谈: a meeting of a named person,
    named by the host and the guests' names joined by the verb as written (习近平会见萨苏,
    李强同朔尔茨会谈: titles, date, place and 举行 left out); a guest with no name of its own
    is written as the text writes it (会见清华大学经济管理学院顾问委员会委员代表). 分别会见A、B:
    one meeting with each."""
    out: list[_Draft] = []
    if _MEET_VERB.search(text) is None:
        return out  # (most stories: no meeting verb at all)
    named: dict[str, Mention] = {}  # each name of two characters or more, by its first mention
    for p in people:
        if len(p.label) > 1:
            named.setdefault(p.label, p)
    for host in people:
        for verb in _host_verbs(text, host, people):
            out += _meeting(text, host, verb, people, named, out)
    # 习近平同普京举行视频会晤 … 普京同习近平视频会晤: the same two people's talks, told again the
    # other way round, are the first telling's
    first: dict[tuple[frozenset[str], str], str] = {}
    for d in out:
        if len(d.participants) == 2 and not d.unnamed_guest:
            verbs = _MEET_VERB.findall(d.name)
            d.name = first.setdefault((frozenset(d.participants), verbs[-1] if verbs else ""), d.name)
    return out


def _meeting(
    text: str,
    host: Mention,
    verb: re.Match[str],
    people: list[Mention],
    named: Mapping[str, Mention],
    out: list[_Draft],
) -> list[_Draft]:
    """The meetings of one host and one meeting verb (one for each guest met 分别)."""
    if _MANY_TIMES.search(text, host.end, verb.start()):
        return []  # 同X多次会晤: a history, not a meeting
    clause_start = max(host.end, _clause_start(text, verb.start()))
    clause_end = _clause_end(text, verb.start())
    # 习近平主席同比奥总统昨天举行富有成果的会见: the guest before 会见, as with 会谈
    joined = _WITH_GUEST.search(text, clause_start, verb.start()) if verb.group() in _RECEIVE else None
    with_guest = joined is not None and any(
        p.end <= verb.start() for p in starting_in(people, joined.end(), verb.start())
    )
    if verb.group() in _RECEIVE and not with_guest and starting_in(people, clause_start, verb.start()):
        return []  # 习近平和彭丽媛会见: the verb is the nearer person's
    if verb.group() in _RECEIVE and not with_guest:
        guest_part = verb.end()
        guest_start = verb.end() + (text[verb.end() : verb.end() + 1] == "了")
        guest_end = _phrase_end(text, guest_start, clause_end)
        relative = text.rfind("的", guest_start, guest_end)
        described = relative >= 0 and text.count("“", guest_start, relative) == text.count("”", guest_start, relative)
        if (
            described
            and not starting_in(people, relative + 1, guest_end)
            and not _GUESTS_NOUN.search(text, relative + 1, guest_end)
            and not _named_later(text, relative + 1, guest_end, named)
        ):
            # 集体会见美国工商界代表的讲话令人深受鼓舞: the 的 ends the guests, it describes none
            if text[guest_start:relative] in _ARRIVING:
                return []  # 会见到访的中国政府特使: how an unnamed guest came, no guest
            guest_end, described = relative, False
        if not any(p.end <= guest_end for p in starting_in(people, guest_start, guest_end)):
            # 会见了新当选并获中央政府任命的澳门特别行政区第六任行政长官岑浩辉: the guest's
            # description runs on past 并 to the name
            longer = _GUEST_STOP_NAMED.search(text, guest_start, clause_end)
            longer_end = longer.start() if longer else clause_end
            relative = text.rfind("的", guest_start, longer_end)
            if relative >= 0 and any(p.end <= longer_end for p in starting_in(people, relative + 1, longer_end)):
                guest_end, described = longer_end, True
        if described:
            guest_start = max(guest_start, text.rfind("的", guest_start, guest_end) + 1)
        written = verb.group()
        if text.endswith("集体", 0, verb.start()):
            written = "集体" + written  # 李强集体会见莱恩斯、迪克: the verb as written
        lead = host.label + written
    else:
        # 李强同德国总理朔尔茨举行会谈: the guest stands between 同 and the verb
        between = _WITH.search(text, clause_start, verb.start())
        if between is None:
            return []
        guest_start, guest_end = between.end(), verb.start()
        guest_part = guest_start  # (with its description: 同来华出席X的Y会谈)
        relative = text.rfind("的", guest_start, guest_end)
        described = (
            relative >= 0
            and guest_end - relative > 2
            and text.count("“", guest_start, relative) == text.count("”", guest_start, relative)
        )  # (同李四总统进行了富有成果的会晤: how the talks went, no description of the guest)
        if described:
            guest_start = relative + 1  # 同来华国事访问并出席X的突尼斯总统赛义德举行会谈
        if _CHAIRED.search(text, guest_start, guest_end) or _NAMED_TALKS.search(text, guest_start, verb.end()):
            return []  # 同X共同主持第二次定期会晤, 同X举行中哈总理会晤: a named event, found by its word
        lead = host.label + between.group()
        written = ("视频" if text.endswith("视频", 0, verb.start()) else "") + verb.group()
    guests = [p for p in starting_in(people, guest_start, guest_end) if p.end <= guest_end] or _named_later(
        text, guest_start, guest_end, named
    )
    if len(guests) == 1 and _KIN_OF.match(text, guests[0].end, guest_end):
        guests = []  # 会见霍英东先生亲属: the relatives are met, named by whose they are
    polite = not guests and _POLITE_GUEST.fullmatch(text, guest_start, guest_end) is not None
    if polite:
        guests = _polite_guest(host, guest_start, people, out)
    if verb.group() == "座谈":
        held = _HELD_TAIL.search(text, guest_start, guest_end)
        guest_end = held.start() if held else guest_end  # 与X举行座谈: the verb is no part of the guest
        if _ON_TOUR.search(text, sentence_bounds(text, host.start, host.end)[0], verb.start()) or _NOT_GUESTS.search(
            text, guest_start, guest_end
        ):
            return []  # (同他们合影留念并座谈, 与朔尔茨共同会见X并座谈: no talks of their own)
    if verb.group() not in _RECEIVE and verb.group() != "座谈" and not guests:
        return []  # 同总统先生举行会晤, 我和X在北京两次会晤: no named guest, no named talks
    if (
        guest_end - guest_start < 2
        or guest_end - guest_start > 30 + 20 * described + 16 * max(0, len(guests) - 1)
        or text.startswith(("与", "和", "及"), guest_start)
    ):
        return []  # (亲切会见与问候: no guest; a list of guests may be long, each with a title)
    if any(d.guests_from <= host.start < d.end for d in out):
        return []  # 普京与帕什尼扬和阿利耶夫举行会谈: the guest's part of the talks is no talks of its own
    end = max(verb.end(), guest_end)
    if not guests:
        names = [text[guest_start:guest_end]]  # 会见全国劳动模范代表: the group as written
    elif (verb.group() in _RECEIVE and text.endswith(("分别", "先后"), 0, verb.start())) or (
        # 分别与A和B通电话, 分别同A、B会谈: one call or talks each, like 分别会见
        len(guests) > 1
        and text[guest_start - 1 : guest_start] in ("同", "与")
        and (text.endswith("分别", 0, guest_start - 1) or "分别" in text[guests[-1].end : verb.start()])
    ):  # (与A、B分别举行会谈: 分别 after the guests)
        names = [g.label for g in guests]  # 分别会见A、B, 先后会见A、B: one meeting each
    else:
        names = [_joined_names(text, guests)]
    found = []
    for guest in names:
        name = lead + guest + written if verb.group() not in _RECEIVE or with_guest else lead + guest
        met = [p.label for p in guests if len(names) == 1 or p.label == guest]
        draft = _Draft(name, host.start, end, "meeting", participants=[host.label, *met])
        draft.guests_from = guest_part
        draft.described = described
        draft.unnamed_guest = not guests
        draft.polite = polite
        found.append(draft)
    return found


def _polite_guest(host: Mention, at: int, people: list[Mention], out: list[_Draft]) -> list[Mention]:
    """会见李显龙时，赵乐际表示，习近平主席同首相先生举行会谈: the guest named by a courtesy is
    the guest of the story's meetings named last before it."""
    guests = {p for d in out if d.rule == "meeting" for p in d.participants[1:]}
    before = [p for p in people if p.end <= at and p.label in guests and p.label != host.label]
    return before[-1:]


def _host_verbs(text: str, host: Mention, people: list[Mention]) -> list[re.Match[str]]:
    """The meeting verbs the host governs: in the host's clause, and at the start of the later
    clauses of the sentence that have no subject of their own (赵乐际对希腊进行正式友好访问，在雅典
    分别会见X，同Y举行会谈); not when another person shares the host's clause (A和B赴机场迎送，同C会谈)."""
    clause_end = _clause_end(text, host.end)
    verbs = [
        v
        for v in _MEET_VERB.finditer(text, host.end, min(clause_end, host.end + 90))
        if not _ASIDE.match(text, v.end())
        or _HELD_BEFORE.match(text, v.end())
        or _SETTING.match(text, host.end)
        and text.startswith("时", v.end())
    ][:1]
    sent_end = _SENTENCE_END.search(text, host.end)
    limit = min(sent_end.start() if sent_end else len(text), host.end + 120)
    if _MEET_VERB.search(text, clause_end, limit) is None:
        return verbs  # (most people: no meeting verb later in the sentence)
    if starting_in(people, _clause_start(text, host.start), host.start):
        return verbs
    pos = clause_end
    for _ in range(4):
        if pos >= limit or text[pos] not in "，,":
            break
        head = _SUBJECTLESS.match(text, pos + 1)
        next_end = _clause_end(text, pos + 1)
        if head is not None:
            verb = _MEET_VERB.search(text, head.start(), next_end)
            if verb is not None and (not _ASIDE.match(text, verb.end()) or _HELD_BEFORE.match(text, verb.end())):
                verbs.append(verb)
        elif starting_in(people, pos + 1, next_end):
            break  # another person acts
        pos = next_end
    return verbs


def _named_later(text: str, start: int, end: int, named: Mapping[str, Mention]) -> list[Mention]:
    """The people the story names elsewhere (named: the first mention of each name) whose names
    stand in text[start:end] (会见访华的日本外相林芳正, when only a later mention of 林芳正 was
    found), each where first written there, in the order written."""
    found = occurrences(text[start:end], named)
    return [
        dataclasses.replace(named[label], start=start + at, end=start + at + len(label))
        for at, label in sorted((starts[0], label) for label, starts in found.items())
    ]


# 在会见古共中央第一书记、国家主席迪亚斯-卡内尔时，李希转达…: the meeting told before its host
_MEETING_BEFORE_HOST = re.compile(r"(?:^|(?<=[。，,；;！？\n]))在?(会见|会晤)([^，,。；;！？\n]{2,60}?)时[，,]")


def _meetings_told_before_host(text: str, people: list[Mention], drafts: list[_Draft]) -> list[_Draft]:
    """在会见X时，Y表示: Y met X, named as a meeting is (Y会见X), when the clause after the
    comma starts with Y's name and no meeting of Y's with X is told already."""
    out: list[_Draft] = []
    for match in _MEETING_BEFORE_HOST.finditer(text) if "时" in text else ():
        guests = [p for p in people if match.start(2) <= p.start and p.end <= match.end(2)]
        host = next((p for p in people if p.start == match.end()), None)
        if not guests or host is None or host.label in {g.label for g in guests}:
            continue
        name = host.label + match.group(1) + _joined_names(text, guests)
        if any(d.name == name or host.label in d.participants and guests[0].label in d.participants for d in drafts):
            continue
        out.append(
            _Draft(name, match.start(), host.end, "meeting", participants=[host.label, *(g.label for g in guests)])
        )
    return out


def _joined_names(text: str, guests: list[Mention]) -> str:
    """The guests' names joined as the text joins them (、 or 和), titles left out."""
    out = guests[0].label
    for before, after in zip(guests, guests[1:], strict=False):
        between = text[before.end : after.start]
        out += (between[:1] if between[:1] in "、和及与" else "、") + after.label
    return out


def _visits(text: str, people: list[Mention], places: Mapping[str, object], sides: Mapping[str, str]) -> list[_Draft]:
    """栗战书委员长访问俄罗斯、蒙古国: a visit named by the visitor and the places visited."""
    out = []
    for host in people:
        clause_end = _clause_end(text, host.end)
        match = _VISIT.search(text, host.end, clause_end)
        if match is None or match.start() - host.end > 8:
            continue
        if any(host.end <= p.start < match.start() for p in people):
            continue  # 习近平结合兰布卡访问云南的感受: the nearer person visits
        visited = _places_listed(match.group(1), places)
        if visited is None:
            continue  # 访问活动: what follows is not a list of countries or places
        if _INVITED.match(text, match.start(1) + len(visited)) or "邀请" in text[host.end : match.start()]:
            continue  # 转达了莱希对穆罕默德发出的访问伊朗的邀请: an invitation
        name = host.label + "访问" + visited
        out.append(_Draft(name, host.start, match.start(1) + len(visited), "visit", participants=[host.label]))
    for match in _VISITING_GUEST.finditer(text):
        clause_end = _clause_end(text, match.end())
        guest = next((p for p in people if match.end() <= p.start and p.end <= min(clause_end, match.end() + 20)), None)
        if guest is None:
            continue
        # 来华正式访问的德国总理朔尔茨: the guest's visit, named as visits are (朔尔茨对中国正式访问)
        visited = match.group(1) or "中国"
        if visited not in places:
            continue  # (正在农村进行走访的: no place of a visit)
        draft = _Draft(
            guest.label + "对" + visited + match.group(2),
            match.start(),
            match.end(),
            "visit",
            participants=[guest.label],
        )
        draft.described = True  # (the sentence's date is the meeting's, not the visit's)
        out.append(draft)
    for match in _ON_THE_EVE_OF_VISIT.finditer(text):
        clause_end = _clause_end(text, match.end())
        visitor = next((p for p in people if match.end() <= p.start and p.end <= clause_end), None)
        if visitor is None or not _all_places(match.group(1), places):
            continue
        name = visitor.label + "对" + match.group(1) + match.group(2)
        out.append(_Draft(name, match.start(), match.end(), "visit", participants=[visitor.label]))
    for match in _DELEGATION_VISIT.finditer(text):
        body_end = match.start() + 3  # (the kind of delegation: 代表团, 交流团 ...)
        body_start = max(body_end - 20, _clause_start(text, match.start()))
        lead = _LEADING_TIME.match(text, body_start) or _LEADING_DATE.match(text, body_start)
        if lead:
            body_start = lead.end()
        body = text[body_start:body_end]
        after = _VISIT.match(text, match.end() - 2 - (text[match.end() - 1] == "了"))
        if len(body) < 4 or len(body) > 16 or after is None or _NOT_A_DELEGATION.search(body):
            continue  # X同Y组成和平代表团访问: a clause that forms the delegation, not its name
        visited = _places_listed(after.group(1), places)
        if visited is None:
            continue
        end = after.start(1) + len(visited)
        out.append(_Draft(body + "访问" + visited, body_start, end, "visit", bodies=[body]))
    for host in people:
        match = _VISITS_SHORT.match(text, host.end)
        if (
            match is not None
            and _short_state_visited(text, match.start(1), places, sides)
            and not _INVITED.match(text, match.end())
        ):
            name = host.label + "访" + match.group(1)
            out.append(_Draft(name, host.start, match.end(), "visit", participants=[host.label]))
        came = _COMES_TO_CHINA.match(text, host.end)
        if came is not None:
            name = host.label + "对中国" + came.group(1)
            out.append(_Draft(name, host.start, came.end(), "visit", participants=[host.label]))
    for i, host in enumerate(people if "访问" in text else ()):
        if text.endswith("应", 0, host.start):
            continue  # (X是应习近平的邀请对我国进行国事访问: the host who invites visits nobody)
        if text.endswith(_WISHED, 0, host.start):
            continue  # 期待习近平主席…对巴西进行国事访问: a visit hoped for, not one made
        # 巴林国王哈马德、埃及总统塞西…将于5月28日至6月1日对中国进行国事访问: each one listed visits
        last = _last_listed(text, host, people, i + 1)
        clause_end = _clause_end(text, last.end)
        if text.startswith(("，并", ",并"), clause_end):
            clause_end = _clause_end(text, clause_end + 1)  # 出席X，并对秘鲁进行国事访问: the same visitor
        match = _VISIT_TO.search(text, last.end, clause_end)
        between = text[last.end : match.start()] if match else ""
        between = _DATE_SPAN.sub("", _INVITED_BY.sub("", _VISITOR_TITLES.sub("", between)))
        if match is None or len(between) > 6 and not _ATTENDS_AND.fullmatch(between):
            continue  # (赵乐际11日至14日对摩洛哥进行访问, X是应Y的邀请对Z进行: the dates, the invitation)
        if any("邀请" not in text[p.end : match.start()] for p in starting_in(people, last.end, match.start())):
            continue  # 阿姆赫德欢迎李强对瑞士进行正式访问: the nearer person visits (not one who invites)
        visited = _COUNTRY_COUNT.sub("", match.group(1))  # 对法国、匈牙利两国进行: the count is no place
        if (counted := _STATES_COUNTED.fullmatch(visited)) is not None:
            # 应A国总统X、B国总统Y邀请…对两国进行国事访问: the states the sentence names before
            states = _states_named(text, sentence_bounds(text, host.start, host.end)[0], match.start(), places)
            if len(states) != DIGITS[counted.group(1)]:
                continue
            visited = "、".join(states)
        if visited == "我国" and not _QUOTED_SPEECH.search(
            text, sentence_bounds(text, host.start, host.end)[0], host.start
        ):
            visited = "中国"  # 欢迎X总统对我国进行国事访问: the narrator's country (not a speaker's)
        if not _all_places(visited, places):
            continue  # 对社会工作作出..., 他说，X对我国进行访问: not a named country or place
        name = host.label + "对" + visited + match.group(2)
        out.append(_Draft(name, host.start, match.end(), "visit", participants=[host.label]))
    return _one_visitor(out, sides)


def _states_named(text: str, start: int, end: int, places: Mapping[str, object]) -> list[str]:
    """The foreign states text[start:end] names, in order, each once, by their short names."""
    found: list[str] = []
    at = start
    while at < end:
        n, entry = next(
            (
                (n, e)
                for n in range(min(12, end - at), 1, -1)
                if (e := places.get(text[at : at + n])) is not None and getattr(e, "kind", "") == "country"
            ),
            (1, None),
        )
        if entry is not None and entry.name not in found and entry.name not in ("中国", "中华人民共和国"):
            found.append(entry.name)
        at += n
    return found


def _short_state_visited(text: str, at: int, places: Mapping[str, object], sides: Mapping[str, str]) -> bool:
    """访华, 访泰: the character at `at` is China's or another state's one-character short name,
    and no longer place starts with it (访德清 is a visit to 德清, 访美国 names the state in full)."""
    short = text[at]
    if short != "华" and (short == "中" or short not in sides or not _AFTER_SHORT_VISIT.match(text, at + 1)):
        return False
    return not any(text[at : at + k] in places for k in (2, 3))


def _last_listed(text: str, first: Mention, people: list[Mention], after: int) -> Mention:
    """The last person of the list that starts with first (A、B国总统C和D国王E), or first
    (people[after:]: the people named after first, in order)."""
    last = first
    for k in range(after, len(people)):
        p = people[k]
        if p.start < last.end:
            continue
        between = text[last.end : p.start]
        if not _LISTED_NEXT.fullmatch(between):
            break
        last = p
    return last


def _one_visitor(drafts: list[_Draft], sides: Mapping[str, str]) -> list[_Draft]:
    """萨米娅·苏卢胡·哈桑对中国国事访问 ... 哈桑是应邀对我国进行国事访问 ... 陪同哈桑访华的有: one
    visitor's visit to China told again by a short form of the name or as 访华 is the same visit,
    named by the visitor's fullest name and the kind of visit the text states."""
    to_china = [d for d in drafts if "对中国" in d.name]
    for d in drafts:
        visitor = d.participants[:1]
        if not visitor or not (d.name.endswith("访华") or "对中国" in d.name):
            continue
        same = [
            f
            for f in to_china
            if f.participants[:1] and (visitor[0] == f.participants[0] or visitor[0] in f.participants[0].split("·"))
        ]
        if same:
            full = max(same, key=lambda f: (len(f.participants[0]), -f.start))
            d.name, d.participants = full.name, [full.participants[0], *d.participants[1:]]
    # 习近平对沙特国事访问 … 习近平主席此次访沙: a visit told by the state's short name is the
    # visit to that state the text names in full
    for d in drafts:
        visitor = d.participants[:1]
        if d.rule != "visit" or not visitor or d.name != visitor[0] + "访" + d.name[-1] or d.name[-1] == "华":
            continue
        country = sides.get(d.name[-1], "")
        same = [
            f
            for f in drafts
            if f is not d
            and f.rule == "visit"
            and f.participants[:1] == visitor
            and any(len(v) > 1 and country.startswith(v) for v in _visited_states(f.name, visitor[0]))
        ]
        if same:
            d.name = min(same, key=lambda f: f.start).name
    # 习近平对法国、塞尔维亚、匈牙利国事访问 … 习近平对法国国事访问: one leg of the tour is the tour
    tours = [(d, _TOUR_LEGS.match(d.name)) for d in drafts]
    for d, legs in tours:
        if legs is None:
            continue
        whole = [
            f
            for f, other in tours
            if other is not None
            and other.group(1, 3) == legs.group(1, 3)
            and set(legs.group(2).split("、")) < set(_VISITED_SPLIT.split(other.group(2)))
        ]
        if whole:
            d.name = max(whole, key=lambda f: len(f.name)).name
    return drafts


def _visited_states(name: str, visitor: str) -> list[str]:
    """The places a visit's name says were visited (习近平对沙特国事访问, 赵乐际访问摩洛哥、塞内加尔)."""
    legs = _TOUR_LEGS.match(name)
    if legs is not None and legs.group(1) == visitor:
        return _VISITED_SPLIT.split(legs.group(2))
    if name.startswith(visitor + "访问"):
        return _VISITED_SPLIT.split(name[len(visitor) + 2 :])
    return []


def _visited_place(part: str, places: Mapping[str, object]) -> bool:
    """A place a visit may be to: a known place or a state's name ending in 国 (not 我国)."""
    return part in places or part.endswith("国") and part != "我国" and len(part) > 1


def _all_places(written: str, places: Mapping[str, object]) -> bool:
    """written is places joined by 、, 和 or 及 (法国、塞尔维亚和匈牙利; 吉尔吉斯共和国, whose 和 joins
    nothing), each one _visited_place."""
    ends = {0}
    for end in range(1, len(written) + 1):
        for start in sorted(ends):
            if start < end and _visited_place(written[start:end], places):
                if end == len(written):
                    return True
                if written[end] in "、和及":
                    ends.add(end + 1)
                break
    return False


def _places_listed(written: str, places: Mapping[str, object]) -> str | None:
    """The list of places at the start of written (摩洛哥、塞内加尔和马来西亚情况 -> 摩洛哥、
    塞内加尔和马来西亚), or None when it starts with no place."""
    listed, pos = "", 0
    for sep in [*_VISITED_SPLIT.finditer(written), None]:
        part = written[pos : sep.start() if sep else len(written)]
        known = _visited_place(part, places)
        if not known:
            # the last part may run on into other words: its longest place that starts it
            head = next((part[:n] for n in range(len(part) - 1, 1, -1) if part[:n] in places), None)
            if head and listed:
                listed += head
            elif head and not listed:
                listed = head
            return listed or None
        listed += part
        if sep is None:
            return listed
        listed += sep.group()
        pos = sep.end()
    return listed or None


def _inspections(text: str, people: list[Mention], places: Mapping[str, PlaceEntry]) -> list[_Draft]:
    """习近平总书记在牡丹社区考察时, 李四到广东调研产业发展: a leader's inspection tour, named
    {person}在{place}考察 (调研, 视察 likewise; what it is about left out). A later trip of the
    same person to a place that is no province or country is a stop of the tour, no event."""
    out: list[_Draft] = []
    for host in people:
        match = _INSPECT.match(text, host.end)
        place_group, verb_group = 2, 3
        if match is None:
            match = _INSPECTING.match(text, host.end)
            place_group, verb_group = 2, 1
        if match is None or text.startswith("陪同", host.end):
            continue  # (习近平在省长李四陪同下来到枣庄市考察: the one who goes with him)
        place = match.group(place_group)
        entry = places.get(place)
        if any(d.participants == [host.label] for d in out) and (entry is None or entry.kind not in _TOUR_PLACES):
            continue  # (习近平在福建考察 ... 习近平到澳角村调研: a stop of the tour)
        name = host.label + "在" + place + match.group(verb_group)
        out.append(_Draft(name, host.start, match.end(), "inspection", participants=[host.label]))
    for match in _INSPECTED_BEFORE.finditer(text):
        # 7月，在江苏考察时，习近平总书记指出: the tour told before the one who made it
        host = next((p for p in people if match.end() <= p.start <= match.end() + 2), None)
        if host is None or any(d.participants == [host.label] for d in out):
            continue
        name = host.label + "在" + match.group(1) + match.group(2)
        out.append(_Draft(name, match.start(1) - 1, host.end, "inspection", participants=[host.label]))
    return out


def _delegation_reviews(text: str, people: list[Mention]) -> list[_Draft]:
    """赵乐际参加他所在的四川代表团审议, 习近平参加十四届全国人大一次会议江苏代表团审议: the
    deliberation, named by the person, the delegation and the act (他所在的 and the session left out)."""
    out: list[_Draft] = []
    sectors = "界" in text
    if "代表团" not in text and not sectors:
        return out
    for host in people:
        group = _SECTOR_GROUP.match(text, host.end) if sectors else None
        if group is not None:
            name = host.label + "参加" + group.group(1) + group.group(2)
            out.append(_Draft(name, host.start, group.end(), "meeting", participants=[host.label]))
            continue
        match = _DELEGATION_REVIEW.match(text, host.end) or _DELEGATION_JOINED.match(text, host.end)
        if match is None:
            continue
        name = host.label + "参加" + match.group(1) + match.group(2)
        # (the delegation whose deliberation it is takes part with the leader)
        out.append(_Draft(name, host.start, match.end(), "meeting", participants=[host.label, match.group(1)]))
    return out


# -- date, organizer, participants -------------------------------------------------------


def _describe(
    text: str,
    draft: _Draft,
    orgs: list[Mention],
    people: list[Mention],
    doc_date: str | None,
    told_of: Mapping[int, tuple[int, int]] | None = None,
    gaz: Gazetteer | None = None,
) -> None:
    """Date, organizer and the people or bodies named with the event in its sentence (not
    those told of in another's words: told_of maps where they are named to those words)."""
    sent_start, sent_end = sentence_bounds(text, draft.start, draft.end)
    if sent_end < len(text) and text[sent_end] == "\n" and text[sent_end - 1] not in "。！？!?":
        # a headline line: the story under it tells the when, who and by whom
        sent_end = sentence_bounds(text, sent_end + 1, sent_end + 1)[1]
    # every rule below reads the mentions by where they stand: in the sentence, or in the first
    # sentence of the line under it (a headline's holders, the body the news comes from)
    line_end = text.find("\n", draft.end)
    reach = sent_end if line_end < 0 else max(sent_end, sentence_end(text, _LINE_LEAD.match(text, line_end + 1).end()))
    orgs = starting_in(orgs, sent_start - _MARGIN, reach + _MARGIN)
    people = starting_in(people, sent_start - _MARGIN, reach + _MARGIN)
    # X会议8月20日在京召开: the clause after the name first; then the sentence before it (记者从今天
    # 国新办举行的X获悉，…12月1日起施行: a later clause's date is another thing's); then the rest
    # 据以色列媒体17日报道，以色列将于18日举行内阁会议: the day it is set for, not the report's
    scheduled = _SET_FOR.search(text, sent_start, draft.start)
    draft.date = (
        (find_date(text, scheduled.end(), draft.start, doc_date) if scheduled else None)
        or find_date(text, draft.end, min(_clause_end(text, draft.end), sent_end), doc_date)
        or find_date(text, sent_start, draft.end, doc_date)
        or find_date(text, draft.end, sent_end, doc_date)
    )
    if draft.date and draft.rule == "meeting":
        # the last span of days before the meeting's end (a meeting starts at its host)
        span = next(reversed(list(_SPAN_OF_DAYS.finditer(text, sent_start, draft.end))), None)
        if span is not None:
            # 5月7日至9日访问葡萄牙，在里斯本会见X: a day of the visit, which one not told, unless a day
            # is written after the span (…，8日在里斯本会见X)
            draft.date = find_date(text, span.end(), draft.end, doc_date)
    if draft.date and _MONTH_AHEAD.match(text, draft.end):
        draft.date = None  # 第四届X峰会将于10月举办: a month ahead, no day of its own
    if draft.date and _in_article_title(text, draft):
        draft.date = None  # 人民日报明天发表评论员文章《…——论学习贯彻X在Y座谈会上重要讲话》: the day is the article's
    if draft.date and _GALA.fullmatch(draft.name) and not _ON_THE_AIR.match(text, draft.end):
        draft.date = None  # 总台发布2024年春晚吉祥物: the gala is on New Year's Eve, not on the story's day
    if draft.date and draft.rule == "suffix" and _RUNS_FOR_DAYS.search(draft.name) and not _opens(text, draft):
        draft.date = None  # 杭州亚运会比赛项目门票今天结束预售: the games run for days, that day is not theirs
    hosted = None
    for match in _HOSTED_BY.finditer(text, sent_start, sent_end):
        if hosted is None or match.end() <= draft.end + 2:
            hosted = match
    if hosted:
        bodies = [o for o in orgs if hosted.start(1) <= o.start and o.end <= hosted.end(1)]
        draft.bodies += [o.label for o in bodies if o.label not in draft.bodies]
        if bodies and not hosted.group().endswith(("推出的", "打造的")):
            draft.organizer, draft.held = bodies[0].label, True
    if draft.organizer is None and draft.rule == "suffix":
        subject = _subject_holds(text, sent_start, draft, orgs, people)
        if subject is not None:
            draft.organizer, draft.held = subject.label, True
            draft.bodies.append(subject.label)
    if draft.organizer is None and draft.rule in ("suffix", "launch"):
        holders = _next_line_holders(text, draft, orgs)
        if holders:
            # 2023年X宣传周活动启动\n今天（5月16日），全国妇联、教育部正式启动…: a headline's event is
            # held by the bodies that start the story under it
            draft.organizer, draft.held = holders[0].label, True
            draft.bodies += [h.label for h in holders if h.label not in draft.bodies]
    if draft.rule == "inspection":
        # 习近平在山西考察期间，专门来到师红兵家: the people the tour's sentence names take part
        draft.participants += [
            p.label
            for p in people
            if sent_start <= p.start < sent_end
            and p.label not in draft.participants
            and not _PERSON_ASIDE.match(text, p.end)
            and not _told_of_only(p, draft, told_of)
        ]
    if draft.rule not in ("suffix", "launch"):
        return
    if draft.organizer is None and (draft.rule == "launch" or _SOURCE_HOLDS.search(draft.name)):
        # 记者从商务部获悉，第三届X博览会将于…举办, 记者从工业和信息化部了解到，X工作正式启动: the
        # body the news comes from runs the campaign, fair or launch it tells
        # (a headline's: the line under it)
        headline = 0 < line_end - text.rfind("\n", 0, draft.start) <= 50 and text[line_end - 1] not in "。！？!?"
        source = _NEWS_FROM.match(text, _LINE_LEAD.match(text, line_end + 1 if headline else sent_start).end())
        body = next((o for o in orgs if source and o.start == source.start(1) and o.end == source.end(1)), None)
        if body is not None and (headline or source.end() <= draft.start):
            draft.organizer, draft.held = body.label, True
    if draft.organizer is None:
        holders = _holders_before(text, sent_start, draft.start, {o.end: o for o in orgs})
        body = holders[0] if holders else None
        if body is not None:
            draft.organizer, draft.held = body.label, True
            if len(holders) > 1 or not draft.name.endswith(("仪式", "典礼")) and not _PRESS_EVENT.search(draft.name):
                # A、B和C联合举行X, 公安部部署开展X: with no person named, the bodies that hold it take
                # part (not in a ceremony, nor at a press conference: its presenters do)
                draft.bodies += [h.label for h in holders if h.label not in draft.bodies]
            if _SCOPE_ONLY.match(draft.name):
                # X机制召开全国电视电话会议: a name with no name of its own is the body's
                draft.name = text[body.start : body.end] + draft.name
    if draft.organizer is None and gaz is not None and not _CONGRESS.search(draft.name):
        # 俄罗斯举行X, 浙江举办X: a country or a province that holds it, as a body (not a
        # congress or plenum: 祝贺中国成功召开中共二十届三中全会 is the Party's)
        draft.organizer = _place_holds(text, sent_start, draft.start, gaz)
        draft.held = draft.by_place = draft.organizer is not None
    if draft.rule != "suffix":
        return  # (A、B联合启动X行动: the bodies that start a launch hold it and take part)
    if draft.organizer is None:
        # 中共中央政治局会议, 国务院常务会议: the body that names the meeting holds it
        inside = [
            m
            for m in orgs
            if draft.start <= m.start
            and m.end <= draft.end
            and text[m.start - 1] not in "—-"
            and not (m.start == draft.start + 1 and text[draft.start] == "中")
        ]  # (中国—东盟博览会, 中俄议会合作委员会: the partner holds nothing)
        if inside:
            draft.organizer = min(inside, key=lambda m: (m.start, -m.end)).label
        elif (
            owner := next(
                (
                    m
                    for m in orgs
                    if m.end - m.start > 1
                    and m.end in (draft.start, draft.start - (text[draft.start - 1 : draft.start] in "《“"))
                ),
                None,
            )
        ) is not None:
            draft.organizer = owner.label  # 总台2024年春晚, 中央广播电视总台《2025年春节联欢晚会》: the body's own
        elif own := _OWN_BODYS_SESSION.match(draft.name):
            draft.organizer = own.group(1)  # X协会第三次全国代表大会, X论坛第七届年会: the body's own
        elif _GALA.fullmatch(draft.name):
            draft.organizer = "中央广播电视总台"  # 2024年龙年春晚: the national gala is the broadcaster's
    if draft.organizer is not None and _SCOPE_ONLY.match(_after_body(text, draft, orgs)):
        # 中共中央政治局会议, X召开紧急会议: a body's own meeting; with no person named, the
        # body takes part
        draft.bodies.append(draft.organizer)
    sentence = text[sent_start:sent_end]
    if text.startswith("上", draft.end) and text.endswith("在", 0, draft.start):
        # 在纪念X研讨会上，习近平总书记指出: who acts after 在X上 in its sentence takes part
        draft.participants += [
            p.label
            for p in people
            if draft.end < p.start < sent_end
            and p.label not in draft.participants
            and not _PERSON_ASIDE.match(text, p.end)
            and not _told_of_only(p, draft, told_of)
        ]
    if any(v in sentence for v in _ATTEND):
        # (not the person the name itself names: 习近平总书记关于X的重要论述研讨会, nor one whose
        # words are studied: 传达学习习近平总书记关于X的重要讲话精神)
        draft.participants += [
            p.label
            for p in people
            if sent_start <= p.start < sent_end
            and not draft.start <= p.start < draft.end
            and not _PERSON_ASIDE.match(text, p.end)
            and not _told_of_only(p, draft, told_of)
        ]
    if not draft.participants:
        # 文化和旅游部相关负责人介绍: no person named, the body takes part
        if not _PRESS_EVENT.search(draft.name):
            draft.bodies += [
                o.label for o in orgs if sent_start <= o.start < sent_end and _SPOKESMAN.match(text, o.end)
            ]
            return
        # 邀请教育部、四川省人民政府相关负责人介绍, 国家统计局介绍: at a press conference, the
        # bodies that present take part (not the body that only holds it)
        spokes: list[str] = []
        # (国务院新闻办公室举行新闻发布会。交通运输部相关负责人介绍…: the next sentence presents)
        next_end = _nth_sentence_end(text[sent_end:], 1) + sent_end
        for span_start, span_end in ((sent_start, sent_end), (sent_end, next_end)):
            if spokes:
                break
            spokes = _presenters(text, orgs, span_start, span_end)
        if spokes:
            draft.bodies = [b for b in draft.bodies if b != draft.organizer] + [
                b for b in spokes if b not in draft.bodies
            ]


def _presenters(text: str, orgs: list[Mention], sent_start: int, sent_end: int) -> list[str]:
    """The bodies whose officials present in text[sent_start:sent_end] (邀请教育部、四川省人民政府
    相关负责人介绍), in order."""
    by_end = {o.end: o for o in orgs if sent_start <= o.start < sent_end}
    spokes: list[str] = []
    for o in orgs:
        if sent_start <= o.start < sent_end and _PRESENTS.match(text, o.end):
            listed = [o]
            while (joined := _JOINED_BODIES.search(text, max(sent_start, listed[0].start - 4), listed[0].start)) and (
                earlier := by_end.get(joined.start())
            ):
                listed.insert(0, earlier)
            spokes += [m.label for m in listed if m.label not in spokes]
    return spokes


def _subject_holds(
    text: str, sent_start: int, draft: _Draft, orgs: list[Mention], people: list[Mention]
) -> Mention | None:
    """公安部昨天下发通知，部署全国公安机关深入组织开展“昆仑2023”专项行动: the body that is the
    sentence's subject holds the event a later clause of it carries out."""
    clause = _clause_start(text, draft.start)
    if clause <= sent_start or not _ORGANIZE_TAIL.search(text, clause, draft.start):
        return None
    pos = _LINE_LEAD.match(text, sent_start).end()
    subject = next((o for o in orgs if o.start == pos), None)
    if (
        subject is None
        or not _HOLDS_NEXT.match(text, subject.end)
        and not text.startswith(("下发", "印发"), subject.end)
    ):
        return None
    if any(sent_start <= p.start < draft.start for p in people):
        return None
    if any(clause <= o.start < draft.start for o in orgs):
        return None  # (the clause has a body of its own)
    return subject


def _next_line_holders(text: str, draft: _Draft, orgs: list[Mention]) -> list[Mention]:
    """The bodies that start the line under a headline naming the draft and hold, start or
    carry out what it tells (公安部昨天（3月16日）下发通知，部署…, A、B联合组织开展…)."""
    line_end = text.find("\n", draft.end)
    line_start = text.rfind("\n", 0, draft.start) + 1
    if line_end < 0 or line_end - line_start > 50 or _SENTENCE_END.search(text, line_start, line_end - 1):
        return []
    pos = _LINE_LEAD.match(text, line_end + 1).end()
    by_start = {o.start: o for o in orgs}
    listed = []
    while (org := by_start.get(pos)) is not None:
        listed.append(org)
        pos = org.end + (text[org.end : org.end + 1] in "、和与及")
    if listed and _HOLDS_NEXT.match(text, listed[-1].end):
        return listed
    return []


def _in_article_title(text: str, draft: _Draft) -> bool:
    """True when the event is named inside the 《title》 of an article, editorial or commentary."""
    opened = text.rfind("《", max(0, draft.start - 80), draft.start + 1)
    if opened < 0 or "》" in text[opened : draft.start]:
        return False
    return _ARTICLE.search(text, max(0, opened - 16), opened) is not None


def _opens(text: str, draft: _Draft) -> bool:
    """True when the text tells the event held, opened or closed, or attended, on its day
    (X今天在杭州开幕, 在今天开幕的X上, 出席X开幕式)."""
    return bool(
        _OPENS_AFTER.match(text, draft.end) or _OPENED_BEFORE.search(text, max(0, draft.start - 8), draft.start)
    )


def _after_body(text: str, draft: _Draft, orgs: list[Mention]) -> str:
    """What the event's name says after the body that starts it (国务院常务会议 -> 常务会议)."""
    if draft.organizer and draft.name.startswith(draft.organizer):
        return draft.name[len(draft.organizer) :]
    for m in orgs:
        if m.start == draft.start and draft.name.startswith(text[m.start : m.end]):
            return draft.name[m.end - m.start :]
    return draft.name


def _media_around(text: str, at: int, orgs: list[Mention]) -> list[str]:
    """The media the sentence around `at` names (中央广播电视总台, 央视综合频道), in order, once each."""
    start, end = sentence_bounds(text, at, at + 1)
    return list(dict.fromkeys(o.label for o in orgs if start <= o.start and o.end <= end and o.category == "media"))


def _launched_is_the_launch(drafts: list[_Draft]) -> None:
    """农业农村部开展2024年“X”执法行动 … 2024年“X”执法行动日前启动: the campaign told by its
    name is the launch told after it (one event, named X启动), held by the body the text names
    holding either; so is a show named like a meeting when it goes on the air (《中国书法大会》启播)."""
    launches = {}
    for d in drafts:
        if d.rule == "launch" and d.name.endswith("启动"):
            launches[d.name[: -len("启动")]] = d
        elif d.rule == "launch" and d.name.startswith("《") and d.name.endswith(_ON_AIR):
            launches[d.name[1 : d.name.index("》")]] = d
    if not launches:
        return
    for d in drafts:
        launch = launches.get(d.name) if d.rule == "suffix" else None
        if launch is None:
            continue
        d.name = launch.name
        if launch.organizer is None and d.organizer is not None:
            launch.organizer, launch.held = d.organizer, d.held
            launch.bodies += [b for b in d.bodies if b not in launch.bodies]
        elif d.organizer is None:
            d.organizer, d.bodies = launch.organizer, [*launch.bodies]
        d.date = d.date or launch.date


def _reviews_dated_by_the_lead(text: str, drafts: list[_Draft], doc_date: str | None) -> None:
    """全国人大代表今天（3月5日）下午开始分组审议政府工作报告。…X在参加Y代表团审议时说: the
    deliberations the story goes on to tell, undated, are on the day its lead gives them."""
    reviews = [d for d in drafts if d.date is None and d.name.endswith(("代表团审议", "代表团讨论"))]
    if not reviews:
        return
    lead_end = _nth_sentence_end(text, 1)
    if "审议" not in text[:lead_end] and "讨论" not in text[:lead_end]:
        return
    date = find_date(text, 0, lead_end, doc_date)
    for d in reviews:
        if d.start >= lead_end:
            d.date = date


def _dated_by_the_one_before(text: str, drafts: list[_Draft]) -> None:
    """闭幕会后，X举行专题讲座: an undated event in a sentence that starts after an earlier
    one (会后, 随后) takes the date of the last dated event before it."""
    dated = sorted((d for d in drafts if d.date), key=lambda d: d.start)
    for d in drafts:
        if d.date:
            continue
        sent_start = sentence_bounds(text, d.start, d.end)[0]
        if not _AFTERWARDS.match(text, sent_start):
            continue
        before = [e for e in dated if e.start < sent_start]
        if before:
            d.date = before[-1].date


def _hosted_told_after(text: str, drafts: list[_Draft], orgs: list[Mention], suffixes: frozenset[str]) -> None:
    """X论坛今天开幕。本届论坛以“…”为主题，由A和B共同主办: a later sentence that names the
    event by its kind alone tells who holds the last event of that kind before it."""
    if "由" not in text:
        return
    at = text.find("由")
    while at >= 0:
        sentence_start = max(text.rfind(c, max(0, at - 80), at) for c in "。！？\n") + 1
        told = _TOLD_AFTER_HOSTED.fullmatch(text, sentence_start, at + 1)
        at = text.find("由", at + 1)
        if told is None or told.group(1) not in suffixes:
            continue
        kind = told.group(1)
        hosted = _HOSTED_BY.match(text, told.end() - 1)
        if hosted is None or hosted.group().endswith(("推出的", "打造的")):
            continue
        bodies = [o for o in orgs if hosted.start(1) <= o.start and o.end <= hosted.end(1)]
        before = [d for d in drafts if d.end <= told.start() and d.rule in ("suffix", "launch")]
        draft = max(
            (d for d in before if d.name.removesuffix("启动").endswith(kind)), key=lambda d: d.start, default=None
        )
        if not bodies or draft is None or draft.held:
            continue
        draft.organizer, draft.held = bodies[0].label, True
        draft.bodies += [o.label for o in bodies if o.label not in draft.bodies]


def _within_meetings(text: str, drafts: list[_Draft], people: list[Mention]) -> None:
    """会见来华出席X论坛的巴基斯坦总理卡卡尔: an event named inside a meeting's clause is
    attended by the guest when it describes the guest, by the host when it describes the host
    (习近平出席金砖国家领导人会晤期间会见萨苏); the sentence's date is the meeting's."""
    meetings = [d for d in drafts if d.rule == "meeting"]
    for d in drafts:
        if d.rule != "suffix":
            continue
        meeting = next((m for m in meetings if m.start <= d.start and d.end <= _clause_end(text, m.end)), None)
        if meeting is None:
            continue
        if d.start >= meeting.guests_from:
            d.participants = [p.label for p in people if meeting.guests_from <= p.start < _clause_end(text, d.end)]
        else:
            d.participants = meeting.participants[:1]
        if d.date == meeting.date and (
            text.startswith(("的", "期间", "之际"), d.end) or 0 <= meeting.guests_from <= d.start
        ):
            d.date = None  # 会见来华出席X的, 出席X期间会见: the date the sentence gives is the meeting's


def _organizer_before(text: str, sent_start: int, start: int, by_end: dict[int, Mention]) -> Mention | None:
    """国务院新闻办公室近日举行X, 国务院在京召开X: the body before the verb holds X."""
    holders = _holders_before(text, sent_start, start, by_end)
    return holders[0] if holders else None


def _holders_before(text: str, sent_start: int, start: int, by_end: dict[int, Mention]) -> list[Mention]:
    """A、B和C在丽江联合举行X: the bodies before the verb that hold X, the first named first."""
    before = text[sent_start:start]
    before = before[: len(before) - len(study.group())] if (study := _STUDY_TAIL.search(before)) else before
    verb = _ORGANIZE_TAIL.search(before)  # (举办学习贯彻X精神报告会: the study is the name's)
    if verb is None:
        return []
    head = _TOGETHER.sub("", before[: verb.start()])  # 国家发展改革委等部门联合召开的
    org = by_end.get(sent_start + len(head))
    if (
        org is not None
        and text.endswith("在", 0, org.start)
        and any(_clause_start(text, org.start) <= o.start and o.end < org.start for o in by_end.values())
    ):
        org = None  # X今天在中国共产党历史展览馆举办: the venue, not who holds it (not 记者在X召开的Y上)
    if org is None:
        served = _SERVED.search(head)
        if served:
            head = head[: served.start()]  # 中联部为外国驻华使节举办X: the body before whom it is held for
        tail = _TIME_TAIL.search(head)
        org = by_end.get(sent_start + tail.start()) if tail else None  # 在国务院新闻办今天举行的
    if org is None:
        place = _VENUE_TAIL.search(head)
        if place:
            head = head[: place.start()]
        tail = _TIME_TAIL.search(head)
        if tail:
            head = head[: tail.start()]
        org = by_end.get(sent_start + len(head))
    if org is None:
        # 俄罗斯战略导弹部队29日开始举行X, 商务部近日在京成功举办X: what is said between the
        # body and the verb (when, where, how) taken off a piece at a time
        for _ in range(4):
            cut = _BETWEEN_BODY_AND_VERB.search(head, max(0, len(head) - 60))
            if cut is None or cut.start() == len(head):
                break
            head = head[: cut.start()]
            org = by_end.get(sent_start + len(head))
            if org is not None:
                break
    return _list_of(text, sent_start, org, by_end) if org is not None else []


def _place_holds(text: str, sent_start: int, start: int, gaz: Gazetteer) -> str | None:
    """俄罗斯举行X, 今天，浙江在杭州举办X: the country (by its name) or the mainland province
    or city (by its people's government) that starts the clause before the verb holds X."""
    before = text[sent_start:start]
    before = before[: len(before) - len(study.group())] if (study := _STUDY_TAIL.search(before)) else before
    verb = _ORGANIZE_TAIL.search(before)
    if verb is None:
        return None
    head = before[: verb.start()]
    for _ in range(5):
        clause = head[max(head.rfind(c) for c in _CLAUSE_END) + 1 :]
        clause = clause[len(lead.group()) :] if (lead := _GREETED.match(clause)) else clause
        if len(clause) == 2 and clause.endswith("方") and clause[0] in gaz.sides:
            return gaz.sides[clause[0]]  # 祝贺中方成功举办X: the side that holds it
        place = gaz.places.get(clause) if 2 <= len(clause) <= 12 else None
        if place is not None:
            if place.kind == "country":
                return place.name
            government = gaz.org(place.name + "人民政府")
            return government.name if government is not None else None
        cut = _BETWEEN_BODY_AND_VERB.search(head, max(0, len(head) - 60))
        if cut is None or cut.start() == len(head):
            return None
        head = head[: cut.start()]
    return None


def _first_of_list(text: str, sent_start: int, org: Mention, by_end: dict[int, Mention]) -> Mention:
    """A、B和C联合举办X, A会同B、C举行X: the first body named holds X."""
    return _list_of(text, sent_start, org, by_end)[0]


def _list_of(text: str, sent_start: int, org: Mention, by_end: dict[int, Mention]) -> list[Mention]:
    """The bodies listed up to org (A、B和C), the first named first."""
    listed = [org]
    while True:
        joined = _JOINED_BODIES.search(text, max(sent_start, listed[0].start - 12), listed[0].start)
        earlier = by_end.get(joined.start()) if joined else None
        if earlier is None or earlier in listed:
            return listed
        listed.insert(0, earlier)


#: Words of a leader that a meeting studies, after the leader's name (习近平总书记近期重要讲话).
_STUDIED_WORDS = re.compile(
    r"(?:同志|总书记|主席|总理)*[^，,。；;]{0,24}?(?:重要讲话|重要指示|重要批示|重要论述|讲话精神|指示精神|重要文章|贺信精神)"
)
_STUDYING = re.compile(r"传达|学习|贯彻|领会")
#: A title that tells a meeting held (王沪宁主持召开全国政协主席会议, 中共中央政治局召开会议).
_TITLE_HOLDS = re.compile(r"(?:主持召开|召开|举行|主持)[^，,。]{2,24}?(?:会议|全会|大会|座谈会)$")


def _main_participants(
    text: str,
    drafts: list[_Draft],
    people: list[Mention],
    speakers: list[str],
    title: str,
    told_of: Mapping[int, tuple[int, int]] | None = None,
) -> None:
    """The event the story's title names: everyone who speaks, or acts in a sentence that
    says they attend, takes part (蔡奇、王毅等参加会见). Not for a round-up of several
    stories under headlines, nor for an event the story only reports on (致电祝贺X)."""
    if not drafts or _headlines(text) >= 2:
        return
    title = unicodedata.normalize("NFKC", title)
    head = _strip_title(title)
    named = [
        d
        for d in drafts
        if d.name in title
        or "暨" in d.name
        and d.name.split("暨")[0] in title  # (the title names the first of a joined name)
        or d.name.startswith(head)
        or len(d.name) >= 8
        and _in_order(d.name, head)
        or d.rule == "meeting"
        and d.participants
        and _title_meeting(head, d)
    ]  # (X常委会举行第N次委员长会议 names X常委会第N次委员长会议; 习近平会见德国总理: 习近平会见朔尔茨)
    main = max(named, key=lambda d: (len(d.name), -d.start)) if named else None
    if main is None and _TITLE_HOLDS.search(head):
        # 王沪宁主持召开全国政协主席会议 over 政协第十四届全国委员会第十七次主席会议27日召开: the
        # title holds a meeting by a short form of the name the story's first sentence writes
        lead_end = _nth_sentence_end(text, 1)
        main = next((d for d in drafts if d.rule == "suffix" and d.start < lead_end and d.name[-2:] == head[-2:]), None)
    if main is None:
        # 记者在X会上获悉: the story reports from the event
        lead_end = _nth_sentence_end(text, 2)
        main = next(
            (d for d in drafts if d.rule == "suffix" and text.startswith("上", d.end) and d.start < lead_end), None
        )
    if main is None or main.rule == "launch":
        return
    sent_start, sent_end = sentence_bounds(text, main.start, main.end)
    if _REPORTED.search(text, sent_start, sent_end):
        return
    others = sorted((d for d in drafts if d.name != main.name), key=lambda d: d.start)
    # 国际社会积极评价习近平主席对俄罗斯的国事访问: those who speak of the event do not attend it
    # (the one the title names does: 习近平总书记在X会议上的重要讲话引发强烈反响)
    reacting = _REACTION.search(title) is not None
    acting = []
    named_in = [(d.start, d.end) for d in drafts if d.name == main.name and d.rule == "suffix"]
    for p in people:
        if _PERSON_ASIDE.match(text, p.end) or any(a <= p.start < b for a, b in named_in):
            continue  # (习近平总书记关于X的重要论述研讨会: the person the name names)
        sent_start, sent_end = sentence_bounds(text, p.start, p.end)
        sentence = text[sent_start:sent_end]
        there = starting_in(others, sent_start, sent_end)
        if there and (main.name[-2:] not in sentence or any(d.rule == main.rule == "inspection" for d in there)):
            # 习近平在X座谈会上的讲话: the person belongs to the other event (not 出席仪式，点燃亚运会火炬);
            # 返京途中…陪同下来到枣庄市考察: to the other tour
            continue
        if _told_of_only(p, main, told_of):
            continue
        if _STUDIED_WORDS.match(text, p.end) and _STUDYING.search(text, sent_start, p.start):
            continue  # 会议传达学习了习近平总书记近期重要讲话: the one whose words are studied
        line_start = text.rfind("\n", 0, p.start) + 1
        quoted = any(q.label != p.label for q in starting_in(people, line_start, p.start))
        # 丁薛祥指出，…。习近平主席强调，…: a leader quoted in another's speech does not attend
        if (
            p.label in speakers
            and not quoted
            and (not reacting or p.label in title)
            or any(v in sentence for v in _ATTEND)
        ):
            acting.append(p.label)
    # 分别会见A、B: the guest of one meeting is no participant of the other
    guests = {p for d in drafts if d.rule == "meeting" and d.name != main.name for p in d.participants[1:]}
    main.participants += [a for a in acting if a not in main.participants and a not in guests]


def _told_of(text: str, people: list[Mention], statements: list) -> dict[int, tuple[int, int]]:
    """李强表示，…。今年5月，习近平主席同总统先生举行会晤: the people told of in another's words
    (a paragraph that starts with its speaker is all his words), as where each is named -> those
    words; and the one whose greetings are passed on (转达习近平主席的问候)."""
    out: dict[int, tuple[int, int]] = {}
    for s in statements:
        end = s.content_end
        line_start = text.rfind("\n", 0, s.start) + 1
        if not text[line_start : s.start].strip() or text.startswith(s.speaker, line_start):
            line_end = text.find("\n", end)
            end = len(text) if line_end < 0 else line_end
        for p in starting_in(people, s.content_start, end):
            if s.speaker != p.label and not _ACTS_AT.match(text, p.end):
                out.setdefault(p.start, (s.content_start, end))
    for p in people:
        if text.endswith(_GREETS_FROM, max(0, p.start - 3), p.start) and "问候" in text[p.end : p.end + 20]:
            out[p.start] = (p.start, p.start)
    return out


def _told_of_only(person: Mention, draft: _Draft, told_of: Mapping[int, tuple[int, int]] | None) -> bool:
    """True when the person is named only in another's words that do not tell the event."""
    words = told_of.get(person.start) if told_of else None
    return words is not None and not words[0] <= draft.start < words[1]


def _title_meeting(head: str, draft: _Draft) -> bool:
    """True when a title (习近平会见德国总理, 李强同新西兰总理会谈) tells the meeting the draft
    names by the names alone (习近平会见朔尔茨, 李强同拉克森会谈): the same host and verb."""
    host = draft.participants[0]
    verb = _MEET_VERB.search(head)
    return head.startswith(host) and verb is not None and verb.group() in draft.name[len(host) :]


def _no_envoy_senders(text: str, drafts: list[_Draft], people: list[Mention]) -> None:
    """A leader the story names only as the one who sends an envoy (习近平特别代表) takes
    part in no event: the envoy does."""
    named = {}
    for m in people:
        named.setdefault(m.label, []).append(bool(_SENDS_ENVOY.match(text, m.end)))
    senders = {label for label, sends in named.items() if all(sends)}
    if not senders:
        return
    for d in drafts:
        d.participants = [p for p in d.participants if p not in senders]


def _no_inviters(text: str, drafts: list[_Draft], people: list[Mention]) -> None:
    """A leader the story names only as the one who invites (应X邀请) takes part in no event
    the story tells: the guest does."""
    if "邀请" not in text:
        return
    invitations = [m.span(1) for m in _INVITATION.finditer(text)]
    named: dict[str, list[bool]] = {}
    for m in people:
        named.setdefault(m.label, []).append(any(s <= m.start and m.end <= e for s, e in invitations))
    inviters = {label for label, invites in named.items() if all(invites)}
    if not inviters:
        return
    for d in drafts:
        d.participants = [p for p in d.participants if p not in inviters]


def _briefers_take_part(text: str, drafts: list[_Draft], statements: list) -> None:
    """A press conference no one is said to attend: those who speak at it after it is told
    take part (国务院联防联控机制新闻发布会…国家卫生健康委新闻发言人介绍, 医政司有关负责人介绍),
    up to the next headline of a round-up; figures a body publishes (发布, 公布) are no briefing
    unless published at it, in the sentence that tells it."""
    said = sorted(statements, key=lambda s: s.start)
    for d in drafts:
        if d.participants or not d.name.endswith(_BRIEFINGS):
            continue
        headline = _HEADLINE_LINE.search(text, d.end)
        item_end = headline.start() if headline else len(text)
        # (在…举行的新闻发布会上，国家统计局发布: figures published at the briefing itself)
        sentence_end = sentence_bounds(text, d.start, d.end)[1]
        speakers = [
            s.speaker
            for s in said
            if d.start < s.start < item_end and (s.cue not in _PUBLISHING_CUES or s.start < sentence_end)
        ]
        d.participants = list(dict.fromkeys(speakers))


def _welcome_ceremony_takes_part(text: str, drafts: list[_Draft], people: list[Mention]) -> None:
    """习近平…举行仪式，欢迎X对我国进行国事访问…彭丽媛、王毅等出席欢迎仪式: the host of the
    welcome ceremony and those who attend it take part in the visit it welcomes."""
    visits = [d for d in drafts if d.rule == "visit" and d.participants]
    if not visits:
        return
    for held in _WELCOME_HELD.finditer(text):
        sent_start, sent_end = sentence_bounds(text, held.start(), held.end())
        before = starting_in(people, sent_start, held.start())
        welcomed = {p.label for p in starting_in(people, held.end(), sent_end)}
        welcoming = [d for d in visits if d.participants[0] in welcomed]
        if not before or not welcoming:
            continue
        hosts = [before[-1].label]
        attended = _ATTENDS_WELCOME.search(text, sent_end, sent_end + 400)
        if attended is not None:
            att_start = sentence_bounds(text, attended.start(), attended.end())[0]
            hosts += [p.label for p in starting_in(people, att_start, attended.start())]
        for d in welcoming:
            d.participants += [h for h in dict.fromkeys(hosts) if h not in d.participants]


def _attend_all_above(text: str, drafts: list[_Draft], people: list[Mention]) -> None:
    """王毅、何立峰等参加上述活动, 郑建邦参加会见, 张又侠等参加活动: the people of that sentence
    attend every meeting and tour told before it."""
    for said in _ALL_ABOVE.finditer(text):
        sent_start = sentence_bounds(text, said.start(), said.end())[0]
        named = [p.label for p in starting_in(people, sent_start, said.start())]
        for d in drafts:
            if d.rule in ("meeting", "inspection") and d.start < sent_start and not d.polite:
                d.participants += [n for n in named if n not in d.participants]


def _title_names_unnamed_guest(drafts: list[_Draft], title: str) -> None:
    """A meeting whose guest the text names by no person's name the story tells (会见来华出席X的
    蒙古国总统Y, Y unknown) takes the title's name (习近平会见蒙古国总统): the host, the verb and the
    guest as the title writes them, not the text's clause."""
    head = _SPEECH_AFTER.sub("", _strip_title(unicodedata.normalize("NFKC", title)))
    verb = _MEET_VERB.search(head)
    talk = _TITLE_TAIL.sub("", head)
    if verb is not None and verb.group() == "座谈" and verb.end() == len(talk):
        # 李四同全国人大常委会会议列席代表座谈 (the text: 同列席X会议的全国人大代表座谈交流)
        for d in drafts:
            if (
                d.rule == "meeting"
                and d.unnamed_guest
                and talk.startswith((d.participants[0] + "同", d.participants[0] + "与"))
            ):
                d.name = talk
                return
    if verb is None or verb.group() not in _RECEIVE or not 2 <= len(head) - verb.end() <= 20 or "时" in head:
        return  # (张三在接见X时发表重要讲话强调: no meeting's name)
    for d in drafts:
        if d.rule == "meeting" and d.unnamed_guest and head.startswith(d.participants[0] + verb.group()):
            d.name = head
            return


def _title_event(
    text: str,
    drafts: list[_Draft],
    title: str,
    people: list[Mention],
    places: Mapping[str, object],
    pattern: re.Pattern[str],
) -> list[_Draft]:
    """A title that is itself an event the text tells in other words: talks (李强同萨摩亚总理会谈,
    the text: 李强同菲娅梅举行会谈), a trip (李希在云南调研, the text: 李希到云南调研), a visit
    (习近平抵达河内对越南进行国事访问) or a launch (2023年春运今天启动). The text's own draft of
    that kind by the same person takes the title's name; with none, the title names a new one,
    placed where the text says its verb."""
    head = _TITLE_TAIL.sub("", _strip_title(unicodedata.normalize("NFKC", title)))
    host = next((p.label for p in people if head.startswith(p.label)), None)
    if host and _AT_ACT.match(head, len(host)):
        head = host + head[len(host) + 1 :]  # 习近平在视察X时强调: the visit is 习近平视察X
    mine = [d for d in drafts if d.participants[:1] == [host]] if host else []
    named: tuple[str, str, str] | None = None  # (name, rule, verb to place it at)
    if host and (talks := _TITLE_TALKS.match(head, len(host))):
        if any(d.rule == "meeting" for d in mine) or _NAMED_TALKS.search(head):
            return []
        named = (head, "meeting", talks.group(1) or talks.group(2))
    elif host and (trip := _TITLE_TRIP.match(head, len(host))):
        # 习近平在内蒙古调研边境管控情况: the tour, {person}在{place}调研
        verb = trip.group(2) or trip.group(3)
        tour = host + "在" + (trip.group(1) or trip.group(4)) + verb
        trips = [d for d in mine if d.rule == "inspection"]
        if trips:
            for d in trips[:1]:
                d.name = tour
            return []
        named = (tour, "inspection", verb)
    elif host and (visit := _TITLE_VISIT.search(head, len(host))):
        visited = visit.group(1)
        if not _all_places(visited, places):
            return []
        named = (host + "对" + visited + visit.group(2), "visit", visit.group(2))
    elif host is None and (launch := _TITLE_LAUNCH.match(head)):
        if launch.group(2) != "成立" and pattern.search(launch.group(1)[-6:]):
            return []  # 第三届消博会正式开馆: the expo is the event, found by its name
        if _NOT_ONE_LAUNCH.search(_unquoted(launch.group(1))):
            return []  # X将于9月8日启动: a launch still to come
        named = (launch.group(1) + launch.group(2), "launch", launch.group(2))
    if named is None or any(d.name == named[0] for d in drafts):
        return []
    at = text.find(named[2])
    if at < 0:
        return []
    return [_Draft(named[0], at, at + len(named[2]), named[1], participants=[host] if host else [])]


def _title_second_tour(text: str, drafts: list[_Draft], title: str, people: list[Mention]) -> list[_Draft]:
    """习近平在上海考察时强调 … 返京途中在江苏盐城考察: a later part of a title that tells a
    tour of its own by the first part's person names a second tour, placed where the text
    first names its place (盐城市)."""
    parts = _strip_title_parts(unicodedata.normalize("NFKC", title))
    host = next((p.label for p in people if parts and parts[0].startswith(p.label)), None)
    if host is None:
        return []
    out = []
    for part in parts[1:]:
        trip = _TITLE_LEG.fullmatch(part)
        if trip is None:
            continue
        name = host + "在" + trip.group(1) + trip.group(2)
        if any(d.name == name for d in drafts):
            continue
        place = trip.group(1)
        at = next((text.find(place[i:]) for i in range(len(place) - 1) if text.find(place[i:]) >= 0), -1)
        if at >= 0:
            out.append(_Draft(name, at, at + len(place), "inspection", participants=[host]))
    return out


def _press_conference(text: str, drafts: list[_Draft], title: str) -> list[_Draft]:
    """A story titled 中德两国总理共同会见记者 names its press conference so: the meeting the
    text reports (李克强会见记者, 两国总理共同会见了记者) takes the title's name."""
    head = _strip_title(unicodedata.normalize("NFKC", title))
    if not head.endswith(("会见记者", "共见记者")) or len(head) < 6:
        return []
    joined = _ALSO_MET_PRESS.match(head)
    if joined:
        # 李强和德国总理共同出席X座谈会并共同会见记者: the people, then the press conference
        head = joined.group(1) + joined.group(2)
    for d in drafts:
        if d.rule == "meeting" and d.name.endswith("会见记者"):
            d.name = head
            return []
    said = _PRESS.search(text)
    if said is None:
        return []
    return [_Draft(head, said.start(), said.end(), "meeting", guests_from=said.end())]


#: The broadcaster's short names, which start headlines about what it covers (总台巴黎奥运会转播…).
_OUTLETS = ("中央广播电视总台", "总台", "央视")


def _title_event_names(title: str, pattern: re.Pattern[str]) -> Iterable[tuple[str, str]]:
    """The events a title names, as (name, its event word): after the verb or preposition
    that introduces it (出席X并讲话, 在X上强调), or from the start of a part of the title."""
    for head in _TITLE_PARTS.split(re.sub(r"^【[^】]*】", "", unicodedata.normalize("NFKC", title))):
        previous = 0  # A会议和B会议: the second name starts after the first
        found: list[tuple[int, re.Match[str]]] = []
        for match in pattern.finditer(head):
            intro = _TITLE_INTRO.search(head, 0, match.start())
            dash = head.rfind("——", 0, match.start())
            start = max(intro.end() if intro else 0, previous, dash + 2 if dash >= 0 else 0)
            if found and head.startswith("暨", found[-1][1].end()):
                start = found.pop()[0]  # A博览会暨B峰会: one event, named by both
            if head.startswith(("精神", "重要讲话", "上的重要讲话", "上重要讲话"), match.end()):
                studied = [m.end() for m in _STUDY.finditer(head, start, match.start())]
                start = studied[-1] if studied else start  # 论学习贯彻中央经济工作会议精神: the meeting
                speaker = _LEADER_BEFORE.match(head, start, match.start())
                start = speaker.end() if speaker else start  # 论学习贯彻习近平主席X会议重要讲话
            found.append((start, match))
            previous = match.end() + (head[match.end() : match.end() + 1] in ("和", "与", "及", "、"))
        for start, match in found:
            named = head[start : match.end()]
            outlet = next((o for o in _OUTLETS if named.startswith(o)), "")
            if outlet and len(named) - len(outlet) <= len(match.group()) + 1:
                continue  # 总台奥运会赛事直播…报告: the broadcaster's coverage, no event's name
            named = named[len(outlet) :]  # 总台巴黎奥运会…转播: the broadcaster is the headline's subject
            for opening, closing in (("《", "》"), ("“", "”")):
                if named.count(opening) > named.count(closing) and head.startswith(closing, match.end()):
                    named += closing  # 中央广播电视总台《2024年春节联欢晚会》进行彩排: the whole title
            if named.count("《") != named.count("》") or named.count("“") != named.count("”"):
                continue  # 国务院印发《2024—2025年节能降碳行动方案》: the event word is inside a title
            if len(named) - len(match.group()) < 2 or _SCOPE_ONLY.match(named) or named.startswith(_GENERIC_WORDS):
                continue
            if _COUNT_INSIDE.search(named) or _PART_OF_BODY.match(head, match.end()):
                continue  # 举行多场专题论坛, 全国人民代表大会代表: no event's name
            if head.startswith(_BODY_MEMBERS, match.end()):
                continue
            if (
                match.group() in _COMMON_KINDS
                and not _PROPER_MARK.search(named)
                and (len(named) < 6 or match.group() != "活动")
            ):  # (以高质量发展的实际行动: an action, no campaign's name)
                continue  # 日本民众举行抗议活动: a kind of activity
            yield named, match.group()


def _title_named_in_text(text: str, drafts: list[_Draft], title: str, pattern: re.Pattern[str]) -> list[_Draft]:
    """An event the title names that no rule found: where the text writes the same name
    (习近平总书记关于X的重要论述研讨会21日在京召开: the walk stops at 的), or where the lead
    holds an event with no name of its own (李克强主持召开座谈会, the title: 李克强主持召开各界
    人士、基层代表座谈会)."""
    out: list[_Draft] = []
    lead_end = _nth_sentence_end(text, 2)
    for named, word in _title_event_names(title, pattern):
        known = drafts + out
        if any(named in d.name or d.name in named or _in_order(named, d.name) for d in known):
            continue
        at = text.find(named)
        if at >= 0:
            out.append(_Draft(named, at, at + len(named), "suffix"))
            continue
        if any(d.name.endswith(word) and d.start < lead_end for d in known):
            continue  # the lead's own event of that kind takes the title's name later
        bare = re.search("(?:召开|举行)(" + re.escape(word) + ")(?=[，,。；;])", text[:lead_end])
        if bare:
            out.append(_Draft(named, bare.start(1), bare.end(1), "suffix"))
    return out


def _title_names_event(text: str, drafts: list[_Draft], title: str, pattern: re.Pattern[str]) -> None:
    """A story titled 中共中央举行纪念X诞辰100周年座谈会 or Y出席国家宪法日座谈会并讲话 names
    its event so, when the story's lead names it otherwise (中共中央举行座谈会, 以“...”为主题的
    座谈会): the lead's first event of that kind takes the title's name. Not when one name
    is the other's short form (集安组织峰会, 集体安全条约组织峰会)."""
    lead_end = _nth_sentence_end(text, 2)
    for named, word in _title_event_names(title, pattern):
        if any(d.name == named for d in drafts):
            continue
        first = next(
            (d for d in drafts if d.rule == "suffix" and d.start < lead_end and d.name.endswith(word)),
            None,
        )
        written = [
            d.name
            for d in drafts
            if d.rule == "suffix"
            and len(d.name) < len(named)
            and named.endswith(d.name)
            and text.startswith(named, max(0, d.end - len(named)))
        ]
        if written:
            # 全国党委和政府秘书长会议: the title's name is written in full where the text's
            # walk stopped short (at 和, at a person's name)
            for d in drafts:
                if d.name in written:
                    d.name = named
            continue
        if (
            first is not None
            and len(named) > len(first.name)
            and _TITLE_PREFIX.search(named[: -len(first.name)])
            and named.endswith(first.name)
            and not _ORDINAL_ANY.search(first.name)
        ):
            # 天安门广场举行2023年元旦升国旗仪式, the text: 升国旗仪式: the title's name in full
            old = first.name
            for d in drafts:
                if d.name == old:
                    d.name = named
            return
        if first is not None and _common_tail(first.name, named) >= len(word) + 2:
            continue  # 2024巴黎奥运会, the title: 总台发布巴黎奥运会: the text's name is the one written
        if first is None or first.name in named or named in first.name or _ORDINAL_ANY.search(first.name):
            continue  # 政协第十四届全国委员会第二次会议: a numbered name is the formal one
        if _in_order(named, first.name) or _in_order(first.name, named):
            continue
        old = first.name
        for d in drafts:
            if d.name == old:
                d.name = named
        return


def _congresses_in_session(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """十四届全国人大一次会议主席团举行第三次会议: the presidium or secretariat of a congress
    meets while the congress is in session, so the congress is an event of the story too."""
    out = []
    for d in drafts:
        if d.rule != "suffix":
            continue
        for body in _SESSION_BODIES:
            cut = d.name.find(body)
            congress = d.name[:cut]
            if cut < 4 or not _CONGRESS.search(congress):
                continue
            start = text.rfind(congress, max(0, d.start - 80), d.end)
            if start >= 0:
                out.append(_Draft(congress, start, start + len(congress), "suffix"))
            break
    return out


def _held_congresses(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """A congress or plenum is an event of the story only where the story tells it held or
    deciding (党的二十大胜利召开, 三中全会提出): one named only for its spirit, report or time
    (学习贯彻党的二十大精神, 党的十九届五中全会后, 提请X审议) is dropped with all its mentions."""
    held: dict[str, bool] = {}
    for d in drafts:
        if d.rule != "suffix" or not _CONGRESS.search(d.name):
            continue
        only_named = _NOT_HELD_AFTER.match(text, d.end) or text.endswith(_NOT_HELD_BEFORE, 0, d.start)
        held[d.name] = held.get(d.name, False) or not only_named
    return [d for d in drafts if held.get(d.name, True)]


def _nth_sentence_end(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        found = _SENTENCE_END.search(text, pos)
        if found is None:
            return len(text)
        pos = found.end()
    return pos


def _headlines(text: str) -> int:
    """How many lines are headlines (no sentence end): a round-up of stories has several."""
    return sum(
        1 for line in text.split("\n") if line.strip() and line.rstrip()[-1] not in '。！？!?:：”"' and len(line) < 40
    )


def _strip_title_parts(title: str) -> list[str]:
    return [part for part in re.sub(r"^【[^】]*】", "", title).split(" ") if part]


def _strip_title(title: str) -> str:
    return re.sub(r"^【[^】]*】", "", title).split(" ")[0] or "\0"


def _ceremonies_named_by_subject(text: str, drafts: list[_Draft], orgs: list[Mention], people: list[Mention]) -> None:
    """中国援莫桑比克莫中文化中心举行揭幕仪式, X铁路举行通车仪式: a ceremony of a kind, held by
    a building, a line or a project that opens the clause, is named after it (not after a body
    or a person: 全国人大常委会举行宪法宣誓仪式 is the ceremony's own name)."""
    for d in drafts:
        if d.rule != "suffix" or not d.name.endswith(("仪式", "典礼")) or not _KIND_ONLY.match(d.name):
            continue
        held = _HELD_BY_SUBJECT.fullmatch(text, _clause_start(text, d.start), d.start)
        if held is None:
            continue
        subject = held.group(1)
        at = held.start(1)
        if not subject.endswith(_FACILITIES) or any(
            m.start < at + len(subject) and at < m.end for m in (*orgs, *people)
        ):
            continue
        d.name, d.start = subject + d.name, at


def _bracketed_short_names(text: str, drafts: list[_Draft]) -> None:
    """第135届中国进出口商品交易会（广交会）: a short name in brackets right after an event's
    full name, ending in the same character, is that event wherever the story writes it."""
    full_of: dict[str, str] = {}
    for d in drafts:
        short = _BRACKETED_SHORT.match(text, d.end)
        if short is not None and short.group(1)[-1] == d.name[-1] and len(short.group(1)) < len(d.name):
            full_of.setdefault(short.group(1), d.name)
    for d in drafts:
        d.name = full_of.get(d.name, d.name)


def _merge_short_names(drafts: list[_Draft]) -> list[_Draft]:
    """委员长会议 after 十三届全国人大常委会第一百二十六次委员长会议, 杭州亚运会 after
    杭州第19届亚洲运动会: a shorter name that ends the longer one, or abbreviates it (same
    last two characters, its characters in order), is the same event. Every mention of one
    name takes the date, organizer and participants of its first dated mention."""
    out: list[_Draft] = []
    by_rule: dict[str, dict[str, _Draft]] = {"suffix": {}, "launch": {}}
    # the same by their last character, which every longer name a name merges into shares
    by_last: dict[str, dict[str, list[_Draft]]] = {"suffix": {}, "launch": {}}
    for d in sorted(drafts, key=lambda d: (-len(d.name), d.start)):
        first = by_rule.get(d.rule)
        if first is not None and d.name not in first:
            longer = by_last[d.rule].get(d.name[-1], []) if len(d.name) > 2 else list(first.values())
            full = next(
                (
                    f
                    for f in longer
                    if len(f.name) > len(d.name)
                    and (
                        f.name.endswith(d.name)
                        or f.name.endswith(d.name + "”")  # 良渚论坛 after 首届“良渚论坛”
                        or d.name.startswith("党的")
                        and f.name.startswith("中国共产党")
                        and f.name.endswith(d.name[2:])  # 党的第二十次全国代表大会: the Party's own
                        or len(d.name) >= 4
                        and (f.name[-2:] == d.name[-2:] or f.name[0] == d.name[0] and f.name[-1] == d.name[-1])
                        and _in_order(d.name, f.name)
                        and not _sub_body_inserted(d.name, f.name)
                        and not _other_games(d.name, f.name)
                        # (X会议主席团第三次会议, X交易会全球服务贸易峰会: an event within the
                        # one named first, not the same one; X博览会暨Y博览会 is X, and
                        # 东盟各国议会间大会第43届年会 is the body's meeting)
                        and not (f.name.startswith(d.name) and not f.name.startswith(("暨", "第"), len(d.name)))
                    )
                ),
                None,
            )
            if full is None and d.name[-2:] in _ABBREVIATED:
                # 进博会, 大运会, 亚残运会 after 第六届中国国际进口博览会, 成都第31届世界大学生夏季运动会:
                # an expo or games abbreviated to a character or two and its event word (the
                # closest full name: 亚运会 is 亚洲运动会's, not 亚洲残疾人运动会's)
                full = min(
                    (
                        f
                        for f in longer
                        if len(f.name) > len(d.name)
                        and f.name[-1] == d.name[-1]
                        and _in_order(d.name, f.name)
                        and not _other_games(d.name, f.name)
                    ),
                    key=lambda f: len(f.name),
                    default=None,
                )
            if full is not None:
                organizer, held, by_place = (
                    (d.organizer, True, d.by_place) if d.held else (full.organizer, full.held, full.by_place)
                )
                d = _Draft(full.name, d.start, d.end, d.rule, full.date, organizer, full.participants, full.bodies)
                d.held, d.by_place = held, by_place
        if first is not None:
            known = first.get(d.name)
            if known is None:
                first[d.name] = d
                by_last[d.rule].setdefault(d.name.rstrip("”")[-1:], []).append(d)  # (首届“良渚论坛”)
            else:
                if known.date is None and d.date is not None and d.start < known.start:
                    known.date = d.date
                if d.held and not known.held and d.organizer:
                    # 上合组织妇女论坛…由全国妇联…共同举办: the body told holding it, not the one its name names
                    known.organizer, known.held, known.by_place = d.organizer, True, d.by_place
                if known.organizer is None:
                    known.organizer, known.by_place = d.organizer, d.by_place
                known.participants += [p for p in d.participants if p not in known.participants]
                known.bodies += [b for b in d.bodies if b not in known.bodies]
                d = _Draft(known.name, d.start, d.end, d.rule, bodies=known.bodies, participants=known.participants)
                d.date, d.organizer, d.by_place = known.date, known.organizer, known.by_place
                out.append((known, d))  # type: ignore[arg-type]
                continue
        out.append(d)
    # the alias mentions follow their first mention's final description
    final = []
    for item in out:
        if isinstance(item, tuple):
            known, d = item
            d.date, d.organizer, d.participants, d.bodies, d.by_place = (
                known.date,
                known.organizer,
                known.participants,
                known.bodies,
                known.by_place,
            )
            final.append(d)
        else:
            final.append(item)
    return final


def _other_games(short: str, long: str) -> bool:
    """北京冬奥会 and 北京冬残奥会: the names end in two kinds of games, two events."""
    kinds = [next((g for g in _GAMES_KINDS if name.endswith(g)), None) for name in (short, long)]
    return kinds[0] is not None and kinds[1] is not None and kinds[0] != kinds[1]


def _sub_body_inserted(short: str, long: str) -> bool:
    """国务院政策例行吹风会 and 国务院新闻办公室政策例行吹风会: the longer name inserts a body
    (a part of the first) into the shorter one; they name the events of two bodies."""
    head = 0
    while head < len(short) and short[head] == long[head]:
        head += 1
    tail = _common_tail(short, long)
    inserted = long[head : len(long) - tail] if head + tail >= len(short) else ""
    return head > 0 and inserted.endswith(_BODY_WORDS)


def _unquoted(text: str) -> str:
    """text without its “quoted” and 《titled》 parts."""
    return _QUOTED.sub("", text)


def _unquoted_positions(text: str, start: int, end: int, char: str) -> list[int]:
    """Where char stands in text[start:end] outside “quoted” and 《titled》 parts."""
    out, depth = [], 0
    for i in range(start, end):
        if text[i] in "“《":
            depth += 1
        elif text[i] in "”》":
            depth = max(0, depth - 1)
        elif text[i] == char and depth == 0:
            out.append(i)
    return out


def _common_tail(a: str, b: str) -> int:
    """How many characters a and b share at their ends."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _in_order(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause that goes on at pos; punctuation inside “” or 《》 does not end it."""
    i = pos
    depth = 0
    while i > max(0, pos - 80):
        char = text[i - 1]
        if char in "”》":
            depth += 1
        elif char in "“《":
            depth -= 1
        elif depth <= 0 and char in _CLAUSE_END:
            break
        i -= 1
    return i


def _clause_end(text: str, pos: int) -> int:
    match = _CLAUSE_STOP.search(text, pos)
    return match.start() if match else len(text)


def _phrase_end(text: str, start: int, clause_end: int) -> int:
    """Where the guest ends: before 时 (会见X时说), 并 (会见X并宴请) or the clause end."""
    match = _GUEST_STOP.search(text, start, clause_end)
    return match.start() if match else clause_end
