"""Posts: who holds which post in which body, read from the titles before (or after) a name.

A chain of titles is split into one post each, the body carried over to a title that has
none: 中共中央政治局常委、国务院总理李强 gives (李强, 常委, 中共中央政治局) and (李强, 总理, 国务院);
工信部党组书记、部长金壮龙 gives (金壮龙, 党组书记, 工业和信息化部) and (金壮龙, 部长, 工业和信息化部).
时任/原/前 mark a past post, 代/代理 an acting one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable
from dataclasses import replace

from ..gazetteer import Gazetteer
from ..model import Mention, Post, SegmentedText, Token
from ..normalise import is_han
from . import Found, register
from .textutil import HOME_STATES

#: Titles that name their body by themselves when no body is written (总书记 is only ever
#: the Party Central Committee's, 委员长 the NPC Standing Committee's).
_IMPLIED_BODY = {"总书记": "中共中央", "委员长": "全国人民代表大会常务委员会", "国务委员": "国务院"}
_CPPCC = "中国人民政治协商会议全国委员会"
_MEMBER = "委员"  # after a name, in a story of the CPPCC: its member (钱克明委员)
#: Posts of the state that name their scope themselves: no body is carried over to them.
_STATE_TITLES = frozenset({"国家主席", "国家副主席"})
#: Posts held without a body (a state's own titles aside): a profession or a rank.
_ALONE_KINDS = frozenset({"academic", "media"})
_ALONE_TITLES = frozenset({"航天员", "飞行员", "律师", "工程师", "高级工程师", "总书记"})
#: Titles that may follow a name (习近平总书记, 李强总理).
_AFTER_NAME_KINDS = frozenset({"leader", "foreign"})
#: Titles of the heads of a people's government (省长, 常务副市长, 县长).
_GOVERNMENT_HEADS = ("省长", "市长", "区长", "县长", "州长")
#: Titles of a country's government besides the foreign ones (巴西总理, 法国外长).
_COUNTRY_TITLES = frozenset({"总理", "副总理", "外长", "副外长", "防长", "副防长", "外交部长", "国防部长"})
#: What may stand between a body and a title to say which of its deputies is meant.
_DUTY = re.compile(r"(?:(?:分管|负责|主管|主持)[\u4e00-\u9fff]{0,10}?的|专职|现任|资深|看守|过渡)$")
#: Words before a title that make it a post held no more (前总理, 时任总统, 已故总统), and a post
#: not held yet or held for another (候任总统, 代总统, 首任总理: the first of all)
_FORMERLY = ("前", "原", "时任", "已故")
_NOT_HELD_YET = ("候任", "代", "首任")
#: Words after a title that make it no post held (总统候选人, 总理府)
_NOT_THE_POST = ("候选人", "府", "夫人", "职务", "一职", "官邸")
#: A session of an assembly (十四届一次会议): a meeting's name, not a body's.
_SESSION = re.compile(r"届|次会议")
#: A county's, a city's or a district's Party committee by its short name (博罗县委).
_LOCAL_COMMITTEE = re.compile(r"(?:^|[省市州盟])([^\s省市州盟县区旗]{1,7}[县市区旗])委$")
#: A prefecture's Party committee by its short name (宁德地委), as the prefectures were called.
_PREFECTURE_COMMITTEE = re.compile(r"([^\s省市县区地]{2,4})地委")


def _local_committee(label: str) -> str:
    """A county's, city's or prefecture's Party committee by its full name (浦江县委 ->
    中共浦江县委员会, 宁德地委 -> 中共宁德地区委员会); any other label as it is."""
    if label.startswith("中共"):
        return label
    if (local := _LOCAL_COMMITTEE.search(label)) is not None:
        return f"中共{local.group(1)}委员会"
    if (prefecture := _PREFECTURE_COMMITTEE.fullmatch(label)) is not None:
        return f"中共{prefecture.group(1)}地区委员会"
    return label


#: Titles held in a local Party committee written before them (博罗县委书记, 县委常委).
_COMMITTEE_TITLES = frozenset({"书记", "副书记", "常务副书记", "常委"})
#: Heads of a local people's government, by the unit they head (县长 of a 县).
_LOCAL_HEADS = ("县长", "市长", "区长", "镇长", "乡长", "旗长")
#: Last characters of the names of places that hold smaller ones (惠州市博罗县).
_PLACE_UNITS = frozenset("省市州盟县区旗镇乡")
#: Words that may stand right before a place's name and are not part of it (在, 据).
_LEADING_WORDS = frozenset("在于与和同据到赴从向对由经将把被让给为是")
#: Which term of a post is meant (新一届主席, 第十任总统).
_TERM = re.compile(r"新一届|下一届|新任|首任|当选|第[一二三四五六七八九十百零\d]+[任届]")
#: The same, written between a body and its title (澳门特别行政区第六任行政长官, 印尼新任副总统).
_TERM_BEFORE = re.compile(rf"(?:{_TERM.pattern})$")
#: What makes a title a deputy's (常务副主席 of 主席, 副部长 of 部长).
_DEPUTY_PREFIX = re.compile(r"^(?:常务副|第一副|执行副|副)")
#: What ends a sentence: a body written before it is not carried over it.
_SENTENCE_STOPS = ("。", "；", ";", "！", "？", "!", "?", "\n")
#: Ministers named by their ministry alone (外交部长秦刚): the home ministry when no country is written.
_HOME_MINISTERS = {"外交部长": "外交部", "国防部长": "国防部"}
#: The fields of a foreign minister titled 大臣 (挪威外交大臣, 日本经济产业大臣): the minister of
#: that state's ministry of the field, 部 abroad and 省 in Japan (CONVENTIONS: a minister named
#: by the ministry's word).
_MINISTER_FIELDS = frozenset(
    {"外交", "国防", "财政", "内政", "司法", "卫生", "能源", "商务", "教育", "贸易", "外务", "防卫", "财务", "总务"}
    | {"经济产业", "农林水产", "文部科学", "厚生劳动", "国土交通", "环境", "法务", "内务", "经济"}
)
#: Posts of the state at home written after 中国 or 中华人民共和国: (title, body) as the conventions
#: name them (中华人民共和国主席 is the head of state, 中国总理 the State Council's premier).
_HOME_STATE_POSTS = {
    "主席": ("国家主席", None),
    "国家主席": ("国家主席", None),
    "副主席": ("国家副主席", None),
    "国家副主席": ("国家副主席", None),
    "总理": ("总理", "国务院"),
    "副总理": ("副总理", "国务院"),
    "国务委员": ("国务委员", "国务院"),
    "外交部长": ("部长", "外交部"),
    "外长": ("部长", "外交部"),
    "国防部长": ("部长", "国防部"),
    "防长": ("部长", "国防部"),
}
#: What joins two leaders of a meeting or a list (习近平主席同李显龙总理, 哈莉玛总统、李显龙总理).
_COUNTERPARTS = frozenset("同和与及、")
#: Titles after a name that name China's own leaders (习近平主席, 习近平总书记).
_IMPLIED_HEADS = frozenset({"主席", "国家主席", "总书记"})
#: Speakers of a parliament: after a country's name alone, the post is its parliament's (希腊议长).
# a speaker of a country's parliament, or of one of its chambers: the chamber's name after the country's
_SPEAKERS = {"议长": "议会", "副议长": "议会", "众议长": "众议院", "参议长": "参议院"}
#: A state's organs by the words their names start with (参议院, 最高人民会议常任委员会).
_STATE_ORGAN_STARTS = ("参议院", "众议院", "国会", "国民议会", "议会", "最高人民会议", "人民议会", "政府")
#: Endings of a state's organs: one no extractor knows, after a foreign state's title in a
#: chain, is that state's.
_STATE_ORGAN_ENDS = ("部", "委员会", "议会", "国民议会", "参议院", "众议院", "国会")
#: A state's armed forces written bare in a chain after another body of the state.
_STATE_FORCES = frozenset({"武装部队", "军队", "国防军", "政府军", "武装力量"})
#: Heads of a state or a government: with no body of their own they are the country's.
_HEAD_TITLES = _COUNTRY_TITLES | {
    "总统",
    "副总统",
    "第一副总统",
    "第一副首相",
    "首相",
    "副首相",
    "国王",
    "女王",
    "王储",
    "埃米尔",
    "总督",
    "外交大臣",
    "国防大臣",
    "国务总理",
    "国务委员长",
    "最高元首",
}
#: Countries by the one character news writes for them before a title (俄总统, 乌内务部长).
#: Data that belongs with the places' aliases; kept here while places.tsv has no short forms.
_COUNTRY_SHORT = {
    "俄": "俄罗斯",
    "乌": "乌克兰",
    "以": "以色列",
    "美": "美国",
    "日": "日本",
    "韩": "韩国",
    "朝": "朝鲜",
    "德": "德国",
    "法": "法国",
    "英": "英国",
    "印": "印度",
    "土": "土耳其",
    "越": "越南",
    "菲": "菲律宾",
    "黎": "黎巴嫩",
    "叙": "叙利亚",
}
#: Communist parties abroad by the one character news writes for their country (越共中央, 古共中央).
_COMMUNIST_PARTIES = {"越": "越南", "古": "古巴"}
_FOREIGN_COMMUNIST_PARTY = re.compile(r"([越古])共中央(政治局|书记处)?$")
_COMMUNIST_PARTY_SHORT = tuple(f"{c}共" for c in _COMMUNIST_PARTIES)
#: What may stand before a country's one-character name (。乌总统, 与俄总统): a stop or a preposition.
_SHORT_COUNTRY_AFTER = frozenset('，,。；;：:！？!?“”"（）()《》 \n与同和向对及')
#: Short names that are no common character of other words, which may stand after any word but
#: another state's (支持黎议长贝里, not 中俄|总统 or 驻俄|大使).
_SHORT_COUNTRY_ANYWHERE = frozenset("俄乌黎叙朝韩越菲")
#: A minister's short title and the ministry (国务委员兼外长秦刚).
_MINISTERS_SHORT = {"外长": "外交部", "防长": "国防部", "财长": "财政部"}
#: What joins two titles of one person (省委常委、副省长; 副委员长兼秘书长).
_TITLE_JOINERS = frozenset("、兼")
#: What joins two names of one list (部长王文涛、副部长郭婷婷; 省委书记X和省长Y).
_LIST_JOINERS = frozenset("、和及与")
#: A foreign ministry named by its field before 部长 (新西兰卫生部长): at most this many characters.
_MINISTRY_FIELD = 8
#: The name of a body no extractor recognised, ending right before a title.
_UNKNOWN_BODY = re.compile(
    r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|—(?=[\u4e00-\u9fff])){0,14}(?:会|团|部|局|委|院|所|司|厅|处|办|室|组|队|行|社|台|馆|中心|军|店|厂|小学|中学|大学|学校"
    r"|会议|内阁|党|联盟|同盟|阵线|运动)$"
)
#: How the name of a party or a movement ends (塞尔维亚前进党, 争取社会主义运动): such a name
#: after a country's may hold a verb (前进) and still be one name.
#: The same ending, for a name of any length (国务院根治拖欠农民工工资工作领导小组).
_BODY_END = re.compile(_UNKNOWN_BODY.pattern[_UNKNOWN_BODY.pattern.index("(?:会|") :])
#: The characters that end a body's name (主席|团, 委员|会): a title word before one is part of the name.
_BODY_CHARS = frozenset("会团部局委院所司厅处办室组队行社台馆军店厂党")
#: A Party committee of a place (阿特米萨省委): a body of its own after another body, not its unit.
_OWN_COMMITTEE = re.compile(r"[省市州县区]委")
#: The terms a person served in a body, written before its name or inside it (第九届、十届).
_TERMS = r"第[一二三四五六七八九十百零\d]+届(?:、第?[一二三四五六七八九十百零\d]+届)*"
_TERM_LIST = re.compile(rf"{_TERMS}$")
_TERM_LIST_BODY = re.compile(rf"({_TERMS})((?:全国|中央|常务)[\u4e00-\u9fff]{{1,10}})$")
#: A body of a place that is no more, named with 原 after the place (山西省原粮食局).
_ABOLISHED = re.compile(r"([\u4e00-\u9fff]{1,7}[省市区县])原([\u4e00-\u9fff]{2,})$")
#: A body's board, written between its name and a post on it (董事会副主席): part of the title.
_BOARD = "董事会"
#: What stands between two names of one list: 、, or names no extractor took between 、 (、齐向东、).
_NAME_LIST_GAP = re.compile(r"、(?:[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?、){0,2}")
#: A minister's titles that name no ministry: the field goes with the title (经济产业大臣).
_SECRETARIES = frozenset({"大臣", "副大臣"})
#: The longest name of a body read between a joiner and a title.
_JOINED_BODY = 24
_PARTY_NAME = re.compile(r"(?:党|联盟|同盟|阵线|运动)$")
_UNKNOWN = "\x00"  #: prefix of a segment's body when only its name's shape is known
#: What may stand before the name of a body that starts a clause (中央宣讲团成员X).
_CLAUSE_START = frozenset('，,。；;：:！？!?“”"（）()《》 \n')
#: Parts of speech that are never inside a body's name (a verb, a pronoun, a preposition:
#: 他还会见了…委员会 is a clause, not a body).
_NOT_IN_NAME = frozenset({"v", "r", "p", "c", "d", "u", "ul", "uj", "uz", "ug", "ud", "y", "e"})
_NOT_IN_PARTY_NAME = _NOT_IN_NAME - {"v", "d", "c"}
#: Conjunctions inside a body's name (粮食和物资储备局, 内政与司法部).
_NAME_CONJUNCTIONS = frozenset({"和", "与"})
#: Words a body's name never starts with (该委员会主任: which body is said before).
_NOT_NAME_START = ("该", "本", "此", "其", "各", "这", "那", "每", "全体", "有关", "相关")
#: What a party's name ends with before 党 (人民党, 劳动党, 工人党): 党中央 after it is that party's.
_PARTY_ENDS = ("人民", "劳动", "工人", "共产", "革命", "社会")
#: A Party committee's departments by their short names (统战部 of 中共X市委员会).
_PARTY_DEPARTMENTS = {
    "统战部": "统一战线工作部",
    "政法委": "政法委员会",
    "纪委": "纪律检查委员会",
    "编办": "机构编制委员会办公室",
}
#: A government of a country that is not the usual one (黎巴嫩看守政府总理): the post is the country's.
_INTERIM_GOVERNMENT = re.compile(r"(?:看守|过渡|临时)政府$")
#: The longest name of a country's government between the country and 政府 (民族统一政府).
_GOVERNMENT_NAME = 6
#: An ambassador's or consul's post (中国驻韩国大使): the sending country's mission in the host.
_ENVOY = re.compile(r"([\u4e00-\u9fff]{0,8})驻([\u4e00-\u9fff]{1,8}?)$")
#: Words between the sending state and 驻 that say which envoy (伊朗新任驻沙特大使)
_ENVOY_TERMS = ("新任", "前任", "候任", "首任", "现任", "前")
_ENVOY_TITLES = {
    "大使": "大使馆",
    "特命全权大使": "大使馆",
    "公使": "大使馆",
    "参赞": "大使馆",
    "临时代办": "大使馆",
    "总领事": "总领事馆",
    "领事": "领事馆",
}
#: A headline on a meeting: the host, then the guest named by the post (李强同斯里兰卡总理会谈).
_HEADLINE = re.compile(
    r"^([\u4e00-\u9fff]{2,4})(?:同|会见|会晤|接见)([\u4e00-\u9fff、]{3,24}?)"
    r"(?:举行|会谈|会见|会晤|通电话|共同|视频|$)"
)
#: What stands between the host and the guest where the text tells of the meeting (李强同|古纳瓦德纳,
#: 赵乐际20日在北京会见|戈伊塔).
_MEETS = re.compile(r"(?:[\d日上下午晚]{0,6}在[\u4e00-\u9fff]{1,10})?(?:同|会见|会晤|接见)")
#: Verbs that appoint (任命X为…) or remove (免去X的…职务) someone.
_APPOINTING = ("决定任命", "任命", "免去", "提名", "选举")
#: Verbs after a name that say the name takes a post (X当选为A, X担任A), longest first.
#: 曾任: a past post.
_TAKING = (
    "宣誓就任",
    "曾担任",
    "当选连任",
    "当选为",
    "曾任",
    "当选",
    "担任",
    "出任",
    "调任",
    "升任",
    "兼任",
    "就任",
    "连任",
    "任",
    "是",
)
#: What joins the last of the posts a person takes (当选国家主席和中央军委主席).
_LAST_TITLE_JOINERS = frozenset("和及")
#: How the post is taken, between a name and 当选 (再次当选, 高票当选).
_TAKING_HOW = ("再次", "首次", "高票", "全票")
#: The title a person is addressed by before being elected to another (习近平主席再次当选…总书记).
_ADDRESSED_ELECTED = re.compile(rf"(?:主席|总统|总理|首相|先生|女士)(?=(?:{'|'.join(_TAKING_HOW)})?(?:当选|连任))")
#: Which term a post is taken for, before the body (当选新一届无线电规则委员会委员).
_NEW_TERM = ("新一届", "新一任")
#: Adverbs of time between a name and the verb of taking a post (石破茂此前曾担任…).
_TAKING_WHEN = ("此前", "先后", "目前", "现")
#: What stands before a name that opens a profile (。朱治国，青海省委组织部原副部长，), and the
#: verbs that may follow its comma (生前是, 现任).
_PROFILE_BEFORE = frozenset("。\n：:")
_COPULAS = ("生前是", "生前系", "生前任", "现在是", "现任", "是", "系")
#: 致电X，祝贺他当选…总统: the one congratulated takes the post after the verb.
_CONGRATULATED = re.compile(r"[，,]祝贺(?:他|她)")
_CONGRATULATING = ("致电", "致函", "致贺电", "致贺函", "电贺")
#: What may stand between a country's name and its head's title (奥地利联邦总统, 新西兰政府总理).
_COUNTRY_QUALIFIERS = ("联邦", "政府", "共和国")
_FORMER = ("时任", "原任", "前任", "已故", "原", "前")
_ACTING = ("代理", "代")
#: What may stand between a joiner and a title that has no body of its own written (、原副市长).
_BARE = ("", "现任", *_FORMER, *_ACTING)
#: Markers that may stand before the name of a body no extractor knows (，时任宁德地委书记).
_MARKERS = ("现任", "时任", "原任", "前任")
#: Verbs jieba tags as nouns (会见): never inside a body's name.
_VERBS_AS_NOUNS = frozenset({"会见", "接见", "会晤", "拜会", "宴请", "率领", "任命", "提名", "委任", "任免"})
#: Words that name a kind of body, not one (基金会主席 after the foundation's name): no body of a post.
_GENERIC_BODIES = frozenset(
    {"公司", "集团", "企业", "团队", "基金会", "协会", "学会", "委员会", "常委会", "村委会", "居委会", "党委"}
    | {"党支部", "支部", "政府", "单位", "部门", "机构", "组织", "学校", "医院", "中心", "小组", "工作组"}
)
#: Titles of a leader's spokesman or adviser, whose body is the leader's (联合国秘书长发言人).
_SPOKESMEN = frozenset({"发言人", "新闻发言人", "新闻秘书", "顾问", "特使", "特别代表"})
#: Envoys, whose title may follow the matter they are sent on (叙利亚问题特使, 外交与安全政策高级代表).
#: how the matter an envoy or a rapporteur is on ends (也门问题, 外交与安全政策, 人权状况)
_ENVOY_MATTERS = ("问题", "政策", "事务", "状况")
_ENVOYS = frozenset({"特使", "特别代表", "高级代表", "副高级代表", "特别报告员"})
#: Envoys a leader sends in person (习近平主席特别代表), and the leader's title between the two.
_PERSONAL_ENVOYS = frozenset({"特使", "特别代表"})
_LEADER_BEFORE_ENVOY = re.compile(r"(?:主席|总书记|总统|总理|首相|国王)$")
#: The longest matter written between a body and an envoy's title.
_ENVOY_TOPIC = 10
#: Words written before a title that make one title word with it: a rank (常务副会长, 执行副总裁,
#: 助理总裁, 第一政治委员) or a standing (实习编辑, 特约记者). The title word's mention spans them;
#: only those that leave the post the same (a trainee editor is an editor) go with a post's span.
_RANKS = ("常务副", "执行副", "第一副", "常务", "执行", "第一", "首席", "高级", "助理", "名誉", "荣誉", "总")
_STANDINGS = ("实习", "见习", "特约", "特邀", "资深", "兼职", "官方")
#: A field or a function written before a post of a firm, a medium or a team (设计总监, 销售经理,
#: 行政总裁, 项目负责人, 法律顾问): one title word, the post the same.
_FIELDS = (
    "人力资源",
    "设计",
    "销售",
    "营销",
    "市场",
    "技术",
    "财务",
    "运营",
    "投资",
    "创意",
    "音乐",
    "艺术",
    "行政",
    "项目",
    "产品",
    "品牌",
    "法务",
    "法律",
    "业务",
    "研发",
    "策划",
    "公关",
    "采购",
    "质量",
    "生产",
    "工程",
    "安全",
    "信息",
    "战略",
    "学术",
    "保安",
    "摄影",
    "文字",
    "责任",
    "客户",
    "零售",
)
#: The posts a field may stand before (not 部长: 外交部长 is a ministry's).
_FIELD_TITLES = frozenset({"负责人", "顾问", "主管", "委员", "队长", "编辑", "记者", "总监", "经理", "总经理", "总裁"})
#: Words that make a title before them part of a body's name (律师|事务所, 记者|协会).
_BODY_AFTER_TITLE = ("事务所", "协会", "学会", "联合会", "委员会", "大会", "工会")
#: The name of a work (《伊丽莎白女王传》): a title word in it names no post.
_WORK_NAME = re.compile(r"《[^《》\n]{1,40}》")
_RANKED = frozenset(_RANKS + _STANDINGS)
#: Ranks written between a known body and a title the gazetteer lists without them (常务|副会长).
_BODY_RANKS = ("常务", "执行", "第一", "首席", "名誉", "荣誉")
_TITLE_WORDS = _RANKED | frozenset(_FIELDS)
_SAME_POST_WORDS = frozenset(_STANDINGS + _FIELDS)
_PREFIX_LENGTHS = sorted({len(w) for w in _TITLE_WORDS}, reverse=True)
#: The last characters of what may be written before a title in one title word (a quick test).
_PREFIX_ENDS = frozenset(w[-1] for w in _TITLE_WORDS) | {"副"}
#: What makes a title after it an assistant's (总经理助理, 厂长助理): one title word, not the post.
_ASSISTANT = "助理"
#: A bound rank written inside the word before the title (部副|经理): no word boundary needed.
_BOUND_RANK = "副"
#: What marks 代表 as the verb (我代表…, 代表了): a pronoun before it, an aspect particle after.
_VERB_REPRESENT = re.compile(r"(?<=[我你他她它们])代表|代表(?=了(?!解)|[着过作])")


@register("posts")
class PostExtractor:
    """(person, title, body) from the titles next to each person's name."""

    name = "posts"
    produces = frozenset({"post"})  # Post facts, and mentions of post titles

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        # the foreign countries the document read last names, by where: (its findings, their
        # starts, the countries, all of them), worked out once a document
        self._countries_of: tuple[Found, list[int], list[str], frozenset[str]] | None = None
        self.titles = tuple(sorted(gazetteer.titles, key=len, reverse=True))
        self.title_re = re.compile("|".join(map(re.escape, self.titles)))
        self.title_lengths = sorted({len(t) for t in self.titles}, reverse=True)
        # the longest name of a state, official ones included (斯里兰卡民主社会主义共和国)
        self.longest_state = max((len(n) for n, e in gazetteer.places.items() if e.kind == "country"), default=2)

    def _title_words(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        """Every post title written as a word of its own (董事长, 外交部长): a mention of the
        post as such, whether or not a named person holds it there."""
        text = doc.text
        starts = {t.start for t in doc.tokens} | {len(text)}
        taken = bytearray(len(text))  # 1 where a person's or a body's name is
        for m in found.mentions("person", "organization"):
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        # one written title gives one mention: none inside a longer one found before (有关负责人)
        within: dict[int, list[int]] = {}  # the starts of the post mentions found before, by their end
        for m in found.mentions("post"):
            within.setdefault(m.end, []).append(m.start)
        if "《" in text:
            for work in _WORK_NAME.finditer(text):
                taken[work.start() : work.end()] = b"\x01" * (work.end() - work.start())
        verbs = {m.start() for m in _VERB_REPRESENT.finditer(text)} if "代表" in text else ()
        word_ends: dict[int, int] | None = None  # the words' starts by their ends, when first needed
        for match in self.title_re.finditer(text):
            start, end = match.span()
            whole = start in starts
            if not whole and end in starts:
                if word_ends is None:
                    word_ends = {t.end: t.start for t in doc.tokens}
                start = self._word_start(text, start, match.group(), word_ends.get(end, start))
                whole = start is not None
            if (
                whole
                and end in starts
                and not any(taken[start:end])
                and start not in verbs
                and not text.startswith(_BODY_AFTER_TITLE, end)
            ):
                start = self._written_start(text, start, match.group(), starts, taken)
                if end in within and any(start - s > 1 and s in starts for s in within[end]):
                    continue
                role = match.group()  # the bare post the title word names (设计总监: 总监)
                if text.startswith(_ASSISTANT, end) and end + len(_ASSISTANT) in starts:
                    end += len(_ASSISTANT)  # 总经理助理: an assistant's title, another role
                    role += _ASSISTANT
                yield Mention("post", start, end, text[start:end], role, self.name, "title_word")

    @staticmethod
    def _word_start(text: str, start: int, title: str, word_start: int) -> int | None:
        """Where the title word starts for a title at start that ends a word starting before it at
        word_start: the word's, when a rank or a field is written in it before the title (市场总监,
        部副经理); the title's, when the body's name before it ends in the title's first character
        (研究处|处长); else None (no title word)."""
        written = text[word_start:start]
        if written == title[0]:
            return start  # 研究处处长: jieba's word runs the body's last character into the title
        if written == _BOUND_RANK or written in (_TITLE_WORDS if title in _FIELD_TITLES else _RANKED):
            return word_start
        return None

    def _written_start(
        self,
        text: str,
        start: int,
        title: str,
        starts: Container[int],
        taken: bytearray | None,
        same_post: bool = False,
    ) -> int:
        """Where the title word that ends with `title` at start starts: over the ranks, standings
        and fields written before it as words of their own (执行副总裁, 实习编辑, 高级策划经理),
        or 副 inside the word before (部副|经理). same_post: only over what leaves the post the same."""
        if start == 0 or text[start - 1] not in _PREFIX_ENDS:
            return start
        fields = title in _FIELD_TITLES
        words = (_SAME_POST_WORDS if same_post else _TITLE_WORDS) if fields else _STANDINGS if same_post else _RANKED
        for _ in range(3):
            if (
                not same_post
                and text.endswith(_BOUND_RANK, 0, start)
                and title[0] != _BOUND_RANK
                and not (taken and taken[start - 1])
            ):
                start -= 1
                continue
            for length in _PREFIX_LENGTHS:  # longest first
                at = start - length
                if at >= 0 and text[at:start] in words and at in starts and not (taken and any(taken[at:start])):
                    start = at
                    break
            else:
                break
        return start

    def _title_ending(self, text: str, pos: int) -> str | None:
        for length in self.title_lengths:  # longest first
            if length <= pos and text[pos - length : pos] in self.gaz.titles:
                return text[pos - length : pos]
        return None

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Post | Mention]:
        text = doc.text
        yield from self._title_words(doc, found)
        org_by_end = {m.end: m for m in found.mentions("organization")}
        tokens = {t.start: t for t in doc.tokens}
        ends = {t.end: t for t in doc.tokens}
        org_by_start = {m.start: m for m in found.mentions("organization")}
        seen: set[tuple[str, str, str | None]] = {(p.person, p.title, p.org) for p in found.relations("post")}
        people = sorted(found.mentions("person"), key=lambda m: m.start)
        posts: list[Post] = []
        person_ends = {m.end for m in people}
        by_start, by_end = {m.start: m for m in people}, {m.end: m for m in people}  # the people's names
        shared: list | None = None
        heads: list[tuple[Mention, str]] = []
        held_in: list[tuple[int, int, str, str]] = []  # (chain start, title end, title, body) of the posts so far
        countries = sorted(
            m.start
            for m in found.mentions("place")
            if (place := self.gaz.places.get(m.label)) is not None and place.kind == "country"
        )
        cppcc = any(m.label == _CPPCC for m in found.mentions("organization"))
        previous = None
        previous_body: str | None = None
        contested: list[Post] = []  # posts a title after a name implies, held by another name before
        met_at: set[int] = set()  # heads whose country is not the one their sentence names
        for person in people:
            chain = self._chain_before(text, person.start, org_by_end, tokens, ends, person_ends)
            if not chain and text[person.start - 1 : person.start] == "的":
                # 时任浙江省委书记的习近平同志: a post the person then held, told before 的
                held = self._chain_before(text, person.start - 1, org_by_end, tokens, ends, person_ends)
                if held and any(text.startswith(m, max(0, held[0][3] - len(m)), held[0][3] + len(m)) for m in _MARKERS):
                    chain = held
            if chain and person.text[0] == "国" and chain[-1][0].endswith("主席"):
                chain = []  # 非盟轮值主席国|工作: the presiding country, not a name
            # 中共中央政治局常委、中央国家安全委员会副主席李强、赵乐际、蔡奇: the titles
            # before a list of names belong to every name in it
            if chain:
                shared = chain
            elif shared and previous is not None and _NAME_LIST_GAP.fullmatch(text, previous.end, person.start):
                chain = shared  # 全国政协委员苏华、齐向东、马怀德: a name no extractor took stays in the list
            else:
                shared = None
            chain_start = chain[0][3] if chain else person.start
            if (
                len(chain) == 1
                and chain[0][0] in _HOME_MINISTERS
                and chain[0][1] is None
                and (chain_start == 0 or text[chain_start - 1] in _CLAUSE_START)
                and self._han_name(person.label)
            ):
                # ，外交部长秦刚就…: a minister named alone where a clause starts is the home one
                title, _, title_start, start = chain[0]
                chain = [("部长", _HOME_MINISTERS[title], title_start + len(title) - 2, start)]
            # a title with no body written before it (商务部部长王文涛、副部长郭婷婷), not one
            # after the name of a body no extractor knows (、柬埔寨副首相兼内阁办公厅大臣)
            written = text[chain[0][3] : chain[0][2]] if chain else ""
            # 、政府总理Y: a head of government with 政府 alone before the title has no body written either
            bare = (
                bool(chain)
                and chain[0][1] is None
                and (written in _BARE or written == "政府" and chain[0][0] in _HEAD_TITLES)
            )
            if (
                bare
                and previous is not None
                and previous.end == chain_start - 1
                and text[previous.end] in _LIST_JOINERS
                and previous_body is not None
            ):
                # 商务部部长王文涛、副部长郭婷婷: the body of the name before goes on (湖北省委
                # 书记王蒙徽和省长王忠林: a government head's to the province's government)
                chain = [(t, self._carried_to(t, previous_body) if o is None else o, ts, st) for t, o, ts, st in chain]
            elif bare and (body := self._sentence_body(text, chain[0][0], chain_start, held_in, countries)):
                # 省委书记X汇报，省长Y参加; 农工党中央主席X…，常务副主席Y: a head of the
                # government, or a deputy of a title, takes the body of the same sentence's post
                chain = [(chain[0][0], body, *chain[0][2:]), *chain[1:]]
            for k in range(1, len(chain)):
                title, org, title_start, start = chain[k]
                state = self._state_of(chain[k - 1][1]) if chain[k - 1][1] else None
                if (
                    org is None
                    and title in _HEAD_TITLES
                    and text[start:title_start] == "政府"
                    and state is not None
                    and state not in HOME_STATES
                ):
                    # 蒙古人民党主席、政府总理奥云额尔登: the government of the party's state
                    chain[k] = (title, state, title_start, start)
            previous = person
            previous_body = next((o for _, o, _, _ in reversed(chain) if o is not None), None) if chain else None
            former = any(text.endswith(w, 0, chain_start) for w in _FORMER)
            found_posts = [
                (
                    title,
                    org,
                    title_start,
                    title_start + len(title),
                    former or any(text.endswith(w, 0, title_start) for w in _FORMER),
                    any(text.endswith(w, 0, title_start) for w in _ACTING),
                    "chain",
                )
                for title, org, title_start, _ in chain
            ]
            for title, org, title_start, removed in self._appointment(text, person, by_start, by_end, org_by_start):
                if org is None and title in _HEAD_TITLES and not self._han_name(person.label):
                    # 托卡耶夫宣誓就任总统: the head of the story's country
                    heads.append((person, title, title_start, title_start + len(title), removed))
                else:
                    found_posts.append(
                        (title, org, title_start, title_start + len(title), removed, False, "appointment")
                    )
            after = self._title_after(text, person.end)
            if after and person.end + len(after) < len(text) and person.end + len(after) not in tokens:
                after = None  # 乔红委员|长期从事: the title's last character starts the next word
            if (
                after
                and not chain
                and after in _IMPLIED_BODY
                and not (after == "委员长" and self._countries_around(text, person.start, found)[0])
            ):
                # 赵乐际委员长 (not 金正恩委员长 in a paragraph about another country); 阮富仲总书记 in
                # a paragraph about Vietnam: another party's, which the text does not name
                implied = _IMPLIED_BODY[after]
                if after == "总书记" and (
                    person.label in self.gaz.people_abroad
                    or person.label not in self.gaz.people
                    and self._countries_around(text, person.start, found)[0]
                ):
                    # (a leader the people list knows to hold posts abroad, in any paragraph:
                    # 我同阮富仲总书记 after a paragraph about Vietnam): the party the list
                    # names for the leader, else none the text names
                    party = self.gaz.org(self.gaz.secretaries_abroad.get(person.label, ""))
                    implied = party.name if party is not None else None
                found_posts.append(
                    (after, implied, person.end, person.end + len(after), False, False, "title_after_name")
                )
                second = person.end + len(after) + 1  # (after 、)
                if text.startswith("、国家主席", second - 1) and self._han_name(person.label):
                    # 习近平总书记、国家主席同阮富仲总书记会谈: the second title after the name too
                    found_posts.append(("国家主席", None, second, second + 4, False, False, "title_after_name"))
            elif (
                not chain
                and text.startswith("副委员长", person.end)
                and self._han_name(person.label)
                and not self._countries_around(text, person.start, found)[0]
            ):
                # 李鸿忠副委员长: a Chinese leader's title after the name, like 委员长 (not in a
                # paragraph about another country: 金英哲副委员长)
                body = _IMPLIED_BODY["委员长"]
                found_posts.append(("副委员长", body, person.end, person.end + 4, False, False, "title_after_name"))
            elif (
                after == "总理"
                and not chain
                and self._chinese_name(person, tokens, ends)
                and not self._beside_head(text, person.start)
                and not self._countries_around(text, person.start, found)[0]
            ):
                # 李强总理所作的政府工作报告: a Chinese name with 总理 after it, in a paragraph
                # about no other country, is the State Council's premier
                found_posts.append(("总理", "国务院", person.end, person.end + 2, False, False, "title_after_name"))
            elif (
                cppcc
                and not chain
                and text.startswith(_MEMBER, person.end)
                and person.end + len(_MEMBER) in tokens
                and self._han_name(person.label)
            ):
                # 钱克明委员发言说 in a story of the CPPCC's session: a member of the National Committee
                end = person.end + len(_MEMBER)
                found_posts.append((_MEMBER, _CPPCC, person.end, end, False, False, "member_after_name"))
            elif after == "主席" and not chain and self._chinese_name(person, tokens, ends):
                # 习近平主席: a Chinese leader called 主席 after the name is the head of state
                found_posts.append(
                    ("国家主席", None, person.end, person.end + len(after), False, False, "title_after_name")
                )
            elif after in _HEAD_TITLES and not chain and not self._han_name(person.label):
                # 马克龙总统: the country is found once all posts are known
                heads.append((person, after, person.end, person.end + len(after), False))
            elif after in _HEAD_TITLES and not chain and self._beside_head(text, person.start):
                # 习近平主席同李显龙总理: a name written the Chinese way beside a head of state at home
                # (not the country the sentence names: 同石破茂首相在秘鲁举行会晤 is where they met)
                heads.append((person, after, person.end, person.end + len(after), False))
                met_at.add(person.start)
            if (
                len(chain) == 1
                and bare
                and chain[0][0] in _HEAD_TITLES
                and self._starts_clause(text, chain_start)
                and not self._han_name(person.label)
            ):
                # 。总统马克龙13日任命…: a head named by the bare title where a clause starts
                title, _, title_start, _ = chain[0]
                heads.append((person, title, title_start, title_start + len(title), found_posts[0][4]))
            for title, org, title_start, title_end, was, acting, rule in found_posts:
                if org in ("大会", "会议"):
                    org = None  # 大会发言人: the session's spokesperson, no body named
                if title in _HEAD_TITLES and org is not None and org.endswith("政府"):
                    # 新西兰政府总理: a head of government is the country's (the conventions)
                    place = self.gaz.places.get(org[:-2])
                    org = place.name if place is not None and place.kind == "country" else org
                if title in _SPEAKERS and org is not None and org != "中国" and self._is_country(org):
                    # 希腊议长: the speaker of the country's parliament (the country goes on to
                    # the titles after it: 议长X、总理Y)
                    org += _SPEAKERS[title]
                if title in _ALONE_TITLES and org is not None and self.gaz.org(org) is None:
                    org = None  # 神舟十九号乘组航天员: a crew or a team no gazetteer lists is no body of a profession
                if org == "中国" and title in _HOME_STATE_POSTS:
                    # 中华人民共和国主席, 中国国家主席, 中国总理: the posts of the state at home
                    written, (title, org) = title, _HOME_STATE_POSTS[title]
                    if written.endswith(title):
                        title_start = title_end - len(title)  # 外交部长: the post's word is 部长
                key = (person.label, title, org)
                if key in seen or (org is None and any(k[:2] == key[:2] for k in seen)):
                    continue  # a post with its body is already there (a byline's 记者 of 新华社)
                if rule == "title_after_name" and any(
                    k[0] != person.label and k[1:] == key[1:] or k[0] == person.label and k[1] == title for k in seen
                ):
                    # 习近平总书记同金正恩总书记: one person holds the post a title after a name
                    # implies; another (or one with the title in a body of its own) is foreign
                    if org == _IMPLIED_BODY.get(title):
                        contested.append(
                            Post(person.label, title, org, title_start, title_end, extractor=self.name, rule=rule)
                        )
                    continue
                seen.add(key)
                if org is not None:
                    held_in.append((chain_start, title_end, title, org))
                posts.append(
                    Post(
                        person.label,
                        title,
                        org,
                        title_start,
                        title_end,
                        former=was,
                        acting=acting,
                        extractor=self.name,
                        rule=rule,
                    )
                )
        # 习近平主席同马克龙总统: a foreign head named by the title after the name, who holds
        # it nowhere else in the story, is the head of the one country the paragraph (or the
        # story) names
        for person, title, start, end, was in heads + heads:  # twice: a head listed next to one found after it
            if any(k[0] == person.label and k[1] == title and k[2] is not None for k in seen):
                continue
            if person.start in met_at:
                # the story's one country, or the one its paragraph names by its first character
                story = self._countries_around(text, person.start, found)[1]
                country = next(iter(story)) if len(story) == 1 else None
            else:
                country = self._story_country(text, person.start, found) or self._sentence_country(
                    text, person, title, end, posts, found, by_start, by_end
                )
            country = (
                country
                or self._abbreviated_country(text, person.start, found)
                or self._headline_country(doc.doc.title, text, found)
            )
            if country is not None:
                seen.add((person.label, title, country))
                rule = "title_after_name" if start >= person.end else "chain"
                posts.append(Post(person.label, title, country, start, end, former=was, extractor=self.name, rule=rule))
        posts += self._known_leaders(text, people, seen)
        # 第六任行政长官岑浩辉 … 澳门特别行政区候任行政长官岑浩辉: a title without a body is
        # the one the person holds with its body (written before or after it)
        posts = self._at_home_holder(text, posts, contested, seen)
        posts += self._headline_posts(doc, people, seen)
        held = {(k[0], k[1]) for k in seen if k[2] is not None}
        for post in posts:
            if (term := _TERM.match(post.title)) is not None and term.end() < len(post.title):
                # 英国新任财政大臣: which term is no part of the title (the span keeps the words)
                post = replace(post, title=post.title[term.end() :])
            if post.title in _HOME_MINISTERS and post.org is not None and post.org not in HOME_STATES:
                # 俄罗斯国防部长别洛乌索夫: the minister of that state's ministry, like 苏丹卫生部长
                # (部长 of 苏丹卫生部); the short 外长 stays the state's (CONVENTIONS)
                state = self.gaz.places.get(post.org)
                if state is not None and state.kind == "country":
                    post = replace(post, title="部长", org=state.name + _HOME_MINISTERS[post.title])
            elif post.title.endswith("大臣") and post.title[:-2] in _MINISTER_FIELDS and post.org is not None:
                state = self.gaz.places.get(post.org)
                if state is not None and state.kind == "country" and state.name not in HOME_STATES:
                    ministry = post.title[:-2] + ("省" if state.name == "日本" else "部")
                    post = replace(post, title="大臣", org=state.name + ministry)
            elif (
                post.title in ("参议长", "众议长")
                and post.org is not None
                and post.org.endswith(("国会", "议会"))
                and text[post.start - 1 : post.start] == "兼"
            ):
                # 哥伦比亚国会主席兼参议长: the speaker of the congress's chamber, the congress carried
                # over from the title before (澳大利亚联邦议会参议长 keeps the body written before it)
                state = self.gaz.places.get(post.org[:-2])
                if state is not None and state.kind == "country":
                    post = replace(post, org=state.name + _SPEAKERS[post.title])
            if post.org is not None or (
                (self._holds_alone(post.title) or self._envoy_of_a_person(text, post, person_ends))
                and not any(person == post.person and title.endswith(post.title) for person, title in held)
            ):
                start = self._written_start(text, post.start, post.title, tokens, None, same_post=True)
                yield post if start == post.start else replace(post, start=start)

    def _known_leaders(self, text: str, people: list[Mention], seen: set) -> list[Post]:
        """针对总统尹锡悦, 范明政总理: the bare title right before or after a person the people list
        names with that one post abroad (尹锡悦: 韩国总统) is that post, held no more after 前 or
        时任 (前总理赛塔), none when not held yet (候任, 代) or another title (副总理, 总统候选人)."""
        out = []
        for person in people:
            lead = self.gaz.leaders_abroad.get(person.label)
            if lead is None or any(k[0] == person.label and k[1] == lead[1] and k[2] is not None for k in seen):
                continue
            state, title = lead
            was = False
            if text.endswith(title, 0, person.start):
                start, end = person.start - len(title), person.start
                before = start - 2 if text.endswith("政府", 0, start) else start  # (前政府总理)
                if text.endswith(_NOT_HELD_YET, 0, before) or text.endswith(("副", "总"), 0, start):
                    continue  # 候任总统, 代总统; 副总理 is another title
                was = text.endswith(_FORMERLY, 0, before)  # 前总理赛塔, 时任总统
            elif text.startswith(title, person.end) and not text.startswith(_NOT_THE_POST, person.end + len(title)):
                start, end = person.end, person.end + len(title)
            elif f"两国{title}" in text and not any(k[0] == person.label and k[2] is not None for k in seen):
                # 两国总理共同会见了记者…朔尔茨表示: the premier of the two, the one abroad the list
                # names as such, when no post of the person is written (the span is the name's)
                start, end = person.start, person.end
            else:
                continue
            seen.add((person.label, title, state))
            out.append(
                Post(person.label, title, state, start, end, former=was, extractor=self.name, rule="known_leader")
            )
        return out

    def _headline_posts(self, doc: SegmentedText, people: list[Mention], seen: set) -> list[Post]:
        """李强同斯里兰卡总理会谈 over 欢迎仪式后，李强同古纳瓦德纳举行会谈: a story whose
        headline names the guest of a meeting by the post alone, and whose text names the guest
        alone after the host, states the guest's post (the headline is no part of the text:
        the post's span is the guest's name where the text meets the guest). With 两国总理 in
        the text, a host named the Chinese way is the State Council's premier."""
        headline = doc.doc.title
        found = _HEADLINE.match(headline) if headline else None
        if found is None or any(c in found.group(2) for c in "和及"):
            return []  # 巴哈马众议长和参议长: which guest holds which post is not said
        host_name, written = found.group(1), found.group(2)
        titles = self._headline_titles(written)
        if not titles:
            return []
        text = doc.text
        hosts = [m for m in people if m.label == host_name]
        guest = None
        names = {m.label for m in people} - {host_name}
        for host in hosts:
            after = _MEETS.match(text, host.end)
            if after is None:
                continue
            # the guest's name right after the verb (found there, or found elsewhere in the story)
            guest = next((m for m in people if m.start == after.end() and m.label in names), None)
            if guest is None:
                at = after.end()
                name = max((n for n in names if text.startswith(n, at)), key=len, default=None)
                guest = Mention("person", at, at + len(name), name, name) if name else None
            if guest is not None:
                break
        if guest is None:
            return []
        out = []
        for title, org in titles:
            key = (guest.label, title, org)
            if key in seen or any(k[0] == guest.label and k[1] == title for k in seen):
                continue
            seen.add(key)
            out.append(Post(guest.label, title, org, guest.start, guest.end, extractor=self.name, rule="headline"))
        premiers = text.find("两国总理")
        if (
            titles[0][0] in ("总理", "首相")
            and premiers >= 0
            and self._han_name(host_name)
            and not any(k[0] == host_name and k[1] == "总理" for k in seen)
        ):
            # 会谈后，两国总理共同见证签署…: the host is the premier at home
            seen.add((host_name, "总理", "国务院"))
            start = premiers + 2
            out.append(Post(host_name, "总理", "国务院", start, start + 2, extractor=self.name, rule="headline"))
        return out

    def _headline_country(self, headline: str | None, text: str, found: Found) -> str | None:
        """The one foreign country a headline names (李强同斯里兰卡总理会谈), for a story whose
        text names none: 习近平主席去年同维克拉马辛哈总统举行会晤 is that country's head."""
        if not headline or self._countries_around(text, 0, found)[1]:
            return None
        countries = {
            place.name
            for at in range(len(headline or ""))
            for n in range(2, 9)
            if (place := self.gaz.places.get(headline[at : at + n])) is not None and place.kind == "country"
        }
        countries.discard("中国")
        return next(iter(countries)) if len(countries) == 1 else None

    def _headline_titles(self, written: str) -> list[tuple[str, str]]:
        """(title, body) of the posts a headline names a guest by (斯里兰卡总理, 埃塞俄比亚副总理兼
        外长, 联合国秘书长): a country's head or minister, or the head of a known body."""
        country = next(
            (p for n in range(min(8, len(written)), 1, -1) if (p := self.gaz.places.get(written[:n])) is not None),
            None,
        )
        pos = 0
        body: str | None = None
        if country is not None and country.kind == "country" and country.name != "中国":
            pos = next(n for n in range(min(8, len(written)), 1, -1) if written[:n] in self.gaz.places)
            pos += next((len(q) for q in _COUNTRY_QUALIFIERS if written.startswith(q, pos)), 0)
            body = country.name
        else:
            for n in range(len(written) - 1, 1, -1):
                entry = self.gaz.org(written[:n])
                if entry is not None and self._title_starting(written, n) is not None:
                    pos, body = n, entry.name
                    break
        if body is None:
            return []
        out = []
        while pos < len(written):
            title = self._title_starting(written, pos)
            if title is None:
                return []
            if country is not None and body == country.name:
                if title in _SPEAKERS:
                    org = body + _SPEAKERS[title]
                elif title in _HEAD_TITLES or title in _STATE_TITLES or title in ("主席", "外交部长"):
                    org = body
                else:
                    return []
            else:
                org = body
            out.append((title, org))
            pos += len(title)
            if pos < len(written) and written[pos] not in _TITLE_JOINERS:
                return []
            pos += 1
        return out

    def _at_home_holder(
        self, text: str, posts: list[Post], contested: list[Post], seen: set[tuple[str, str, str | None]]
    ) -> list[Post]:
        """阮富仲总书记应习近平总书记、国家主席邀请: of the names a title after a name implies one
        post for (总书记 of 中共中央), the one that holds another post at home in the story (or is
        written with 、国家主席 after the title) holds it, not the first one written."""
        if not contested:
            return posts

        def at_home(post: Post) -> bool:
            return text.startswith("、国家主席", post.end) or any(
                k[0] == post.person
                and k[1:] != (post.title, post.org)
                and (k[1] in _STATE_TITLES or self._at_home(k[2]))
                for k in seen
            )

        out = list(posts)
        for candidate in contested:
            held = next((i for i, p in enumerate(out) if (p.title, p.org) == (candidate.title, candidate.org)), None)
            if held is None or out[held].rule != "title_after_name" or at_home(out[held]) or not at_home(candidate):
                continue
            seen.discard((out[held].person, out[held].title, out[held].org))
            seen.add((candidate.person, candidate.title, candidate.org))
            out[held] = candidate
        return out

    def _envoy_topic(self, text: str, pos: int, org_by_end: dict[int, Mention]) -> int | None:
        """Where the matter an envoy is sent on starts, for a matter ending at pos right after a
        known body or a leader's title (联合国|也门问题|特使, 联合国秘书长|叙利亚问题|特使, 欧盟|外交与
        安全政策|高级代表), or None."""
        for length in range(2, min(_ENVOY_TOPIC, pos) + 1):
            at = pos - length
            if not is_han(text[at]):
                return None
            matter = text[at:pos]
            if not matter.endswith(_ENVOY_MATTERS):
                continue
            leader = self._title_ending(text, at)
            # (苏丹问题: a country that is also a title, 苏丹, is the matter's, no leader before it)
            if leader in self.gaz.places:
                continue
            if at in org_by_end or leader is not None and self.gaz.titles[leader] in ("leader", "foreign"):
                return at
        return None

    def _sentence_body(
        self, text: str, title: str, pos: int, held_in: list[tuple[int, int, str, str]], countries: list[int]
    ) -> str | None:
        """The body a title with none takes from a post written before it in the same
        sentence, whose titles start a clause (the sentence's subject), with no country named
        in between: a government head's from the place's committee or government, a deputy's
        (常务副主席, 副部长) from the title it is the deputy of."""
        base = _DEPUTY_PREFIX.sub("", title)
        for start, end, held, body in reversed(held_in):
            if end > pos:
                continue
            if any(stop in text[end:pos] for stop in _SENTENCE_STOPS):
                return None
            if bisect.bisect_left(countries, end) < bisect.bisect_left(countries, pos):
                return None  # 阿塞拜疆总统A，亚美尼亚总统B、总理C: another country in between
            if start > 0 and text[start - 1] not in _CLAUSE_START:
                continue  # 会见法国总理X，副总理Y: X is not the sentence's subject
            if title.endswith(_GOVERNMENT_HEADS) and (
                body.startswith("中共") and body.endswith("委员会") or body.endswith("人民政府")
            ):
                government = self._government_of(body)
                if government is not None and government.endswith(title[-2] + "人民政府"):
                    return government  # 省长 of a province's government, not of a city's
                return None
            if base != title and base == held:
                return body
            if title in _HEAD_TITLES and held in _HEAD_TITLES and title != held and body in self.gaz.places:
                return body if body != "中国" else None  # 俄罗斯总统普京…批准总理X: the same country's
        return None

    def _holds_alone(self, title: str) -> bool:
        """Whether a post is one without a body (国家主席, 教授, 记者) or one that names the kind
        of its body itself (代省长, 市长: a province's or a city's government): a chair, a
        minister or a member is always some body's, and one whose body was not found is left out."""
        if title == "主持人":
            return False  # 会议主持人: a meeting's, not a post
        return (
            title in _STATE_TITLES
            or title in _ALONE_TITLES
            or title.endswith(_GOVERNMENT_HEADS)
            or self.gaz.titles.get(title) in _ALONE_KINDS
        )

    @staticmethod
    def _envoy_of_a_person(text: str, post: Post, person_ends: set[int]) -> bool:
        """习近平主席特别代表、国家副主席韩正: a leader's own envoy, whom a person sends, holds the
        post in no body."""
        if post.title not in _PERSONAL_ENVOYS:
            return False
        leader = _LEADER_BEFORE_ENVOY.search(text, max(0, post.start - 6), post.start)
        return (leader.start() if leader else post.start) in person_ends

    def _appointment(
        self,
        text: str,
        person: Mention,
        by_start: dict[int, Mention],
        by_end: dict[int, Mention],
        org_by_start: dict[int, Mention],
    ) -> list[tuple[str, str | None, int, bool]]:
        """任命邓修明为最高人民法院副院长、审判员; 任命陈福利、冯怡为…副秘书长; 免去程东方的
        …院长职务: the posts after the names of those appointed (or removed: former)."""
        start, end = person.start, person.end
        while start > 0 and text[start - 1] == "、" and (start - 1) in by_end:
            start = by_end[start - 1].start  # the list the name is in
        while text.startswith("、", end) and (end + 1) in by_start:
            end = by_start[end + 1].end
        verb = next((v for v in _APPOINTING if text.endswith(v, 0, start)), None)
        if verb is None and start > 0 and text[start - 1] == "、" and text.startswith("为", end):
            # 任命A为X副主任、B为Y副主任: B is appointed by the same verb
            clause = max(text.rfind(stop, 0, start) for stop in "。；;\n")
            if any(text.find(v, clause + 1, start) >= 0 for v in ("任命", "选举")):
                return self._chain_after(text, end + 1, org_by_start, False)
        if verb is None and text.startswith((",", "，"), end) and (start == 0 or text[start - 1] in _PROFILE_BEFORE):
            # 。朱治国，青海省委组织部原副部长，从事…: a profile opening with the name, then its posts
            at = end + 1
            copula = next((c for c in _COPULAS if text.startswith(c, at)), "")
            posts = self._chain_after(text, at + len(copula), org_by_start, copula.startswith("生前"))
            if posts and text.startswith((",", "，", "。"), posts[-1][2] + len(posts[-1][0])):
                return posts
            return []
        if verb is None:
            # 王毅当选为…主任, 李强担任国务院总理: the post after the verb that follows the name
            at = end
            congratulated = _CONGRATULATED.match(text, end)
            if congratulated is not None:
                clause = max(text.rfind(stop, 0, start) for stop in "。；;\n")
                if any(text.find(v, clause + 1, start) >= 0 for v in _CONGRATULATING):
                    at = congratulated.end()  # 致电X，祝贺他当选: X is the one congratulated
            if text.startswith("同志", at):
                at += 2  # 中共中央决定：X同志任…省委书记
            addressed = _ADDRESSED_ELECTED.match(text, at)
            if addressed is not None:
                at = addressed.end()  # 祝贺习近平主席再次当选…: the title he is addressed by before
            if text.startswith(_TAKING_HOW, at):
                at += 2
            at += len(next((w for w in _TAKING_WHEN if text.startswith(w, at)), ""))
            taken = next((v for v in _TAKING if text.startswith(v, at)), None)
            if taken is None:
                return []
            # (担任了党支部书记: the particle after the verb; 吴晨是…总建筑师: the copula)
            after = at + len(taken) + (text.startswith("了", at + len(taken)) and taken != "是")
            if taken != "是" and text.startswith(_NEW_TERM, after):
                after += 3  # 当选新一届X委员: which term, no part of the body's name
            posts = self._chain_after(text, after, org_by_start, taken.startswith("曾"))
            if taken == "当选" and posts:
                after = posts[-1][2] + len(posts[-1][0])
                if after < len(text) and is_han(text[after]):
                    return []  # 愿同X当选总统一道努力: the president-elect, named as such
            return posts
        removed = verb == "免去"
        link = "的" if removed else "为"
        if not text.startswith(link, end):
            return []
        return self._chain_after(text, end + 1, org_by_start, removed)

    def _chain_after(
        self, text: str, pos: int, org_by_start: dict[int, Mention], removed: bool
    ) -> list[tuple[str, str | None, int, bool]]:
        """Titles (with their bodies) written one after another from pos, 、-separated."""
        out: list[tuple[str, str | None, int, bool]] = []
        body: str | None = None
        while pos < len(text):
            org = org_by_start.get(pos)
            if org is not None and "为" in org.text:
                break  # 任命A为X副主任、B为Y副主任: B's appointment, not a body of A's
            if org is not None:
                body, pos = org.label, org.end
                body = _local_committee(body)  # 浦江县委: the county's Party committee
            elif (country := self._country_heading(text, pos)) is not None:
                body, pos = country  # 就任奥地利联邦总统: the country's head
            if org is not None and (term := _TERM.match(text, pos)) and self._title_starting(text, term.end()):
                pos = term.end()  # 当选欧洲理事会新一届主席: which term, between the body and the title
            was = removed
            if text.startswith(("原", "前"), pos) and self._title_starting(text, pos + 1):
                pos, was = pos + 1, True  # 青海省委组织部原副部长: a past post
            title = self._title_starting(text, pos)
            org_label = body
            if title is None:
                # 最高人民法院副院长、审判委员会委员: a body no extractor knows, a part of the
                # one before it when there is one (最高人民法院审判委员会)
                unknown = self._unknown_body_at(text, pos)
                if unknown is None:
                    break
                title = self._title_starting(text, unknown)
                # 当选为中国文艺志愿者协会主席: a body no extractor knows, named as written
                named = not text.startswith(_NOT_NAME_START, pos) and text[pos:unknown] not in _GENERIC_BODIES
                org_label = body + text[pos:unknown] if body else (text[pos:unknown] if named else None)
                pos = unknown
            if org_label is None and title in _IMPLIED_BODY:
                org_label = _IMPLIED_BODY[title]  # 免去X的国务委员职务
            elif title in _STATE_TITLES:
                org_label = None  # 当选中共中央总书记、国家主席: a state post takes no party body along
            if org_label == "中国":
                # 连任中国国家主席, 当选中华人民共和国主席: the head of state has no body
                org_label, title = None, ("国家主席" if title in ("主席", "国家主席") else title)
            if org_label:
                org_label = _local_committee(org_label)  # 博罗县委, 宁德地委 no extractor knows
            out.append((title, org_label, pos, was))
            pos += len(title)
            if pos < len(text) and text[pos] in _LAST_TITLE_JOINERS and pos + 1 in org_by_start:
                pos += 1  # 当选国家主席和中央军委主席: the last post of the list, with its body
                continue
            if pos >= len(text) or text[pos] not in _TITLE_JOINERS:
                break
            pos += 1
        return out

    def _unknown_body_at(self, text: str, pos: int) -> int | None:
        """Where a title starts after the name of a body at pos (a few Han characters that
        end like a body's name), or None."""
        for end in range(pos + 1, min(pos + 16, len(text))):
            if not is_han(text[end - 1]) or text[end - 1] in "为的":
                return None  # 任命A为X副主任、B为Y副主任: the next name's appointment
            if _UNKNOWN_BODY.match(text, pos, end) and self._title_starting(text, end):
                return None if _SESSION.search(text, pos, end) else end  # 十四届一次会议: a meeting
        return None

    def _title_starting(self, text: str, pos: int) -> str | None:
        match = self.title_re.match(text, pos)  # the alternatives are longest first
        return match.group() if match else None

    def _chain_before(
        self,
        text: str,
        pos: int,
        org_by_end: dict[int, Mention],
        tokens: dict[int, Token],
        ends: dict[int, Token],
        person_ends: set[int],
    ) -> list[tuple[str, str | None, int, int]]:
        """(title, body, title start, segment start) for the titles right before a name."""
        segments: list[tuple[str, str | None, int, int]] = []
        while True:
            title = self._title_ending(text, pos)
            if title is None or (segments and pos - len(title) in person_ends and title not in _PERSONAL_ENVOYS):
                # 同马克龙总统、欧盟委员会主席冯德莱恩: a title after a name is that name's (习近平
                # 特别代表、国家副主席韩正: not an envoy the name sends)
                break
            for cut in range(1, len(title) - 1):
                # 自治区党委书记: the body (自治区党委) ends inside the longest title (党委书记)
                if (pos - len(title) + cut) in org_by_end and title[cut:] in self.gaz.titles:
                    title = title[cut:]
                    break
            pos -= len(title)
            rank = next((r for r in _BODY_RANKS if text.endswith(r, 0, pos) and pos - len(r) in org_by_end), None)
            if rank is not None and pos - len(rank) in tokens:
                pos -= len(rank)  # 中国侨联常务副会长: the rank is part of the post, the body stands before it
                title = rank + title
            if text.endswith(_BOARD, 0, pos) and pos - len(_BOARD) in org_by_end:
                pos -= len(_BOARD)  # 美中关系全国委员会董事会副主席: a post on the body's board
                title = _BOARD + title
            title_start = pos
            duty = _DUTY.search(text, max(0, pos - 14), pos)
            topic = self._envoy_topic(text, pos, org_by_end) if title in _ENVOYS and duty is None else None
            if duty is not None:
                pos = duty.start()  # 中央办公厅分管日常工作的副主任: the body stands before the duty
            elif topic is not None:
                pos = topic  # 联合国也门问题特使, 欧盟外交与安全政策高级代表: the body stands before the topic
            elif text.endswith("新", 0, pos) and (
                (pos - 1) in org_by_end or title in _HEAD_TITLES and self._country_before(text, pos - 1)
            ):
                pos -= 1  # 英国新首相, 自民党新总裁: a new head of the country or the body
            elif (term := _TERM_BEFORE.search(text, max(0, pos - 8), pos)) is not None:
                pos = term.start()  # 澳门特别行政区第六任行政长官: which term, between the body and the title
            for marker in _FORMER + _ACTING:  # 文化和旅游部原党组副书记, 浙江省代省长: the body stands before 原, 代
                # 仙桃市委原常委、原副市长: or a comma stands before it; 统战部原部长: or a
                # body no extractor knows
                before = pos - len(marker)
                if text.endswith(marker, 0, pos) and (
                    before in org_by_end
                    or (before > 0 and text[before - 1] in _TITLE_JOINERS)
                    or _UNKNOWN_BODY.search(text, max(0, before - 16), before) is not None
                    or self._country_before(text, before) is not None  # 南非前总统
                    or self._region_government(text, before) is not None  # 澳门特区前任行政长官
                    or self._local_body(text, before, title) is not None  # 仙桃市原副市长
                ):
                    pos = before
                    break
            # 联合国秘书长发言人, 俄罗斯总统新闻秘书: a leader's spokesman belongs to the
            # leader's body (the country of a foreign leader)
            leader = self._title_ending(text, pos) if title in _SPOKESMEN else None
            if leader is not None and self.gaz.titles[leader] in ("leader", "foreign"):
                pos -= len(leader)
            if pos not in org_by_end and text.endswith("的", 0, pos) and (pos - 1) in org_by_end:
                pos -= 1  # 国家菌草研究中心的首席科学家林占熺: 的 between the body and the title
            org = org_by_end.get(pos)
            if org is not None and any(at in person_ends for at in range(org.start + 1, org.end)):
                org = None  # 总统拉赫蒙率议会上院: a clause with a name in it, not a body
            if org is not None and org.label.startswith("中共") and not text.endswith("中国共产党", 0, org.start):
                # 柬埔寨人民党中央常委, 劳动党中央: another party's central organs, not the CPC's
                if (
                    text.endswith("党", 0, org.start)
                    or org.text.startswith("党")
                    and text.endswith(_PARTY_ENDS, 0, org.start)
                    or text.endswith(_COMMUNIST_PARTY_SHORT, 0, org.start)  # 越共|中央政治局
                    or text.endswith("共青团", 0, org.start)  # 共青团|中央书记处: the League's
                ):
                    org = None
            elif (
                org is not None
                and org.label.startswith("中国")
                and not org.text.startswith(("中国", "中华"))
                and any(
                    self._foreign_country_word(tokens.get(at)) and all(map(is_han, text[at : org.start]))
                    for at in range(max(0, org.start - 8), org.start)
                )
            ):
                org = None  # 斯里兰卡统一国民党: a foreign party's name holds a home party's
            label = org.label if org else None
            if (
                label
                and "原" in label
                and (abolished := _ABOLISHED.match(label))
                and abolished.group(1) in self.gaz.places
            ):
                label = abolished.group(1) + abolished.group(2)  # 山西省原粮食局: the former 山西省粮食局
            if label is not None:
                label = _local_committee(label)  # 惠州市博罗县委: the county's Party committee
            envoy = None
            if title in _ENVOY_TITLES and (
                org is None or org.label in self.gaz.places or text.endswith("驻", 0, org.start)  # 驻东盟大使
            ):
                envoy = self._envoy_mission(text, pos, title)
            sender = self._sender(text, pos, org_by_end) if title.endswith("代表") else None
            if sender is not None:
                # 俄罗斯常驻联合国第一副代表, 哈马斯驻伊朗代表: who sends the representative is the
                # post's body; where it is sent is part of the title
                label, at, pos = sender
                title, title_start = text[at:title_start] + title, at
                if label in HOME_STATES:
                    label = None  # 中国常驻联合国代表: the state's own post, as 国家主席 is
            elif envoy is not None:
                label, pos = envoy  # 中国驻韩国大使: the embassy, not the host country
            elif org is not None:
                pos = org.start
                outer = org_by_end.get(pos)
                if outer is not None and org.parent is None and self.gaz.org(org.text) is None:
                    # 中国移动广西公司: a unit no gazetteer knows, right after the body it
                    # belongs to, is named with it as written
                    label, pos = outer.text + org.text, outer.start
            else:
                ministry = self._ministry_before(text, pos) if title in ("部长", "副部长") else None
                interim = _INTERIM_GOVERNMENT.search(text, max(0, pos - 4), pos)
                country = self._country_before(text, interim.start()) if interim else None
                foreign = self.gaz.titles.get(leader or title) == "foreign" or (leader or title) in _COUNTRY_TITLES
                if country is None and foreign:
                    country = self._country_before(text, pos)  # 南非前总统: a country no extractor marked
                    qualifier = next((q for q in _COUNTRY_QUALIFIERS if text.endswith(q, 0, pos)), None)
                    if country is None and qualifier is not None:
                        country = self._country_before(text, pos - len(qualifier))  # 德国联邦总理
                    if country is not None and country[0] == "中国" and title not in _HOME_STATE_POSTS:
                        country = None
                elif country is None and title in _HOME_STATE_POSTS:
                    # 中国总理李强, 中华人民共和国主席习近平: the state at home, which is no body
                    # here (the organizations extractor leaves it a place), names the post's body
                    home = self._country_before(text, pos)
                    country = home if home is not None and home[0] == "中国" else None
                if country is None and foreign and text.endswith("政府", 0, pos):
                    # 利比亚民族统一政府总理: a country's government named by what it is
                    at = pos - 2
                    named = (self._country_before(text, at - k) for k in range(1, _GOVERNMENT_NAME + 1))
                    country = next((c for c in named if c is not None and all(map(is_han, text[c[1] : at]))), None)
                    if country is not None and country[0] == "中国":
                        country = None
                if country is None and title in _SECRETARIES and (secretary := self._secretary_field(text, pos)):
                    # 日本经济产业大臣, 沙特商务大臣: the field is the post's, the country its body
                    field, country = secretary
                    title, title_start = field + title, pos - len(field)
                party = _FOREIGN_COMMUNIST_PARTY.search(text, max(0, pos - 8), pos)
                if ministry is not None:
                    label, pos = ministry  # 新西兰卫生部长: 部长 of 新西兰卫生部
                elif (termed := self._term_listed_body(text, pos, org_by_end)) is not None:
                    label, pos = termed  # 中国人民政治协商会议第九届、十届全国委员会副主席
                elif party is not None:
                    # 越共中央总书记, 越共中央政治局委员: the party's central organs by their full names
                    country = _COMMUNIST_PARTIES[party.group(1)]
                    label, pos = f"{country}共产党中央{party.group(2) or '委员会'}", party.start()
                elif country is not None:
                    label, pos = country  # 黎巴嫩看守政府总理: the country's
                elif (region := self._region_government(text, pos)) is not None:
                    label, pos = region  # 澳门特别行政区行政长官: 行政长官 of its government
                elif (local := self._local_body(text, pos, title)) is not None:
                    label, pos = local  # 博罗县委书记, 洱源县县长: the county's committee or government
                elif (unit := self._unit_of_known_body(text, pos, org_by_end)) is not None:
                    label, pos = unit  # 阜阳市委编办原主任: 编办 of 中共阜阳市委员会
                elif title.endswith(_GOVERNMENT_HEADS) and (state := self._foreign_region(text, pos)) is not None:
                    label, pos = state  # 美国加利福尼亚州州长: the state's
                elif title in _HEAD_TITLES and pos > 2 and text.endswith("政府", 0, pos) and text[pos - 3] in "、兼":
                    pos -= 2  # 人民党主席、政府首相: the chain's country's government
                else:
                    unknown = self._unknown_body_before(text, pos, tokens)
                    if unknown is not None:
                        # 杭州亚运会组委会主席: a body no extractor knows still stands
                        # before the title; the chain goes on over its name (kept when it
                        # reads as one)
                        start, named = unknown
                        office = org_by_end.get(start - 1) if text.startswith("驻", start - 1) else None
                        if office is not None:
                            # 世卫组织驻阿富汗应急小组: a body's office in a country, named with the body
                            pos, label = office.start, office.label + text[start - 1 : pos]
                        elif not named and self._starts_with_body(start, pos, org_by_end):
                            # 、国务院推进…协调小组组长: a name with a verb in it, after a joiner
                            # and a known body's name, is the whole body's
                            pos, label = start, text[start:pos]
                        else:
                            pos, label = start, (_UNKNOWN + text[start:pos] if named else _UNKNOWN)
                    elif (joined := self._joined_before(text, pos, title, org_by_end, person_ends)) is not None:
                        # 国务院副总理、国务院根治…领导小组组长: a body whose name the rules above
                        # cannot delimit, right after a title and a joiner; the chain goes on over it
                        title, label, pos = joined
            if pos > 0 and text[pos - 1] == "届" and (terms := _TERM_LIST.search(text, max(0, pos - 24), pos)):
                pos = terms.start()  # 第九届、十届|全国人大常委会副委员长，: the terms are not the chain's end
            segments.append((title, label, title_start, pos))
            if pos > 0 and text[pos - 1] in _TITLE_JOINERS:  # 国务委员兼外交部长
                pos -= 1
                continue
            if pos > 0 and text[pos - 1] in ",，" and self._title_ending(text, pos - 1) is not None:
                # 自治区党委常委，自治区政府副主席陈春平: a comma after a title, not after a
                # name, goes on with the same person's titles
                pos -= 1
                continue
            break
        segments.reverse()
        # a title with no body of its own belongs to the body written before it
        carried: list[tuple[str, str | None, int, int]] = []
        body = None
        for title, org, title_start, start in segments:
            own = org
            if title in _STATE_TITLES and org is None:
                # 中共中央总书记、国家主席: a state post takes no party body along; after a
                # foreign party's (古共中央第一书记、国家主席) it is the party's country's
                country = self._country_near(body, 0) if body else None
                org = country if country is not None and country != "中国" else None
            elif org is not None and org.startswith(_UNKNOWN):
                # 中国社会科学院学部委员、历史学部主任: a unit named after a body is the
                # body's (中国社会科学院历史学部); one that starts the chain is its own
                name = org[len(_UNKNOWN) :]
                if name == "政府" and body and (government := self._government_of(body)) != body:
                    org = body = government  # 自治区党委常委、政府副主席: the region's people's government
                elif not name or name in _GENERIC_BODIES:
                    org = body = None  # 公司创始人, 基金会主席: which body is said before
                elif name == "大会" and body and body.endswith("主席团"):
                    # 大会主席团常务主席、大会副秘书长: 大会 is the session the presidium's name
                    # holds, whose secretaries are its secretariat's
                    org = body[: -len("主席团")] + "秘书处" if title.endswith("秘书长") else None
                elif (
                    body
                    and "党" in body
                    and name.startswith(_STATE_ORGAN_STARTS)
                    and (abroad := self._organ_abroad(text, name, 0, body))
                ):
                    # 柬埔寨人民党主席、参议院主席: a state organ after a party's post is the
                    # party's state's (柬埔寨参议院), no unit of the party
                    org = body = abroad
                elif (
                    body
                    and name in _STATE_FORCES
                    and (country := self._country_near(body, 0)) is not None
                    and country not in HOME_STATES
                ):
                    # 苏丹主权委员会主席、武装部队总司令: the state's armed forces, no unit of its council
                    org = body = country + name
                elif body and (place := self._sibling_place(body, name)) is not None:
                    org = body = place + name  # X省发展改革委原党组成员、粮食和物资储备局局长: X省粮食和物资储备局
                elif body and not self._starts_with_place(name) and not _OWN_COMMITTEE.search(name):
                    org = body = body + _PARTY_DEPARTMENTS.get(name, name)
                elif _PREFECTURE_COMMITTEE.fullmatch(name) is not None:
                    org = body = _local_committee(name)  # 宁德地委书记: a prefecture's Party committee
                elif not body and carried and (abroad := self._organ_abroad(text, name, segments[0][3], None)):
                    # 希腊总理高级代表、发展部部长: an organ after a foreign state's title in one
                    # chain is that state's (希腊发展部)
                    org = body = abroad
                else:
                    org = body = name  # 老挝国会副主席、老挝和平与团结委员会主席: a body of its own
            elif (
                org is not None
                and carried
                and (self.gaz.org(org) is None or self._at_home(org))
                and text[start:title_start] == org
                and (abroad := self._organ_abroad(text, org, segments[0][3], carried[-1][1]))
            ):
                # 土库曼斯坦民族领袖、人民委员会主席, 尼加拉瓜…议长、财政部部长: the same
                org = body = abroad
            elif org is not None:
                if (
                    org.startswith("中共中央")
                    and body
                    and not body.startswith("中共")
                    and "党中央" in body
                    and text.startswith("中央", start)
                ):
                    # 越共中央政治局委员、中央书记处常务书记: 中央 after a foreign party's
                    # central organ is the same party's
                    org = body[: body.index("党中央") + 1] + text[start:title_start]
                elif (
                    body
                    and not self._starts_with_place(org)
                    and self.gaz.org(org) is None
                    and (place := self._sibling_place(body, org)) is not None
                ):
                    org = place + org  # X省发展改革委原党组成员、能源局局长: X省能源局
                body = org
            elif title in _IMPLIED_BODY:
                # 会见国务委员秦刚: after a verb, a preposition or a stop the title implies its
                # body; after a name (越共中央总书记, 同非国大总书记, 国务委员长) it is another's
                word = ends.get(start)
                alone = start == 0 or not is_han(text[start - 1]) or (word is not None and word.pos[:1] in "vpcud")
                org = _IMPLIED_BODY[title] if alone else None
            elif title in _HEAD_TITLES:
                # 日本自民党总裁、首相, 巴勒斯坦法塔赫主席、总统: a head of state or government
                # of the country the chain starts with, not of the party before the title
                country = next(filter(None, (self._country_near(text, at) for _, _, _, at in carried)), None)
                entry = self.gaz.org(body) if body else None
                if country is not None and country != "中国":
                    org = country
                elif body is None or body in self.gaz.places or (entry is not None and entry.category == "government"):
                    org = self._carried_to(title, body)
            else:
                org = self._carried_to(title, body)
            ministry = None
            if carried and own is None and self._at_home(carried[-1][1]):
                if title.endswith("部长") and len(title) > 3:
                    ministry = self.gaz.org(title[:-1])
                elif title in _MINISTERS_SHORT:
                    ministry = self.gaz.org(_MINISTERS_SHORT[title])  # 国务委员兼外长: 外交部部长
            if ministry is not None:
                # 国务委员兼外交部长: 部长 of 外交部 after a title at home (alone, or after a
                # country's name, 外交部长 may be any country's)
                title, org, title_start = "部长", ministry.name, title_start + len(title) - 2
            carried.append((title, org, title_start, start))
        return carried

    def _unknown_body_before(self, text: str, pos: int, tokens: dict[int, Token]) -> tuple[int, bool] | None:
        """(where it starts, whether it reads as a name) for the name of a body no extractor
        knows ending at pos, or None.

        The name stands after 、 (a chain goes on over it) or starts a clause. It reads as a
        name when it is made of whole words with no verb, pronoun or particle in it (他还会见
        了…委员会 is a clause); one after 、 that does not is skipped all the same."""
        unknown = _UNKNOWN_BODY.search(text, max(0, pos - 16), pos)
        if unknown is None:
            return None
        start = max(unknown.start(), text.rfind("兼", unknown.start(), pos) + 1)  # 副首相兼内阁办公厅: after 兼
        if _SESSION.search(text, start, pos):
            return None  # 全国政协十四届一次会议主席团会议: a meeting's, not a body's name
        # 副首相兼教育、青年和体育部: a joiner with no title before it is inside the name
        in_chain = start > 0 and text[start - 1] in _TITLE_JOINERS and self._title_ending(text, start - 1) is not None
        # 李强会见德国社会民主党: a name that starts with a foreign country's, inside a clause
        # that starts with something else, is the body's
        country = next((at for at in range(start, pos - 2) if self._foreign_country_word(tokens.get(at))), -1)
        if not in_chain and country > start and self._reads_as_name(text, country, pos, tokens):
            return country, True
        if start == 0 or in_chain or text[start - 1] in _CLAUSE_START:
            # ，时任宁德地委书记: a former or current marker before the name is not part of it
            marker = next((m for m in _MARKERS if text.startswith(m, start) and start + len(m) in tokens), "")
            named = self._reads_as_name(text, start + len(marker), pos, tokens, joined=in_chain)
            if named or in_chain:
                return start + len(marker), named
        # 会见巴基斯坦参联会主席: or it starts with a foreign country's name after a verb
        country = next((at for at in range(start, pos - 2) if self._foreign_country_word(tokens.get(at))), -1)
        if country >= 0 and self._reads_as_name(text, country, pos, tokens):
            return country, True
        # 同阿拉伯议会议长X举行会谈: or it starts right after the word 同 (with) of a meeting
        after = next((at for at in range(pos - 3, start, -1) if text[at - 1] == "同" and at - 1 in tokens), -1)
        return (
            (after, True)
            if after > 0
            and after in tokens
            and tokens[after - 1].end == after
            and self._reads_as_name(text, after, pos, tokens)
            else None
        )

    def _joined_before(
        self, text: str, pos: int, title: str, org_by_end: dict[int, Mention], person_ends: Container[int]
    ) -> tuple[str, str, int] | None:
        """(the title, the body, where the body starts) for the name of a body that ends at pos
        and starts right after a joiner that follows a title (副总理、国务院根治…领导小组|组长,
        党委常委、政府|副主席), or None. The body is named as written when it ends like a
        body's name (its own when it starts with a known body's name, else read after the
        body before it); else it is left unknown (永联村党委|书记), and the chain goes on."""
        if pos == 0 or text[pos - 1] in _LIST_JOINERS:
            return None  # 书记X和|市长Y: a title after a list's joiner is another name's
        for at in range(pos - 1, max(0, pos - _JOINED_BODY) - 1, -1):
            if at + 1 in person_ends:
                return None  # 书记陈吉宁|和市长: a name stands in between
            if text[at] in _TITLE_JOINERS and at < pos - 1 and self._title_ending(text, at) is not None:
                break
            if not is_han(text[at]):
                return None
        else:
            return None
        name = text[at + 1 : pos]
        marker = next((m for m in _MARKERS if name.startswith(m) and len(name) > len(m) + 2), "")
        if marker:  # 站长、现任|北京市公安局…支队政委: the marker before the body is not its name's
            at, name = at + len(marker), name[len(marker) :]
        if any(name[t.end() : t.end() + 1] not in _BODY_CHARS for t in self.title_re.finditer(name)):
            return None  # 董事长兼首席执行官X和Y公司|首席执行官: a title in between is another post's
        rank = next((r for r in _BODY_RANKS if name.endswith(r) and len(name) > len(r)), "")
        if rank and _BODY_END.search(name, 0, len(name) - len(rank)):
            name, title = name[: -len(rank)], rank + title  # 主席团|常务|主席: the rank is the post's
        if name == "政府" or not _BODY_END.search(name) or _SESSION.search(name):
            return title, (_UNKNOWN + name if name == "政府" else _UNKNOWN), at + 1
        # 国务院根治…领导小组, 农工党十七大主席团: a name that holds a body's name of its own
        # at its start is a whole name, not a unit of the body before the joiner
        whole = self._starts_with_body(at + 1, pos, org_by_end) or any(
            _BODY_END.search(name, 0, e) for e in range(2, len(name) - 1)
        )
        return title, (name if whole else _UNKNOWN + name), at + 1

    @staticmethod
    def _starts_with_body(start: int, pos: int, org_by_end: dict[int, Mention]) -> bool:
        """Whether a known body's name starts at start and ends before pos (国务院|根治…领导小组)."""
        return any((org := org_by_end.get(e)) is not None and org.start == start for e in range(start + 2, pos - 1))

    def _reads_as_name(self, text: str, start: int, pos: int, tokens: dict[int, Token], joined: bool = False) -> bool:
        """Whether text[start:pos] is made of whole words with no verb, pronoun or particle
        (a party's after a country's may hold a verb or an adverb: 塞尔维亚前进党)."""
        named = not text.startswith(_NOT_NAME_START, start) and start in tokens
        party = named and _PARTY_NAME.search(text, start, pos) is not None and self._foreign_country_word(tokens[start])
        excluded = _NOT_IN_PARTY_NAME if party else _NOT_IN_NAME
        at = start
        while named and at < pos:
            token = tokens.get(at)
            if token is None or token.text in _VERBS_AS_NOUNS:
                named = False
            elif token.pos in excluded and not (joined and token.text in _NAME_CONJUNCTIONS and at > start):
                named = False  # 、粮食和物资储备局: after a joiner, 和 joins two fields of one name
            elif token.end > pos and (self._title_starting(text, pos) is not None or text.startswith(_FORMER, pos)):
                at = pos  # 林肯中学校长: the last word runs into the title
            else:
                at = token.end
        return named and at == pos

    def _beside_head(self, text: str, pos: int) -> bool:
        """Whether the name at pos is the other side of a head of state named before it
        (习近平主席同李显龙总理, 哈莉玛总统、李显龙总理): a foreign leader, not one at home."""
        if pos < 3 or text[pos - 1] not in _COUNTERPARTS:
            return False
        title = self._title_ending(text, pos - 1)
        if title is None:
            return False
        return title in _HEAD_TITLES and title != "总理" or text[pos - 1] != "、" and title in _IMPLIED_HEADS

    def _is_country(self, name: str) -> bool:
        place = self.gaz.places.get(name)
        return place is not None and place.kind == "country"

    def _at_home(self, body: str | None) -> bool:
        """A body of the Party or the state at home (国务院, 中共中央政治局), not a foreign one."""
        entry = self.gaz.org(body) if body else None
        return entry is not None and entry.category in ("party", "government")

    def _foreign_country_word(self, token: Token | None) -> bool:
        """A word that is a foreign country's name, or a body's that starts with one (朝鲜劳动党)."""
        if token is None:
            return False
        place = self.gaz.places.get(token.text)
        if place is None and token.pos == "nt":
            country = self._country_near(token.text, 0)
            return country is not None and country != "中国"
        return place is not None and place.kind == "country" and place.name != "中国"

    def _secretary_field(self, text: str, pos: int) -> tuple[str, tuple[str, int]] | None:
        """(the field, (the country, where its name starts)) for a country's name and a field of
        government ending at pos before a minister's title that names no ministry (日本|经济产业|大臣)."""
        for length in range(1, _MINISTRY_FIELD + 1):
            at = pos - length
            if at < 2 or not is_han(text[at]):
                return None
            country = self._country_before(text, at)
            if country is not None and country[0] != "中国":
                return text[at:pos], country
        return None

    def _term_listed_body(self, text: str, pos: int, org_by_end: dict[int, Mention]) -> tuple[str, int] | None:
        """(the body, where its name starts) for a body written with the terms a person served
        in the middle of its name (中国人民政治协商会议|第九届、十届|全国委员会, 中国共产党|第十七届、
        十八届|中央政治局) and ending at pos, as an obituary writes it; or None."""
        if text.find("届", max(0, pos - 14), pos) < 0:
            return None
        body = _TERM_LIST_BODY.search(text, max(0, pos - 40), pos)
        outer = org_by_end.get(body.start()) if body is not None else None
        if outer is None:
            return None
        entry = self.gaz.org(outer.text + body.group(2))
        return (entry.name if entry is not None else outer.label + body.group(2)), outer.start

    def _sibling_place(self, body: str, name: str) -> str | None:
        """The place a government's bureau after another body of the place is named with (内蒙古自治区
        发展和改革委员会 then 粮食和物资储备局: 内蒙古自治区粮食和物资储备局), or None: a bureau
        (局, 厅) after a body of a place that is not the government itself (人民政府办公厅 is the
        government's unit) nor a Party committee."""
        if not name.endswith(("局", "厅")) or body.startswith("中共") or body.endswith("政府"):
            return None
        place = next((body[:n] for n in range(min(8, len(body) - 1), 1, -1) if body[:n] in self.gaz.places), None)
        return place if place is not None and not name.startswith(place) else None

    def _starts_with_place(self, name: str) -> bool:
        """老挝和平与团结委员会, 北京市科学技术协会: a name that starts with a place's."""
        return any(name[:length] in self.gaz.places for length in range(2, min(6, len(name)) + 1))

    def _unit_of_known_body(self, text: str, pos: int, org_by_end: dict[int, Mention]) -> tuple[str, int] | None:
        """(the unit's name, where its body starts) for a short unit no extractor knows
        written right after a known body (市委编办, 省委统战部), ending at pos."""
        for length in range(2, min(6, pos) + 1):
            body = org_by_end.get(pos - length)
            if body is not None:
                unit = text[pos - length : pos]
                if _UNKNOWN_BODY.fullmatch(unit) is None:
                    return None
                return body.label + _PARTY_DEPARTMENTS.get(unit, unit), body.start
        return None

    def _ministry_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the ministry's name, where it starts) for a country and a field ending at pos:
        新西兰卫生部长 -> 新西兰卫生部; 委内瑞拉内政和司法部长 -> 委内瑞拉内政和司法部."""
        for length in range(1, min(_MINISTRY_FIELD, pos) + 1):
            field = text[pos - length : pos]
            if not is_han(field[0]) and field[0] not in _TITLE_JOINERS:
                return None
            if field[0] in _TITLE_JOINERS:
                # 德国副总理兼经济和气候保护部长: the country of the title before 兼
                title = self._title_ending(text, pos - length)
                if title is None or not (self.gaz.titles[title] == "foreign" or title in _COUNTRY_TITLES):
                    return None
                country = self._country_before(text, pos - length - len(title))
                if country is None or country[0] == "中国" or length == 1:
                    return None
                return country[0] + _ministry(field[1:]), pos - length + 1
            if field[0] in _LIST_JOINERS:
                continue  # 内务与行政部长, 内政和司法部长: one ministry of two fields
            country = self._country_before(text, pos - length)
            if country is not None:
                known = self.gaz.org(_ministry(field)) if country[0] == "中国" else None
                return (known.name if known else country[0] + _ministry(field)), country[1]
        return None

    def _country_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the country's name, where it starts) for a country's name ending at pos; a
        one-character short name only where a clause starts (。乌总统泽连斯基)."""
        for length in range(min(8, pos), 1, -1):
            place = self.gaz.places.get(text[pos - length : pos])
            if place is not None and place.kind == "country":
                return place.name, pos - length
        short = text[pos - 1] if pos >= 1 else ""
        if short in _COUNTRY_SHORT and (
            pos == 1
            or text[pos - 2] in _SHORT_COUNTRY_AFTER
            or short in _SHORT_COUNTRY_ANYWHERE
            and text[pos - 2] not in _COUNTRY_SHORT
            and text[pos - 2] not in "中驻"
        ):
            return _COUNTRY_SHORT[short], pos - 1
        return None

    @staticmethod
    def _starts_clause(text: str, pos: int) -> bool:
        """Whether a clause starts at pos, or right before a former or acting marker there (，时任总理)."""
        marker = next((m for m in _FORMER + _ACTING if text.endswith(m, 0, pos)), "")
        pos -= len(marker)
        return pos == 0 or text[pos - 1] in _CLAUSE_START

    def _han_name(self, name: str) -> bool:
        """A name written the Chinese way: a known surname and one or two more characters,
        not all of them characters of transliterated names (马克龙, 卢拉)."""
        return (
            2 <= len(name) <= 3
            and name[0] in self.gaz.surnames
            and all(map(is_han, name))
            and not all(c in self.gaz.transliteration for c in name)
        )

    def _story_country(self, text: str, pos: int, found: Found) -> str | None:
        """The one foreign country named in the paragraph around pos, or else in the story."""
        paragraph, story = self._countries_around(text, pos, found)
        countries = paragraph or story
        return next(iter(countries)) if len(countries) == 1 else None

    def _sentence_country(
        self,
        text: str,
        person: Mention,
        title: str,
        end: int,
        posts: list[Post],
        found: Found,
        by_start: dict[int, Mention],
        by_end: dict[int, Mention],
    ) -> str | None:
        """The one foreign country of the sentence around a head named by the title after the
        name, when the paragraph names several: a country or a foreign city named in the sentence
        (在巴黎同马克龙总统), or the country of the head listed right next to it with another title
        (欧尔班总理和西雅尔多外长)."""
        start = max(text.rfind(stop, 0, person.start) for stop in _SENTENCE_STOPS) + 1
        stops = [at for stop in _SENTENCE_STOPS if (at := text.find(stop, end)) >= 0]
        stop = min(stops, default=len(text))
        countries: set[str] = set()
        for mention in found.mentions("place"):
            if start <= mention.start < stop and (place := self.gaz.places.get(mention.label)) is not None:
                country = place.name if place.kind == "country" else place.parent
                if country is not None and (owner := self.gaz.places.get(country)) is not None:
                    countries.add(owner.name if owner.kind == "country" else "")
        countries.discard("中国")
        if not countries:
            # the head written right before (X总理和Y外长) or right after (Y外长、X总理) in a list
            before = self._title_ending(text, person.start - 1) if text[person.start - 1] in _COUNTERPARTS else None
            after = by_start.get(end + 1) if end < len(text) and text[end] in _COUNTERPARTS else None
            beside = {
                *([by_end[at].label] if before and (at := person.start - 1 - len(before)) in by_end else []),
                *([after.label] if after is not None else []),
            }
            for post in posts:
                if post.person in beside and post.title != title and post.org and post.org != "中国":
                    if self._is_country(post.org):
                        countries.add(post.org)
        return next(iter(countries)) if len(countries) == 1 and "" not in countries else None

    def _abbreviated_country(self, text: str, pos: int, found: Found) -> str | None:
        """The one country of the story that the paragraph around pos names by its first
        character, as news writes two sides (中法关系, 匈方): 习近平主席同马克龙总统 in a paragraph
        on 中法 relations, in a story about France, Serbia and Hungary."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        paragraph = text[start : len(text) if end < 0 else end]
        named = {
            country
            for country in self._countries_around(text, pos, found)[1]
            if f"中{country[0]}" in paragraph.replace("中新社", "") or f"{country[0]}方" in paragraph
        }
        return next(iter(named)) if len(named) == 1 else None

    def _countries_around(self, text: str, pos: int, found: Found) -> tuple[set[str], frozenset[str]]:
        """The foreign countries named in the paragraph around pos, and in the story."""
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        end = len(text) if end < 0 else end
        cached = self._countries_of  # (read once: threads of one process may share the extractor)
        if cached is None or cached[0] is not found:
            named = sorted(
                (mention.start, country)
                for mention in found.mentions("place", "organization")
                # a country named alone, or at the start of a body's name (法国国民议会)
                if (country := self._country_near(mention.text, 0)) is not None and country != "中国"
            )
            cached = (found, [s for s, _ in named], [c for _, c in named], frozenset(c for _, c in named))
            self._countries_of = cached
        _, starts, countries, story = cached
        return set(countries[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]), story

    def _country_heading(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the country, where its head's title starts) for a country's name at pos followed by
        the title of its head (斯洛文尼亚共和国总统, 新西兰政府总理), or None."""
        for length in range(min(self.longest_state, len(text) - pos), 1, -1):
            place = self.gaz.places.get(text[pos : pos + length])
            if place is not None and place.kind == "country":
                at = pos + length
                at += next((len(q) for q in _COUNTRY_QUALIFIERS if text.startswith(q, at)), 0)
                title = self._title_starting(text, at)
                if title is not None and (title in _HEAD_TITLES or title in ("主席", "国家主席")):
                    return place.name, at
                return None
        return None

    def _state_of(self, body: str) -> str | None:
        """The state a body's name starts with (乌克兰议会), or the one the gazetteer puts it in
        (蒙古人民党, of 蒙古国)."""
        state = self._country_near(body, 0)
        entry = self.gaz.org(body)
        if state is None and entry is not None and entry.parent and self._is_country(entry.parent):
            state = entry.parent
        return state

    def _organ_abroad(self, text: str, name: str, first: int, before: str | None) -> str | None:
        """The name of a state organ written bare (发展部, 人民委员会, 财政部) in a chain of titles
        that starts, at first, after a foreign state's name (希腊总理高级代表、) or whose body
        before it starts with one (尼加拉瓜国民议会议长、): that state's."""
        if not name.endswith(_STATE_ORGAN_ENDS) or self._starts_with_place(name) or name[:1] in self.gaz.sides:
            return None  # (老中合作委员会: a body of two states, named by their short names)
        if before:
            country = self._country_near(before, 0)
            return country + name if country is not None and country not in HOME_STATES else None
        for at in range(first - 2, max(-1, first - 11), -1):
            if text[at] in _CLAUSE_START:
                return None
            country = self._country_at(text, at, first)
            if country is not None:
                return country + name if country not in HOME_STATES else None
        return None

    def _country_at(self, text: str, pos: int, end: int | None = None) -> str | None:
        """The country whose name starts at pos (and ends by end), the longest."""
        for length in range(min(8, (len(text) if end is None else end) - pos), 1, -1):
            place = self.gaz.places.get(text[pos : pos + length])
            if place is not None and place.kind == "country":
                return place.name
        return None

    def _country_near(self, text: str, pos: int) -> str | None:
        """The foreign or home country whose name starts at pos or ends right before it."""
        if (country := self._country_at(text, pos)) is not None:
            return country
        before = self._country_before(text, pos)
        return before[0] if before is not None else None

    def _foreign_region(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the region's name, where it starts) for a foreign state, province or city ending
        at pos (美国加利福尼亚州州长): its head holds the post in it."""
        for length in range(min(8, pos), 1, -1):
            place = self.gaz.places.get(text[pos - length : pos])
            if place is not None and place.kind in ("region", "city") and place.parent not in (None, "中国"):
                parent = self.gaz.places.get(place.parent)
                if parent is not None and parent.kind == "country" and parent.name != "中国":
                    return place.name, pos - length
        if text.endswith("州", 0, pos):
            # 德国萨克森州州长: a state no gazetteer lists, right after a foreign country's name
            for length in range(3, min(7, pos) + 1):
                country = self._country_before(text, pos - length)
                if country is not None and country[0] != "中国" and all(map(is_han, text[pos - length : pos])):
                    return text[pos - length : pos], pos - length
        return None

    def _local_body(self, text: str, pos: int, title: str) -> tuple[str, int] | None:
        """(the body, where the place's name starts) for a county, a city, a district or a town
        the gazetteer lacks, ending at pos: 博罗县委 before 书记 is 中共博罗县委员会, 洱源县 before
        县长 is 洱源县人民政府."""
        if title in _COMMITTEE_TITLES and text.endswith("委", 0, pos) and pos > 1 and text[pos - 2] in "县市区旗":
            name = self._local_name(text, pos - 1)
            if name is None or self._foreign_place(text, name):
                return None  # (越南共产党…河内市委书记: a foreign party's committee, not the CPC's)
            return f"中共{name[0]}委员会", name[1]
        head = next((h for h in _LOCAL_HEADS if title.endswith(h)), None)
        if head is not None and pos > 0 and text[pos - 1] == head[0]:
            name = self._local_name(text, pos)
            if name is None or self._foreign_place(text, name):
                return None  # 马里兰州巴尔的摩市市长: a foreign city has no people's government
            return f"{name[0]}人民政府", name[1]
        return None

    def _foreign_place(self, text: str, name: tuple[str, int]) -> bool:
        """Whether a place's name reads as a foreign one: made of the characters of
        transliterated names (喀山市), or after a foreign country's or state's name in its sentence."""
        if all(c in self.gaz.transliteration for c in name[0][:-1]):
            return True
        # 喀山市: a city the gazetteer places in a foreign state
        country = self.gaz.country_of(name[0]) or self.gaz.country_of(name[0][:-1])
        if country is not None:
            return country.name not in HOME_STATES
        sentence = max(text.rfind(stop, 0, name[1]) for stop in _SENTENCE_STOPS) + 1
        return any(
            (country := self._country_near(text, at)) is not None and country != "中国"
            for at in range(sentence, name[1])
            if text[at] in self.gaz.transliteration or at == sentence
        )

    @staticmethod
    def _local_name(text: str, end: int) -> tuple[str, int] | None:
        """(the name, where it starts) of a county, a city, a district or a town ending at end
        with its unit (博罗县), after the larger place's name or where a clause starts."""
        start = end - 1
        while start > 0 and end - start < 8 and is_han(text[start - 1]):
            if text[start - 1] in _PLACE_UNITS and start < end - 1:
                break  # the larger place's name ends here (青州市: 州 inside the name goes on)
            start -= 1
        if start > 0 and is_han(text[start - 1]) and text[start - 1] not in _PLACE_UNITS:
            return None  # no place or stop before it: where the name starts is not known
        if end - start > 3 and text[start] in _LEADING_WORDS:
            start += 1  # 在博罗县委书记…: a preposition before the name
        if end - start < 2 or text.startswith(_NOT_NAME_START, start):
            return None  # 该县县委书记: which county is said before
        return text[start:end], start

    def _region_government(self, text: str, pos: int) -> tuple[str, int] | None:
        """(the government, where the region's name starts) for a special administrative
        region's name ending at pos (澳门特别行政区, 香港特区): its government holds the post."""
        for length in range(min(7, pos), 1, -1):
            place = self.gaz.places.get(text[pos - length : pos])
            if place is not None and place.kind == "sar":
                government = self.gaz.org(place.name + "政府")
                return (government.name, pos - length) if government is not None else None
        return None

    def _sender(self, text: str, pos: int, org_by_end: dict[int, Mention]) -> tuple[str, int, int] | None:
        """(the sender's label, where 驻 or 常驻 starts, where the sender's name starts) for a
        representative's title right after S驻H or S常驻H (中国常驻联合国, 哈马斯驻伊朗), where S is
        a state or a body and H a state or a body, or None."""
        host = org_by_end.get(pos)
        host_start = host.start if host is not None else None
        if host_start is None:
            for length in range(min(8, pos), 0, -1):
                place = self.gaz.places.get(text[pos - length : pos])
                if place is not None or text[pos - length : pos] in _COUNTRY_SHORT:
                    host_start = pos - length
                    break
        if host_start is None:
            return None
        at = host_start - 1
        if not text.startswith("驻", at):
            return None
        if text.startswith("常", at - 1):
            at -= 1
        sender = org_by_end.get(at)
        if sender is not None:
            return sender.label, at, sender.start
        country = self._country_before(text, at)
        return (country[0], at, country[1]) if country is not None else None

    def _envoy_mission(self, text: str, pos: int, title: str) -> tuple[str, int] | None:
        """(the mission, where its name starts) for 中国驻韩国大使, 俄罗斯驻华大使 ending at pos."""
        match = _ENVOY.search(text, max(0, pos - 16), pos)
        if match is None:
            return None
        sending, host = match.group(1), match.group(2)
        written = len(f"{sending}驻{host}")
        for term in _ENVOY_TERMS:
            if sending.endswith(term):
                sending = sending[: -len(term)]  # 伊朗新任|驻沙特大使: which envoy is no part of the name
                break
        while sending and self.gaz.places.get(sending) is None:
            sending = sending[1:]  # the longest known place that ends right before 驻
        if (not sending or sending in HOME_STATES) and host not in self.gaz.places and title == "大使":
            # 驻东盟大使: China's ambassador to a body of states heads its mission there
            mission = self.gaz.org(f"中国驻{host}使团") or self.gaz.org(f"中国常驻{host}使团")
            if mission is not None and mission.name.startswith("中华人民共和国"):
                return mission.name, pos - written
        if not sending and match.group(1) and match.group(1)[-1] in _COUNTRY_SHORT:
            sending = _COUNTRY_SHORT[match.group(1)[-1]]  # 俄驻美大使: countries by one character
            written = 2 + len(host)
        host = _COUNTRY_SHORT.get(host, host)
        place = self.gaz.places.get(sending) if sending else None
        if place is None or place.kind != "country" or (host != "华" and host not in self.gaz.places):
            return None
        return f"{sending}驻{host}{_ENVOY_TITLES[title]}", pos - written

    def _carried_to(self, title: str, body: str | None) -> str | None:
        """The body a title without one of its own takes from the body written before it (a
        head of a state or a government takes a country or a government only: 杜尚别市长X、
        外长Y is the city's country's minister)."""
        if title in _HEAD_TITLES and body is not None:
            # (a foreign city is named by its place and 市: 杜尚别市)
            place = self.gaz.places.get(body) or self.gaz.places.get(body.removesuffix("市"))
            if place is not None and place.kind != "country":
                parent = self.gaz.places.get(place.parent) if place.parent else None
                return parent.name if parent is not None and parent.kind == "country" else None
            entry = self.gaz.org(body)
            if place is None and (entry is None or entry.category != "government"):
                return None
        return self._government_of(body) if title.endswith(_GOVERNMENT_HEADS) else body

    def _government_of(self, body: str | None) -> str | None:
        """江苏省委常委、常务副省长: a province's or city's head belongs to its people's
        government, not to the Party committee named before the title."""
        if body and body.startswith("中共") and body.endswith("委员会"):
            government = self.gaz.org(body[2:-3] + "人民政府")
            if government is not None:
                return government.name
            if body[-4] in "县市区旗":
                return body[2:-3] + "人民政府"  # 博罗县委常委、副县长: a county the gazetteer lacks
        return body

    def _title_after(self, text: str, pos: int) -> str | None:
        title = self._title_starting(text, pos)
        return title if title is not None and self.gaz.titles[title] in _AFTER_NAME_KINDS else None

    def _chinese_name(self, person: Mention, tokens: dict[int, Token], ends: dict[int, Token]) -> bool:
        """A name written the Chinese way (a known surname and one or two more characters),
        made of whole words, and not after a place's name (俄杜马主席 is the Duma's)."""
        name = person.text
        if not (2 <= len(name) <= 4 and all(map(is_han, name))):
            return False
        if not (name[0] in self.gaz.surnames and len(name) <= 3 or name[:2] in self.gaz.surnames):
            return False
        word, before = tokens.get(person.start), ends.get(person.start)
        return (
            word is not None
            and word.end == person.end
            and word.pos.startswith("nr")  # 劳工党主席: a party's chair, not a person's name
            and (before is None or before.pos not in ("j", "ns", "nt"))
        )


def _ministry(field: str) -> str:
    """A ministry's name from the words before 部长: its field (卫生 -> 卫生部), or its name when
    the text writes it whole before the title (高教科研与创新部|部长)."""
    return field if field.endswith("部") else field + "部"
