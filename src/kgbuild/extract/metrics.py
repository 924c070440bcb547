"""Metrics: every quantitative fact, with its value in the unit's base, unit and comparator.

33.61万亿元 -> 33610000000000 元; 同比增长5.0% -> 5.0 %; 下降0.2个百分点 -> -0.2 个百分点;
为超过200万中小微企业 -> > 2000000 家 (a number with no unit word takes the measure word of
the noun it counts, else 个: 60岁以上人口有2.67亿 -> 267000000 个; tests/gold/xwlb/CONVENTIONS.md).
Measure words count as written (鸣礼炮21响, 列车34趟, 获137席, 8镇19村), a Chinese count after
the list of places it counts is 个 (法国、塞尔维亚、匈牙利三国 -> 3 个), and one value told of
each thing a clause lists is a fact for each (汽车、家电销售额都超过10% -> two facts).
Shares written as fractions (超过四分之三 -> > 75 %, 近1/4 -> ~ 25 %, 约占全省的一半 -> ~ 50 %),
round numbers after 上 (上千名 -> ~ 1000 名), runs of time (连续五年, 历时15天, 连续21个月), spans
that change (提前了24天) or that something lasted (经过45天的检修, 历时一周, 在24小时内撤离 ->
<= 24 小时; 由3小时缩短至1小时 gives both), race times (9秒97), ages (享年85岁), counts with 大
(五大领域 -> 5 个), earthquake magnitudes and wind forces (7.6级地震, 阵风8级) are metrics too.
A range is its lower end, at least (80—100毫米 -> >= 80 毫米; 两三吨 -> >= 2 吨).
Years, dates, ordinals, codes, set phrases and numbers inside names are not metrics; a fact a
headline states again (or rounds: 超3600亿元 for 3699亿元) in the body is one metric. Each
metric has the period and the subject its sentence gives, else the ones its news item gave
before it (全省 is the province the item named).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from ..gazetteer import Gazetteer
from ..model import Metric, SegmentedText
from . import Found, register
from .numbers import DIGITS, MAGNITUDES, parse_arabic, parse_chinese
from .textutil import clause_bounds, sentence_bounds, start_of

_DECREASE = (
    "下降",
    "减少",
    "降低",
    "回落",
    "下滑",
    "减少了",
    "下降了",
    "缩小",
    "缩短",
    "下跌",
    "萎缩",
    "收窄",
    "压缩",
    "下调",
    "减轻",
    "减小",
    "缩减",
    "削减",
    "减",
    "降",
    "跌",
    "降幅",
    "降价",
    "缩水",
    "跌幅",
    "减幅",
)
_CHANGE = (
    "增长",
    "增加",
    "提高",
    "上升",
    "上涨",
    "提升",
    "扩大",
    "延长",
    "节省",
    "提前",
    "推迟",
    "延迟",
    "延后",
    "加快",
    "快",
    "晚",
    *_DECREASE,
)
_NOT_AFTER = (
    "年",
    "月",
    "日",
    "号",
    "时",
    "届",
    "周年",
    "岁",
    "世纪",
    "后",
    "多年",
    "点钟",
    "秒",
    "号线",
    "期",
    "版",
    "级",
    "代",
    "产业",
    "分",
)
#: Counts of months, hours and quarters say how long or when, not how much (前两个季度).
_SPANS = ("个月", "个多月", "个半月", "个小时", "个多小时", "个半小时", "个季度", "个多季度", "个字", "个百年")
#: A unit character that starts a longer word here: 八部门 counts departments, not 部.
_NOT_UNIT = (
    "部门",
    "人口",
    "部分",
    "部委",
    "场所",
    "家庭",
    "条例",
    "名单",
    "位置",
    "位于",
    "处理",
    "处置",
    "种植",
    "台湾",
    "所有",
    "床位",
    "票房",
    "剂量",
    "张家",
    "张江",
    "间隔",
    "位数",
    "人制",
    "本土",
    "本地",
    "本届",
    "本次",
    "本市",
    "本省",
    "本轮",
    "本月",
    "本周",
    "本年",
    "片区",
    "升至",
    "升到",
    "升为",
    "升级",
    "升高",
    "升温",
    "升值",
    "升幅",
)
#: 成 starts a word here (沪深300成分股, 三成员国), not a tenth.
_NOT_TENTH = frozenset("分员果立为本都交绩功效熟长品型就人年片套批像色")
#: Measure words counted as written after a number (鸣礼炮21响, 列车34趟, 获137席), with the
#: characters after them that make them start a word instead (对于, 集团, 发展, 席位, 口罩).
_WRITTEN_COUNTS = {
    "响": "应",
    "趟": "",
    "对": "于外方此华话接象称比照待应抗立手",
    "轮": "胎椅值岗换流廓回",
    "集": "团中体群聚成装结会市资约镇训",
    "档": "期案次位",
    "段": "时落位",
    "发": "展布生表出起现射动挥放行言达明",
    "席": "位卷地",
    "口": "罩岸号径腔碑语",
    "幢": "",
    "克": "服拉里罗制隆",
}
#: Units of time span: a quantity only when it is the size of a change (缩短约30分钟).
_DURATION_UNITS = frozenset({"分钟", "小时", "天"})
#: What makes a span of time a quantity: the length of something told after it (经过45天的
#:检修, 被困278个小时的男子), or either end of a change (车程由3小时缩短至1小时).
_SPAN_OF = re.compile(r"(?:左右)?的")
_CHANGE_TO = ("缩短", "压缩", "减少", "增加", "延长", "提高", "提升", "降低", "增至", "减至", "变成", "变为")
_SPAN_CHANGED = re.compile(rf"(?:左右)?(?:{'|'.join(_CHANGE_TO)})(?:到|至|为)")
_SPAN_CHANGED_TO = re.compile(rf"(?:{'|'.join(_CHANGE_TO)})(?:到|至|为)了?\Z")
#: Words before a span of time that make it when, not how long (过去24小时的, 这两天的, 倒计时100天).
_SPAN_WHEN = ("过去", "未来", "这", "今明", "明后", "最近", "倒计时", "还有", "每", "前", "后", "头", "最后")
#: Places counted after the list that names them (江苏、安徽、山东三省, 法国、意大利两国), and
#: the list: two-character names or longer, between 、 (the last may join with 和).
_LISTED_AREAS = ("省区市", "省市区", "省区", "省市", "省份", "个省", "个国家", "国", "省", "市", "地")
_PLACE_LIST = re.compile(r"[^、，,。;；：:“”（）()\n]{2,12}(?:、[^、，,。;；：:“”（）()\n]{2,12})+\Z")
#: A value told of each of several things (销售额都超过10%, 增速均保持在20%左右; not 年均增长).
_ALL_OF = re.compile(
    r"(?<![年日月人户亩周平成首京古故])(?:也)?[均都](?:已|将)?(?:同比)?(?P<verb>增长|下降|保持在|在|为|达到|达|实现)?\Z"
)
_NUMBER_START = frozenset("0123456789零〇一二两三四五六七八九十百千万")
#: The things the clause lists before it: items between 、 (the last may join with 和, 及, 与).
_SUBJECTS = re.compile(
    r"[^、，,。;；：:“”()（）\n]{1,16}(?:(?:、[^、，,。;；：:“”()（）\n]{1,16})+|[和及与][^、，,。;；：:“”()（）\n]{1,16})\Z"
)
#: Where the last item of a list holds two joined by 和 (上海和广州的): a short name before it.
_LAST_AND = re.compile(r"[^和及与]{1,6}[和及与](?!其他|其它)")
_AND_ONLY = re.compile(r"[和及与](?!其他|其它)")
#: The name of a listed item: up to the next separator, or the word 等 that closes the list.
_ITEM = re.compile(r"[^、和及与等的]{1,12}(?=[、和及与等的])")
#: Days counted as written, whose 内 is an upper bound (办理时间压缩至5个工作日内).
_DAY_COUNTS = frozenset({"个工作日", "个交易日", "个比赛日"})
#: Units that count the same things, for a headline's small count the body tells again (1死 and 1名).
_UNIT_KIND = {"名": "人", "位": "人", "人次": "人"}
#: Seconds and hundredths of a race (12秒76), not a time of day.
_RACE_TIME = re.compile(r"秒(\d{2})(?!\d)")
#: Spans of hours written with 个, as written (被困278个小时).
_HOURS = ("个小时", "个多小时", "个半小时")
#: Units that count places, as written (7省, 5地), and what after them makes a word.
_AREAS = frozenset({"省", "市", "县", "地", "省市", "镇", "村"})
_NOT_AREA = frozenset("份委长政级区道会内外场民属直辖域城方面上下里中间铁块震标点籍庄干集子落头")
#: What a unit is per, or its alternative, written after it (90万吨/年, 100万件/套).
_UNIT_TAIL = re.compile(r"/(?:年|月|日|天|小时|秒|人|户|亩|斤|公斤|千克|吨|套|件|台|辆|平方米|立方米|标准车)")
#: The lower levels a count of areas takes in (12县（市区）).
_AREA_TAIL = re.compile(r"[（(][\u4e00-\u9fff、]{1,5}[）)]")
#: Words after an age that make it the bound of a bracket of ages (60岁以上, 16岁到24岁), or
#: the anniversary of a country (新中国74岁华诞).
_AGE_BRACKET = ("以上", "以下", "及以上", "及以下", "以内", "至", "到", "—", "-", "~", "之间", "周岁", "华诞", "生日")
#: What a length of years is the age of (5000多年文明, 百万年的人类史, 600多年的种茶历史).
_HISTORY = re.compile(r"的?(?:(?![前后来间内里是为在上])[\u4e00-\u9fff]){0,4}?(?:历史|史|文明|传承)(?![交互对发])")
#: Words before a length of years that make it an anniversary (中法建交60年的历史).
_SINCE = ("建交", "成立", "建立", "诞生", "执政", "时代", "过去")
#: Words after a span of hours that make it a quantity: a travel time or a period of an orbit
#: (两地间1小时即可通达, 24小时周期的环月轨道); not how long a shift is (24小时值守).
_SPAN_AFTER = ("即可", "就能", "就可", "车程", "航程", "周期", "可达", "通达", "直达")
#: Verbs before a count of editions (已成功举办6届), not an ordinal one (十四届全国人大).
_HELD = ("举办", "办了", "举行", "举行了", "举办了")
#: What a count of points is of (提出五点建议, 四点主张), not a time of day (七点半).
_PROPOSALS = ("建议", "倡议", "主张", "希望", "共识", "看法", "意见", "承诺", "期许", "要求", "原则")
#: Units that count trips and repeat in the name of the indicator (观影人次为1.29亿).
_TRIP_UNITS = ("人次", "架次", "辆次", "艘次", "车次", "航次")
#: Indicators whose value is money (总票房已超100亿 is 元).
_MONEY = (
    "票房",
    "收入",
    "额",
    "营收",
    "产值",
    "生产总值",
    "投资",
    "投入",
    "经费",
    "资金",
    "市场规模",
    "交易规模",
    "经济规模",
    "产业规模",
)
#: Words that name an index or a move of one: they make 点 a point of an index (112.3点).
_INDEX_WORDS = ("指数", "股指", "点位", "涨", "跌", "提高", "回落", "上升", "下降", "比上月", "环比")
#: The name of an index and the verb that states its value, just before a bare number.
_INDEX_VALUE = re.compile(r"(?:指数|得分|初值|终值)(?:平均)?(?:为|是|达到|达|降至|升至|跌至|回升至|回落至)\Z")
_CLAUSE_ENDS = frozenset(",，。;；、")
#: 男子100米蛙泳 names an event of a sport, not a distance.
_SPORT_BEFORE = ("男子", "女子", "男女", "混合", "×", "龙舟", "包揽", "夺得")
_SPORT_AFTER = (
    "冠军",
    "决赛",
    "比赛",
    "直道",
    "三姿",
    "金牌",
    "银牌",
    "铜牌",
    "蛙泳",
    "自由泳",
    "仰泳",
    "蝶泳",
    "混合泳",
    "跑",
    "栏",
    "手枪",
    "步枪",
    "接力",
    "飞碟",
    "速射",
)
#: What follows 千 or 百 in a unit of measure that is not a metric's (1000千伏特高压).
_SI_AFTER_PREFIX = ("伏", "帕", "赫", "焦", "瓦", "米", "克")
#: Unit words that read as another: 六大类 counts 类, 五大领域 counts 个 (约合4746亿人民币 stays as written).
_SAME_UNIT = {"大类": "类", "大": "个"}
#: The numbers listed before one, each with its unit (0.5%、1.2%和): what the verb before them
#: says of the first it says of them all.
_JOINERS = frozenset("、和及与")
_ITEMS_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?(?:[%％]|[^\d\s、和及与，,。；;：:]{1,4})?[、和及与]){1,6}\Z")
#: Numbers after one written with 个 that the last writes in full as 个百分点 (3.5个和6个百分点).
_POINTS_LISTED = re.compile(r"(?:[、和及与]\d+(?:\.\d+)?个)*[、和及与]\d+(?:\.\d+)?个百分点")
#: 五大领域 counts five fields (个); not a congress (七大会址, 党的十九大), a fixed set of the
#: world's (三大股指, 五大洲, 三大全球倡议) or a digit's worth of praise.
_BIG_COUNT = frozenset("三四五六七八九")
_NOT_BIG = (
    "会",
    "在",
    "以",
    "召",
    "精",
    "报",
    "代表",
    "上",
    "的",
    "和",
    "及",
    "、",
    "全球",
    "股指",
    "主粮",
    "洲",
    "古",
)
#: Ordinal sessions (十三届全国人大五次会议): the count before 次 numbers the meeting.
_SESSION = ("会议", "全体会议", "全会", "集体学习", "缔约方大会", "代表大会")
_PERIOD = re.compile(
    # the first characters of every alternative below, so that most places fail at once
    r"(?=[\d截今去前一二三四上下全“十春暑国中五元假长节昨明当这近过年目眼日如至]|迄今|不久前|第[一二三四]季|到\d)(?:"
    r"截至(?:目前|发稿时?|(?:今年|去年|\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|初|上旬|中旬|下旬)?|"
    r"(?:今年|去年|\d{4}年)(?:底|末|初)?|[^,，。;；]{1,14}?(?:底|末|月|日|年)(?:底|末|份)?)|"
    r"\d{4}[-—至到]\d{4}年|到\d{4}年(?:底|末)?|第[一二三四]季度|迄今|至今|不久前|"
    r"(?:今年|去年|前年|\d{4}年)(?:前?[一二三四1-4]季度|上半年|下半年|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月份?|"
    r"\d{1,2}月份?|全年|以来|底|末|春节档|暑期档|国庆档|春运|暑运|(?:春节|国庆|五一|“五一”|元旦)(?:假期)?期间)?|"
    r"前[一二三四三]季度|[一二三四]季度|上半年|下半年|全年|前\d{1,2}个?月|\d{1,2}[-—至到]\d{1,2}月份?|"
    r"“十[一二三四五六]五”(?:期间|时期|以来)?|十[一二三四五六]五(?:期间|时期)|"
    r"(?:春节|春运|暑运|国庆|中秋|五一|“五一”|元旦|假期|长假|节日)(?:假期)?期间|"
    r"(?:今天|昨天|明天|今晚|昨晚)(?:\(\d{1,2}月\d{1,2}日\))?|当地时间\d{1,2}月\d{1,2}日|"
    r"这十年|近十年|十年来|十年间|近年来|近\d+年|近[一二三四五六七八九十]年|过去一(?:年|天|周)|过去\d+小时内?|过去(?:\d+|[两三四五六七八九十]+)(?:年|个月|天|周)|"
    r"年内|目前|当前|眼下|近期|近日|日前|如今|至此|这几天|这些天|"
    r"(?:\d{1,2}月)?\d{1,2}日(?:以来)?|\d{1,2}月(?:份|末|底|初|上旬|中旬|下旬)?)"
)
#: Measure words of things 两 counts as a fact (两名航天员, 两架飞机); with 个, 种, 条, 项 or a
#: bare noun 两 makes a set phrase (两个确立, 两种资源, 两条曲线, 两部门).
_PAIRS = frozenset("名位人架枚艘辆台座起次场颗块家户只头批成倍折点")
#: Words before 十 that make it vague (数十架, 几十名).
_ABOUT = frozenset("数几上成")
#: Half of something, with the word after it that compares (一半以上, 半数左右).
_HALF = re.compile(
    r"(?=[一半近过超逾])(?:(?<=[占超过近约达有])(?:一半|半数)(?P<after>以上|左右|多)?|(?<!另)(?:一半|半数)(?P<after2>以上|左右)"
    r"|(?<=的)(?P<of>一半)(?P<after3>以上|左右|多)?"
    # 占比近半, 比例过半: a share near or over half (not 时间过半, 过半年)
    r"|(?:(?<=占比)|(?<=比例)|(?<=占))(?P<near>[近过超逾])半(?![年月天个日小])"
    r")"
)
#: 占 and the whole a share is of, before 的一半 (约占全省面积的一半).
_SHARE_OF = re.compile(r"占[^,，。;；、:：]{1,10}的\Z")
#: A share written in words: 百分之二十 is 20 %.
_PER_CENT = re.compile(r"百分之(?P<num>[零〇一二两三四五六七八九十百点]{1,8})(?P<after>以上|左右|以下)?")
#: A share written as a fraction: 四分之三 is 75 %, 千分之四 0.4 % (百分之 is _PER_CENT's).
#: It starts at 分之 (a literal the regex engine finds fast); _fraction reads the denominator before it.
_FRACTION = re.compile(r"分之(?P<num>[一二三四五六七八九十]{1,3})(?P<after>以上|左右|以下|多)?")
#: The denominator before 分之: a small number, or 千/万 alone (per mille, per ten thousand).
_DENOMINATOR = re.compile(r"(?:[二三四五六七八九十]{1,3}|(?<![一二三四五六七八九十百])[千万])$")
#: A share written with a slash (1/4 is 25 %); it starts at the slash, the numerator is read before it.
_SLASH = re.compile(r"/(?P<den>\d{1,2})(?![\d/.%A-Za-z万亿])(?P<after>以上|左右|以下|多)?")
_NUMERATOR = re.compile(r"(?<![\d./])\d\Z")
#: Words before a count of time that make it a quantity, the length of a run or of a trip
#: (连续五年, 历时15天, 最快仅需26个小时), not when something happens (24小时值守).
_RUN = (
    "连续",
    "历时",
    "历经",
    "耗时",
    "用时",
    "仅需",
    "只需",
    "仅用",
    "只用",
    "需时",
    "为期",
    "持续",
    "长达",
    "延长",
    "驻留",
    "短短",
    "整整",
    "工期",
    "会期",
    "赛期",
    "停留",
    "停留了",
    "默哀",
    "生活了",
    "延宕",
    "飞行",
    "停火",
)
_RUN_ENDS = frozenset(word[-1] for word in _RUN)
#: Run words whose span is a term or a state rather than a measured length when it is about
#: or one (为期一年, 冲突持续近4个月): there only a plain count is a quantity (为期3天, 持续40多天).
_LOOSE_RUN = ("为期", "持续", "连续")
_RUN_UNITS = re.compile(r"(多|余)?(?:个?(小时)|(年|天|分钟|周)|(个)(?:多)?(月|季度))")
#: What a magnitude measures after 级 (7.6级地震): the size of an earthquake, not a class.
_QUAKE = ("级地震", "级强震", "级余震", "级强烈地震")
#: The force of a wind on the Beaufort scale (6级大风, 阵风8级), not a class or a rank.
_WIND_AFTER = ("级大风", "级风", "级阵风", "级以上大风", "级左右大风", "级强风", "级狂风")
_WIND_BEFORE = re.compile(r"阵风|风力")
#: A round magnitude before what ends a programme's name (千万吨粮食增产计划) names it.
_PROGRAMME = re.compile(r"[^,，。;；、:：“”()（）\n]{0,10}?(?:计划|工程|行动|战略)")
#: Indicators that end in 额 without being money (份额, 裁减员额30万, 招生名额).
_NOT_MONEY = ("份额", "员额", "名额")
#: Deaths and injuries counted without a noun (9死3伤): people.
_CASUALTY = frozenset("死伤")
#: Words that end the words before a number without being part of its indicator.
_HEAD_VERBS = (
    "达到",
    "达",
    "为",
    "是",
    "超过",
    "约",
    "共",
    "同比",
    "比上年",
    "比去年",
    "翻了近",
    "翻了",
    "翻",
    "在",
    "连续",
)
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿")
#: What stands before a count of doublings (翻了一番, 翻了近两番).
_DOUBLING = ("翻", "翻了", "翻了近", "翻近", "翻了约", "翻约")
#: What is left of a base of comparison once its time is cut out (从2012年的 -> 从的), and
#: the lower end of a range (选拔12至|14名).
_BASE_LEFT = re.compile(r"(?:从|由|较|比)的?$|[零〇一二两三四五六七八九十\d.]+[至到~～—-]$")
#: Between two numbers of a list that share the word before the first (最高200万元和500万元).
_AND = frozenset({"和", "、", "及", "与", "或"})
#: Between two numbers of a range (12至14名, 4—8℃).
_RANGE = frozenset("至到~～—-")
#: The lower end of a range and the mark after it, just before the upper end's number
#: (20至|30人, 3万至|5万元, 80—|100毫米): the range is one fact, told by its lower end.
_RANGE_HEAD = re.compile(r"[\d.]+(?:万亿|亿|万|千)?[至到~～—]\Z")
_RANGE_LOWER = re.compile(r"\d(?:万亿|亿|万|千)?[至到~～—]\Z")
_LEADING_NOISE = re.compile(r"^(?:其中|同时|此外|另外|目前|截至目前|已|共|累计|全年|今年|去年)+")
#: Words between a number and a noun that show the noun is not what it counts.
_BREAKS = frozenset(",，。;；、:：!?！？()（）《》“”\n的是在有为将要把被和与及")
#: Characters before a body that make it a partner of the fact, not whom it is of (对东盟出口).
_PARTNER = frozenset("对向与同从至到赴和、给")
#: Words after a body that make it the source of the figure (海关总署今天发布).
_SOURCE = (
    "发布",
    "显示",
    "统计",
    "公布",
    "通报",
    "介绍",
    "表示",
    "消息",
    "数据",
    "宣布",
    "报道",
    "称",
    "说",
    "今天",
    "日前",
    "近日",
    "最新",
    "新闻",
)
#: Characters before a time phrase that make it the base of a comparison (比2012年, 从2012年的).
_BASE = frozenset("比较从由与同")
#: Where the body a fact is about is named as the whole country, province or city.
_AREA = re.compile(r"我国|全国|全球|世界|全省|全市|全县|全区|全州")
#: A line that does not end a sentence is a headline (the story restates its facts).
_SENTENCE_MARKS = ("。", "！", "？", "!", "?", ";", "；")


@dataclass(frozen=True)
class _Story:
    """One document as the rules see it."""

    text: str
    names: bytearray  #: 1 for characters inside a name or an idiom: numbers there count nothing
    bodies: tuple[tuple[int, int, str], ...]  #: (start, end, surface) of bodies and places, in order
    headlines: frozenset[int]  #: where the lines that are headlines start
    items: tuple[int, ...]  #: where each news item starts (0, and each headline)
    peoples: frozenset[int]  #: where a place name ends (巴勒斯坦|人: the people of a place)
    periods: tuple[tuple[int, int, str], ...]  #: (start, end, words) of the time phrases, in order
    areas: tuple[tuple[int, int, str], ...]  #: (start, end, words) of 我国, 全国, 全省 ..., in order


#: A four-character set phrase with two numerals in it (三番五次, 千方百计, 五湖四海), where
#: jieba cuts it as one word; not 三千万元, 两千多家: a number and its unit.
_IDIOM = re.compile(
    r"(?=[零〇一二两三四五六七八九十百千万亿][^零〇一二两三四五六七八九十百千万亿]"
    r"[零〇一二两三四五六七八九十百千万亿][^零〇一二两三四五六七八九十百千万亿])"
)


@register("metrics")
class MetricExtractor:
    """Numbers with a unit (or a counted noun), their comparator, indicator and period."""

    name = "metrics"
    produces = frozenset({"metric"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        units = sorted(gazetteer.units, key=len, reverse=True)
        before = sorted(gazetteer.comparators_before, key=len, reverse=True)
        after = sorted(gazetteer.comparators_after, key=len, reverse=True)
        mags = "|".join(MAGNITUDES)
        # 3千瓦, 1000千伏: 千 starts the unit there, it does not multiply the number
        unit_rests = {u[len(m) :] for u in units for m in MAGNITUDES if u.startswith(m) and len(u) > len(m)}
        rests = "|".join(map(re.escape, sorted(unit_rests | set(_SI_AFTER_PREFIX), key=len, reverse=True)))
        self.pattern = re.compile(
            r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]{1,12}(?:点[零〇一二三四五六七八九]{1,6})?)"
            rf"(?P<more1>多|余|几)?(?P<mag>(?:{mags})(?!{rests}))?"
            # 1亿6325万人次: the ten-thousands after the hundred millions
            r"(?:(?<=\d亿)(?P<wan>\d{1,4}(?:\.\d+)?)万)?"
            r"(?P<more2>多|余)?"
            rf"(?P<unit>{'|'.join(map(re.escape, units))})?"
            rf"(?P<after>{'|'.join(map(re.escape, after))})?"
        )
        self.before_sizes = sorted({len(w) for w in before}, reverse=True)
        self.comparator_ends = frozenset(w[-1] for w in before) | frozenset("有了")
        # numbers listed before the one that writes their unit (0.6、0.1和2.1个百分点)
        self.listed = re.compile(
            rf"(?:[、和及与]\d+(?:\.\d+)?)*[、和及与]\d+(?:\.\d+)?(?P<mag>{mags})?"
            rf"(?P<unit>{'|'.join(map(re.escape, units))})"
        )
        self.nouns = re.compile("|".join(map(re.escape, sorted(gazetteer.measure_words, key=len, reverse=True))))

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Metric]:
        text = doc.text
        names = bytearray(len(text) + 1)  # characters inside a name: numbers there are part of it
        for m in found.mentions("organization", "initiative", "event", "place"):  # 六盘水, 三亚
            names[m.start : m.end] = b"\x01" * (m.end - m.start)
        tokens = doc.tokens
        for idiom in _IDIOM.finditer(text):  # an idiom's numbers count nothing (三番五次, 千方百计)
            at = idiom.start()
            i = bisect_left(tokens, at, key=start_of)
            if i < len(tokens) and tokens[i].start == at and tokens[i].end == at + 4:
                names[at : at + 4] = b"\x01\x01\x01\x01"
        headlines = frozenset(start for start, _ in _headlines(text))
        story = _Story(
            text=text,
            names=names,
            bodies=tuple(sorted((m.start, m.end, m.text) for m in found.mentions("organization", "place"))),
            headlines=headlines,
            items=tuple(sorted(headlines | {0})),
            peoples=frozenset(m.end for m in found.mentions("place")),
            periods=tuple((p.start(), p.end(), p.group()) for p in _PERIOD.finditer(text)),
            areas=tuple((a.start(), a.end(), a.group()) for a in _AREA.finditer(text)),
        )
        metrics: list[Metric] = []
        for match in self.pattern.finditer(text):
            metric = self._metric(story, match)
            if metric is not None:
                metrics.append(metric)
        for match in _HALF.finditer(text):
            if 0 in names[match.start() : match.end()]:
                half = self._half(story, match)
                if half is not None:
                    metrics.append(half)
        for match in _PER_CENT.finditer(text):
            metric = self._per_cent(story, match)
            if metric is not None:
                metrics.append(metric)
        for match in _FRACTION.finditer(text):
            metric = self._fraction(story, match)
            if metric is not None:
                metrics.append(metric)
        for match in _SLASH.finditer(text):
            metric = self._slash(story, match)
            if metric is not None:
                metrics.append(metric)
        metrics.sort(key=lambda m: m.start)
        for i in range(1, len(metrics)):  # 分别增长74.9%、20%、24.6%: one indicator for the list
            prev, metric = metrics[i - 1], metrics[i]
            between = text[prev.end : metric.start]
            listed = len(between) <= 4 and not any(c in between for c in ",，。;；\n")
            if listed or metric.indicator == metric.unit and not any(c in between for c in "。;；!?！？\n"):
                metric = replace(metric, indicator=prev.indicator)  # and 8300亿兰特，约合3165亿元
            if listed and between in _AND and metric.comparator == "=" and not text[prev.start].isdigit():
                metric = replace(metric, comparator=prev.comparator)  # 最高200万元和500万元
            metrics[i] = metric
        for metric in _once(story, metrics):
            yield metric
            yield from _each_of(text, metric)

    def _metric(self, story: _Story, match: re.Match[str], upper: bool = False) -> Metric | None:
        """The metric of the number the pattern matched; upper: it is the upper end of a
        range, read for its unit by the range's lower end (_range)."""
        text, names = story.text, story.names
        start, end = match.span()
        if 0 not in names[start:end]:
            return None  # part of a name
        if not upper and _RANGE_LOWER.search(text, max(0, start - 4), start):
            return None  # 20至30人: the range is its lower end's fact
        num = match.group("num")
        chinese = not num[0].isdigit()
        pair = False
        prev = text[start - 1] if start else "\n"
        if prev in "第《" or prev.isascii() and prev.isalpha() or prev in ".-/" or prev == "“" and chinese:
            return None  # 第十届, C919, 15-1, “十四五”: an ordinal, a code or a quoted name
        if prev == "之" and text.endswith("分之", 0, start):
            return None  # 四分之三: a fraction's numerator (_fraction reads the whole)
        unit = match.group("unit")
        # 上千名, 上百家: about a round hundred or thousand (not 成千上万)
        about_round = prev == "上" and chinese and num in MAGNITUDES and num[0] in "百千万" and text[start - 2] != "千"
        run_word = prev in _RUN_ENDS and text.endswith(_RUN, 0, start)  # 连续, 为期
        run_cmp = None
        if not run_word and prev in self.comparator_ends:  # 历时近7个月, 工作近20年
            before, before_start = self._before(text, start)
            if (
                before_start < start
                and text.endswith(_RUN, 0, before_start)
                and not text.endswith(_LOOSE_RUN, 0, before_start)
            ):
                run_word, run_cmp = True, (before, before_start)
        if match.group("more1") == "几" and not (chinese and num.endswith("十") and unit):
            return None  # 十几名 is more than ten; 几 after anything else is no count
        if (
            chinese
            and len(num) == 1
            and "\u4e00" <= prev <= "\u9fff"
            and text.startswith(_LISTED_AREAS, match.end("num"))
        ):
            listed = self._listed_places(story, match)  # 北京、天津、河北三省市: as many as the list names
            if listed is not None:
                return listed
        if chinese:
            one_span = num == "一" and run_word and _RUN_UNITS.match(text, match.end("num")) is not None
            if one_span and text.endswith(_LOOSE_RUN, 0, start):
                one_span = False  # 为期一年 tells a plan's term, 历时一周 and 默哀一分钟 how long it took
            if num in ("一", "零", "〇", "点") and unit != "番" and not one_span:
                return None  # one of a thing is not counted (一番 is, after 翻; nor 为期一年)
            if len(num) > 1 and all(c in DIGITS for c in num):
                if not (unit and len(num) == 2 and 1 < DIGITS[num[0]] == DIGITS[num[1]] - 1):
                    return None  # 二〇五所, 九二共识, 三四线城市: written digit by digit, a name or a code
                pair = True  # 两三吨, 三四个: a range of two neighbours, at least the first
            if (
                unit
                and num[0] in "十百千万亿"
                and all(c in "十百千万亿" for c in num)
                and not about_round
                and self._before(text, start)[1] == start
                and _PROGRAMME.match(text, match.end("unit"))
            ):
                return None  # 实施千万吨粮食增产计划, 百万亩造林工程: a round number names a programme
            counted = self._counted_unit(story, match.end(), 0) if about_round and not unit else None
            if counted is not None:  # 上百万用户, 上万群众: about a round magnitude of them
                return self._stated(story, start - 1, start, match.end(), MAGNITUDES[num], counted, "~", "number_unit")
            if num in MAGNITUDES and unit and (about_round or self._before(text, start)[0] not in ("=", None)):
                value = MAGNITUDES[num]  # 近万人, 超千家, 突破万亿元: about a round magnitude
            else:
                value = Decimal(DIGITS[num[0]]) if pair else parse_chinese(num)
                doubling = unit == "番" and text.endswith(_DOUBLING, 0, start)
                if value is None or (value <= 1 and not doubling and not one_span):
                    return None
                if num in ("万", "亿", "点") or num in ("百", "千") and not (match.group("more1") and unit):
                    return None  # 百余家 counts; 上百万 and 千方百计 do not say how many
            if num[0] in "十百千万" and text[start - 1 : start] in _ABOUT and not (about_round and unit):
                return None  # 数十架, 几十万名, 成千上万: some tens, some hundred thousands
            quote = text.rfind("“", max(0, start - 10), start)
            if quote >= 0 and "”" not in text[quote:start]:
                return None  # “一中心四平台”, “新十条”: a numeral inside a quoted name
            if num == "二":
                return None  # 二套住房, 二次会议, 河二村: 二 before a measure word orders, 两 counts
        else:
            value = parse_arabic(num)
            if value is None:
                return None
        num_end = match.end("num")
        bare_end = max(num_end, match.end("more1"), match.end("mag"), match.end("wan") + 1, match.end("more2"))
        run = None
        if run_word and not match.group("mag"):
            run = _RUN_UNITS.match(text, num_end)
        if run is not None and text.startswith(
            ("来", "以来", "前", "间", "里"), run.end() + text.startswith("多", run.end())
        ):
            run = None  # 工作20年来, 工作三年间: since when
        if run is not None:  # 连续五年, 历时15天, 仅需26个小时, 为期3天, 持续40多天, 连续21个月
            comparator, cmp_start = run_cmp or ("=", start)
            run_end = run.end() + text.startswith("多", run.end())  # 延宕两年多
            if run.group(1) or "多" in text[run.start() : run_end]:
                comparator = ">"
            run_unit = run.group(2) or run.group(3) or run.group(4) + run.group(5)
            return self._stated(story, cmp_start, start, run_end, value, run_unit, comparator, "run")
        if not chinese and bare_end == num_end and (mark := _RACE_TIME.match(text, num_end)) is not None:
            if "." not in num and prev != "分":  # 以12秒76的成绩: a time in a race, in seconds (not 2分04秒27)
                comparator, cmp_start = self._before(text, start)
                value = Decimal(f"{num}.{mark.group(1)}")
                return self._stated(story, cmp_start, start, mark.end(), value, "秒", comparator, "number_unit")
        if unit is None and text[num_end : num_end + 1] == "级" and bare_end == num_end:
            quake = not chinese and text.startswith(_QUAKE, num_end)  # 里氏7.6级地震: a magnitude
            if quake or text.startswith(_WIND_AFTER, num_end) or _WIND_BEFORE.search(text, max(0, start - 6), start):
                comparator, cmp_start = self._before(text, start)
                level_end = num_end + 1
                if text.startswith("以上", level_end):  # 7级以上大风
                    comparator, level_end = ">=", level_end + 2
                return self._stated(story, cmp_start, start, level_end, value, "级", comparator, "number_unit")
        if unit is not None and (
            text.startswith(_NOT_UNIT, match.start("unit"))
            or unit in _AREAS
            and text[match.end("unit") : match.end("unit") + 1] in _NOT_AREA
        ):
            unit, end = None, bare_end  # 八部门, 7省份: 部 and 省 begin a noun here
        if num == "两" and unit not in _PAIRS:
            return None  # 两个市场两种资源, 两个大局, 两部门: a pair in a set phrase, not a count
        if not unit and text.startswith("年", bare_end) and _HISTORY.match(text, bare_end + 1):
            more = match.group("more1") or match.group("more2")  # 5000多年文明, 百万年的人类史
            if (more or not 1900 <= value <= 2100) and not text.endswith(_SINCE, 0, start):
                comparator, cmp_start = self._before(text, start)
                if match.group("mag"):
                    value *= MAGNITUDES[match.group("mag")]
                return self._stated(
                    story, cmp_start, start, bare_end + 1, value, "年", ">" if more else comparator, "number_unit"
                )
        if not unit and text.startswith("届", bare_end) and text.endswith(_HELD, 0, start):
            comparator, cmp_start = self._before(text, start)  # 进博会已成功举办6届: editions held
            return self._stated(story, cmp_start, start, bare_end + 1, value, "届", comparator, "number_unit")
        # not a metric: a date, a year, an ordinal, part of a code or a quoted name
        if not unit and text.startswith(_NOT_AFTER, bare_end if match.group("mag") else num_end):
            return None  # 2023年, 5.4亿年前
        nxt = text[end] if end < len(text) else ""
        if nxt.isascii() and (nxt.isalpha() or nxt == "-") and unit is None:
            return None
        if unit in ("年", "月", "日"):
            return None
        hours = next((h for h in _HOURS if text.startswith(h, num_end)), None) if bare_end == num_end else None
        if hours is not None and _span_is_quantity(text, start, num_end + len(hours)):
            comparator, cmp_start = self._before(text, start)  # 经过近9个小时的飞行, 被困278个小时的男子
            if "多" in hours:
                comparator = ">"
            value += Decimal("0.5") if "半" in hours else 0
            return self._stated(
                story, cmp_start, start, num_end + len(hours), value, "个小时", comparator, "number_unit"
            )
        if text.startswith(_SPANS, num_end) or chinese and text.startswith("个方面", num_end):
            return None  # 从八个方面: how a speech is laid out (5个方面18项措施 counts measures)
        if unit == "个" and _POINTS_LISTED.match(text, match.end("unit")):
            unit = "个百分点"  # 分别提高3.5个和6个百分点: the points the list's last one writes in full
        if unit is not None and not self._unit_fits(text, match.end("unit"), num, unit, value, start):
            return None
        if unit == "成" and end == match.end("unit") and text.startswith("半", end):
            value, end = value + Decimal("0.5"), end + 1  # 已过六成半: six and a half tenths
        if unit is not None and text.startswith("级", match.end("unit")) and unit not in ("个", "项"):
            return None  # 7000米级潜水器, 10万吨级码头: a class of things, not a quantity
        if match.group("mag"):
            value *= MAGNITUDES[match.group("mag")]
        if match.group("wan"):
            value += parse_arabic(match.group("wan")) * MAGNITUDES["万"]
        if unit is None and not chinese:
            listed = self.listed.match(text, bare_end)  # 分别加快0.6、0.1和2.1个百分点
            if listed is not None:
                unit = listed.group("unit")
                if not self._unit_fits(text, listed.end("unit"), num, unit, value, start):
                    return None  # 包揽50、100、200米蛙泳
                if listed.group("mag") and not match.group("mag"):
                    value *= MAGNITUDES[listed.group("mag")]
            elif text[bare_end : bare_end + 1] in _RANGE and text[bare_end + 1 : bare_end + 2].isdigit():
                return self._range(story, match, value, bare_end + 1)  # 12至14名: at least 12
        if unit is None:
            unit = self._unit_of_bare(story, match, bare_end, chinese)
            if unit is None:
                return None
        unit = _SAME_UNIT.get(unit, unit)
        if unit == match.group("unit") and end == match.end("unit"):
            tail = (_AREA_TAIL if unit in _AREAS else _UNIT_TAIL).match(text, end)
            if tail is not None:  # 90万吨/年, 100万件/套, 12县（市区）: the unit as written
                unit, end = unit + tail.group(), tail.end()
        comparator, cmp_start = self._before(text, start)
        if match.group("more1") or match.group("more2"):
            comparator = ">"
        if match.group("after") and end == match.end():
            comparator = self.gaz.comparators_after[match.group("after")]
        if about_round and cmp_start == start:
            comparator, cmp_start = "~", start - 1
        if pair:
            comparator = ">="
        lead_end = cmp_start
        if upper:  # 缩短3—5天: the words before the range's lower end
            lower = _RANGE_HEAD.search(text, max(0, cmp_start - 12), cmp_start)
            lead_end = lower.start() if lower else cmp_start
        listed = (
            _ITEMS_BEFORE.search(text, max(0, lead_end - 60), lead_end)
            if text[lead_end - 1 : lead_end] in _JOINERS
            else None
        )
        if listed is not None:
            lead_end = listed.start()  # 分别下降0.5%、1.2%和2%: the verb before the list's first number
        lead = text[max(0, lead_end - 4) : lead_end]
        if unit in _DAY_COUNTS and text.startswith("内", end) and comparator == "=":
            return self._stated(story, cmp_start, start, end + 1, value, unit, "<=", "number_unit")  # 5个工作日内
        if (
            unit in _DURATION_UNITS
            and text.startswith("内", end)
            and text[cmp_start - 1 : cmp_start] == "在"
            and comparator == "="
            and not text.endswith(_SPAN_WHEN, 0, cmp_start - 1)
        ):
            value_end = end + 1  # 要求在24小时内撤离: at most that long
            return self._stated(story, cmp_start, start, value_end, value, unit, "<=", "number_unit")
        if unit in _DURATION_UNITS and (text.startswith("以来", end) or text[end : end + 1] in "来内后前里间"):
            return None  # 不到十天以来, 3天内: when, not how long
        if (
            unit in _DURATION_UNITS
            and not lead.rstrip("了").endswith(_CHANGE)
            and comparator in ("=", "~")
            and text[cmp_start:start] in ("", "是", "为", "共", "近", "约")
            and not text.startswith(_SPAN_AFTER, end)
            and not _span_is_quantity(text, cmp_start, end)
        ):
            return None  # 默哀3分钟, 24小时值守: how long, not a change (提前24天) or a bound (多达150天)
        if lead.rstrip("了").endswith(_DECREASE) or lead.endswith("零下") or _rate_cut(text, cmp_start, unit):
            value = -value
        return self._stated(story, cmp_start, start, end, value, unit, comparator, "number_unit")

    def _listed_places(self, story: _Story, match: re.Match[str]) -> Metric | None:
        """对法国、塞尔维亚、匈牙利三国, 北京、天津、河北三省市: a count of the places the
        list before it names, one by one (not 中、老两国国歌: a pair of one-character names)."""
        text, start = story.text, match.start()
        value = DIGITS.get(match.group("num"), 10 if match.group("num") == "十" else 0)
        listed = _PLACE_LIST.search(text, max(0, start - 60), start) if start in story.peoples else None
        if listed is None or value < 2:  # the last of the list is a place the story names
            return None
        items = listed.group().split("、")
        count = len(items) + items[-1].count("和")
        if count != value or not all(len(item) >= 2 for item in items[1:]):
            return None
        at = listed.start() + len(items[0])
        if at not in story.peoples:  # every item a place: not 中、印尼两国国歌
            return None
        end = match.end("num") + next(len(w) for w in _LISTED_AREAS if text.startswith(w, match.end("num")))
        if text.find(text[at:end], 0, at) >= 0:
            return None  # 河南、山东两省 again: one fact
        return self._stated(story, start, start, end, Decimal(value), "个", "=", "number_unit")

    def _range(self, story: _Story, match: re.Match[str], value: Decimal, upper_start: int) -> Metric | None:
        """20至30人, 80—100毫米, 3万至5万元: a range is its lower end with >=, in the unit
        (and the magnitude, when the lower end writes none) of its upper end."""
        text = story.text
        upper_match = self.pattern.match(text, upper_start)
        upper = self._metric(story, upper_match, upper=True) if upper_match else None
        if upper is None or upper.rule not in ("number_unit", "range"):
            return None  # 2023—2027年, 1—4月: years and months
        if upper_match.group("mag") and not match.group("mag"):
            value *= MAGNITUDES[upper_match.group("mag")]
        _, cmp_start = self._before(text, match.start())
        lead = text[max(0, cmp_start - 4) : cmp_start]
        if lead.rstrip("了").endswith(_DECREASE):
            value = -value  # 气温下降12~20℃
        return self._stated(story, cmp_start, match.start(), upper.end, value, upper.unit, ">=", "range")

    def _before(self, text: str, start: int) -> tuple[str, int]:
        """The comparator a word just before the number gives (超过, 约, 不到), and where that
        word starts; = and start when there is none. The longest word wins (不超过 over 超过)."""
        for size in self.before_sizes:
            word = text[start - size : start] if start >= size else ""
            if word == "近" and text[start - 2 : start - 1] in ("附", "最"):
                continue  # 附近, 最近: a place or a time, not about
            if word in self.gaz.comparators_before:
                return self.gaz.comparators_before[word], start - size
        if start and text[start - 1] in "有了":  # 至少有2500名, 超过了
            comparator, word_start = self._before(text, start - 1)
            if word_start < start - 1:
                return comparator, word_start
        return "=", start

    def _unit_fits(self, text: str, unit_end: int, num: str, unit: str, value: Decimal, start: int) -> bool:
        """Whether the unit word that ends at unit_end is the unit of the number num (which
        starts at start) here."""
        chinese = not num[0].isdigit()
        nxt = text[unit_end : unit_end + 1]
        if unit == "成":
            return value <= 10 and nxt not in _NOT_TENTH  # 超七成; not 沪深300成分股
        if unit == "番":
            return text.endswith(_DOUBLING, 0, start)  # 番 counts doublings only after 翻 (翻了一番)
        if unit == "次" and text.startswith(_SESSION, unit_end):
            return not (chinese or "届" in text[max(0, start - 12) : start])  # 五次会议 numbers a session
        if unit == "点":  # a point of an index (112.3点), not a time of day (8点档, 10点30分)
            if chinese:
                return text.startswith(_PROPOSALS, unit_end)  # 提出五点建议: points of a proposal
            if nxt.isdigit() or nxt in "分半钟档整前后左":
                return False
            head = text[max(0, start - 12) : start]
            return "." in num or any(w in head for w in _INDEX_WORDS)
        if chinese and text.startswith("“", unit_end):
            return False  # 三颗“皇冠上的明珠”, 两块“试验田”: a figure of speech
        if unit == "类" and (text[start - 1 : start] == "劣" or "水质" in text[max(0, start - 8) : start]):
            return False  # 水质稳定在三类, 劣五类: a grade of water, not a count
        if unit == "度" and chinese:
            return text.endswith("零下", 0, start)  # 两度会面 is twice; 零下十八度 is cold
        if unit in ("米", "厘米", "毫米") and nxt.isdigit():
            return False  # 72米97: a mark in a sport
        if unit == "大":  # 五大领域, 七大体系: a count of the fields or systems named after it
            return (
                num in _BIG_COUNT
                and text[start - 1 : start] not in "第“二十党"
                and "\u4e00" <= nxt <= "\u9fff"
                and not text.startswith(_NOT_BIG, unit_end)
            )
        if unit == "岁":  # 享年85岁, 73岁的内塔尼亚胡: an age; not 60岁以上人口, 16—24岁青年 (a bracket)
            return not text.startswith(_AGE_BRACKET, unit_end) and text[start - 1 : start] not in _RANGE
        if unit in _AREAS:  # 等7省受灾地区, 3省12县, 在5地开工; not 省委, 市场, 县级, 地区
            return not chinese and value < 1000
        if unit == "章":  # 共8章92条, 共八章; not 约法三章
            return not chinese or text[start - 1 : start] in "共分"
        if unit == "组":
            return nxt not in "织成建合委长团队员别"  # 170组花灯; not 组织, 组成
        if unit == "方":
            return text[unit_end - 2 : unit_end - 1] in ("万", "亿")  # 增产超百亿方 (cubic metres); not 三方
        if unit == "层":
            return nxt not in "次面级级"  # 可达25层; not 多层次
        if unit == "首":
            return nxt not in "次批个届都位发映演创付轮席"  # 演唱23首曲目; not 首次, 首批
        if unit in _WRITTEN_COUNTS:  # 鸣礼炮21响, 列车34趟, 5轮投票, 共15集, 67口井
            if chinese and unit not in "响趟轮" or nxt and (nxt in _WRITTEN_COUNTS[unit] or nxt.isdigit()):
                return False  # 三口之家; 对于, 集团, 发展, 口罩: the character starts a word; 3对3
            if not chinese and "." not in num and 1900 <= _integer(num) <= 2100:
                return False  # 2024对中国, 2023集: a year before a word
            return text[start - 1 : start] not in ":："  # 22:30档 is a time of day
        if unit == "方面":
            return not chinese  # 6方面任务; 从八个方面 lays out a speech
        if unit == "折":
            return nxt not in "合扣旧算射腾叠线"  # 最低两折; not 折合
        if unit == "节":
            return nxt not in "日假点能课目约省前后期气"  # 3节车厢; not 节日, 节能
        if unit == "字":
            return not chinese  # 约2.4万字; 十六字方针 names a motto
        if unit == "手":
            return not chinese  # 7.47亿手 (lots of shares); 二手 is second-hand
        if unit == "米":  # 男子100米蛙泳, 女子4×100米 name a race
            return not any(w in text[max(0, start - 16) : start] for w in _SPORT_BEFORE) and not any(
                w in text[unit_end : unit_end + 4] for w in _SPORT_AFTER
            )
        return True

    def _unit_of_bare(self, story: _Story, match: re.Match[str], pos: int, chinese: bool) -> str | None:
        """The unit of a number with no unit word: the trips the indicator counts (观影人次为
        1.29亿), people in 9死3伤, the people of a place (140万巴勒斯坦人), else 个 when it
        counts a noun or has a magnitude (2.67亿, 3700万老年人)."""
        text = story.text
        head = text[max(0, match.start() - 10) : match.start()]
        head = head[max(head.rfind(c) for c in ",，。;；\n") + 1 :]
        for trip in _TRIP_UNITS:
            if trip in head:
                return trip
        if match.group("mag") and "人数" in head:
            return "人"  # 签名人数已超过45万: a number of people
        if match.group("mag") and any(w in head for w in _MONEY) and not any(w in head for w in _NOT_MONEY):
            return "元"  # 总票房已超100亿: money counts in 元
        nxt = text[pos : pos + 2]
        if (
            not chinese
            and nxt[:1] in _CASUALTY
            and (len(nxt) < 2 or nxt[1].isdigit() or nxt[1] in _NUMERAL_CHARS or not nxt[1].isalnum())
        ):
            return "人"
        if not chinese and not match.group("mag") and 1900 <= _integer(match.group("num")) <= 2100:
            return None  # 2024城市可持续发展论坛: a year (not 2000万居民)
        if not chinese and _INDEX_VALUE.search(head) and text[pos : pos + 1] in _CLAUSE_ENDS:
            return "个"  # 中小企业发展指数为89.3，: the value of an index, with no unit word
        counted = self._counted_unit(story, pos, 0 if chinese else 5)
        if chinese:
            return counted  # 十部门; not 珠三角地区, “新三样”产品: a numeral inside a name
        if counted is not None:
            return counted
        return "个" if match.group("mag") else None

    def _stated(
        self, story: _Story, cmp_start: int, start: int, end: int, value: Decimal, unit: str, comparator: str, rule: str
    ) -> Metric:
        """The metric of the number expression text[cmp_start:end] (its number starts at
        start): the clause it stands in, its indicator and the period the sentence gives."""
        text = story.text
        clause_start, clause_end = clause_bounds(text, start, end)
        sent_start = sentence_bounds(text, start, end)[0]
        indicator = _indicator(text, clause_start, cmp_start)
        return Metric(
            indicator=indicator or unit,
            subject=_subject(story, sent_start, cmp_start),
            value=value,
            unit=unit,
            comparator=comparator,
            period=_period(story, sent_start, start),
            text=text[clause_start:clause_end],
            start=cmp_start,
            end=end,
            clause_start=clause_start,
            clause_end=clause_end,
            extractor=self.name,
            rule=rule,
        )

    def _half(self, story: _Story, match: re.Match[str]) -> Metric | None:
        """占耕地面积一半以上, 半数以上农村社区, 约占全省面积的一半: half is 50 per cent."""
        text = story.text
        start, end = match.span()
        after = match.group("after") or match.group("after2") or match.group("after3") or ""
        comparator = ">" if after == "多" else self.gaz.comparators_after.get(after, "=")
        if match.group("near"):
            return self._stated(
                story, start, start, end, Decimal(50), "%", "~" if match.group("near") == "近" else ">", "half"
            )
        if match.group("of"):  # 的一半: half of a whole only after 占 (not 会议的一半时间)
            share = _SHARE_OF.search(text, max(0, start - 12), start)
            if share is None:
                return None
            before, word_start = self._before(text, share.start())  # 约占
            if word_start < share.start() and not after:
                comparator = before
            return self._stated(story, start, start, end, Decimal(50), "%", comparator, "half")
        before, cmp_start = self._before(text, start)  # 超过一半
        if cmp_start < start:
            comparator = before
        return self._stated(story, start, start, end, Decimal(50), "%", comparator, "half")

    def _per_cent(self, story: _Story, match: re.Match[str]) -> Metric | None:
        """重量减轻百分之二十: a share written in words."""
        value = parse_chinese(match.group("num"))
        if value is None:
            return None
        start, end = match.span()
        comparator = self.gaz.comparators_after.get(match.group("after") or "", "=")
        return self._share(story, start, end, value, comparator, "per_cent")

    def _fraction(self, story: _Story, match: re.Match[str]) -> Metric | None:
        """超过四分之三的国家: a share written as a fraction, in per cent."""
        text = story.text
        denominator = _DENOMINATOR.search(text, max(0, match.start() - 3), match.start())
        if denominator is None:
            return None  # 百分之 is _per_cent's
        start, end = denominator.start(), match.end()
        if 0 not in story.names[start:end]:
            return None
        den, num = parse_chinese(denominator.group()), parse_chinese(match.group("num"))
        if not den or not num or num >= den or text.startswith(("个", "决赛"), end):
            return None  # 四分之三个世纪: a span of time; 四分之一决赛: a round of a contest
        value = (num * 100 / den).quantize(Decimal("0.01")).normalize()  # (千分之四 -> 0.4 %)
        after = match.group("after") or ""
        comparator = ">" if after == "多" else self.gaz.comparators_after.get(after, "=")
        return self._share(story, start, end, value, comparator, "fraction")

    def _slash(self, story: _Story, match: re.Match[str]) -> Metric | None:
        """近1/4的经济总量, 压缩1/3以上: a share written with a slash, in per cent."""
        text = story.text
        numerator = _NUMERATOR.search(text, max(0, match.start() - 2), match.start())
        if numerator is None:
            return None
        start, end = numerator.start(), match.end()
        if 0 not in story.names[start:end]:
            return None
        num, den = int(numerator.group()), int(match.group("den"))
        if not 0 < num < den <= 10:
            return None
        value = (Decimal(num * 100) / den).quantize(Decimal("0.01")).normalize()
        after = match.group("after") or ""
        comparator = ">" if after == "多" else self.gaz.comparators_after.get(after, "=")
        return self._share(story, start, end, value, comparator, "fraction")

    def _share(self, story: _Story, start: int, end: int, value: Decimal, comparator: str, rule: str) -> Metric | None:
        """A share in per cent written in words at text[start:end]: a comparator before it
        wins over the one after it (超过四分之三), and a decline before it makes it negative."""
        text = story.text
        before, cmp_start = self._before(text, start)
        if cmp_start < start:
            comparator = before
        elif comparator == "=" and (share := _SHARE_OF.search(text, max(0, start - 12), start)) is not None:
            comparator = self._before(text, share.start())[0]  # 约占全国的1/6
        if text[max(0, cmp_start - 4) : cmp_start].endswith(_DECREASE):
            value = -value
        return self._stated(story, cmp_start, start, end, value, "%", comparator, rule)

    def _counted_unit(self, story: _Story, pos: int, reach: int) -> str | None:
        """200万中小微企业: the unit of the noun counted just after the number."""
        text = story.text
        people = next((p for p in range(pos + 1, pos + 7) if p in story.peoples and text[p : p + 1] == "人"), None)
        if people is not None and not any(c in text[pos:people] for c in _BREAKS):
            return "人"
        noun = self.nouns.search(text, pos, pos + 8)  # the first noun; the longest one there
        if noun is None or noun.start() - pos > reach or any(c in text[pos : noun.start()] for c in _BREAKS):
            return None
        return self.gaz.measure_words[noun.group()]


#: A cut of a rate whose name stands between the verb and the amount (下调存款准备金率0.25个百分点).
_RATE_CUT = re.compile(r"(?:下调|调降|降低|下降|压降|削减)[^，,。；;：:、\d]{1,12}率(?:了)?\Z")


def _rate_cut(text: str, number_start: int, unit: str) -> bool:
    """A change in percentage points or basis points, told after a cut verb and a rate's name."""
    return unit in ("个百分点", "基点") and _RATE_CUT.search(text, max(0, number_start - 16), number_start) is not None


def _each_of(text: str, metric: Metric) -> Iterable[Metric]:
    """One value told of each thing its clause lists (汽车、家电、服装销售额都超过10%: three
    facts): a copy of the metric for each item after the first, spanning from that item."""
    lead = _ALL_OF.search(text, max(0, metric.start - 10), metric.start)
    if lead is None or not lead.group("verb") and text[metric.start] in _NUMBER_START:
        return  # 在重庆、宜宾和成都三座城市: 都 ends a name there
    low = max(text.rfind(c, 0, lead.start()) for c in "，,。;；：:\n!?！？") + 1  # the clause, with its 、
    listed = _SUBJECTS.search(text, low, lead.start())
    if listed is None:
        return
    items = listed.group().split("、")
    starts = [listed.start()]
    for item in items[:-1]:
        starts.append(starts[-1] + len(item) + 1)
    last = _LAST_AND.match(items[-1]) if len(items) > 1 else _AND_ONLY.search(items[0])  # A、B和C; A和B
    if last is not None:
        starts.append(starts[-1] + last.end())
    for start in starts[1:]:
        item = _ITEM.match(text, start, lead.start())  # 服装 of 服装、家电等销售额
        subject = item.group() if item is not None else metric.subject
        yield replace(metric, start=start, subject=subject, rule="each_of")


def _span_is_quantity(text: str, start: int, end: int) -> bool:
    """Whether the span of time at text[start:end] is how long something lasts (经过45天的检修),
    or an end of a change (由3小时缩短至1小时), not when something happens (过去24小时的)."""
    if text.endswith(_SPAN_WHEN, max(0, start - 3), start) or text.startswith("24小时的", start):
        return False  # 24小时的书店: open round the clock
    return (
        _SPAN_OF.match(text, end) is not None
        or _SPAN_CHANGED.match(text, end) is not None
        or _SPAN_CHANGED_TO.search(text, max(0, start - 5), start) is not None
    )


#: The most characters before a number that its indicator is read from.
_INDICATOR_WINDOW = 500


def _indicator(text: str, clause_start: int, number_start: int) -> str:
    """What is measured: the words of the clause before the number, without its time, its
    connectives and the verb that states it."""
    # (a clause of news is far shorter than the window; a line of 100,000 characters with no
    # comma in it is not rescanned from its start for every number)
    head = text[max(clause_start, number_start - _INDICATOR_WINDOW) : number_start].strip()
    head = _BASE_LEFT.sub("", _PERIOD.sub("", head))
    head = _LEADING_NOISE.sub("", head)
    for verb in _HEAD_VERBS:
        if head.endswith(verb):
            head = head[: -len(verb)]
    return head.strip(" ,，:：")[:60]


def _integer(num: str) -> int:
    """The value of an Arabic whole number, or -1 for a decimal."""
    digits = num.replace(",", "")
    return int(digits) if digits.isdigit() else -1


def _item_start(story: _Story, pos: int) -> int:
    """Where the news item around pos starts: its headline, or the text."""
    return story.items[bisect_right(story.items, pos) - 1]


def _subject(story: _Story, sent_start: int, number_start: int) -> str | None:
    """Who or what the value is of: the body, place or whole (我国, 全国, 全省) its sentence
    names last before the number, else the last one its news item named before. A body that
    reports the figure (海关总署今天发布) or a partner (对东盟出口) is not it."""
    text = story.text
    for low in (sent_start, _item_start(story, sent_start)):
        subject, at = None, -1
        i = bisect_left(story.bodies, (number_start,)) - 1
        while i >= 0 and story.bodies[i][0] >= low:
            start, end, surface = story.bodies[i]
            if end <= number_start and text[start - 1 : start] not in _PARTNER and not text.startswith(_SOURCE, end):
                subject, at = surface, start
                break
            i -= 1
        # the last of 我国, 全国 ... in the span after the body, found once per story, not by
        # scanning the sentence again for every number
        k = bisect_right(story.areas, (number_start,)) - 1
        while k >= 0 and story.areas[k][1] > number_start:
            k -= 1
        if k >= 0 and story.areas[k][0] >= low and story.areas[k][0] > at:
            subject, at = story.areas[k][2], story.areas[k][0]
        if subject is not None:
            return _whole_of(story, subject, at, _item_start(story, sent_start))
    return None


def _whole_of(story: _Story, subject: str, at: int, item_start: int) -> str:
    """The place 全省, 全市 or 全县 stands for: the last place of that level (or of no written
    level: 河南) its news item named before it; else the words as written."""
    if len(subject) != 2 or subject[0] != "全" or subject[1] not in "省市县区州":
        return subject
    i = bisect_left(story.bodies, (at,)) - 1
    while i >= 0 and story.bodies[i][0] >= item_start:
        _, end, surface = story.bodies[i]
        if end in story.peoples and (surface[-1] == subject[1] or surface[-1] not in "省市县区州"):
            return surface
        i -= 1
    return subject


def _period(story: _Story, sent_start: int, start: int) -> str | None:
    """The time the value holds for: the last time phrase of its sentence before it (not a
    base it is compared with: 比2012年), else the one that opens an earlier sentence or clause
    of its news item (今年前10个月，...)."""
    text, periods = story.text, story.periods
    i = bisect_left(periods, (start,)) - 1
    while i >= 0 and periods[i][0] >= sent_start:
        p_start, p_end, words = periods[i]
        if p_end <= start and text[p_start - 1 : p_start] not in _BASE:
            return words
        i -= 1
    item_start = _item_start(story, sent_start)
    while i >= 0 and periods[i][0] >= item_start:
        p_start, p_end, words = periods[i]
        before = text[p_start - 1] if p_start > item_start else ","
        if p_end <= sent_start and before in ",，。;；:：\n" and text[p_end : p_end + 1] in (",", "，"):
            return words
        i -= 1
    return None


def _headlines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that end no sentence: headlines (the story restates their facts)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        stripped = line.rstrip()
        if stripped and not stripped.endswith(_SENTENCE_MARKS) and not any(m in line for m in _SENTENCE_MARKS[:3]):
            spans.append((start, end))
        start = end + 1
    return spans


def _once(story: _Story, metrics: list[Metric]) -> Iterable[Metric]:
    """Each fact once: a headline's number that the body states again is the body's, and a
    number the body repeats about the same thing (进出口总值36.02万亿元 in the lead and the
    next paragraph; 已有1300多名中国公民 twice) is one."""
    text = story.text
    body: dict[tuple[Decimal, str], list[Metric]] = {}
    # the words around each kept statement of a value, with its comparator: what a statement
    # of the same value that restates one has
    around: set[tuple[Decimal, str, str, str, str]] = set()
    headline: list[Metric] = []
    for metric in metrics:
        if text.rfind("\n", 0, metric.start) + 1 in story.headlines:
            headline.append(metric)
            continue
        before, after = _around(text, metric)
        restated = (before is not None and (metric.value, metric.unit, metric.comparator, "<", before) in around) or (
            after is not None and (metric.value, metric.unit, metric.comparator, ">", after) in around
        )
        if not restated:
            body.setdefault((metric.value, metric.unit), []).append(metric)
            around.add(
                (metric.value, metric.unit, metric.comparator, "<", text[max(0, metric.start - 6) : metric.start])
            )
            around.add((metric.value, metric.unit, metric.comparator, ">", text[metric.end : metric.end + 4]))
    told = {(value, _UNIT_KIND.get(unit, unit)) for value, unit in body}
    values = {value for value, _ in body}
    kept = [m for same in body.values() for m in same]
    for metric in headline:  # 黎军遭袭1死18伤 over 1名士兵死亡、18人受伤
        # a small count is the body's only in a unit of its kind (两颗卫星 is not 两国's 2)
        key = metric.value if metric.value > 10 else (metric.value, _UNIT_KIND.get(metric.unit, metric.unit))
        if key not in (values if metric.value > 10 else told) and not (
            metric.comparator != "=" and _rounds(metric, body)
        ):
            values.add(metric.value)
            told.add((metric.value, _UNIT_KIND.get(metric.unit, metric.unit)))
            kept.append(metric)
    return sorted(kept, key=lambda m: m.start)


def _rounds(metric: Metric, body: dict[tuple[Decimal, str], list[Metric]]) -> bool:
    """Whether a headline's round figure (超3600亿元) is a body's figure in the same unit
    (3699亿元) told roughly: within a tenth of it."""
    value = abs(metric.value)
    return any(unit == metric.unit and value and abs(abs(other) - value) <= value / 10 for other, unit in body)


def _around(text: str, metric: Metric) -> tuple[str | None, str | None]:
    """The six characters before the number and the four after it, each where it is all words
    (a name of what is counted, no break): what two statements of one value that say the same
    thing share."""
    before = text[max(0, metric.start - 6) : metric.start]
    after = text[metric.end : metric.end + 4]
    return (before if _words(before, 6) else None), (after if _words(after, 4) else None)


def _words(part: str, size: int) -> bool:
    """Whether the text is `size` Chinese characters (a name of what is counted, no break)."""
    return len(part) == size and all("\u4e00" <= c <= "\u9fff" for c in part)
