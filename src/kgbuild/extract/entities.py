"""Named things: organizations and places (people: `people`).

Organizations come from the gazetteer (every common abbreviation maps to the canonical
name) and from rules for the bodies no list holds: departments named before their head's
title (信息化和软件服务司司长), bodies of a known body (工信部 + X司), of a province or city
(浙江省 + 商务厅), and names ending in a body suffix (集团, 大学).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..gazetteer import Gazetteer, OrgEntry, PlaceEntry
from ..model import Mention, SegmentedText, Token
from ..normalise import is_han
from ..resolve import stated_parent
from . import Found, register
from .textutil import (
    COUNTED_FIRMS,
    ENTOURAGE,
    HOME_STATES,
    INDEFINITE,
    NOT_IN_NAME,
    PAST_AGES,
    SUBJECT_VERBS,
    SpanIndex,
    department_kind_at,
    glued_to_state_word,
    item_starts,
    opens_initiative,
    start_of,
    state_in_full,
    state_short_names,
)

#: Words that open a body's kind, not its name (全国人大有关专门委员会, 各级边海防委员会).
_DETERMINERS = ("有关", "相关", "各级", "各", "所属", "下属", "部分", "历届", "历任", "本届")
#: Words for a level of bodies, opening a kind's name, not one body's (省级黄埔军校同学会).
_LEVELS = ("省级", "市级", "县级", "区级")
#: Endings of schools, named by their own place (四川宜宾学院 is 宜宾学院).
_SCHOOLS = frozenset({"大学", "学院"})
#: The word for "former" between a place and its body's name (山西省原粮食局).
_FORMER = "原"
#: The longest transliterated name read back from a leader's title after it.
_LONGEST_TRANSLIT = 6
#: jieba's tags of set phrases and idioms (普遍认为, 一致认为): no name starts one.
_SET_PHRASE_TAGS = frozenset({"l", "i"})
#: Tags of words that may stand inside a body's name (nouns, names, abbreviations).
_NAME_TAGS = frozenset({"n", "nz", "vn", "nt", "ns", "j", "x", "l", "nnt", "an", "ng", "b", "eng", "nr", "nrt", "s"})
_CONNECTORS = frozenset({"和", "与", "及"})
#: jieba's tags of personal names, which may stand in a body's name (约翰·冯·诺伊曼大学).
_PERSON_TAGS = frozenset({"nr", "nrt"})
_DEPARTMENT_TITLES = {
    "司": ("司长", "副司长"),
    "局": ("局长", "副局长"),
    "厅": ("厅长", "副厅长"),
    "处": ("处长", "副处长"),
    "署": ("署长", "副署长"),
    "办公室": ("主任", "副主任"),
    "委员会": ("主任", "副主任"),
}
#: Common words that end like a body but are not one (布局 ends in 局, 干部 in 部).
_NOT_BODIES = frozenset(
    {
        "布局",
        "格局",
        "结局",
        "大局",
        "全局",
        "开局",
        "骗局",
        "时局",
        "当局",
        "签署",
        "部署",
        "全部",
        "内部",
        "外部",
        "局部",
        "东部",
        "西部",
        "南部",
        "北部",
        "中部",
        "干部",
        "底部",
        "头部",
        "本部",
        "总部",
        "上司",
        "土司",
        "官司",
        "客厅",
        "餐厅",
        "大厅",
        "展厅",
        "宴会厅",
        "会议厅",
        "报告厅",
        "音乐厅",
        "演播厅",
        "营业厅",
        "候机厅",
        "市中心",
        "政府",
        "保险公司",
        "船运公司",
        "分公司",
        "子公司",
        "中国工会",  # China's trade unions as a movement (中国工会第十八次全国代表大会, 中国工会章程)
        "各级工会",
        "基层工会",
    }
)
#: Verbs written before a body's name that jieba may tag as nouns (参观, 指导): no name holds them.
_LEAD_VERBS = frozenset(
    {"参观", "指导", "新设", "支持", "推动", "设立", "组建", "考察", "视察", "走访", "来到", "前往", "抵达", "访问"}
    | {"了解", "听取", "调研", "组织", "继续", "制发", "发给", "启动", "深化", "运用", "培育", "祝贺", "推进", "加强"}
    | {"打造", "创建", "建立", "依靠", "利用", "面向", "围绕", "携手", "牵头", "联手", "会同", "新开工", "派出", "派驻"}
    | {"依托", "引导", "鼓励", "要求", "督促", "协调", "参加", "加入", "邀请", "委托", "包括", "通过", "经过", "入驻"}
    | {"约谈", "指导督促", "汇报", "规定", "设置", "隶属于", "隶属", "办理", "设法"}
)
#: Verbs that found or convene a body, written right before its name (成立|…领导小组).
_FOUNDING_VERBS = frozenset({"成立", "设立", "组建", "新设", "组织", "牵头", "调整", "撤销", "参加", "担任"})
#: How the name of a national leading group starts (中央…, 国家…, 全国…领导小组).
_GROUP_OPENERS = ("中央", "中共", "国家", "全国", "国务院", "中国")
#: Parts of speech of a common word that alone before 公司 or 银行 names no company (石油, 稳定).
_COMMON_WORD_TAGS = frozenset({"vn", "v", "a", "ad", "d", "vd"})
#: Words before a unit's ending that say only what kind of unit it is (工作委员会主任: the rest
#: of the name stands before a verb the name was cut at).
_GENERIC_HEADS = frozenset({"", "工作", "管理", "领导", "办事", "服务"})
#: First characters of words in 方 that are no side (比方, 南方, 西方, 东方, 中方: see _sides).
_NOT_SIDES = frozenset("中比南北西东双各多我对一官军警校资甲乙地前后上下远四八配处药平立大秘偏有无想良")
#: A local committee of the CPPCC (中国人民政治协商会议兰州市委员会), whose special
#: committees go by their own names.
_CPPCC_COMMITTEE = re.compile(r"^中国人民政治协商会议.+委员会$")
#: The full names of a state's armed forces that name them as written (乌克兰武装部队).
_FORCES_IN_FULL = ("武装部队", "政府军")
#: What ends a list of places that act together (钦州、北海、防城港等地).
_PLACES_OF_A_LIST = frozenset({"等地", "两地", "三地", "四地", "多地"})
#: Titles of heads of state and government: no unit's name holds one (塔吉克斯坦总统…).
_HEADS_OF_STATE = frozenset({"总统", "总理", "首相", "国王", "副总统", "副总理"})
#: Words for a kind of party, not one party (美国两党, 日本执政党).
_PARTY_KINDS = frozenset(
    {"政党", "执政党", "反对党", "在野党", "两党", "各党", "全党", "朝野党", "参政党", "第一大党", "最大党"}
)
#: What follows 中 and 共 when 共 starts a word (交流互鉴中|共同发展, 活动中|共度佳节): no CPC.
_NOT_CPC_AFTER = tuple("同度享建赢商谋创识进生存治担济筑鸣")
#: Words after a body's name that make it part of a document's name (中国人民政治协商会议章程).
_DOCUMENT_AFTER_BODY = ("章程", "宪章")
#: Bodies whose name before a term starts the name of one of their organs, and that organ
#: (中国人民政治协商会议第九届全国委员会 is the national committee, not the CPPCC as a whole).
_INSTITUTIONS_BY_TERM = {"中国人民政治协商会议": "全国委员会"}
#: What follows a government that stands with its people for the state (…政府和人民,
#: …政府和所罗门群岛人民).
_AND_PEOPLE = re.compile(r"和[\u4e00-\u9fff]{0,8}?人民")
#: The term of a body written before its name (第九届, 十四届).
_TERM = re.compile(r"^第?[一二三四五六七八九十]+届")
#: Words of a story of the Party's congress, and of one of a people's congress (whose
#: delegations are the state's)
_PARTY_CONGRESS_WORDS = ("二十大", "十九大", "党代会", "党代表")
_PEOPLES_CONGRESS_WORDS = ("人大", "人代会", "人民代表大会", "两会", "政府工作报告", "代表委员")
#: A party's congress named after the party (中共二十大, 中国共产党第二十次全国代表大会): the
#: party's name is part of the event's, not a mention of the party.
_PARTY_CONGRESS = re.compile(r"第?[一二三四五六七八九十]+(?:次全国代表大会|大(?![学会]))")
#: Parts of speech of words that stand before a body's name, never inside it (verbs,
#: adverbs, prepositions, numerals): a name found by its ending starts after them.
_NEVER_IN_NAME_TAGS = frozenset({"v", "vd", "d", "p", "c", "r", "m", "q", "u", "uj", "ul", "f", "t"})
#: Words of quantity that make a name a description (叙利亚灾区很多医院, 京津冀三地).
_QUANTIFIERS = frozenset(
    {"很多", "许多", "多家", "一些", "部分", "所有", "多个", "几家", "三地", "两地", "各地", "一家", "大量", "主要"}
    | {"双方", "两国", "各方", "多国"}
)
#: One-character words of direction that a place named after another begins with (东巴勒斯坦).
_DIRECTION_CHARS = frozenset({"东", "西", "南", "北", "新"})
#: Kinds of body that a body's verb in the news often acts on (面对工会, 改组内阁).
_ACTED_ON_KINDS = frozenset({"工会", "内阁"})
#: Function characters jieba may glue to an unknown name before them (庹震为): a word it does
#: not know that ends in one is no part of the body's name after it.
_GLUED_FUNCTION_CHARS = frozenset("为在与向对和同将被把")
#: Characters of speech and stance that no unit's name holds (阿尔巴尼斯在议会, 愿同乌参议院).
_SPEECH_CHARS = frozenset("在愿称说致")
#: Words that say what kind of body the name after them is (国际评级机构|穆迪公司).
_APPOSITIVES = ("机构", "企业", "军火商", "运营商", "制造商", "开发商", "供应商", "零售商", "巨头", "车企", "药企")
#: Words in a company's name that make it a medium (南非广播公司, 凤凰卫视传媒集团).
_MEDIA_WORDS = re.compile("广播|电视|传媒|报业|通讯社")
#: Endings of institutions whose category is their own, not their owner's (中国共产党历史展览馆).
_INSTITUTIONS = frozenset(
    {"纪念馆", "展览馆", "博物馆", "博物院", "美术馆", "图书馆", "科技馆", "大学", "学院", "医院"}
)
#: Words after a place that make what follows a kind of the place's bodies (宁夏当地学校).
_LOCAL_KINDS = ("当地", "属地", "本地", "各")  # (各 covers 各级, 各类)
#: Museums, which may be named after the body whose history they show (中国共产党历史展览馆).
_MUSEUMS = frozenset({"纪念馆", "展览馆", "博物馆", "博物院", "美术馆", "科技馆"})
#: Words for the one in charge of a body, never inside a body's name.
_RESPONSIBLE = frozenset({"负责人", "负责同志", "有关负责人", "主要负责人"})
#: Endings that a name found only by its ending must start like a national body to have
#: (中国极地研究中心; not 市民热线服务中心, 音乐频道): most are kinds of place or service.
_WEAK_ENDINGS = ("中心", "频道", "日报", "实验室", "剧院", "交易所")
#: Words jieba knows that name a kind of body when they stand alone (every state has a
#: 宪法法院; 泰国宪法法院 is one).
_KINDS_ALONE = frozenset(
    {"宪法法院", "最高法院", "中心医院", "人民医院", "中资银行", "商业银行", "地方政府", "国民议会", "联邦议会"}
    | {"联邦政府", "中央银行", "国家政府", "特区政府", "联合政府", "过渡政府", "看守政府", "临时政府"}
    | {"党委政府", "中医医院", "儿童医院", "军事学院", "音乐学院", "军医大学", "妇幼保健院", "外贸公司"}
)
#: Words jieba knows as bodies that the news uses for a state or a system, not one organ:
#: 中国政府 (代表中国政府和人民: China; not the State Council), 人民政协 (人民政协工作: the
#: consultative system; the body is 全国政协 or a local committee).
_NOT_ORGANS = frozenset({"中国政府", "中华人民共和国政府", "人民政协"})
#: Endings of longer common words that end like a body (重新部署, 战略布局, 基层干部).
_WORD_ENDINGS = ("部署", "布局", "格局", "大局", "全局", "开局", "干部", "内部", "局部", "全部", "签署", "当局")
_WORD_ENDINGS += ("僵局", "结局", "残局", "败局", "胜局", "战局", "危局", "困局", "破局")  # (not 政局: 财政局)
#: Words before a body's ending that make a kind of body, not a name (三级医院, 公立医院,
#: 东中西部, 有关部门).
_KIND_MODIFIERS = frozenset(
    {
        "公立",
        "私立",
        "公共",  # (所有公共图书馆: every public library)
        "民营",
        "国有",
        "一级",
        "二级",
        "三级",
        "基层",
        "定点",
        "综合",
        "人大",  # (人大代表团: the delegations of a people's congress, none named)
        "综合性",
        "专科",
        "社区",
        "乡镇",
        "县级",
        "市级",
        "省级",
        "国家级",
        "地方",
        "各级",
        "东中西",
        "东西",
        "中西",
        "大型",
        "中小",
        "中",  # (中小学: middle and primary schools)
        "小型",
        "重点",
        "主要",
        "有关",
        "相关",
        "船运",
        "物流",
        "跨国",
        "贸易",
        "期货",
        "证券",
        "保险",
        "财险",
        "寿险",
        "基金",
        "信托",
        "外资",
        "上市",
        "行业",
        "地区性",
        "铁路",
        "运营",
        "中央",
        "创业",
        "航空",
        "电视",
        "综艺",
        "方舱",
        "高水平",
        "一流",
        "新型",
        "民办",
        "公办",
        "农村",
        "乡村",
        "城区",
        "县城",
        "山区",
        "边远",
        "普通",
        "职业",
        "特殊",
        "特殊教育",
        "义务教育",
        "义务教育阶段",
        "寄宿制",
        "语言",
        "希望",
        "新闻",
        "外语",
        "研发",
        "中心",
        "中资",
        "城市",
        "物业",
        "火箭",
        "党群",
        "服务",
        "政务",
        "便民",
        "网络",
        "互联网",
        "联网",
        "科技",
        "会议",
        "会展",
        "展览",
        "购物",
        "合法",
        "孔子",
        "商业",
        "外商",
        "独资",
        "合资",
        "外贸",
        "私人",
        "军事",
        "存量",
        "州级",
        "市政",
        "技术",
        "电子",
        "电影",
        "内地",
        "流动",
        "龙头",
        "甲等",
        "融媒体",
        "数据",
        "指挥",
        "智慧",
        "情报",
        "交易",
        "商品",
        "培训",
        "售后",
        "加工",
        "枢纽",
        "设备",
        "数字",
        "咨询",
        "教育",
        "参赛",
        "地区",
        "体育",
        "大学生",
        "东道主",
        "犯罪",
        "跨境",
        "外国",
        "超大型",
        "绿色",
        "人工智能",
        "全国",
        "中医",
        "儿童",
        "国家",
        "医学",
        "工匠",
        "智能",
        "金融",
        "分析",
        "战术",
        "系统",
        "煤业",
        "销售",
        "市民",
        "热线",
        "教学",
        "实验",
        "资源",
        "水果",
        "应急",
        "医疗",
        "物资",
        "储备",
        "知识",
        "产权",
        "代表",
        "总部",
        "新建",
        "特色",
        # where a kind of body works (国内航空公司, 海上安保公司)
        "国内",
        "国外",
        "海外",
        "境外",
        "境内",
        "当地",
        "本地",
        "上级",  # (当地上级医院: the hospital a level above)
        "高级",  # (高级代表团, 高级商务代表团, 高级别代表团: a delegation of some rank)
        "高级别",
        "商务",  # (高级商务代表团)
        "海上",
        "区级",
        "区县级",
        "利益",
        "县区级",
        "学校",
        # what a museum keeps (历史博物馆, 自然博物馆)
        "历史",
        "自然",
    }
)
#: Kind modifiers that say only a body's level or where it works (地方法院, 州级政府,
#: 当地警察局): after a foreign state's name they make no body of its own.
_LEVEL_MODIFIERS = frozenset(
    {"地方", "基层", "各级", "有关", "相关", "州级", "市级", "县级", "省级", "区级", "当地", "本地", "主要", "重点"}
    | {"国内", "国外", "海外", "境外", "境内", "联邦", "中央"}
)
#: Endings of a trade's or a profession's association (英国医师协会, 日本医学会).
_ASSOCIATIONS = frozenset({"协会", "学会", "联合会", "商会", "工会"})
#: A state's airline, named after the state (叙利亚航空公司, 阿塞拜疆航空公司).
_NATIONAL_CARRIERS = frozenset({"航空公司", "国家航空公司"})
#: Verbs a body does right after its name (上海市政府举行…), besides the speech verbs.
#: How the name of a national institution starts (中共一大纪念馆, 全国农业展览馆); not 国家
#: (上海国家会计学院 is named so).
_NATIONAL_OPENERS = ("中共", "中国", "全国", "中华")
#: Words that make what follows a body the rest of a clause about it (澳门协和医院|是|特区政府兴建的,
#: 英国工党|赢得|下议院选举), not a unit's name.
_COPULAS_AND_GAINS = frozenset({"是", "赢得", "获得", "成为"})
_BODY_VERBS = frozenset(
    {"举行", "召开", "发布", "印发", "出台", "推出", "启动", "开展", "组织", "部署", "成立", "设立", "建设", "联合"}
)
#: Words after 中心 that make it "central", not a centre (中心工作, 中心城区).
_CENTRE_WORDS = ("工作", "任务", "城市", "城区", "位置", "地位", "环节", "地带", "议题")
#: Words in a name ending in 中心 that make it a role (成为国际金融中心), not a body.
_STATUS_WORDS = re.compile("国际|世界|全球|区域|主要|集散")
_ENTERPRISE_SUFFIXES = ("公司", "集团", "银行")
#: A city the gazetteer does not list after its province in a body's name (湖北省|广水市|公安局):
#: three or four characters ending in 市, not a city's committee, level or people (市委, 市民).
_CITY_IN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}?市(?![委级民场区])")
#: A county's name after its province or city in a body's name (福建省莆田市|仙游县|总医院):
#: two to nine characters ending in 县, 自治县 or 旗, not the start of a county's party
#: committee or a level word (县委, 县级).
_COUNTY_IN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治县|县|旗)(?![委级域城乡])")
_NAMED_SUFFIXES = (
    "集团",
    "公司",
    "有限公司",
    "股份有限公司",
    "银行",
    "大学",
    "中学",
    "小学",
    "学校",
    "研究院",
    "研究所",
    "科学院",
    "学院",
    "协会",
    "学会",
    "联合会",
    "商会",
    "基金会",
    "电视台",
    "日报",
    "医院",
    "中心",
    "剧团",
    "频道",
    "代表团",
    "交流团",
    "出版社",
    "博物馆",
    "博物院",
    "纪念馆",
    "展览馆",
    "美术馆",
    "图书馆",
    "科技馆",
    "交易所",
    "实验室",
    "剧院",
    "阵线",
    "边防连",
)
#: Short forms of a local body's name and the full form its canonical name uses
#: (西藏自治区发展改革委 -> 西藏自治区发展和改革委员会).
_FULL_FORMS = {
    "发展改革委": "发展和改革委员会",
    "发改委": "发展和改革委员会",
    "住建委": "住房和城乡建设委员会",
    "卫健委": "卫生健康委员会",
    "卫计委": "卫生和计划生育委员会",
    "国资委": "国有资产监督管理委员会",
    "经信委": "经济和信息化委员会",
    "教委": "教育委员会",
    "科委": "科学技术委员会",
    "交通委": "交通委员会",
    "商务委": "商务委员会",
    "中院": "中级人民法院",
    "高院": "高级人民法院",
    "人大常委会": "人民代表大会常务委员会",
    "农科院": "农业科学院",
    "社科院": "社会科学院",
    "林科院": "林业科学院",
}
#: A province's academies, short forms named after the province by its full name.
_ACADEMIES = ("农科院", "社科院", "林科院")
_STANDING_COMMITTEE = "人民代表大会常务委员会"
_NUMERALS = "一二三四五六七八九十"
#: 全国政协十四届一次会议主席团, 十四届全国人大二次会议主席团: a session's presidium, where its
#: officers or its own meetings are named after it
_PRESIDIUM = re.compile(
    rf"((?:第?[{_NUMERALS}]+届)?(?P<body>全国人大|全国政协)(?:第?[{_NUMERALS}]+届)?第?[{_NUMERALS}]+次(?:全体)?会议主席团"
    rf"|(?P<party>中国共产党)第[{_NUMERALS}]+次全国代表大会主席团)"
    rf"(?=常务主席|会议主持人|秘书长|(?:\d{{1,2}}日)?(?:上午|下午|晚上)?(?:在[\u4e00-\u9fff]{{2,8}})?(?:举行|召开)"
    rf"|第[{_NUMERALS}]+次会议)"
)
#: 十四届全国人大一次会议, 全国政协十四届二次会议: a session of the NPC or the CPPCC, named in full
_SESSION = re.compile(
    rf"(?:第?[{_NUMERALS}]+届)?(?:全国人大|全国政协)(?:第?[{_NUMERALS}]+届)?第?[{_NUMERALS}]+次(?:全体)?会议"
)
#: 大会主席团, 大会秘书处: the presidium or the secretariat of the session the story tells of
_SESSION_BODY = re.compile(r"(?<=大会)(主席团|秘书处)")
_CLOSING_BRACKETS = frozenset(")）")
#: 江西在…基础上，还将加装, 高青县针对…，推广, 甘肃通过…，发展: a frame between a place and its act
_FRAMING_PREPOSITIONS = frozenset({"在", "针对", "围绕", "聚焦", "结合", "按照", "依托", "立足于", "通过"})
_SENTENCE_ENDS = frozenset("。！？!?；;\n")
#: 乌克兰方面20日称, 以色列方面仍在…: a state named with this word is the state as a side
_SIDE_WORD = "方面"
_STANDING_SHORT = "常委会"  # after a Party committee's short name (北京市委常委会): its standing committee
#: Rules whose body is named with its parent's name before its own (上海市委宣传部,
#: 工信部消费品司): the parent's name inside it is a mention of the parent too.
_NAMED_WITH_PARENT = frozenset({"body_of_known", "department_of_known", "branch"})
_SUBORDINATE = ("司", "局", "厅", "处", "办公室", "委员会", "中心", "研究院", "研究所", "署")
#: Chinese ministries whose name a foreign state's ministry shares (约旦外交部).
_MINISTRY_NAMES = frozenset(
    {
        "外交部",
        "国防部",
        "财政部",
        "商务部",
        "卫生部",
        "内政部",
        "司法部",
        "教育部",
        "交通部",
        "农业部",
        "能源部",
        "经济部",
        "中国人民银行",
    }
)
#: Parts of speech of a dictionary word that is never a name by itself (保护, 积极, 必须).
_WORD_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "r", "m", "q", "f", "t"})
#: Parts of speech of a dictionary word that is a common noun (全会, 文章, 智能).
_NOUN_TAGS = frozenset({"n", "vn", "ng", "nt", "s"})  # not ns: jieba tags 普京 a place
#: Parts of speech of one dictionary word after a title that is no name (学生农场, 评论员文章, 代表常委会).
_TITLED_NOUN_TAGS = _NOUN_TAGS | {"j"}
#: Titles of those who write or film a story: a name follows them even when it is a
#: dictionary word (记者马力).
_BYLINE_TITLES = frozenset({"记者", "本报记者", "通讯员", "编辑", "责任编辑", "摄影", "摄像", "主持人"})
#: Last characters of a place's name, never of a person's before a title (伦敦金融城市长).
_PLACE_ENDS = frozenset("城市省县区镇村州国")
#: Parts of speech of the first two characters of a three-character candidate that make
#: them a word, not a surname and a given name (顾问|贾巴里, 宣讲|党的).
_PHRASE_HEAD_TAGS = frozenset({"nnt", "v", "vd", "vn", "a", "ad"})
#: Rules that find a name only by the verb or list around it, not by a title before it.
_WEAK_RULES = frozenset({"before_verb", "list", "speaker_line", "before_title"})
#: Last characters of a unit inside a body (规划院, 审评六部, 研究所, 办公室).
_UNIT_ENDS = frozenset("院部所室组队处站馆台社团")
#: Parts of speech that may stand inside a body's name between a known body and a suffix.
_INNER_TAGS = frozenset({"v", "vd", "m", "a"})
#: An ordinal opening a body's own name (第一共和银行), not a rank among bodies (第一大银行, 第二家).
_ORDINAL_NAME = re.compile(r"第[一二三四五六七八九十\d]+(?![大家个批])[\u4e00-\u9fff]")
#: Characters a phrase starts with that no transliterated name starts with (对, 向, 与).
_LEADING_FUNCTION = frozenset("对向与和同在据让将把被给为从由跟而及并但是称")
#: Words after a foreign name that start with transliteration characters (朔尔茨访华).
_AFTER_FOREIGN = (
    "访华",
    "来华",
    "访问",
    "致函",
    "致电",
    "致信",
    "一行",
    "夫妇",
    "关于",
    "海外",
    "家族",
    "政府",
    "总统",
    "先生",
    "女士",
    "夫人",
)
#: Characters that start what follows a two-character transliteration (卢拉致电, 普京互致贺电).
_AFTER_FOREIGN_CHARS = frozenset("致互就向对在和同与等也都将访称说")  # (普京|访华, 大使多|古称)
#: Verbs of appointment and removal, before the name of the one appointed.
_APPOINTED = re.compile(r"(?:任命|免去|提名|任免|选举|推选|撤销|罢免)")
#: ... and the one or two characters of a name after it, up to where a body's name starts.
_APPOINTED_BEFORE_NAME = re.compile(r"(?:任命|免去|提名|选举|推选)[\u4e00-\u9fff]{1,2}")
#: Places that act as a body when a clause starts with them and a verb of doing follows.
_ACTING_KINDS = frozenset({"province", "municipality", "autonomous_region", "city", "county", "district"})
#: Words that start a kind of unit after a body, not a unit's name (教育部直属师范大学).
_CLASS_OF_UNITS = ("直属", "下属", "所属", "各")
_UNIT_KINDS = frozenset({"师范大学", "高校", "院校", "学校", "医院", "单位", "企业", "机关", "机构", "部门"})
#: A count inside a unit's name: one of a kind, not a name (一名炮兵部队指挥官).
_COUNT_IN_NAME = re.compile(r"[一两二三四五六七八九十几数多][名个位支]")
#: Endings of the names of rivers, lakes and mountains, which have no government.
_NATURAL_FEATURES = ("河", "江", "湖", "山", "海", "岛", "湾", "峡", "泛区")
#: Last characters of towns, villages and places jieba splits from their names (尚志|市).
_TOWN_ENDS = ("镇", "乡", "村", "街道", "屯", "社区", "市", "县", "区", "旗", "州")
#: How far back 当地 looks for the place it stands for.
_LONGEST_SENTENCE_BACK = 60
#: Legislatures and a party a news item writes bare, as its state's (True: a party, taken only
#: where the gazetteer knows the state's).
_BARE_STATE_BODIES = {"国会": False, "参议院": False, "众议院": False, "议会": False, "民主党": True}
#: Tags of the word right before such a bare name that leave it bare (a preposition, a
#: conjunction, 的, punctuation, a verb, an adverb).
_BEFORE_BARE_BODY = frozenset({"p", "c", "uj", "x", "v", "vn", "d", "f", "t", "m", "r", "ul"})
#: Before it, the end of a federated state's or a province's name (多州议会: not the state's).
_SUBNATIONAL = frozenset("州省市县区邦")
#: After a province or a city, its officials who speak for its government (湖北省有关负责人介绍).
_OFFICIALS_OF = re.compile(r"(?:有关|相关)负责人")
#: After it, words that make it a kind of thing (议会组织, 国会大厦, 议会合作), not the body.
_KIND_AFTER_BODY = ("组织", "联盟", "大厦", "山", "制度", "选举", "民主", "外交", "图书馆", "党派", "党人")
_KIND_AFTER_BODY += ("合作", "交往", "交流")
#: After it, the end of a list of fields (外交、议会、司法等各领域).
_FIELDS_LISTED = re.compile(r"[^，,。；;：:]{0,24}等(?:各|多个|诸)?(?:领域|方面)")
#: Regions named by joining their provinces' short names, which act as those provinces
#: together (京津冀签署…: Beijing, Tianjin and Hebei); never a region of one government.
_PLACES_TOGETHER = {"京津冀": ("北京市", "天津市", "河北省")}
#: What joins two places that act together (云南与上海携手).
_PAIR_JOINERS = frozenset({"与", "和", "同"})
#: What a clause that starts with a place acting as a body may stand after.
_CLAUSE_OPENERS = frozenset("。，,；;：:！？!?\n、“")
#: Words before a list that say it lists where something happens (在, 来到, 赴).
_WHERE_BEFORE_LIST = ("在", "到", "赴", "前往", "来到", "走进", "深入", "于")
#: 听取福建省和福州市住房保障情况汇报: a leader hears the report of the places named after 听取.
_HEARS_REPORT = re.compile(r"听取(?=[^，,。；;！？\n]{2,40}汇报)")
#: Words of planning jieba tags as nouns (计划/n): before a verb, the place plans to do it.
_PLANS = frozenset({"计划", "策划", "拟"})
#: What a place is called before its name (外贸大省浙江, 经济强省广东): the clause starts before it.
_PLACE_EPITHETS = ("大省", "强省", "大市", "大县", "强市", "强县", "主产省", "主产区", "试点省")
#: Verbs of being, having and place: a place that is, has or lies somewhere does not act.
_NOT_ACTING = frozenset(
    {"是", "有", "拥有", "位于", "地处", "成为", "属于", "作为", "共有", "也", "的", "已经", "已", "都", "已有", "现有"}
    | {"接壤", "毗邻", "紧邻", "地跨", "境内", "全境", "各地"}
    # what the place must or should do, said to it (总书记强调，广东要锚定…; dev gold none in 4 of 4)
    | {"要", "应", "应当", "必须", "务必"}
    # where an activity is held (北京举行…活动, 四川成都举行了一场…: dev gold none in 4 of 4), and
    # where a harvest ends (四川正在扫尾)
    | {"举行", "举办", "扫尾"}
    # where it ranks (北京位列第三, 美国和德国分别位列第二和第三)
    | {"位列", "位居", "排名", "排在", "名列", "位次", "居"}
)
#: Adverbs and time words between a place and what it does (甘肃省每年滚动实施, 湖北省近日设立).
_ACTING_ADVERBS = frozenset(
    {"每年", "近年来", "近日", "日前", "近期", "同时", "率先", "先后", "相继", "进一步", "大力", "着力", "积极", "全力"}
    | {"持续", "深入", "扎实", "全面", "紧急", "及时", "迅速", "首次", "再次", "专门", "集中"}
    # (宁夏将重点做好, 广西高水平共建: jieba tags these a noun and a name)
    | {"重点", "高水平", "年初", "年内", "上半年", "下半年"}
    | {"广泛", "对外", "有序"}  # (哈尔滨广泛/a 动员, 北京正式对外/s 发布, 安徽省有序/n 调度)
    | {"大面积"}  # (渭南今年大面积/n 推广)
    # (山东全省先后派出, 安徽全省计划投入: the whole province acting is its government)
    | {"全省", "全市", "全区", "全州", "全县"}
)
#: Adverbs of effort: a noun of doing after one is what the place does (酒泉市着力/n 发展/vn).
_EFFORT_ADVERBS = frozenset({"着力", "大力", "积极", "全力", "持续", "深入", "扎实", "全面", "重点", "广泛", "率先"})
#: Words of what a government does that jieba may tag as a noun or an adverb (立足/d, 致力于/n).
_ACTING_VERBS = frozenset(
    {
        "立足",
        "致力于",
        "大力推广",
        "推广",
        "聚焦",
        "围绕",
        "统筹",
        "探索",
        "推行",
        "构建",
        "打造",
        "实施",
        "出台",
        "印发",
    }
    | {"启动", "推出", "开展", "投入", "安排", "下达", "部署", "设立", "提出", "落实", "组建", "联动", "整合", "调度"}
    | {"布局", "建立", "完善", "加快", "加大", "深化", "优化", "强化", "推进", "推动", "实行", "发放", "下拨", "制定"}
    | {"培育", "引导", "鼓励", "紧急调度", "全力推进", "加快推进", "积极推进", "扎实推进"}
    | {"紧盯", "全面提高"}  # (宁夏正紧盯/z, 辽宁今年全面提高/n)
    | {"利用", "充分利用", "动员", "广泛动员"}  # (萍乡利用/n 空地, 遂宁充分利用/n, 动员/n)
    | {"谋划", "营造"}  # (广州将谋划/n 推动, 广西将营造/vn)
    | {"调动", "调整"}  # (广东调动/vn 各方力量)
    | {"调集", "大力发展", "认定", "新认定"}  # (盱眙县调集了收割机, 浦东新区新认定高新技术企业)
)
#: Verbs of what happens to a place, not of what its government does.
_BEFALLS = frozenset(
    {"出现", "迎来", "进入", "遭遇", "遭受", "发生", "有着", "到", "送", "至", "经历", "入选", "降雪", "降雨"}
    | {"出发", "前往", "抵达", "途经", "飞往", "飞抵", "开往", "返回", "出境", "入境", "预计", "预报"}
    # what visitors do in a place (在上海、江苏盐城考察), and a place's rank or brand
    | {"考察", "调研", "视察", "列入", "累计", "处于", "制造", "站", "普降", "遭受", "受灾"}
    | {"受", "受到", "受损", "实现"}  # (海南受台风“摩羯”影响, 昌平区、门头沟区受损地区, 涿鹿县与北京将实现…通达)
    # a figure of the place (江苏增长12.8%), a train's origin (成都直达黄龙九寨站), the rain it
    # gets (保定、石家庄等地达到大暴雨级别)
    | {"增长", "同比增长", "下降", "同比下降", "增加", "减少", "上涨", "回落", "直达", "达到", "超过"}
    # the visitors it receives, the craze that sweeps it (内蒙古接待国内游客, 宁德掀起了…热潮)
    | {"接待", "掀起"}
)
#: Places a county's or city's body may be written after (江苏江阴市政府).
_ABOVE_COUNTY = frozenset({"province", "municipality", "autonomous_region", "city"})
#: Last characters of the name of a county or city that has its own bodies.
_LOCAL_UNITS = frozenset("县市区旗州盟")
#: Short names of a county's or city's bodies after the place, longest first, with the
#: full name's template and the category.
_LOCAL_BODIES = (
    ("人民代表大会常务委员会", ("{}人民代表大会常务委员会", "government")),
    ("人大常委会", ("{}人民代表大会常务委员会", "government")),
    ("人民代表大会", ("{}人民代表大会", "government")),
    ("人民检察院", ("{}人民检察院", "government")),
    ("人民法院", ("{}人民法院", "government")),
    ("人民政府", ("{}人民政府", "government")),
    ("委员会", ("中共{}委员会", "party")),
    ("检察院", ("{}人民检察院", "government")),
    ("法院", ("{}人民法院", "government")),
    ("人大", ("{}人民代表大会", "government")),
    ("政协", ("中国人民政治协商会议{}委员会", "government")),
    ("政府", ("{}人民政府", "government")),
    ("委", ("中共{}委员会", "party")),
)
#: Bodies whose short name after a word ending in 区/县/市 makes that word a place even when
#: jieba tags it otherwise (越秀区人民法院).
_STRONG_LOCAL = ("人民法院", "人民检察院", "人民政府", "人大常委会", "人民代表大会")
_COURTS = frozenset({"人民法院", "人民检察院", "法院", "检察院"})
#: Tags jieba gives a district or county it does not know as a place.
_PLACE_LIKE_TAGS = frozenset({"nr", "nrt", "nz", "x", "n"})
#: Words ending in 区/县/市 that are no place of their own (辖区人民政府 is the one in charge).
_NOT_LOCAL_PLACES = frozenset(
    {"辖区", "城区", "市区", "郊区", "社区", "景区", "园区", "片区", "新区", "各区", "全市", "各县"}
)
_LOCAL_BODIES_BY_SHORT = dict(_LOCAL_BODIES) | {"党委": ("中共{}委员会", "party")}
#: Short names of a place's Party commissions after the place, and their full names' template.
_LOCAL_COMMISSIONS = {"纪委": "中共{}纪律检查委员会"}
#: A body named by its level alone (自治区政府, 省委), right after punctuation.
_BARE_BODY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[到在和与及同向对从赴由委]))(自治区|特区|省|市|县)(党委|委|人民政府|政府|人大常委会|政协)"
)
#: A department named by its level alone (省农业农村厅, 市公安局), right after punctuation or a
#: word that stands before a body (由, 和); not 市场, 市民, 省级 and the like.
_BARE_DEPARTMENT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[到在和与及同向对从赴由]))(自治区|省|市)"
    r"((?![场民区县级内外中长委政属直辖域容貌况面值])[\u4e00-\u9fff]{0,10}?"
    r"(?:厅|局|委员会|发展改革委|发改委|卫健委|住建委|国资委|经信委|教委|科委))"
)
_LEVEL_KINDS = {
    "自治区": ("autonomous_region",),
    "省": ("province",),
    "市": ("city", "municipality"),
    "县": ("county",),
    "特区": ("sar",),
}
#: The place inside the name of its government or Party committee.
_PLACE_OF_BODY = re.compile(r"^(?:中共)?(.+?)(?:人民政府|委员会|人民代表大会常务委员会)$")
#: Titles of the head of a people's government (浙江省长 is 浙江省人民政府's).
_GOVERNMENT_HEADS = ("省长", "市长", "主席", "区长", "县长", "州长")
_FOREIGN_BODY = re.compile(
    r"(?:外交部|国防部|财政部|商务部|国防省|外务省|防卫省|政府|议会|国会|总统府|内阁府|内阁|央行|中央银行|"
    r"大使馆|领事馆|总领事馆|众议院|参议院|最高法院)"
)
#: What a foreign state's body is called right after the state's name (约旦外交部, 埃及政府,
#: 叙利亚国防部): the body is that state's, international.
_FOREIGN_BODY_AFTER_STATE = re.compile(
    r"(?:外交部|国防部|财政部|商务部|内政部|司法部|卫生部|教育部|能源部|经济部|交通部|农业部|国防省|外务省|防卫省|"
    # (利比亚民族团结政府, 叙利亚过渡政府: a government named by what it is)
    r"(?:民族团结|全国团结|民族统一|过渡)?政府|联邦议会|议会|国会|内阁府|内阁|总统府|央行|中央银行|最高法院|"
    r"众议院|参议院|"
    r"大使馆|使领馆|总领事馆|领事馆|使馆|"
    # any other ministry (哈萨克斯坦紧急情况部, 巴勒斯坦公共工程和住房部), not a part of the
    # country (南部, 中西部), a headquarters, a department or a part (部门, 部分)
    # (nor words across a joiner, a verb or a title: 土耳其和埃及外交部, 普京在国防部, 副总理兼财政部)
    r"(?:(?![的和与及或在兼等援引统相理副两村乡镇])[\u4e00-\u9fff]){2,9}?(?<![东西南北中内外全局总大干俱乐])部"
    r"(?![分门长队落位件署])"
    r")"
)
#: A discipline inspection and supervision team the CCDI and the NSC station in a body
#: (中央纪委国家监委驻应急管理部纪检监察组): the team is the CCDI's.
_STATIONED_TEAM = re.compile(r"(?:中央纪委国家监委|中央纪委|国家监委)驻[\u4e00-\u9fff]{2,20}?纪检监察组")
#: A department or team the CCDI and the NSC share (中央纪委国家监委宣传部, …追责问责审查调查组).
_JOINT_CCDI_UNIT = re.compile(
    rf"中央纪委国家监委(?:宣传部|组织部|办公厅|法规室|研究室|案件审理室|第[{_NUMERALS}]{{1,3}}监督检查室"
    r"|[\u4e00-\u9fff]{2,8}?审查调查组)"
)
#: China's embassy or consulate in a country, or its ambassador there (中国驻韩国大使):
#: the state that sends, the country, and what follows.
_EMBASSY = re.compile(
    r"(?:(?:中国|我国|中华人民共和国|我)驻|(?<![\u4e00-\u9fff])驻|(?<=[了的向到和与及])驻)"  # (慰问了驻朝鲜使馆馆员)
    r"([\u4e00-\u9fff]{1,8}?)(大使馆|使馆|总领事馆|总领馆|大使)"
)
#: 中国驻新加坡、孟加拉国、摩洛哥等国使馆: China's embassies in each state listed
_EMBASSY_LIST = re.compile(
    r"(?:中国|我国|中华人民共和国)驻((?:[\u4e00-\u9fff]{2,10}?、)+[\u4e00-\u9fff]{2,10}?)"
    r"(?:等(?:[\d一二三四五六七八九十]+个?)?国)?(大使馆|使馆|总领事馆|总领馆)"
)
_LIST_ITEM = re.compile(r"[^、]+")
#: What joins the items of a list whose items share a head (综合频道、新闻频道; 海军和空军).
_LIST_JOINERS = frozenset("、和及")
#: The longest item of such a list.
_LONGEST_ITEM = 8
#: The longest name of a unit before its ending in such a list (文化文史和学习|委员会).
_LONGEST_UNIT = 9
#: Who fields a national team besides the states (中国香港队, 中国台北队)
_TEAM_PLACES = frozenset({"中国", "中国香港", "中国澳门", "中国台北"})
#: Games of many sports, where 中国队 is the Chinese sports delegation (_DELEGATION)
_MULTI_SPORT_GAMES = ("运动会", "奥运", "亚运", "大运会", "冬奥", "残奥", "全运会", "青奥", "亚冬会", "世运会")
_DELEGATION = "中国体育代表团"
#: China's sports delegations named in full (中国大学生体育代表团).
_CHINESE_DELEGATION = re.compile("中国[\u4e00-\u9fff]{0,6}?体育代表团")
#: The templates of the full names of a Chinese place's bodies (中共{}委员会, {}人民政府 ...), in
#: the order of _LOCAL_BODIES.
_LOCAL_BODY_TEMPLATES = tuple(dict.fromkeys(template for template, _ in _LOCAL_BODIES_BY_SHORT.values()))
#: A village's or a community's Party unit before its secretary's title (双西村党支部书记).
_VILLAGE_UNIT = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:村|社区))(党支部|党总支|党委)(?=(?:副)?书记)")
#: Characters no village's name holds (全村, 本村, 该社区, 各村).
_NOT_IN_VILLAGE = frozenset("全本该各每这那其此我你他在的和与及是为作当选任从名")
#: Ends of the places a village's name may follow directly (安吉县余村, 民主镇雪峰村).
_PLACE_UNIT_ENDS = frozenset("省市县区镇乡旗州道")
#: A count of the places just listed (云南、贵州、四川三省).
_COUNT_OF_LISTED = re.compile(r"[两三四五六七八九十]个?[省市县区地]")
#: A count of places of a kind after a list and 等 (等|多个|省市, 等|10个|城市).
_COUNT_OF_SOME = re.compile(r"多个|多|几个|[0-9一二两三四五六七八九十]{1,3}个")
_KINDS_OF_LISTED = frozenset({"省市", "省份", "省区", "城市", "地区", "地方", "省", "市", "县", "区"})
#: A count of the places listed before a body's short kind (等6省（区）人大常委会, 等3市政府).
_COUNT_THEN_KIND = re.compile(
    r"等[0-9一二两三四五六七八九十]{1,3}个?[省市县区](?:[（(][省市区县][)）])?"
    r"(党委|人民政府|政府|人大常委会|政协)"
)


def _inside_longer(mentions: list[Mention]) -> list[bool]:
    """For each mention, whether a longer one covers its span (one sort, not a pass over all
    the others for each: a document may hold thousands)."""
    order = sorted(range(len(mentions)), key=lambda k: (mentions[k].start, -mentions[k].end))
    inside = [False] * len(mentions)
    furthest = furthest_before = -1
    span = None
    for k in order:
        m = mentions[k]
        if (m.start, m.end) != span:
            span, furthest_before = (m.start, m.end), furthest
        inside[k] = furthest_before >= m.end
        furthest = max(furthest, m.end)
    return inside


def _joiner_before(text: str, start: int) -> int:
    """Where the list joiner (、, 和, 及, 以及) right before `start` starts, else -1."""
    if text[start - 2 : start] == "以及" and start >= 2:
        return start - 2
    if start >= 1 and text[start - 1] in _LIST_JOINERS:
        return start - 1
    return -1


def _by_means(tokens: tuple[Token, ...], n: int) -> bool:
    """A place does something by doing something (龙岩通过开展…活动) or by some means
    (浙江通过多种方式帮助企业…), 通过 standing at token n."""
    if n + 1 < len(tokens) and tokens[n + 1].text in _ACTING_VERBS | {"开展", "举办"}:
        return True
    if tokens[n].pos != "p":
        return False
    for tok in tokens[n + 2 : n + 9]:
        if tok.text in ("“", "”"):
            continue  # 天水通过“广场课堂”理论宣讲: a quoted name of the means
        if tok.text in _CLAUSE_ENDS or tok.text in ("，", ",", "的"):
            return False
        if tok.pos == "v" and tok.text not in _NOT_ACTING and tok.text not in _BEFALLS:
            return True
    return False


#: A body's founding anniversary after its name (成立100周年, 建党102周年).
_FOUNDING_ANNIVERSARY = re.compile(rf"成立[0-9{_NUMERALS}百]+周年")


def _congress_own_committee(text: str, start: int, end: int) -> bool:
    """党的二十大代表资格审查委员会: a congress's own credentials committee, written bare right
    after the congress's name, is no committee of the NPC's."""
    return text[start:end] == "代表资格审查委员会" and text[start - 1 : start] == "大"


def _embassy_name(host: PlaceEntry, consulate: bool) -> str:
    """China's embassy (or consulate general) in a place, by the host state's official name
    (大韩民国, 厄立特里亚国, 俄罗斯联邦) when the gazetteer has one."""
    formal = max((n for n in (host.name, *host.aliases) if n.endswith(("国", "联邦"))), key=len, default=host.name)
    return f"中华人民共和国驻{formal}{'总领事馆' if consulate else '大使馆'}"


def _template_place(template: str, label: str) -> str | None:
    """The place a body's canonical name is made of by the template (中共{}委员会), if it is."""
    head, _, tail = template.partition("{}")
    if label.startswith(head) and label.endswith(tail) and len(label) > len(head) + len(tail):
        return label[len(head) : len(label) - len(tail)]
    return None


#: A foreign state's armed forces and their services (乌克兰军方, 美国海军, 苏丹武装部队)
#: and, after a one-character short name, its government and ministries (叙政府, 以外交部).
_FORCES = (
    # (俄称|黑海舰队: a state says; 日本政府|军事扩张: no army of the government)
    "(?:(?![称说])[\u4e00-\u9fff]{2,4}?|第[0-9一二三四五六七八九十]{1,2})舰队|军方|海军陆战队|海军|空军和防空部队|空军|空天军|陆军|武装部队|"
    "武装力量|国家近卫军|海岸警卫队|国民警卫队|防空部队|特种作战部队|特种部队|空降部队|空降兵|太空军|政府军(?!事)|政府|外交部|国防部|"
    # (美国会继续…: after 美, 国 and 会 may be the state and "will", not the Congress)
    "议会|国会(?!继续|不会|一直|是否|可能|再次)|总统府|内阁|警方|"
    # (俄南部军区, 俄罗斯西部军区: a military district by its quarter)
    "(?:[东西南北中]部|南方|北方)军区"
)
#: Words for a member of a body that jieba glues to the body's name (安理会常任理事国).
_MEMBER_WORDS = ("非常任理事国", "常任理事国", "理事国", "成员国", "会员国", "缔约国", "观察员国")
#: What ends a clause.
_CLAUSE_ENDS = ("。", "，", ",", "；", ";", "：", ":", "！", "？", "\n", "“", "”", "、")
#: A party's plenum after its name (中共|二十届三中全会), not its central organs of a term
#: (中共十八届中央政治局).
_SESSION_AFTER = re.compile(r"第?[一二三四五六七八九十]+届(?![、，,和及与]|中央)")
#: The endings of a state's office or mission at a body of states (驻伊斯兰合作组织代表处).
_MISSION_ENDINGS = ("代表处", "办事处", "代表团", "使团")
#: After a group of states named as states (金砖国家): their leaders or their trade.
_STATES_AS_STATES = re.compile(r"领导人|进出口|贸易")
#: A model number after a maker's name (波音|757, 空客|A320).
_MODEL_AFTER = re.compile(r"[A-Z]?[0-9]{3}(?![0-9年])|(?:客机|货机|宽体客机|窄体客机)")
#: After a communist party's name, its members (中国共产党人), not 人民 or 人大 (党人民 starts other words).
_MEMBERS_AFTER = re.compile(r"共产党人(?![民大])")
#: After a state's service, the end of a body named after it (美国海军|学会新闻网, 以色列陆军|电台).
_NAMED_AFTER_FORCE = ("学会", "电台", "电视台", "新闻网", "通讯社", "报", "医院", "学院", "大学", "研究院")
#: A foreign state's armed services.
_SERVICES = frozenset(
    {"海军", "空军", "陆军", "空天军", "海军陆战队", "防空部队", "特种部队", "特种作战部队", "空降部队"}
)
#: Another service joined to a state's service (俄罗斯海军|与空天军).
_SERVICE_JOINED = re.compile(f"[与和、及]({'|'.join(sorted(_SERVICES, key=len, reverse=True))})")
#: A foreign army's services whose parent is the army (a navy's is its state, as the dev gold has it).
_ARMY_SERVICES = frozenset({"空军", "防空部队", "空天军", "特种部队", "特种作战部队"})
#: What only a state does, right after its name (美国|否决, 美国持续|拱火).
_STATE_ACTS = frozenset(
    {"否决", "拱火", "挑起", "挑动", "干涉", "制裁", "宣布", "批准", "签署", "决定", "拒绝"}
    | {
        "召回",
        "驱逐",
        "断绝",
        "承认",
        "投下",
        "行使",
        "对外宣布",
        "暂停",
        "中止",
        "外交承认",
        "发表",
        "发表声明",
        "谴责",
    }
    | {"投", "投票", "弃权"}  # (美国和以色列投反对票，摩尔多瓦弃权: the dev gold's votes of states)
)
#: Crimes that name a gang, not a company, before 集团 (贩毒集团, 赌诈集团, 电信诈骗集团).
_CRIME_GANG = re.compile(r"贩毒|毒品|犯罪|走私|诈骗|赌诈|赌博|黑恶|恐怖|诈$|毒$")
#: A state's strikes on another (以色列对贝鲁特南部的袭击), after 对 and 的.
_STRIKES = frozenset({"袭击", "空袭", "打击", "暗杀", "侵略", "军事行动", "军事打击", "轰炸", "制裁", "封锁"})
#: The words after a list of states and bodies that act together (…以及联合国等国家和国际组织呼吁).
_STATES_AND_BODIES = "等国家和国际组织"
#: Words between a state and the verb by which it joins a body (芬兰正式申请加入北约).
_JOINING_WORDS = frozenset({"申请", "正式", "宣布", "决定", "同意", "将", "已", "已经", "尚未", "寻求", "可能", "即将"})
#: Bodies that are never the unit of the body named before them with a verb between.
_NOT_UNITS = frozenset({"医院", "大学", "学校", "公司", "银行"})
#: Services of the armed forces that, named alone in a story about no foreign body, are the PLA's.
_HOME_SERVICES = {"陆军": "中国人民解放军陆军", "海军": "中国人民解放军海军", "空军": "中国人民解放军空军"}
#: A state's missions abroad (美国驻华使领馆).
_MISSIONS = "大使馆|使馆|使领馆|总领事馆|总领馆|领事馆|代表处|军队"
#: A newspaper, a weekly or a magazine named in 《》 (《纽约时报》, 《圣保罗页报》, 《新闻周刊》).
_NEWSPAPER = re.compile(r"《([\u4e00-\u9fff·]{1,12}?(?:报|周刊|杂志))》")
#: A title in 《》: a work's, a law's or a paper's name.
_TITLE = re.compile(r"《([^《》\n]{1,80})》")
#: Documents named like a paper (《中国水资源公报》, 《天气预报》) are none.
_NOT_NEWSPAPERS = (
    "公报",
    "年报",
    "简报",
    "通报",
    "快报",
    "月报",
    "季报",
    "预报",
    "汇报",
    "战报",
    "捷报",
    "喜报",
    "海报",
    "情报",
)
#: A group army of the PLA by its number (第76集团军): one of the PLA Army's.
#: China's representative at a meeting (中国代表发言, 中方代表在致辞中表示), not its delegation.
_CHINA_REPRESENTATIVE = re.compile(r"(?:中国|中方)(?:常驻联合国)?代表(?!团|处|性|大会|作用)")
#: A national centre or laboratory named by its field (国家先进功能纤维创新中心).
_NATIONAL_CENTRE = re.compile(r"国家([\u4e00-\u9fff]{2,12}?)(?:创新中心|研究中心|实验室)")
#: An escort task force of the PLA Navy by its batch (海军第42批、第43批护航编队).
_ESCORT_TASK_FORCE = re.compile(r"((?:中国)?海军)第[0-9]{1,3}批(?:、第[0-9]{1,3}批)*护航编队")
_ORDINAL_BATCH = re.compile(r"第[0-9]{1,3}批")
_PLA_NAVY = "中国人民解放军海军"
#: (78集团军: the number alone, two digits, as the news often writes it)
_GROUP_ARMY = re.compile(r"第[0-9一二三四五六七八九十]{1,3}集团军|(?<![0-9第])[0-9]{2}集团军")
_PLA_ARMY = "中国人民解放军陆军"
#: Words after a state's one-character name that start the name of its leader's or
#: government's body (乌总统办公室, 以总理办公室).
_LEADERS_BODIES = ("总统", "总理", "首相", "政府", "国防", "外交", "议会", "国家安全")
#: What a state's armed forces are called in the gazetteer (以色列军队, aliases 以军, 以色列军方).
_ARMY = "{}军队"
#: The whole armed forces under another name (乌克兰军方, 叙利亚政府军 -> the state's 军队).
_WHOLE_FORCES = frozenset({"军方", "政府军", "武装部队", "武装力量"})
#: Bodies only the one-character short name needs this rule for (叙政府); after a full name
#: (叙利亚政府) the place-and-body rule names them.
_SHORT_ONLY = frozenset({"政府", "外交部", "国防部", "议会", "国会", "总统府", "内阁", "警方"})
#: A department of a party's central committee in a chain of titles (、中央对外部部长).
_PARTY_DEPARTMENT_IN_CHAIN = re.compile(r"、(中央[\u4e00-\u9fff]{2,5}?部)(?=副?部长)")
#: Names of a kind of unit every body of a sort has, not of one unit (全国人大专门委员会 are
#: its nine committees together; 吉林省中小学 are a province's schools).
_KINDS_OF_UNIT = (
    frozenset({"专门委员会", "专委会", "工作机构", "办事机构", "派出机构", "直属机构"})
    | frozenset({"中小学", "大中小学", "中小学校", "中职学校", "高职院校"})
    # 以军指挥部, 哈马斯指挥中心: an armed force's command post, a target, no unit named
    | frozenset({"指挥部", "指挥中心"})
)
#: Words that end like a body but name something else (专题协商会 is a meeting, not a 商会;
#: 交界处, 四处, 两处 are places, not a 处).
_FALSE_ENDINGS = (
    "全部",  # 海啸预警全部解除: all of it, no department
    *("全集团", "本集团", "该集团", "各集团"),  # 调动全集团资源: the whole group, no group named
    "协商会",
    "地处",
    "实处",
    "大部",
    "交汇处",
    "结合处",
    "汇合处",
    "市中心",
    "城市中心",
    "交界处",
    "四处",
    "两处",
    "多处",
    "各处",
    "到处",
    "深处",
    "住处",
    "之处",
    "一处",
    "此处",
)
#: Centres that are venues, not bodies (国家会议中心, 国际会展中心, 市民活动中心).
#: The quarters of China that open schools' names (西南石油大学, 华北电力大学).
_QUARTERS = frozenset({"西南", "东北", "华东", "华南", "华北", "西北", "华中", "东南"})
#: Words of arriving at a place (抵达克里姆林宫).
_ARRIVALS = ("抵达", "到达", "来到", "前往", "走进")
#: What is done at a palace named as the venue (在克里姆林宫会见普京).
_VENUE_ACTS = ("会见", "会谈", "举行", "出席", "同", "与", "接见", "主持", "会晤", "欢迎")
#: A railway's depots, named by the city they serve (重庆客运段) or by their own names
_RAILWAY_DEPOTS = ("客运段", "机务段", "车务段", "工务段", "电务段")
#: Units of a railway company or a farming group that go by their own names
_COMPANY_UNITS = frozenset({*_RAILWAY_DEPOTS, "农场"})
#: A company's legal forms after a name of its own (中国铁道科学研究院|集团有限公司)
_COMPANY_FORMS = frozenset({"集团有限公司", "集团股份有限公司", "集团有限责任公司"})
#: The dashes that join China's name to another's in a joint name (中国—东盟博览会, 中国-东盟…中心)
_DASH_CHARS = "—－-–"
_DASHES = tuple(f"中国{dash}" for dash in _DASH_CHARS)
#: Halls where things are held, and what is held there (在北京展览馆举行)
_HALLS = ("展览馆", "剧院", "体育馆", "体育场", "会展中心", "会议中心", "展览中心")
_HELD = re.compile("(?:隆重|盛大)?(?:举行|开幕|闭幕|举办|欢聚|召开|上演|演出|展出)")
_VENUE_ENDS = (
    "会议中心",
    "会展中心",
    "展览中心",
    "购物中心",
    "体育中心",
    "艺术中心",
    "文化中心",
    "活动中心",
    "商业中心",
)
_COUNT_CHARS = frozenset("一二三四五六七八九十百千两几多数0123456789")
#: Measure words of bodies after a number (97家|专业研究所, 多家|航运公司, 14个|省区市代表团).
_COUNTED_BY = frozenset("家所个座批")
#: Endings that name a body with a Chinese place's name alone before them (聊城大学, 北京医院),
#: unless followed by what makes them a kind (大学生, 医院里 are not: the words after them).
_PLACE_NAMED = {
    "大学": ("生", "城"),
    "学院": ("派",),
    "医院": (),
    "银行": ("业", "卡"),
    "日报": (),
    "电视台": (),
    "代表团": ("团长", "成员"),
    "博物馆": (),
    "博物院": (),
    "纪念馆": (),
    "展览馆": (),
    "美术馆": (),
    "图书馆": (),
    "科技馆": (),
    "农科院": (),
    "社科院": (),
    "林科院": (),
    **dict.fromkeys(_RAILWAY_DEPOTS, ()),  # (重庆客运段, 成都机务段: by the city they serve)
    "油田": ("区", "群"),  # (大庆油田; not 油田区)
    "气田": ("区", "群"),
}
#: Words that open the names of national bodies although their first character is a
#: function word elsewhere (中国X协会, 全国X委员会).
_NAME_OPENERS = frozenset({"中国", "中华", "中央", "全国", "中共"})
#: One-character short names of states that follow 中 in a bilateral body's name (中俄, 中法).
_STATE_SHORT_CHARS = frozenset(
    "俄美日韩英法德意西葡荷比瑞挪丹芬波匈捷奥希土埃沙伊以巴印越泰老柬缅马新菲澳加墨巴智秘阿非欧蒙朝哈乌吉塔土"
)

#: A body of China and one or more states, named with their short names (中俄投资合作委员会,
#: 中法企业家委员会, 中新双边合作联委会), or with the other state's first as it names them
#: (老中合作委员会, 巴中友好协会, 俄中友协).
#: A commission of China and another state named in full, joined by a dash.
_BILATERAL_DASHED = re.compile(
    rf"中国[{re.escape(_DASH_CHARS)}]([\u4e00-\u9fff]{{4,20}}?(?:委员会|理事会|联委会))(?!员)"
)
#: 中国-东盟卫星遥感应用中心, 中国－金砖国家人工智能发展与合作中心: a centre of China and another
#: state or group of states, joined by a dash, named whole
_JOINT_CENTRE = re.compile(rf"中国[{re.escape(_DASH_CHARS)}]([\u4e00-\u9fff]{{4,24}}?中心)")
#: What a joint centre's name does not hold: a place where something is held (中国—东盟博览会在
#: 南宁国际会展中心), a meeting's word
_NOT_IN_JOINT_NAME = re.compile("[在于]|峰会|博览会|论坛|会议|会晤")
_BILATERAL = re.compile(
    # 南 is South Africa's (中南国家双边委员会), but not in 中南海 or 中南部
    f"(?:中(?!南[海部])[{''.join(sorted(_STATE_SHORT_CHARS | {'南'}))}]"
    # (not 俄中央选举委员会, 日中国共产党, 巴中市)
    f"|[{''.join(sorted(_STATE_SHORT_CHARS))}]中(?![央国心部东西南北间市区县]))"
    "(?:[\u4e00-\u9fff]{1,12}?(?:委员会|理事会|联委会|协会|基金会|商会)(?!员)|[\u4e00-\u9fff]{0,8}?(?:友好协会|友协))"
)
#: Words in such a body's name that make it one of businesses or people, not of governments.
_NOT_INTERGOVERNMENTAL = re.compile("企业|工商|商务|商会|友好|友协|民间|媒体|青年|班列|智库|协会|基金会")
#: Verbs a commission's name holds (中巴经济走廊联合合作委员会, 中欧班列运输协调委员会).
_NAMING_VERBS = frozenset({"联合", "协调", "指导", "合作"})
#: Parts of speech that no bilateral body's name holds (prepositions, pronouns, numerals).
_NOT_IN_BILATERAL = frozenset({"p", "c", "r", "u", "uj", "ul", "uz", "y", "m", "q"})


#: What stands between a body and one the text says is under it (哈马斯下属武装派别卡桑旅,
#: 美国国防部下属的运输司令部, 中央广播电视总台所属中国国际电视台); a short name in brackets may
#: follow the body (（哈马斯）的下属).
_SUBORDINATE_OF = re.compile(
    r"(?:[（(][^（）()]{1,10}[）)])?的?(?:下属|所属|旗下)的?(?:武装派别|武装组织|机构|单位|部门)?“?$"
)


def _stated_subordinates(text: str, mentions: list[Mention], known: Sequence[Mention]) -> list[Mention]:
    """哈马斯下属武装派别卡桑旅: a body the text says is under another has it as its parent."""
    by_end = {m.end: m for m in (*known, *mentions) if m.kind == "organization"}
    out = []
    for m in mentions:
        lead = _SUBORDINATE_OF.search(text, max(0, m.start - 20), m.start)
        above = by_end.get(lead.start()) if lead is not None else None
        if above is not None and m.parent is None and above.label != m.label:
            m = replace(m, parent=above.label)
        out.append(m)
    return out


def start_index(tokens: tuple[Token, ...], start: int, k: int) -> int:
    """The index of the token that starts at offset start, searching back from token k."""
    j = k
    while j > 0 and tokens[j].start > start:
        j -= 1
    return j


def place_at(text: str, token: Token, gaz: Gazetteer) -> tuple[PlaceEntry | None, int]:
    """The place a token names and where its name ends: 刚果(布) is one name over four
    tokens, its qualifier in brackets."""
    if text.startswith("(", token.end):
        close = text.find(")", token.end, token.end + 4)
        if close > 0:
            entry = gaz.places.get(text[token.start : close + 1])
            if entry is not None:
                return entry, close + 1
    return gaz.places.get(token.text), token.end


#: Kinds of titles a member holds, never inside a body's name (代表, 委员; a leader's may be:
#: 伊拉克总理媒体办公室).
_PERSONS_TITLE_KINDS = frozenset({"member"})
#: A name in quotes that may be a body's (“美中青少年学生交流协会”).
_QUOTED_BODY = re.compile(r"“([\u4e00-\u9fff]{4,20})”")
#: What ends a foreign body's name that speaks (选举委员会, 航空运输署, 总理办公室), and what
#: follows it: a day or a time word, an adverb (还, 也), then the verb of speech.
_SPEAKING_BODY_ENDS = "(?:委员会|署|局|议会|联合会|协会|工会|法院|检察院|总统府|办公室|中心)"
_SPEAKING_BODY_TAIL = (
    "(?:[0-9一二三四五六七八九十]{1,3}日(?:晚|早|上午|下午|晚间)?|今天|当天|此前|日前|近日|当地时间[0-9]{1,2}日)?"
    # (今天（4月24日）正式宣布: the day written out in brackets, the act made formal)
    "(?:[（(][0-9]{1,2}月[0-9]{1,2}日[）)])?"
    "(?:还|也|则|又|再次|随后|同时)?(?:正式|已经|已)?(?:发布消息|发表声明|发布声明)?(?:称|宣布|表示|重申|指出|说)"
)
#: Endings of a kind of area, no county or district (边境地区, 欧元区, 自贸区, 开发区).
_AREA_KINDS = (
    *("地区", "山区", "城市", "林区", "矿区", "牧区", "灾区", "街区", "港区", "园区", "校区", "景区", "产区", "郊区"),
    *("欧元区", "自贸区", "经济区", "开发区", "示范区", "试验区", "保税区", "功能区", "垦区", "高新区", "片区"),
)
#: A day written in brackets after a time word (（12月21日）).
_BRACKETED_DAY = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")
#: The legal forms that end a registered company's full name (深圳市创新投资集团有限公司).
_REGISTERED_FORMS = ("有限公司", "有限责任公司")
#: Words before an epithet in quotes (被誉为“…博物馆”).
_CALLED = ("誉为", "称为", "号称", "称作", "美称", "誉称")
#: Weather that starts or comes where the place stands (北京开始降雨).
_WEATHER_BEGINS = re.compile(
    r"(?:今天|当天|夜间|凌晨|午后|也|将|已|已经)?(?:开始|再次|又|普遍|陆续)(?:出现|迎来)?"
    r"[^，。]{0,12}?(?:降雨|降雪|降温|暴雨|大雨|大雪|雷雨|大风)"
    # 凌晨起遭遇暴雨: the weather from a time on
    r"|(?:今天|当天|夜间|凌晨|午后|上午|下午|夜里|傍晚)起(?:遭遇|遭受|出现|迎来)"
    r"|降下[^，。]{0,8}?[雪雨]"  # (宁夏降下今冬首场雪)
)
#: A power plant or a building site named after the place before it (南宁|抽水蓄能电站).
_FACILITY_NAMED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:抽水蓄能电站|核电站|水电站|电厂)")
#: A weather warning issued where the places stand (等地|发布大雾橙色预警).
_WARNING_ISSUED = re.compile(r"(?:已|相继|先后|陆续|均|还|也|分别|继续|今天|当天)*发布了?[^，。；]{0,12}预警")
#: Quantity and size words before a state's banks in general (一些大型美国银行).
_SOME_OF = _QUANTIFIERS | {"大型", "中小", "中小型", "地区", "这些", "其他", "各大", "数家"}
#: The armed police, parent of its corps (武警广西总队).
_ARMED_POLICE = "中国人民武装警察部队"
#: Games of a match won or lost (直落三局, 连扳两局).
_GAMES_WON = re.compile("(?:直落|连胜|连下|拿下|赢下|先胜|先失|连扳|连丢)[一二两三四五]局$")
#: A state's organs, which 与 joins to another body rather than inside a party's name.
_STATE_ORGANS = ("政府", "议会", "国会", "军队", "总统")
#: A national team's short names (中国女排).
_TEAM_SHORT_NAMES = ("女排", "男排", "女篮", "男篮", "女足", "男足")
#: Endings of a movement's or a party's own name, never an organ each state of a list has.
_MOVEMENT = re.compile("(?:运动|阵线|组织|党)$")
#: The Party centre's numbered guiding groups (主题教育中央第五巡回指导组).
_GUIDING_GROUP = re.compile(rf"(?:主题教育)?中央第[{_NUMERALS}百]{{1,4}}(?:巡回)?指导组")
#: Customs named alone before the figures it counts (据海关统计, 海关数据显示).
_CUSTOMS_FIGURES = re.compile(r"(?:(?<=[据，。；：\n])|^)海关(?=统计|数据显示|最新数据)")
#: Words after a body's name that make it a building's (国会大楼, 市政府旧址, 总统府前集会).
_BUILDING_AFTER = re.compile("大楼|大厦|办公楼|旧址|门?前(?:举行|集会|抗议|示威|聚集)")
#: Characters that make a word with a site's closing 网 (中国网|球, 网民, 网络): no site.
_NET_WORDS = frozenset("球络友民页站点购红速格")


def _past_bracketed_date(tokens: tuple[Token, ...], n: int) -> int:
    """The token after a day in brackets starting at token n (（12月21日）), else n."""
    if n >= len(tokens) or tokens[n].text not in ("（", "("):
        return n
    for m in range(n + 1, min(n + 8, len(tokens))):
        if tokens[m].text in ("）", ")"):
            inside = "".join(t.text for t in tokens[n + 1 : m])
            return m + 1 if m + 1 < len(tokens) and _BRACKETED_DAY.fullmatch(inside) else n
    return n


def _armies_by_the_name_written(mentions: list[Mention]) -> list[Mention]:
    """乌克兰武装部队称，乌军继续…: a story that names a state's armed forces in full (kept as
    written) calls them by that name where it writes the short form too (乌军 -> 乌克兰武装部队),
    and its services are theirs (乌空军: parent 乌克兰武装部队)."""
    full = {}
    for m in mentions:
        if m.rule == "gazetteer" and m.text.endswith(_FORCES_IN_FULL) and m.aliases and m.label == m.text:
            full.setdefault(m.aliases[0], m.label)
    if not full:
        return mentions
    out = []
    for m in mentions:
        if m.label in full and m.label != m.text:
            m = replace(m, label=full[m.label], aliases=(m.label,))
        if m.parent in full:
            m = replace(m, parent=full[m.parent])  # 乌空军: a service of the armed forces by that name
        out.append(m)
    return out


#: What names an anniversary of a founding around the body founded (庆祝|X|成立75周年).
_CELEBRATED = ("庆祝", "纪念")
_FOUNDED_YEARS_AGO = re.compile(r"成立[\d一二三四五六七八九十百]+周年")


#: The two parties of the United States named together (民主、共和两党, 共和民主两党), and what
#: names the United States right before them (美国, 国会).
_TWO_PARTIES = re.compile(r"(民主|共和)(?:[、和与]|党和)?(共和|民主)两党")
_AMERICAN_BEFORE = re.compile(r"(?:美国|国会|美)$")
#: Verbs of what a state says or does, never inside a party's name after the state (以色列称打击黎真主党);
#: not the extractor's clause_verbs, which hold 联合 and 建设, words of parties' names.
_CLAUSE_VERBS = frozenset({"称", "说", "表示", "宣布", "打击", "袭击", "指责", "谴责", "批评", "支持", "反对"})
#: Words for a level of government that stand for the place named before (省发改委, 自治区发展改革委).
_LEVEL_WORDS = frozenset({"省", "市", "县", "区", "自治区", "州", "盟", "旗", "镇", "乡"})
#: The longest name of a body's unit written after its member's title (文化文史和学习委员会).
_LONGEST_UNIT = 12
#: A university's branch after its name: by its place or its number (哈萨克斯坦分校, 第八分校).
_BRANCH = re.compile(r"(第[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{2,6}?)分(?:校|院)")
#: A member's title after a body and before the next title of a chain (全国政协|原常委、|X委员会主任).
_MEMBER_OF_BODY = re.compile(r"(?:原|前)?(?:常委|委员|常务委员)、(?:原|前)?")
#: Words of a head's term between a state and its body (以色列新任国家安全部部长).
_TERM_WORDS = frozenset({"新任", "前任", "代理", "时任", "现任"})
#: One sport's championships by their short names (成都世乒赛), and the sport.
_CHAMPIONSHIPS_SHORT = {"世乒赛": "乒乓球", "世羽赛": "羽毛球", "世游赛": "游泳"}


def _names_no_body_here(text: str, m: Mention) -> bool:
    """Whether a found body's name stands here for something else: a maker's short name before a
    model number or a kind of aircraft (波音757, 波音客机: the aircraft), a group of states named
    as states whose leaders meet or whose trade is counted (金砖国家领导人会晤: the dev gold's 6 of
    6), a state's bank counted (11家美国银行), a party named in its plenum's name (中共二十届三中全会:
    the dev gold lists none in 25 stories of 27 that name it only so), a party's members (中国共产党人)
    or a body whose founding is celebrated (庆祝中国人民政治协商会议成立75周年大会: the anniversary's
    name, the dev gold's 6 of 10), or a ministry of a visitor's entourage (陪同X访华的有外交部部长)."""
    if m.kind != "organization":
        return False
    if m.category == "enterprise" and (
        m.text != m.label
        and _MODEL_AFTER.match(text, m.end)
        or COUNTED_FIRMS.search(text, max(0, m.start - 8), m.start)
    ):
        return True
    if m.label.endswith("国家") and _STATES_AS_STATES.match(text, m.end):
        return True
    if m.label.endswith("党") and _SESSION_AFTER.match(text, m.end):
        return True
    if text.endswith(_CELEBRATED, 0, m.start) and _FOUNDED_YEARS_AGO.match(text, m.end):
        return True
    if ENTOURAGE.search(text, max(0, m.start - 160), m.start):
        # 陪同佩特罗访华的有外交部部长, 陪同阿巴斯访华的有巴勒斯坦解放组织执行委员会委员: the
        # visitor's people by their titles (the dev gold lists no body of the list in 8 stories)
        return True
    return _MEMBERS_AFTER.match(text, m.end - 3) is not None


def _liberation_fronts(text: str, mentions: list[Mention]) -> list[Mention]:
    """解放巴勒斯坦人民阵线: a front for the liberation of a place is named with the word."""
    return [
        replace(m, start=m.start - 2, text="解放" + m.text, label="解放" + m.label)
        if m.kind == "organization" and m.label.endswith("阵线") and text.endswith("解放", 0, m.start)
        else m
        for m in mentions
    ]


def _country_ending(places: Mapping[str, PlaceEntry], text: str, end: int) -> tuple[int, PlaceEntry] | None:
    """(where it starts, the entry) of the country whose name ends at end (俄罗斯|和, 伊朗|驻), the
    longest; None when none does."""
    for length in range(min(8, end), 1, -1):
        place = places.get(text[end - length : end])
        if place is not None and place.kind == "country":
            return end - length, place
    return None


def _missions_of_states(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """伊朗驻伊斯兰合作组织代表处: a state's office or mission at an international body, named
    after 驻, is the state's (named in full, its parent the state), not a unit of the body."""
    out = []
    for m in mentions:
        if (
            m.kind == "organization"
            and m.label.endswith(_MISSION_ENDINGS)
            and m.start > 2
            and text[m.start - 1] == "驻"
            and m.parent
            and m.label.startswith(m.parent)
        ):
            state = _country_ending(gaz.places, text, m.start - 1)
            if state is not None and state[1].name not in HOME_STATES:  # (China's are named as the gazetteer does)
                start = state[0]
                m = replace(m, start=start, text=text[start : m.end], label=text[start : m.end], parent=state[1].name)
        out.append(m)
    return out


#: The delegations to a congress named by the central bodies, the armed forces and the central
#: enterprises and finance, none by a place
_NATIONAL_DELEGATION = re.compile(
    r"(?:中央企业系统|中央金融系统|中央和国家机关|解放军和武警部队)(?:[（(]在京[）)])?代表团"
)
#: The State Council's inquiry into an accident named by its date (国务院(成立)X“4·18”火灾事故调查组)
_ACCIDENT_INQUIRY = re.compile(
    r"国务院(?:决定)?(?:成立)?([^，。、；“”]{2,24}“[0-9]{1,2}·[0-9]{1,2}”[^，。、；]{2,16}?事故调查组)"
)
#: The names a story gives CCTV by, after which its channels may be written bare (综合频道)
_CCTV_NAMES = ("央视", "总台", "中央电视台")


def _channels_as_written(text: str, mentions: list[Mention]) -> list[Mention]:
    """中央电视台综合频道、新闻频道: CCTV's channels written after 中央电视台 are named so, as
    units of it (the dev gold's 4 stories of 4), and so is every channel of their sentence's list;
    央视综合频道 stays the channel of the broadcaster."""
    out = []
    until = -1  # where the sentence of the last channel named after 中央电视台 ends
    for m in sorted(mentions, key=lambda m: m.start):
        channel = m.kind == "organization" and m.label.startswith("央视") and m.label.endswith("频道")
        if channel and m.text.startswith("中央电视台"):
            until = min((i for i in (text.find(c, m.end) for c in "。；\n") if i >= 0), default=len(text))
        if channel and m.start < until:
            m = replace(m, label="中央电视台" + m.label[2:], parent="中央电视台")
        out.append(m)
    return out


def _armed_police_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """武警广西总队桂林支队: a corps of the armed police named by its province keeps 武警 in its
    name and has the armed police as its parent; a detachment right after it is the corps'."""
    if "武警" not in text:
        return mentions
    corps = {
        m.end: "武警" + m.label
        for m in mentions
        if m.kind == "organization" and m.label.endswith("总队") and text.endswith("武警", 0, m.start)
    }
    out = []
    for m in mentions:
        if m.kind == "organization" and m.end in corps and m.label.endswith("总队"):
            m = replace(m, start=m.start - 2, text="武警" + m.text, label=corps[m.end], parent=_ARMED_POLICE)
        elif m.kind == "organization" and m.label.startswith("武警") and m.label.endswith("总队") and not m.parent:
            m = replace(m, parent=_ARMED_POLICE)  # 武警北京总队, one word for jieba: the same
        elif m.kind == "organization" and m.label.endswith("支队") and m.start in corps:
            m = replace(m, label=corps[m.start] + m.label, parent=corps[m.start])
        out.append(m)
    return out


class _Coverage:
    """Which characters of a text some mention already covers (constant-time overlap test)."""

    def __init__(self, length: int, spans=()) -> None:
        self.mask = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.mask[start:end]

    def remove(self, start: int, end: int) -> None:
        self.mask[start:end] = bytes(end - start)


def _at_party_congress(text: str) -> bool:
    """A story of the Party's congress (二十大, 党代会) and of no people's congress: its delegations
    are the Party's (参加河北代表团讨论 in the days of 党的二十大: the dev gold's 3 stories of 3)."""
    return any(w in text for w in _PARTY_CONGRESS_WORDS) and not any(w in text for w in _PEOPLES_CONGRESS_WORDS)


def _role_of_place(name: str) -> bool:
    """新闻中心, 国际经济中心, 国家会议中心: a kind of place, a venue or a city's role, not a body."""
    return name.endswith("中心") and (
        len(name) < 6 or _STATUS_WORDS.search(name) is not None or name.endswith(_VENUE_ENDS)
    )


@register("organizations")
class OrganizationExtractor:
    """Bodies: gazetteer names and aliases, then rule-built names of departments and bodies."""

    name = "organizations"
    produces = frozenset({"organization"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.suffixes = gazetteer.org_suffixes
        self.suffix_ends = frozenset(suffix[-1] for suffix, _ in gazetteer.org_suffixes)
        self.suffix_category = dict(gazetteer.org_suffixes)
        self.suffix_lengths = tuple(sorted({len(s) for s in self.suffix_category}, reverse=True))
        self.clause_verbs = frozenset(SUBJECT_VERBS) | frozenset(gazetteer.cues) | _BODY_VERBS
        self.body_ends = self.suffix_ends | _UNIT_ENDS
        self.titles_by_length = tuple(sorted(gazetteer.titles, key=len, reverse=True))
        self.title_at = re.compile("|".join(map(re.escape, self.titles_by_length)))
        self.surname_chars = frozenset(s[0] for s in gazetteer.surnames)
        self.state_short = state_short_names(gazetteer)
        self.sides = gazetteer.sides
        states = {n for n, e in gazetteer.places.items() if e.kind == "country" and e.name not in HOME_STATES}
        # 俄方, 巴方: a side's one character is a state's first (or the sides table's)
        side_chars = sorted(({n[0] for n in states} | set(self.sides)) - _NOT_SIDES)
        self.side_re = re.compile(f"[{''.join(side_chars)}]方" if side_chars else "(?!)")
        alternation = "|".join(map(re.escape, sorted(states | set(self.state_short), key=len, reverse=True)))
        # not the service's ministry (美国海军部), though a post may follow (美国海军|部长)
        self.forces_re = re.compile(f"({alternation})({_FORCES})(?!部[^长])") if states else None
        # 津巴布韦选举委员会26日宣布, 俄联邦航空运输署此前称: a foreign state's body that speaks
        self.speaking_body_re = (
            re.compile(
                f"(?:(?<=[，。；：、\n])|^)({alternation})(联邦)?([\u4e00-\u9fff]{{0,10}}?{_SPEAKING_BODY_ENDS})"
                f"(?={_SPEAKING_BODY_TAIL})"
            )
            if states
            else None
        )
        # a state's full name before a word that ends in 党 (马耳他工党)
        full_names = "|".join(map(re.escape, sorted(states, key=len, reverse=True)))
        self.party_re = (
            re.compile(f"(?:{full_names})(?=(?:“[\u4e00-\u9fff]{{2,10}}”|[\u4e00-\u9fff]){{0,7}}党)")
            if states
            else None
        )
        # 格鲁吉亚“格鲁吉亚梦想—民主格鲁吉亚”党, 所罗门群岛“我们的党”: a state's party by a quoted
        # name of any characters, 党 after the quotes or inside them
        self.quoted_party_re = (
            re.compile(f"({full_names})(“[^“”，。\n]{{2,20}}”党|“[^“”，。\n]{{1,18}}党”)") if states else None
        )
        self.foreign_mission_re = (
            re.compile(f"({alternation})驻([\u4e00-\u9fff]{{1,8}}?)({_MISSIONS})") if states else None
        )
        # 中国常驻联合国代表团, 伊朗常驻联合国代表团: a state's permanent mission to a body or a city
        self.permanent_mission_re = re.compile(
            f"(中国{'|' + alternation if states else ''})常驻[\u4e00-\u9fff]{{2,24}}?(?:代表团|使团)"
        )
        # 中国跳水队, 日本队, 中国女排国家队, 中国香港队: a national team by its state and sport
        sports = "|".join(map(re.escape, sorted(gazetteer.sports, key=len, reverse=True))) or "(?!)"
        # 黑龙江队, 北京队: a province's team at the national games, by the province's short name
        provinces = {
            n
            for n, e in gazetteer.places.items()
            if e.kind in ("province", "municipality", "autonomous_region") and not n.endswith(("省", "市", "区"))
        }
        teams = "|".join(map(re.escape, sorted(states | _TEAM_PLACES | provinces, key=len, reverse=True)))
        self.team_re = re.compile(
            f"({teams})(?:(?:残奥|特奥)?(?:{sports})?(?:男子|女子|男|女)?(?:国家)?队(?![员长伍列形友])|体育代表团"
            # 中国女排, 德国女排, 中国女排国家队: a team by its short name
            f"|(?:{'|'.join(_TEAM_SHORT_NAMES)})(?:国家队)?(?![员长伍列形友]))"
        )
        # 综合频道将播出…: a channel of CCTV written bare once the story has named the broadcaster
        channels = {e.name[2:]: e for e in gazetteer.orgs.values() if e.name[:2] == "央视" and e.name[-2:] == "频道"}
        self.channels = channels
        self.bare_channel_re = re.compile(
            f"(?:(?<=[，。；：、,;:\n在和与及])|^)({'|'.join(map(re.escape, sorted(channels, key=len, reverse=True)))})"
            if channels
            else "(?!)"
        )
        # (体操世锦赛, 游泳世界杯: the sport a championship is of)
        self.sport_event_re = re.compile(f"({sports})(?:世锦赛|世界锦标赛|锦标赛|世界杯|亚锦赛|亚洲杯|世界团体锦标赛)")

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        taken = [(m.start, m.end) for m in found.mentions("organization")]
        out: list[Mention] = []
        tokens = doc.tokens
        i = 0
        while i < len(tokens):
            hit = self._known_at(tokens, i)
            if hit is None:
                i += 1
                continue
            j, entry, end = hit
            start = tokens[i].start
            if department_kind_at(doc.text, end):
                i = j  # 工信部门, 人社部门: a kind of local department, not the ministry
                continue
            if doc.text.startswith(("事", "法"), end) and doc.text[end - 1] == "军":
                i = j  # 在乌|军事生物项目, 以军法论处: 乌军 ends inside the word 军事
                continue
            if entry.category == "party" and entry.name.endswith("党") and _PARTY_CONGRESS.match(doc.text, end):
                i = j  # 中共二十大: the congress is an event, the party only a part of its name
                continue
            if doc.text[start:end] == "中共" and doc.text.startswith(_NOT_CPC_AFTER, end):
                i = j  # 在交流互鉴中|共同发展: 中 ends a phrase and 共同 starts a word
                continue
            if _congress_own_committee(doc.text, start, end):
                i = j
                continue
            if doc.text.startswith("组织", end) and doc.text[start:end] != entry.name and end - start <= 3:
                i = j  # 各级团组织、少先队组织: the units of a kind the short name's body has, none named
                continue
            if entry.name == "中国共产党" and doc.text.startswith("界", end):
                i = j  # 全国政协中共界委员: the CPPCC's sector of the Party's members, no act of the Party
                continue
            if entry.category == "party" and _FOUNDING_ANNIVERSARY.match(doc.text, end):
                i = j  # 庆祝中国共产党成立100周年: the anniversary names a day, the party does nothing
                continue
            if doc.text.startswith(_DOCUMENT_AFTER_BODY, end):
                i = j  # 中国人民政治协商会议章程: part of a document's name
                continue
            if entry.name.endswith("网") and doc.text[end - 1] == "网" and doc.text[end : end + 1] in _NET_WORDS:
                i = j  # 中国网球, 中国网民: 网 starts a word of its own, not the site's name
                continue
            if entry.category == "enterprise" and doc.text.startswith(("大学", "学院"), end):
                i = j  # 中国石油大学: a university named after the company, not the company
                continue
            if (
                doc.text.startswith("中央", start)
                and i > 0
                and tokens[i - 1].end == start
                and (before := self.gaz.org(tokens[i - 1].text)) is not None
                and before.name not in ("中国共产党", "中共中央")
                and not entry.name.startswith(before.name)
            ):
                i = j  # 共青团中央书记处: the 中央 of another body than the Party's
                continue
            if doc.text.endswith(PAST_AGES, 0, start):
                i = j  # 历代中央政府: the governments of past ages, not today's
                continue
            if doc.text.endswith(_DASHES, 0, start) and doc.text.startswith("博览会", end):
                i = j  # 中国—东盟博览会: the expo's name (the dev gold lists no 东盟)
                continue
            if entry.name.endswith("宫") and self._palace_as_venue(doc.text, tokens, i, end):
                i = j  # 抵达克里姆林宫, 在(莫斯科)克里姆林宫会见: the palace as a place
                continue
            if entry.category != "media" and doc.text.startswith(("报社", "杂志社"), end):
                i = j  # 人民海军报社: a paper named after the body (the suffix rule names it)
                continue
            if glued_to_state_word(doc.text, start, end, self.gaz):
                i = j  # 两国|航班, 美国|航班: the 国 of the word before, not 国航
                continue
            if self._state_across(doc.text, start, end):
                i = j  # 白|俄罗斯武装力量: a state's name starts before the known name and runs into it
                continue
            if doc.text[end : end + 1] == "·" or doc.text[start - 1 : start] == "·" and start > 0:
                i = j  # 阿卜杜勒法塔赫·塞西: part of a foreign person's name written with ·
                continue
            if (
                doc.text[end - 1] == "为"
                and (appointed := _APPOINTED_BEFORE_NAME.search(doc.text, max(0, start - 8), start)) is not None
                and appointed.end() == start
            ):
                i = j  # 任命郭振华为…: the name of the one appointed and 为, not 华为
                continue
            if entry.name in _INSTITUTIONS_BY_TERM and _TERM.match(doc.text[end : end + 8]):
                # 中国人民政治协商会议第九届、十届全国委员会: the organ of those terms
                organ_end = doc.text.find(_INSTITUTIONS_BY_TERM[entry.name], end, end + 16)
                organ = self.gaz.org(entry.name + _INSTITUTIONS_BY_TERM[entry.name])
                if organ_end > 0 and organ is not None and not any(s < end and start < e for s, e in taken):
                    organ_end += len(_INSTITUTIONS_BY_TERM[entry.name])
                    out.append(self._mention(doc, start, organ_end, organ, "gazetteer"))
                i = j
                continue
            if (
                doc.text[start:end] in self.suffix_category
                and i > 0
                and tokens[i - 1].end == start
                and (
                    (place := self.gaz.places.get(tokens[i - 1].text)) is not None
                    and place.kind in _ABOVE_COUNTY
                    or tokens[i - 1].text in _LEVEL_WORDS
                )
            ):
                # 新疆|发改委, 浙江省|国资委, 自治区|发改委: a place's own commission (the rules name it,
                # the place named before for a level's word), not the state's
                i = j
                continue
            if (
                entry.category == "international"
                and entry.name.endswith("党")
                and doc.text[start:end] != entry.name
                and i > 0
                and tokens[i - 1].end == start
                and tokens[i - 1].pos in ("ns", "j", "nr", "nrt")
            ):
                i = j  # 日本立宪|民主党, 几比|民主党: the short name ends another state's party's name
                continue
            state = self._state_before(doc, tokens, i, entry)
            if state is not None:
                # 马耳他工党, 塞尔维亚国家博物馆: a short name after another state is that state's body
                # (grounded on the body's words alone after a word of its head's term: 以色列新任|国家安全部)
                start = tokens[i - 1].start if tokens[i - 1].text not in _TERM_WORDS else tokens[i].start
                label = state + doc.text[tokens[i].start : end]
                category = "international" if entry.category in ("government", "party") else entry.category
                parent = state if entry.category == "government" else None  # (韩国央行 is Korea's)
                if not any(s < end and start < e for s, e in taken):
                    out.append(
                        self._mention(doc, start, end, None, "gazetteer", label=label, category=category, parent=parent)
                    )
                i = j
                continue
            if not any(s < end and start < e for s, e in taken):
                surface = doc.text[start:end]
                if surface.endswith(_FORCES_IN_FULL) and len(surface) >= 5 and surface != entry.name:
                    # 乌克兰武装部队, 叙利亚政府军: the armed forces by the full name the text
                    # writes (the short forms 乌军, 以军 take the gazetteer's name)
                    out.append(
                        Mention(
                            "organization",
                            start,
                            end,
                            surface,
                            surface,
                            self.name,
                            "gazetteer",
                            category="international",
                            parent=entry.parent,
                            aliases=(entry.name,),
                        )
                    )
                else:
                    out.append(self._mention(doc, start, end, entry, "gazetteer"))
            i = j
        out = self._foreign_party_chain(doc, out)
        out += self._shared_heads(doc, out)
        out += self._bare_channels(doc, out + found.mentions("organization"))
        if "代表团" in doc.text:
            out += self._national_delegations(doc, out + found.mentions("organization"))
        if "事故调查组" in doc.text:
            out += self._accident_inquiries(doc, out + found.mentions("organization"))
        out += self._embassies(doc, out)
        out += self._foreign_forces(doc, out + found.mentions("organization"))
        out += self._foreign_bodies_speaking(doc, out + found.mentions("organization"))
        out += self._quoted_bodies(doc, out + found.mentions("organization"))
        out += self._police_abroad(doc, out + found.mentions("organization"))
        out += self._named_in_text(doc, out + found.mentions("organization"))
        out += self._stationed_teams(doc, out)
        out += self._sports_teams(doc, out + found.mentions("organization"))
        out += self._places_as_bodies(doc, out)
        out += self._local_bodies(doc, out + found.mentions("organization"))
        out += self._bodies_of_named_place(doc, out + found.mentions("organization", "place"))
        out += self._leading_groups(doc, out + found.mentions("organization"))
        out += self._presidiums(doc, out + found.mentions("organization"))
        out += self._standing_committees(doc, out)
        out += self._foreign_parties(doc, out + found.mentions("organization"))
        out += self._two_american_parties(doc, out + found.mentions("organization"))
        out += self._sides(doc, out + found.mentions("organization"))
        out += self._china_speaking(doc, out + found.mentions("organization"))
        out += self._bilateral_bodies(doc, out + found.mentions("organization"))
        out += self._rule_bodies(doc, out + found.mentions("organization"))
        out += self._states_sharing_body(doc, out)
        out += self._places_sharing_body(doc, out)
        out += self._places_acting(doc, out + found.mentions("organization"))
        out += self._places_among_bodies(doc, out + found.mentions("organization"))
        out += self._home_services(doc, out + found.mentions("organization"))
        out += self._customs_figures(doc, out + found.mentions("organization"))
        out += self._guiding_groups(doc, out + found.mentions("organization"))
        out += self._village_party_units(doc, out + found.mentions("organization"))
        out += self._states_joining(doc, out + found.mentions("organization"))
        out += self._states_acting(doc, out + found.mentions("organization"))
        out += self._bodies_of_the_items_state(doc, out + found.mentions("organization", "place"))
        out += self._branch_schools(doc, out)
        # a body inside a longer one (外交部 in 约旦外交部) is part of that name, unless the
        # longer name is the body's own department (上海市委 in 上海市委宣传部 is named too)
        out = self._with_places_before(doc, out)
        out = self._ministries_sharing_state(doc.text, out)
        out = self._parties_named_before(out)
        if "中央电视台" in doc.text:
            out = _channels_as_written(doc.text, out)
        if "驻" in doc.text:
            out = _missions_of_states(doc.text, out, self.gaz)
        if "解放" in doc.text:
            out = _liberation_fronts(doc.text, out)
        if "《" in doc.text:
            # 《中国共产党问责条例》, 《联合国气候变化框架公约》: a body named inside a title is
            # part of the work's name; a title that is the body's whole name is the paper itself
            titles = SpanIndex(match.span(1) for match in _TITLE.finditer(doc.text))
            out = [m for m in out if not titles.held_by_longer(m.start, m.end)]
        # 在北京展览馆举行, 在中国剧院欢聚一堂: a hall where something is held is a place
        # (the names inside its name go with it: 中国共产党 in 中国共产党历史展览馆)
        halls = [(m.start, m.end) for m in out if m.kind == "organization" and self._hall_as_venue(doc.text, m)]
        out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in halls)]
        # 韩国国会大楼, 塔吉克斯坦议会大楼: a building named after a body is no mention of it
        out = [m for m in out if m.kind != "organization" or not _BUILDING_AFTER.match(doc.text, m.end)]
        out = [m for m in out if not _names_no_body_here(doc.text, m)]
        # 联合国2030年可持续发展议程: a body that opens a known initiative's name is part of it
        out = [m for m in out if m.kind != "organization" or not opens_initiative(doc.text, m.start, m.end, self.gaz)]
        if "“" in doc.text:
            # 被誉为“没有围墙的江南文化博物馆”: an epithet in quotes names no body
            epithets = [q.span(1) for q in _QUOTED_BODY.finditer(doc.text) if doc.text.endswith(_CALLED, 0, q.start())]
            out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in epithets)]
        parents = {(o.start, o.parent) for o in out if o.rule in _NAMED_WITH_PARENT}
        inside = _inside_longer(out)
        kept = [
            self._state_and_people(doc.text, self._foreign(m))
            for k, m in enumerate(out)
            if (m.start, m.label) in parents or not inside[k]
        ]
        if any(w in doc.text for w in ("下属", "所属", "旗下")):
            kept = _stated_subordinates(doc.text, kept, found.mentions("organization"))
        # 乌国家电力公司 -> 乌克兰国家电力公司: the state by the full name the story writes
        kept = [m if m.rule == "gazetteer" else state_in_full(m, doc.text, self.state_short) for m in kept]
        return _armed_police_units(doc.text, _armies_by_the_name_written(kept))

    def _bodies_of_the_items_state(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """美国国务院…，已绕过国会: a legislature or a party written bare in a news item is the
        one of the foreign state the item named last before it (美国国会, 美国民主党; 瑙鲁政府和
        议会 -> 瑙鲁议会); a party only when the gazetteer knows the state's."""
        text, tokens = doc.text, doc.tokens
        if not any(word in text for word in _BARE_STATE_BODIES):
            return []
        covered = _Coverage(len(text), ((m.start, m.end) for m in known if m.kind == "organization"))
        # the states named: a state's name, or a body of the state's (美国国务院, 美方)
        states = sorted(
            (m.start, place)
            for m in known
            if (place := self.gaz.places.get(m.label if m.kind == "place" or not m.parent else m.parent)) is not None
            and place.kind == "country"
            and place.name not in HOME_STATES
        )
        if not states:
            return []
        items = item_starts(text)
        out = []
        for k, token in enumerate(tokens):
            party = _BARE_STATE_BODIES.get(token.text)
            if party is None or covered.overlaps(token.start, token.end):
                continue
            if k > 0 and tokens[k - 1].end == token.start and tokens[k - 1].pos not in _BEFORE_BARE_BODY:
                continue  # 美国|国会 is named in full; 年轻|议会: a word of a name
            if (
                text[token.start - 1 : token.start] in _SUBNATIONAL
                or text.startswith(_KIND_AFTER_BODY, token.end)
                or _FIELDS_LISTED.match(text, token.end)
            ):
                continue  # 多州议会: a state's; 议会组织, 国会大厦, 议会合作: a kind; 外交、议会、司法等领域: a field
            item = items[bisect_left(items, token.start + 1) - 1]
            last = bisect_left(states, (token.start,)) - 1
            if last < 0 or states[last][0] < item:
                continue  # no state named before it in its news item
            state = states[last][1]
            sentence = max(text.rfind(c, item, token.start) for c in "。！？\n")
            if states[last][0] < sentence and any(
                at >= item and other.name != state.name for at, other in states[:last]
            ):
                continue  # 美国务院…。此前…向以色列出售…，绕过国会: which state's is not said near it
            entry = self.gaz.org(state.name + token.text)
            if entry is not None:
                out.append(self._mention(doc, token.start, token.end, entry, "state_of_item"))
            elif not party:
                out.append(
                    self._mention(
                        doc,
                        token.start,
                        token.end,
                        None,
                        "state_of_item",
                        label=state.name + token.text,
                        category="international",
                        parent=state.name,
                    )
                )
        return out

    def _state_and_people(self, text: str, mention: Mention) -> Mention:
        """摩洛哥政府和人民, 所罗门群岛政府和人民: a foreign government named with its people
        (in a message of condolence or congratulation) stands for the state."""
        if mention.category != "international" or not mention.label.endswith("政府"):
            return mention
        state = self.gaz.places.get(mention.label[: -len("政府")])
        if state is None or state.kind != "country" or not _AND_PEOPLE.match(text, mention.end):
            return mention
        return replace(mention, label=state.name, parent=None)

    def _bilateral_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中俄投资合作委员会, 中意政府委员会, 中法企业家委员会, 英中贸易协会: a commission, council,
        association or foundation of China and another state named with their short names is a body
        of the two states (international), or of their businesses and people (other)."""
        text = doc.text
        if not any(word in text for word in ("委员会", "理事会", "联委会", "协会", "友协", "基金会", "商会")):
            return self._joint_centres(doc, known)
        matches = list(_BILATERAL.finditer(text))
        tokens = doc.tokens
        starts = {t.start: k for k, t in enumerate(tokens)}
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in matches:
            start, end = match.span()
            k = starts.get(start)
            if k is None or covered.overlaps(start, end):
                continue
            words = [t for t in tokens[k:] if t.start < end]
            if any(
                t.pos in _NOT_IN_BILATERAL
                or t.start > start
                and (t.text in self.clause_verbs or t.text in _LEAD_VERBS)
                and t.text not in _NAMING_VERBS
                or not all(is_han(c) for c in t.text)
                for t in words
            ):
                continue  # 在会议中|德方表示…委员会: a clause, not a name
            name = match.group()
            category = "other" if _NOT_INTERGOVERNMENTAL.search(name) else "international"
            out.append(self._mention(doc, start, end, None, "bilateral", label=name, category=category))
            covered.add(start, end)
        for match in _BILATERAL_DASHED.finditer(text):
            # 中国—沙特高级别联合委员会, 中国－委内瑞拉高级混合委员会: the two states by their
            # names, joined by a dash, as written
            start, end = match.span()
            rest = match.group(1)
            other = next(
                (p for n in range(min(8, len(rest) - 2), 1, -1) if (p := self.gaz.places.get(rest[:n])) is not None),
                None,
            )
            if other is None or other.kind != "country" or covered.overlaps(start, end):
                continue
            name = match.group()
            category = "other" if _NOT_INTERGOVERNMENTAL.search(name) else "international"
            out.append(self._mention(doc, start, end, None, "bilateral", label=name, category=category))
            covered.add(start, end)
        return out + self._joint_centres(doc, known)

    def _joint_centres(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中国-东盟卫星遥感应用中心: a centre of China and another state or group of states, joined
        by a dash, is one body named whole (other), not a unit of the other party (the names
        inside it are part of it)."""
        out = []
        for match in _JOINT_CENTRE.finditer(doc.text):
            start, end = match.span()
            rest = match.group(1)
            if (
                _NOT_IN_JOINT_NAME.search(rest)
                or any(m.start < start < m.end or m.start < end < m.end for m in known)
                or not any(
                    (p := self.gaz.places.get(rest[:n])) is not None
                    and p.kind == "country"
                    or (e := self.gaz.org(rest[:n])) is not None
                    and e.category == "international"
                    for n in range(min(8, len(rest) - 2), 1, -1)
                )
            ):
                continue
            out.append(self._mention(doc, start, end, None, "bilateral", label=match.group(), category="other"))
        return out

    def _states_sharing_body(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """叙利亚和伊朗政府, 美国、英国和法国政府: states listed before one body's kind each
        have that body (叙利亚政府), like the last one, whose name the text writes in full."""
        text = doc.text
        listed = [m for m in known if m.start > 0 and text[m.start - 1] in _LIST_JOINERS and m.category != "party"]
        if not listed:
            return []
        tokens = doc.tokens
        by_end: dict[int, int] = {}
        covered = None
        out = []
        for m in listed:
            # the last state's name: the longest country name the body's words start with
            # (伊朗|政府, or 伊朗政府/nt as one word)
            place, body = next(
                (
                    (p, m.text[n:])
                    for n in range(min(len(m.text) - 1, 8), 1, -1)
                    if (p := self.gaz.places.get(m.text[:n])) is not None
                ),
                (None, ""),
            )
            if place is None or place.kind != "country" or place.name in HOME_STATES:
                continue
            if m.label != place.name + body:
                continue  # the body's words as written after the last state
            if _MOVEMENT.search(body):
                continue  # 以色列和巴勒斯坦伊斯兰抵抗运动: a movement's own name, no state's organ
            if covered is None:
                by_end = {t.end: k for k, t in enumerate(tokens)}
                covered = _Coverage(len(text), ((m.start, m.end) for m in known))
            pos = _joiner_before(text, m.start)
            while pos > 0 and (k := by_end.get(pos)) is not None:
                before = self._foreign_state(tokens[k].text)
                if before is None or before.name == place.name:
                    break  # (黎巴嫩和黎巴嫩真主党武装: the state and a body of it, not the body twice)
                if covered.overlaps(tokens[k].start, tokens[k].end):
                    break
                out.append(
                    self._mention(
                        doc,
                        tokens[k].start,
                        tokens[k].end,
                        None,
                        "shared_head",
                        label=before.name + body,
                        category="international",
                        parent=before.name,
                    )
                )
                pos = _joiner_before(text, tokens[k].start)
        return out

    def _places_sharing_body(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """北京市、四川省委, 江苏省和浙江省人民政府, 内蒙古、辽宁…甘肃等6省（区）人大常委会:
        Chinese places listed before one body's kind each have that body (中共北京市委员会),
        like the last one; the kind is read from the last body's canonical name (中共X委员会,
        X人民政府, X人民代表大会常务委员会, 中国人民政治协商会议X委员会)."""
        text = doc.text
        tokens = doc.tokens
        seeds = []
        for m in known:
            if m.category not in ("government", "party"):
                continue
            template = next((t for t in _LOCAL_BODY_TEMPLATES if _template_place(t, m.label) in self.gaz.places), None)
            if template is not None and (pos := _joiner_before(text, m.start)) >= 0:
                seeds.append((template, pos))
        for match in _COUNT_THEN_KIND.finditer(text):
            # (…甘肃等6省（区）人大常委会: the count stands for each place listed before it, the
            # last one too)
            seeds.append((_LOCAL_BODIES_BY_SHORT[match.group(1)][0], match.start()))
        if not seeds:
            return []
        by_end = {t.end: k for k, t in enumerate(tokens)}
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        out: list[Mention] = []
        for template, pos in seeds:
            while pos > 0 and (k := by_end.get(pos)) is not None:
                before = self.gaz.places.get(tokens[k].text)
                if before is None or before.kind not in _ACTING_KINDS:  # (the places with such bodies)
                    break
                entry = self.gaz.org(template.format(before.name))
                if entry is None or covered.overlaps(tokens[k].start, tokens[k].end):
                    break
                out.append(self._mention(doc, tokens[k].start, tokens[k].end, entry, "shared_head"))
                pos = _joiner_before(text, tokens[k].start)
        return out

    def _leading_groups(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """国家质量强国建设协调推进领导小组 (and its 办公室): a leading group is named by the task
        it leads, verbs and all, from the start of the phrase; one of the Centre's (中央…领导小组)
        is the Party's."""
        text = doc.text
        if "领导小组" not in text:
            return []
        tokens = doc.tokens
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        by_end = {m.end: m for m in known}
        out = []
        for k, token in enumerate(tokens):
            if not token.text.endswith("领导小组") or covered.overlaps(token.start, token.end):
                continue
            j = k
            while j > 0:
                before = tokens[j - 1]
                if (
                    before.start in by_end
                    or not all(is_han(c) for c in before.text)
                    or before.pos in _NEVER_IN_NAME_TAGS - {"v", "vd"}
                    or before.text in self.clause_verbs
                    and before.pos == "v"
                    or before.text in _FOUNDING_VERBS
                    or before.text in _DETERMINERS
                    or token.end - before.start > 32
                ):
                    break
                j -= 1
            start = tokens[j].start
            name = text[start : token.end]
            if len(name) < 6 or not name.startswith(_GROUP_OPENERS):
                continue  # 领导小组 alone, 防汛抗旱领导小组: a kind of group, not one named
            category = "party" if name.startswith(("中央", "中共")) else "government"
            group = self._mention(doc, start, token.end, None, "suffix", label=name, category=category)
            out.append(group)
            covered.add(start, token.end)
            if text.startswith("办公室", token.end):
                end = token.end + 3
                office = self._mention(
                    doc, start, end, None, "body_of_known", label=name + "办公室", category=category, parent=name
                )
                out.append(office)
                covered.add(start, end)
        return out

    def _standing_committees(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """北京市委常委会召开会议: the standing committee of a local Party committee the text names
        (中共北京市委员会常务委员会), a body of its own under that committee."""
        text = doc.text
        if _STANDING_SHORT not in text:
            return []
        out = []
        for m in known:
            if (
                m.kind == "organization"
                and m.category == "party"
                and m.label.startswith("中共")
                and m.label.endswith("委员会")
                and text.startswith(_STANDING_SHORT, m.end)
            ):
                end = m.end + len(_STANDING_SHORT)
                label = m.label + "常务委员会"
                out.append(
                    self._mention(
                        doc, m.start, end, None, "body_of_known", label=label, category="party", parent=m.label
                    )
                )
        return out

    def _presidiums(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """全国政协十四届一次会议主席团常务主席X, 十四届全国人大二次会议主席团举行第一次会议:
        the presidium of a named session of the NPC or the CPPCC, or of a Party congress, a body of
        its own where the text names its officers or tells it meeting (not a passing mention:
        X会议主席团交付审议的议案); 大会主席团 and 大会秘书处 then name that presidium's session's, or
        the one session the story names."""
        text = doc.text
        if "主席团" not in text and "大会秘书处" not in text:
            return []
        out = []
        for match in _PRESIDIUM.finditer(text):
            start, end = match.span(1)
            congress = self.gaz.org(match.group("body") or match.group("party"))
            if congress is None or any(m.start <= start and end <= m.end for m in known):
                continue
            name = text[start:end]
            category = "party" if match.group("party") else "government"
            out.append(
                self._mention(doc, start, end, None, "suffix", label=name, category=category, parent=congress.name)
            )
        # 大会主席团常务主席赵乐际, 经大会主席团通过: the presidium (or the secretariat) of the one
        # presidium or session the story names
        presidiums = {m.label: m for m in [*out, *known] if m.label.endswith(("大会主席团", "会议主席团"))}
        sessions = {s.group() for s in _SESSION.finditer(text)}
        if len(presidiums) == 1:
            (named,) = presidiums.values()
            session, category, parent = named.label.removesuffix("主席团"), named.category, named.parent
        elif not presidiums and len(sessions) == 1:
            (session,) = sessions
            congress = self.gaz.org("全国政协" if "政协" in session else "全国人大")
            if congress is None:
                return out
            category, parent = "government", congress.name
        else:
            return out
        for match in _SESSION_BODY.finditer(text):
            start, end = match.start() - 2, match.end()
            if any(m.start <= start < m.end or m.start < end <= m.end for m in known + out):
                continue
            name = session + match.group(1)
            out.append(self._mention(doc, start, end, None, "suffix", label=name, category=category, parent=parent))
        return out

    def _sides(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """俄方, 巴方, 欧方: a foreign state (or the EU) as a side of talks or a conflict is the
        state acting (international). The one character names the state the story names
        that starts with it (巴方 is 巴基斯坦 in a story about Pakistan), else the state the
        sides table gives it. 中方 is no body of the story (CONVENTIONS lists none)."""
        text = doc.text
        candidates = [m.start() for m in self.side_re.finditer(text)]
        if not candidates and _SIDE_WORD not in text:
            return []
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = self._states_speaking_as_sides(doc, covered) if _SIDE_WORD in text else []
        named: Counter[str] = Counter()
        for token in doc.tokens:
            place = self._foreign_state(token.text)
            if place is not None:
                named[place.name] += 1
        by_start = {t.start: t for t in doc.tokens}
        for token in (by_start[p] for p in candidates if p in by_start):
            toward = (
                len(token.text) == 1
                and (after := by_start.get(token.end)) is not None
                and after.text == "方向"
                and self.side_re.match(text, after.end) is not None
            )  # 俄|方向|乌方移交: jieba reads 方向 (direction) across a side and the 向 after it
            # 巴方愿/x: jieba glues an unknown side to the word after it
            if not toward and (
                token.text[1:2] != "方" or len(token.text) != 2 and not (len(token.text) == 3 and token.pos == "x")
            ):
                continue
            if covered.overlaps(token.start, token.start + 2):
                continue
            if text.startswith(("人士", "官员"), token.start + 2):
                continue  # 美方人士表示, 巴方官员称: people of the side, unnamed, not the state acting
            char = token.text[0]
            states = [n for n, _ in named.most_common() if n.startswith(char)]
            state = states[0] if states else self.sides.get(char)
            if state is None or state in HOME_STATES:
                continue
            out.append(
                self._mention(
                    doc,
                    token.start,
                    token.start + 2,
                    self.gaz.org(state),
                    "side",
                    label=state,
                    category="international",
                )
            )
        return out

    @staticmethod
    def _side_word_at(text: str, at: int) -> bool:
        """Whether 方面 stands at `at` as a side's word: not before a comma (a topic's: 叙利亚方面，…)
        nor before 的 (what is on a side: 乌克兰方面的损失)."""
        return text.startswith(_SIDE_WORD, at) and text[at + 2 : at + 3] not in ("，", ",", "的")

    def _china_speaking(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中国代表发言，主张…, 中方代表在致辞中表示: China speaks through its representative
        (the dev gold lists 中国 in 5 stories of 5), a body of the story (government); 中方
        alone stays none (the sides rule)."""
        text = doc.text
        if "代表" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        for match in _CHINA_REPRESENTATIVE.finditer(text):
            start = match.start()
            clause_end = min((i for i in (text.find(c, match.end()) for c in "。\n") if i >= 0), default=len(text))
            said = text[match.end() : min(clause_end, match.end() + 24)]
            if taken.overlaps(start, start + 2) or not any(cue in said for cue in (*self.gaz.cues, "发言")):
                continue
            china = self.gaz.org("中国")
            return [self._mention(doc, start, start + 2, china, "speaking_state", label="中国", category="government")]
        return []

    def _states_speaking_as_sides(self, doc: SegmentedText, covered: _Coverage) -> list[Mention]:
        """乌克兰方面同一天称, 以色列方面拒绝: a foreign state named with 方面 before what it says
        or does is the state acting (international)."""
        out = []
        tokens = doc.tokens
        for k, token in enumerate(tokens):
            place = self._foreign_state(token.text)
            if place is None:
                continue
            # 以色列方面仍在…, 从俄罗斯和阿塞拜疆方面得到: a state named with 方面 is the state as a
            # side, whatever it does (the dev gold lists the state in 48 stories of 50)
            acts = self._side_word_at(doc.text, token.end)
            if not acts and k + 2 < len(tokens) and tokens[k + 1].text in ("和", "与", "、"):
                # 美国和英国方面22日分别宣布: the state before 和 acts with the one after it
                other = self._foreign_state(tokens[k + 2].text)
                acts = other is not None and self._side_word_at(doc.text, tokens[k + 2].end)
            if not acts or covered.overlaps(token.start, token.end):
                continue
            out.append(
                self._mention(
                    doc,
                    token.start,
                    token.end,
                    self.gaz.org(place.name),
                    "side",
                    label=place.name,
                    category="international",
                )
            )
        return out

    def _branch_schools(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """北京语言大学哈萨克斯坦分校, 抗日军政大学第八分校: a university's branch named by its place or
        its number, a body of its own (other) whose parent is the university."""
        text = doc.text
        if "分校" not in text and "分院" not in text:
            return []
        out = []
        for m in known:
            if m.kind != "organization" or not m.label.endswith(("大学", "学院")):
                continue
            branch = _BRANCH.match(text, m.end)
            if branch is None or not (branch.group(1).startswith("第") or branch.group(1) in self.gaz.places):
                continue
            label = m.label + branch.group()
            out.append(
                self._mention(doc, m.start, branch.end(), None, "branch", label=label, category="other", parent=m.label)
            )
        return out

    def _two_american_parties(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """美国民主、共和两党, 国会共和民主两党: the two parties of the United States, each by its
        gazetteer name, where the United States or its congress is written before them."""
        text = doc.text
        if "两党" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in _TWO_PARTIES.finditer(text):
            if match.group(1) == match.group(2) or not _AMERICAN_BEFORE.search(
                text, max(0, match.start() - 4), match.start()
            ):
                continue
            for k in (1, 2):
                entry = self.gaz.org(f"美国{match.group(k)}党")
                if entry is not None and not taken.overlaps(match.start(k), match.end(k)):
                    out.append(self._mention(doc, match.start(k), match.end(k), entry, "two_parties"))
        return out

    def _foreign_parties(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """马耳他工党, 巴巴多斯工党: a party named right after a foreign state's name is that
        state's (international), unless the word is a kind of party (执政党, 反对党)."""
        text = doc.text
        if self.party_re is None or "党" not in text:
            return []
        tokens = doc.tokens
        starts = {t.start: k for k, t in enumerate(tokens)}
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in self.quoted_party_re.finditer(text) if "“" in text else ():
            place = self.gaz.places.get(match.group(1))
            if place is None or place.name in HOME_STATES or covered.overlaps(*match.span()):
                continue
            label = place.name + match.group(2)
            out.append(self._mention(doc, *match.span(), None, "foreign_party", label=label, category="international"))
            covered.add(*match.span())
        for match in self.party_re.finditer(text):
            place = self.gaz.places.get(match.group())
            k = starts.get(match.start())
            if place is None or place.name in HOME_STATES or k is None:
                continue
            # the party's own name: the rest of the state's word (莫桑比克解放阵线党/nt) or the
            # words after it up to the one that ends in 党 (东帝汶|人民|团结|繁荣党)
            end = tokens[k].end if tokens[k].text.endswith("党") and tokens[k].end > match.end() else None
            j = k + 1
            # (哈萨克斯坦“阿玛纳特”党: the party's own name in quotes)
            reach = 14 if text.startswith("“", match.end()) else 8
            while end is None and j < len(tokens) and tokens[j].end - match.end() <= reach:
                word = tokens[j].text
                if word in ("“", "”") and reach > 8 or word == "与" and not tokens[j - 1].text.endswith(_STATE_ORGANS):
                    j += 1  # (缅甸联邦巩固与发展党: a joiner inside the party's name, not 巴西政府与劳工党)
                    continue
                if not all(is_han(c) for c in word) or tokens[j].pos in _NEVER_IN_NAME_TAGS - {"a", "v", "vn"}:
                    break
                if word in _CLAUSE_VERBS:
                    break  # 以色列|称|打击|黎|真主党: what the state says and does, no party's name
                if word.endswith("党"):
                    end = tokens[j].end
                j += 1
            if end is None or covered.overlaps(match.start(), end):
                continue
            name = text[match.end() : end]
            if len(name) < 2 or name.endswith(tuple(_PARTY_KINDS)):
                continue  # 美国两党, 日本执政党: a kind of party
            if name.startswith("境内"):
                # 叙利亚境内库尔德工人党: a party (of no state) in the state's land, named after 境内
                if len(name) > 4:
                    out.append(self._mention(doc, match.end() + 2, end, None, "suffix", category="other"))
                continue
            label = place.name + name
            out.append(
                self._mention(doc, match.start(), end, None, "foreign_party", label=label, category="international")
            )
            covered.add(match.start(), end)
        return out

    def _state_before(self, doc: SegmentedText, tokens: tuple[Token, ...], i: int, entry: OrgEntry) -> str | None:
        """The foreign state named right before a known body's short name that the state has
        one of its own (马耳他|工党, 塞尔维亚|国家博物馆), when the known body is not that
        state's (英国工党 is one body, 马耳他工党 another)."""
        if i == 0 or tokens[i - 1].end != tokens[i].start:
            return None
        before = i - 1
        if tokens[before].text in _TERM_WORDS and before > 0:
            before -= 1  # 以色列|新任|国家安全部: the state's, whoever heads it now
        place = self._foreign_state(tokens[before].text)
        if place is None:
            return None  # (most bodies: no foreign state right before them)
        surface = tokens[i].text
        if (short := self.state_short.get(surface[:1])) is not None and entry.name.startswith(short):
            return None  # 驻尼日尔|美军: the short name says whose body it is; the state before is where
        if not (
            surface.endswith("党")
            and entry.category == "international"
            or surface.startswith("国家")
            # 俄罗斯|农业银行, 乌克兰|国际文传电讯社: a short name the gazetteer gives to China's
            # body (or another state's) after a foreign state is that state's own
            or entry.name.startswith("中国")
            and not surface.startswith("中国")
            or self._named_after_a_state(entry.name)
            # 韩国|最高法: the short name of a state organ at home after a foreign state is that
            # state's own
            or entry.category == "government"
            and surface != entry.name
            and entry.parent is None
        ):
            return None
        if entry.name.startswith((place.name, *place.aliases, tokens[before].text)):
            return None  # 英国|工党: the known body is that state's
        return place.name

    def _ministries_sharing_state(self, text: str, out: list[Mention]) -> list[Mention]:
        """美国白宫和财政部: a bare ministry's name joined right after a foreign state's body
        is that state's ministry (international), not China's."""
        by_end = {m.end: m for m in out if m.kind == "organization"}
        result = []
        for m in out:
            before = by_end.get(m.start - 1)
            if (
                m.kind == "organization"
                and m.rule == "gazetteer"
                and m.category == "government"
                and m.text.endswith("部")
                and m.text == m.label
                and text[m.start - 1 : m.start] in ("和", "与", "、")
                and before is not None
                and before.category == "international"
                and (state := before.parent) is not None
                and self._foreign_state(state) is not None
            ):
                m = replace(m, label=state + m.text, category="international", parent=state, rule="shared_state")
            result.append(m)
        return result

    def _company_form(self, name: str) -> bool:
        """Whether a name is only a company's legal form (有限公司, 集团有限公司, 股份有限公司)."""
        return self.suffix_category.get(name) == "enterprise" or name in _COMPANY_FORMS

    def _hall_as_venue(self, text: str, m: Mention) -> bool:
        """Whether a hall no list holds (an exhibition hall, a theatre, a stadium, a convention
        centre) is only where something is held: 在(北京)X + 举行, 开幕, 欢聚 (the dev gold lists
        none of them so: 全国农业展览馆, 喀山会展中心)."""
        if m.rule == "gazetteer" or not m.label.endswith(_HALLS) or not _HELD.match(text, m.end):
            return False
        at = text.rfind("在", max(0, m.start - 6), m.start)
        return at >= 0 and (at + 1 == m.start or text[at + 1 : m.start] in self.gaz.places)

    def _palace_as_venue(self, text: str, tokens: tuple[Token, ...], i: int, end: int) -> bool:
        """Whether the palace named from token i to end is a place: one arrives at it
        (抵达克里姆林宫), or a meeting is held at it (在(莫斯科)克里姆林宫会见)."""
        start = tokens[i].start
        if text.endswith(_ARRIVALS, 0, start):
            return True
        # (在|莫斯科|克里姆林宫: the city it stands in may come between)
        at_city = i > 1 and tokens[i - 1].text in self.gaz.places and tokens[i - 2].text == "在"
        return (text[start - 1 : start] == "在" or at_city) and text.startswith(_VENUE_ACTS, end)

    def _parties_named_before(self, out: list[Mention]) -> list[Mention]:
        """日本社民党…社民党愿推动: a party's short name that the gazetteer gives to another state's
        party is the party the story named with its state before it."""

        def foreign_party(m: Mention) -> bool:
            return m.kind == "organization" and m.category == "international" and m.label.endswith("党")

        named = [m for m in out if foreign_party(m)]
        result = []
        for m in out:
            if foreign_party(m) and m.rule == "gazetteer" and m.text != m.label:
                earlier = [
                    o
                    for o in named
                    if o.start < m.start
                    and o.label != m.label
                    and o.label.endswith(m.text)
                    and self._foreign_state(o.label[: -len(m.text)]) is not None
                ]
                if earlier:
                    owner = earlier[-1]
                    m = replace(m, label=owner.label, parent=owner.parent, rule="named_before")
            result.append(m)
        return result

    def _state_across(self, text: str, start: int, end: int) -> bool:
        """Whether a state's name starts one or two characters before start and ends inside
        text[start:end] (白|俄罗斯武装力量 is 白俄罗斯's forces)."""
        for before in (1, 2):
            if start < before or not is_han(text[start - before]):
                continue
            for length in range(before + 2, min(before + 8, end - start + before)):
                place = self.gaz.places.get(text[start - before : start - before + length])
                if place is not None and place.kind == "country":
                    return True
        return False

    def _named_after_a_state(self, name: str) -> bool:
        """Whether a body's name starts with a state's (俄罗斯国际文传电讯社)."""
        return any(
            (place := self.gaz.places.get(name[:k])) is not None and place.kind == "country"
            for k in range(2, min(len(name) - 1, 8))
        )

    def _foreign_party_chain(self, doc: SegmentedText, out: list[Mention]) -> list[Mention]:
        """越共中央政治局委员、中央书记处常务书记: a bare 中央X in the chain of titles after a
        foreign party's central body is that party's organ, not the CPC's."""
        text = doc.text
        result = []
        previous = None
        # 越共中央书记处书记、中央对外部部长: a department of the party named only in the chain
        taken = _Coverage(len(text), ((m.start, m.end) for m in out))
        unnamed = [
            Mention("organization", a.start(1), a.end(1), a.group(1), a.group(1), self.name, "party_chain")
            for a in _PARTY_DEPARTMENT_IN_CHAIN.finditer(text)
            if not taken.overlaps(a.start(1), a.end(1))
        ]
        for m in sorted(out + unnamed, key=lambda m: m.start):
            # 越共…、中组部部长: the CPC's department by its short form is the foreign party's
            # department of that name (中央组织部)
            short = m.label.startswith("中共中央") and not m.text.startswith(("中央", "中共")) and len(m.text) <= 4
            if (
                previous is not None
                and (m.text.startswith("中央") or short)
                and (m.label.startswith("中共中央") or m.label == m.text and m.text.endswith("部"))
                and previous.category == "international"
                and "中央" in previous.label
                and m.start - previous.end <= 12
                and text[m.start - 1] == "、"
                and not any(c in _CLAUSE_ENDS and c != "、" for c in text[previous.end : m.start])
            ):
                party = previous.label[: previous.label.index("中央")]
                label = party + (m.label[2:] if short else m.text)
                committee = self.gaz.org(party + "中央委员会")
                parent = committee.name if committee is not None and committee.name != label else None
                m = self._mention(
                    doc, m.start, m.end, None, "gazetteer", label=label, category="international", parent=parent
                )
            elif m.rule == "party_chain":
                continue  # (a department in a chain of the CPC's titles is found by its name; one not
                # in a foreign party's chain is no body this rule names)
            result.append(m)
            previous = m
        return result

    def _states_acting(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """美国否决了草案, 美国持续拱火乌克兰冲突: a foreign state that starts a clause and does
        what only a state does (a veto, sanctions, a declaration) acts as a body, international."""
        text, tokens = doc.text, doc.tokens
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for k, token in enumerate(tokens):
            if token.pos != "ns" or (k > 0 and tokens[k - 1].text not in _CLAUSE_OPENERS):
                continue
            place = self._foreign_state(token.text)
            if place is None:
                continue
            if taken.overlaps(token.start, token.end):
                continue
            listed = [(token, place)]
            n = k + 1
            while n + 1 < len(tokens) and tokens[n].text in ("、", "和", "与", "以及"):
                other = self._foreign_state(tokens[n + 1].text)
                if other is None:
                    if (
                        len(listed) > 1
                        and tokens[n].text == "以及"
                        and tokens[n + 1].pos == "nt"
                        and text.startswith(_STATES_AND_BODIES, tokens[n + 1].end)
                    ):
                        n += 2  # 巴西、埃及、沙特以及联合国等国家和国际组织: the body a rule of its own finds
                    break
                listed.append((tokens[n + 1], other))  # 伊拉克、阿联酋、科威特…等多个产油国也宣布
                n += 2
            if len(listed) > 1 and n < len(tokens) and text.startswith(_STATES_AND_BODIES, tokens[n].start):
                stop = tokens[n].start + len(_STATES_AND_BODIES)
                while n < len(tokens) and tokens[n].start < stop:
                    n += 1  # (…以及联合国|等国家和国际组织|今天也呼吁)
            if len(listed) > 1 and n < len(tokens) and tokens[n].text in ("等国", "等多国"):
                n += 1  # (沙特、…、法国|等国/x: jieba glues 国 to 等)
            elif len(listed) > 1 and n < len(tokens) and tokens[n].text == "等":
                n += 1
                while (
                    n < min(k + 2 * len(listed) + 5, len(tokens))
                    and tokens[n].text not in _STATE_ACTS
                    and (tokens[n].pos[:1] in ("m", "n", "q") or tokens[n].text.endswith("国"))
                ):
                    n += 1  # (等|多个|产油国, 等|国, 等|多个|阿拉伯|国家, 等|多国)
            while n < len(tokens):
                if tokens[n].pos in ("d", "t", "ad") or tokens[n].text in _ACTING_ADVERBS or tokens[n].text == "公开":
                    n += 1
                elif tokens[n].text.isdigit() and n + 1 < len(tokens) and tokens[n + 1].text in ("日", "月", "日晚"):
                    n += 2  # 伊朗9日发表声明, 13日晚: the day it acted
                elif tokens[n].text in ("一度", "临时", "暂时"):
                    n += 1  # 一度临时关闭领空
                else:
                    break
            if n < len(tokens) and tokens[n].text in ("强烈", "严厉"):
                n += 1  # 等国强烈谴责
            elif n < len(tokens) and tokens[n].text == "对":
                # 伊朗也对该袭击予以谴责: what it condemns between 对 and 予以 (or 表示) 谴责;
                # 以色列对哈尼亚的暗杀, 以色列对贝鲁特南部的袭击: a strike the state made (the dev
                # gold lists the state in 7 stories of 8)
                for j in range(n + 1, min(n + 10, len(tokens) - 1)):
                    if not is_han(tokens[j].text[0]):
                        break
                    if tokens[j].text in ("予以", "表示"):
                        n = j + 1 + (tokens[j + 1].text in ("强烈", "严厉") and j + 2 < len(tokens))
                        break
                    if tokens[j].text == "的" and tokens[j + 1].text in _STRIKES:
                        n = j + 1
                        break
            together = (
                # 丹麦、瑞典和德国分别开始独立调查, 伊拉克和美国当天启动首轮对话: states listed at a
                # clause's start that do something together or each (not 美国、英国驻土耳其使领馆)
                len(listed) > 1
                and (k == 0 or tokens[k - 1].text != "、")  # (对东盟、欧盟、美国、韩国分别进出口)
                and n < len(tokens)
                # (jieba's verbal nouns only when they are verbs of doing: 启动, not 投资 in
                # 法国、英国…投资分别增长)
                and (tokens[n].pos == "v" or tokens[n].pos == "vn" and tokens[n].text in _BODY_VERBS)
                and len(tokens[n].text) > 1
                and tokens[n].text not in _NOT_ACTING
                and tokens[n].text not in _BEFALLS
            )
            if n < len(tokens) and (tokens[n].text in _STATE_ACTS or tokens[n].text in _STRIKES or together):
                for word, state in listed:
                    if taken.overlaps(word.start, word.end):
                        continue
                    mention = Mention(
                        "organization", word.start, word.end, word.text, state.name, self.name, "state_acting"
                    )
                    out.append(replace(mention, category="international"))
                    taken.add(word.start, word.end)
        return out

    def _states_joining(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """瑞典和芬兰申请加入北约: a foreign state that joins or leaves an international body
        acts as a state (a member), international. The states are read back from the verb
        over dates, adverbs and 和 (芬兰已于去年4月加入北约), up to any other word."""
        text = doc.text
        if "加入" not in text and "退出" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        tokens = doc.tokens
        by_end = {t.end: k for k, t in enumerate(tokens)}
        out = []
        for body in known:
            if body.category != "international" or not text.endswith(("加入", "退出"), 0, body.start):
                continue
            k = by_end.get(body.start)  # the verb's word (加入, 申请加入)
            if k is None:
                continue
            k -= 1
            while k >= 0:
                token = tokens[k]
                entry = self.gaz.places.get(token.text)
                if entry is not None and entry.kind == "country":
                    if entry.name not in HOME_STATES and not taken.overlaps(token.start, token.end):
                        out.append(
                            Mention(
                                "organization",
                                token.start,
                                token.end,
                                token.text,
                                entry.name,
                                self.name,
                                "state_joining",
                                category="international",
                            )
                        )
                        taken.add(token.start, token.end)
                elif not (
                    token.pos in ("t", "m", "d", "c", "p", "x")
                    and token.text not in _CLAUSE_ENDS
                    or token.text in _JOINING_WORDS
                    # 批准萨尔瓦多、所罗门群岛、坦桑尼亚加入亚投行: a list of states joining
                    or token.text == "、"
                    and k > 0
                    and (before := self.gaz.places.get(tokens[k - 1].text)) is not None
                    and before.kind == "country"
                ):
                    break
                k -= 1
        return out

    def _village_party_units(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """双西村党支部书记邓小燕, 唐陵村党委书记: a village's or a community's Party unit before
        its secretary's title (jieba keeps 党支部书记 one word), named by the village as written
        (双西村党支部), a Party body."""
        text = doc.text
        if "书记" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in _VILLAGE_UNIT.finditer(text):
            start, end = match.start(1), match.end(2)
            name = match.group(1)
            tail = 2 if name.endswith("社区") else 1
            cut = max((i for i, c in enumerate(name[:-tail]) if c in _PLACE_UNIT_ENDS), default=-1)
            core = name[cut + 1 :]
            while (
                len(core) > tail + 1
                and (place := next((n for n in (4, 3, 2) if core[:n] in self.gaz.places), 0))
                and len(core) - place > tail
            ):
                core = core[place:]  # 四川眉山永丰村: the province and the city before the village
            before = text[start - 1] if start > 0 else ""
            clean = not before or not is_han(before) or before in _PLACE_UNIT_ENDS
            if cut < 0 and core == name and not clean:
                continue  # the name starts after a place, a clause's start or punctuation only
            if len(core) <= tail or any(c in _NOT_IN_VILLAGE for c in core) or taken.overlaps(start, end):
                continue  # (全村, 本村, 作为冒水村, 当选村: no village's name)
            if not clean:
                start = end - len(core) - len(match.group(2))  # (湖北孝感大悟县朱湾村: from the village)
            # (安吉县余村党支部: the county before the village is where it is, not its name; the
            # words still name the unit, as a county's body is written with its province's)
            out.append(
                self._mention(doc, start, end, None, "village_unit", label=core + match.group(2), category="party")
            )
        return out

    def _home_services(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """陆军多批次进入高原寒区…；海军…: a service of the armed forces named alone, in a story
        that names no foreign body, is the PLA's (中国人民解放军海军)."""
        text = doc.text
        if not any(service in text for service in _HOME_SERVICES) or any(m.category == "international" for m in known):
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        ends = {m.end for m in known}
        out = []
        previous = None
        for token in doc.tokens:
            before, previous = previous, token
            service = _HOME_SERVICES.get(token.text)
            if service is None or taken.overlaps(token.start, token.end) or token.start in ends:
                continue  # 南部战区海军: the theatre's navy, a unit of the theatre
            if before is not None and (
                before.text[-1] in self.state_short
                or before.pos not in _NEVER_IN_NAME_TAGS
                and before.text not in _CLAUSE_OPENERS
                and not before.text.isspace()
            ):
                continue  # 美国海军, 俄海军, 莫陆军: a state's or a city's service or club
            entry = self.gaz.org(service)
            if entry is not None:
                out.append(self._mention(doc, token.start, token.end, entry, "home_service"))
        return out

    def _customs_figures(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """据海关统计, 海关数据显示: customs named alone with the trade figures it counts is the
        General Administration of Customs (海关总署); a place's customs is named with its place."""
        entry = self.gaz.org("海关总署")
        if entry is None or "海关" not in doc.text:
            return []
        return self._bodies_matching(doc, known, _CUSTOMS_FIGURES, "customs_figures", entry=entry)

    def _guiding_groups(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """主题教育中央第五巡回指导组, 中央第四十六指导组: the Party centre's numbered guiding
        groups, named as written."""
        if "指导组" not in doc.text:
            return []
        return self._bodies_matching(doc, known, _GUIDING_GROUP, "guiding_group", category="party")

    def _bodies_matching(
        self,
        doc: SegmentedText,
        known: list[Mention],
        pattern: re.Pattern[str],
        rule: str,
        entry: OrgEntry | None = None,
        category: str | None = None,
    ) -> list[Mention]:
        """A body wherever the pattern matches a stretch no known body covers: the gazetteer's
        entry, or the name as written with the category given."""
        text = doc.text
        taken = _Coverage(len(text), ((m.start, m.end) for m in known if m.kind == "organization"))
        return [
            self._mention(doc, match.start(), match.end(), entry, rule, label=match.group(), category=category)
            for match in pattern.finditer(text)
            if not taken.overlaps(match.start(), match.end())
        ]

    def _shared_heads(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中央电视台综合频道、新闻频道: the items of a list after a known body's name share
        the head of that name when head and item make a known body (中央电视台新闻频道)."""
        text = doc.text
        ends = {m.start: m.end for m in known}
        out: list[Mention] = []
        for m in known:
            member = _MEMBER_OF_BODY.match(text, m.end) if m.rule == "gazetteer" else None
            if member is not None:
                # 全国政协原常委、文化文史和学习委员会原主任: a member of the body, then head of its committee
                core = m.text[m.text.find("届") + 1 :]
                hit = next(
                    (
                        (e, n)
                        for n in range(min(_LONGEST_UNIT, len(text) - member.end()), 1, -1)
                        if (e := self.gaz.org(core + text[member.end() : member.end() + n])) is not None
                    ),
                    None,
                )
                if hit is not None:
                    start = member.end()
                    out.append(self._mention(doc, start, start + hit[1], hit[0], "shared_head"))
                continue
            if m.rule != "gazetteer" or m.end >= len(text) or text[m.end] not in _LIST_JOINERS:
                continue
            heads = [m.text[:n] for n in range(len(m.text) - 2, 1, -1)]
            pos = m.end
            while pos < len(text) and text[pos] in _LIST_JOINERS:
                start = pos + 1
                if (at := ends.get(start)) is not None:
                    pos = at  # 火箭军 in 陆军、火箭军: a name of its own
                    continue
                hit = next(
                    (
                        (e, h, start + n)
                        for n in range(min(_LONGEST_ITEM, len(text) - start), 1, -1)
                        for h in heads
                        if (e := self.gaz.org(h + text[start : start + n])) is not None
                    ),
                    None,
                )
                if hit is None:
                    unit = self._unit_sharing_head(text, start, m)
                    if unit is None:
                        break
                    head, pos = unit
                    heads = [head]
                    label = head + text[start:pos]
                    out.append(
                        self._mention(
                            doc, start, pos, None, "shared_head", label=label, category=m.category, parent=m.parent
                        )
                    )
                    continue
                entry, head, pos = hit
                heads = [head]  # every item shares the same head
                out.append(self._mention(doc, start, pos, entry, "shared_head"))
        return out

    def _national_delegations(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """参加中央企业系统（在京）代表团讨论, 解放军和武警部队代表团: the delegations of the central
        bodies, the central enterprises and finance, and the armed forces to a congress, by their
        fixed names (the bodies inside the name are part of it), the Party's at its congress."""
        out = []
        taken = SpanIndex((m.start, m.end) for m in known if m.text.endswith("代表团"))
        for match in _NATIONAL_DELEGATION.finditer(doc.text):
            start, end = match.span()
            if taken.overlap(start, end):
                continue
            party = "党的" in doc.text[max(0, start - 8) : start] or _at_party_congress(doc.text)
            category = "party" if party else "government"
            out.append(self._mention(doc, start, end, None, "delegation", label=match.group(), category=category))
        return out

    def _accident_inquiries(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """国务院北京丰台长峰医院“4·18”火灾事故调查组: the State Council's inquiry into an accident
        named by its date is one body, the State Council's, by its full name; 国务院事故调查组 and
        事故调查组 later in the story are the same body (the dev gold's 2 stories of 2)."""
        text = doc.text
        taken = SpanIndex((m.start, m.end) for m in known if m.rule != "gazetteer")
        parent = self.gaz.org("国务院")
        out: list[Mention] = []
        label = None
        for match in _ACCIDENT_INQUIRY.finditer(text):
            label = "国务院" + match.group(1)
            # (国务院成立X调查组: the name as written starts after the act)
            start = match.start(1) if match.start(1) > match.start() + 3 else match.start()
            if not taken.overlap(start, match.end()):
                out.append(self._inquiry(doc, start, match.end(), label, parent))
        if label is None:
            return []
        spans = SpanIndex((m.start, m.end) for m in out)
        for match in re.finditer("(?:国务院)?事故调查组", text):
            if not spans.overlap(*match.span()) and not taken.overlap(*match.span()):
                out.append(self._inquiry(doc, *match.span(), label, parent))
        return out

    def _inquiry(self, doc: SegmentedText, start: int, end: int, label: str, parent: OrgEntry | None) -> Mention:
        return self._mention(
            doc, start, end, None, "inquiry", label=label, category="government", parent=parent.name if parent else None
        )

    def _bare_channels(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """…央视新闻频道将…。综合频道将播出: a channel of CCTV written without the broadcaster's
        name, after the story has named it (央视, 总台, 中央电视台), is that channel (the dev gold
        lists it so, the bare form as an alias)."""
        text = doc.text
        first = min((i for i in (text.find(w) for w in _CCTV_NAMES) if i >= 0), default=-1)
        if first < 0:
            return []
        taken = SpanIndex((m.start, m.end) for m in known)
        out = []
        for match in self.bare_channel_re.finditer(text, first):
            start, end = match.span(1)
            if not taken.overlap(start, end):
                out.append(self._mention(doc, start, end, self.channels[match.group(1)], "bare_channel"))
        return out

    def _unit_sharing_head(self, text: str, start: int, m: Mention) -> tuple[str, int] | None:
        """全国政协经济委员会、教科卫体委员会: an item no list holds shares the head of the
        known unit before it (its parent's name as written, 全国政协) when it ends like that
        unit (委员会); the head and where the item ends."""
        parent = self.gaz.org(m.parent) if m.parent else None
        if parent is None:
            return None
        head = max(
            (n for n in (parent.name, *parent.aliases) if m.text.startswith(n) and n != m.text), key=len, default=""
        )
        found = self._suffix_category(m.text[len(head) :]) if head else None
        if found is None or found[0] not in _SUBORDINATE:
            return None
        suffix = found[0]
        end = text.find(suffix, start + 2, start + _LONGEST_UNIT + len(suffix))
        if end < 0 or not all(is_han(c) for c in text[start:end]):
            return None
        return head, end + len(suffix)

    def _with_places_before(self, doc: SegmentedText, out: list[Mention]) -> list[Mention]:
        """北京市崇文区人民政府, 江苏江阴市政府: the province or city written before a county's
        or city's own body is part of the words that name it (the label stays the body's)."""
        if not any(m.rule in ("gazetteer", "local_body") and m.category in ("government", "party") for m in out):
            return out
        above = {
            t.end: t.start
            for t in doc.tokens
            if (entry := self.gaz.places.get(t.text)) is not None and entry.kind in _ABOVE_COUNTY
        }
        result = []
        for m in out:
            start = m.start
            if m.rule in ("gazetteer", "local_body") and m.category in ("government", "party"):
                place = self.gaz.places.get(_PLACE_OF_BODY.sub(r"\1", m.label))
                if place is None or place.kind not in ("province", "municipality", "autonomous_region"):
                    while start in above:
                        start = above[start]
            result.append(m if start == m.start else replace(m, start=start, text=doc.text[start : m.end]))
        return result

    def _foreign(self, mention: Mention) -> Mention:
        """A body built by a rule whose name starts with a foreign state's (韩国政府,
        美国使馆签证处) is that state's: international, whatever its suffix says."""
        if mention.rule == "gazetteer" or mention.category not in ("government", "party", "international"):
            return mention
        label = mention.label
        if label in self.gaz.places:
            return mention  # 印度尼西亚 acting as a body is no body of 印度
        if label[0] in self.state_short and label[1:].startswith(_LEADERS_BODIES):
            # 乌总统办公室: the body of the state's leader named after its short name
            state = self.state_short[label[0]]
            return replace(mention, label=state + label[1:], category="international")
        for n in range(min(len(label) - 1, 6), 1, -1):
            place = self.gaz.places.get(label[:n])
            if place is None:
                continue
            # 纽约曼哈顿地区法院: a foreign city's body is its state's
            state = self.gaz.places.get(place.parent or "") if place.kind == "city" else place
            if state is not None and state.kind == "country" and state.name not in HOME_STATES:
                # 约旦外交部, 乌克兰总统办公室: a state's body belongs to the state
                # a party is no body of its state (马耳他工党 has no parent)
                # (nor is its police, 以色列警方, as the dev gold gives it)
                # (nor a body on the state's question, 叙利亚问题阿拉伯部长级联络委员会)
                owned = (
                    place is state
                    and mention.rule != "foreign_party"
                    and not label.endswith(("党", "警方"))
                    and not label.startswith("问题", n)
                )
                return replace(
                    mention, category="international", parent=mention.parent or (state.name if owned else None)
                )
            break
        return mention

    def _places_as_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """A place right before a post title acts as a body: 伊朗总统 -> the state 伊朗
        (international); 浙江省长 -> 浙江省人民政府."""
        text = doc.text
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        by_start = {m.start: m for m in known}
        out = []
        tokens = doc.tokens
        for k, token in enumerate(tokens):
            entry, token_end = place_at(text, token, self.gaz)
            if (
                entry is None
                and self._foreign_city_with_mayor(text, token)
                and not taken.overlaps(token.start, token.end)
            ):
                # 杰克逊市长卢蒙巴: a transliterated word before a mayor who is named is a foreign city
                out.append(self._foreign_city(token.start, token.end, token.text, token.text))
                continue
            if entry is None or taken.overlaps(token.start, token_end) or text.endswith("驻", 0, token.start):
                continue  # 俄罗斯驻美国大使: the ambassador is the state's that sends him
            if k > 0 and tokens[k - 1].end == token.start and tokens[k - 1].text in _DIRECTION_CHARS:
                continue  # 东|巴勒斯坦镇长: a town named after a state (East Palestine), not the state
            if entry.kind == "city" and text.startswith("市", token_end) and self.title_at.match(text, token_end + 1):
                token_end += 1  # 喀山|市|市长: the city's own word before its head's title
            surface = text[token.start : token_end]
            acting = next((w for w in ("代理", "代") if text.startswith(w, token_end)), "")
            found = self.title_at.match(text, token_end + len(acting))  # 浙江省代省长
            title = found.group() if found else None
            if found is not None and text.startswith("夫人", found.end()):
                continue  # 纳米比亚总统夫人根哥斯: the head's spouse holds no post of the state
            body_end = self._foreign_body_end(text, token.start, token_end, entry, by_start.get(token_end))
            if body_end is not None and text.startswith("部门", body_end - (text[body_end - 1] == "部")):
                continue  # 意大利交通部门, 摩洛哥政府部门: the state's offices (of a field), no one body
            if body_end is not None and text.startswith("间", body_end):
                continue  # 中国与菲律宾政府间合作: what is between governments, no body of one
            if body_end is not None:
                # 约旦外交部, 埃及政府: a foreign state's ministry or government, not China's;
                # a federation's parliament keeps the word in its name (澳大利亚联邦议会)
                body = text[token_end:body_end]
                federal = "联邦" if surface.endswith("联邦") and body in ("议会", "政府") else ""
                out.append(
                    Mention(
                        "organization",
                        token.start,
                        body_end,
                        text[token.start : body_end],
                        entry.name + federal + body,
                        self.name,
                        "foreign_ministry",
                        category="international",
                        parent=entry.name,
                    )
                )
                taken.add(token.start, body_end)
                continue
            if title is None:
                continue
            follows = text[found.end() : found.end() + 1] if found else ""
            name_follows = follows in self.gaz.transliteration or follows in self.surname_chars
            if (
                entry.kind == "country"
                and entry.name not in HOME_STATES  # 中国国家主席习近平: the post names no body
                and self.gaz.titles[title] in ("foreign", "leader", "deputy")
                and name_follows
            ):
                out.append(
                    Mention(
                        "organization",
                        token.start,
                        token_end,
                        surface,
                        entry.name,
                        self.name,
                        "state_before_title",
                        category="international",
                    )
                )
            elif entry.kind in ("province", "municipality", "autonomous_region", "city") and title.endswith(
                _GOVERNMENT_HEADS
            ):
                gov = self.gaz.org(f"{entry.name}人民政府")
                state = self.gaz.places.get(entry.parent or "") if entry.kind == "city" else None
                if gov is not None:
                    out.append(self._mention(doc, token.start, token_end, gov, "place_before_title"))
                elif (
                    title == "市长" and state is not None and state.kind == "country" and state.name not in HOME_STATES
                ):
                    # 莫斯科市长索比亚宁: a foreign city's mayor heads the city, which has no people's government
                    out.append(self._foreign_city(token.start, token_end, surface, entry.name))
        return out

    def _foreign_city(self, start: int, end: int, surface: str, place: str) -> Mention:
        """A foreign city acting as a body, named by its place and 市 (莫斯科市, 杰克逊市)."""
        name = place if place.endswith("市") else place + "市"
        return Mention("organization", start, end, surface, name, self.name, "foreign_city", category="international")

    def _foreign_city_with_mayor(self, text: str, token: Token) -> bool:
        """杰克逊|市长|卢蒙巴: a word of transliteration characters, then 市长 and a transliterated name."""
        named = text[token.end + 2 : token.end + 4]
        return (
            len(token.text) >= 2
            and text.startswith("市长", token.end)
            and len(named) == 2
            and all(c in self.gaz.transliteration for c in token.text + named)
        )

    @staticmethod
    def _foreign_body_end(text: str, start: int, end: int, state: PlaceEntry, nxt: Mention | None) -> int | None:
        """Where the body of a foreign state named at start..end ends, if one follows
        (约旦外交部, 埃及政府); not after 驻 (驻约旦使馆 is China's)."""
        if state.kind != "country" or state.name in HOME_STATES or text.endswith("驻", 0, start):
            return None
        if nxt is not None and (
            nxt.label in _MINISTRY_NAMES
            or nxt.category == "government"
            and nxt.text == nxt.label
            and nxt.label.endswith("部")
            # 巴西民航局: a Chinese body's short name after a foreign state is that state's body
            or nxt.category == "government"
            and nxt.text != nxt.label
            and nxt.text.endswith(("部", "局", "署"))
            and len(nxt.text) <= 4
        ):
            return nxt.end
        found = _FOREIGN_BODY_AFTER_STATE.match(text, end)
        return found.end() if found else None

    def _police_abroad(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """美国田纳西州孟菲斯市警方, 以色列警方: a foreign place's police, named as written from the
        nearest place (孟菲斯市警方), international."""
        text = doc.text
        if "警方" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        tokens = doc.tokens
        out = []
        for k, token in enumerate(tokens):
            if token.text != "警方" or k == 0:
                continue
            j = k - 1
            if tokens[j].text in ("市", "州") and j > 0:
                j -= 1  # 孟菲斯|市|警方: the city's own word
            place = self.gaz.places.get(tokens[j].text)
            if place is None or not (
                self._abroad(place.name) or place.kind == "country" and place.name not in HOME_STATES
            ):
                continue
            start, end = tokens[j].start, token.end
            if taken.overlaps(start, end):
                continue
            label = text[start:end]
            out.append(self._mention(doc, start, end, None, "police_abroad", label=label, category="international"))
            taken.add(start, end)
        return out

    def _quoted_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """复信美国华盛顿州“美中青少年学生交流协会”: a body's whole name in quotes, ending like a
        body that is no state organ (协会, 研究院, 公司), is named as quoted, whatever a rule found
        inside it."""
        text = doc.text
        if "“" not in text:
            return []
        whole = {(m.start, m.end) for m in known}
        out = []
        for match in _QUOTED_BODY.finditer(text):
            name = match.group(1)
            found = self._suffix_category(name)
            if (
                found is None
                or found[1] in ("government", "party")  # (“法治政府”: a goal, not a body)
                or len(found[0]) < 2
                or found[0] == "中心"  # (“以人民为中心”: a slogan)
                or name[0] in NOT_IN_NAME
                or (match.start(1), match.end(1)) in whole
                or name in self.suffix_category
                or self._kind_of_body(name)
                or _role_of_place(name)
                or text.endswith(_CALLED, 0, match.start())  # 被誉为“没有围墙的…博物馆”: an epithet
            ):
                continue
            mention = self._mention(doc, match.start(1), match.end(1), None, "quoted", label=name, category=found[1])
            out.append(mention)
        return out

    def _foreign_bodies_speaking(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """俄罗斯联邦侦查委员会今天发布消息称, 津巴布韦选举委员会26日宣布, 俄联邦航空运输署此前称:
        a foreign state's body no list holds, opening a clause and speaking, named after its
        state in full (international; an association other), the state its parent."""
        text = doc.text
        if self.speaking_body_re is None:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in self.speaking_body_re.finditer(text):
            state, federal, body = match.groups()
            if taken.overlaps(match.start(), match.end()) or len(body) < 3:
                continue  # (俄罗斯局: an ending alone names no body)
            country = self.state_short.get(state) or self.gaz.places[state].name
            category = "other" if body.endswith(("协会", "联合会", "工会")) else "international"
            # the state by a short name is named in full (俄联邦…, 印尼国家抗灾署), an official
            # name as written (俄罗斯联邦侦查委员会)
            full = len(state) == 1 or len(country) > len(state) and not country.endswith(("联邦", "共和国"))
            label = (country if full else state) + (federal or "") + body
            mention = self._mention(
                doc, match.start(), match.end(), None, "foreign_body", label=label, category=category, parent=country
            )
            out.append(replace(mention, category=category))
            taken.add(match.start(), match.end())
        return out

    def _foreign_forces(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """A foreign state's armed forces (乌克兰军方 -> 乌克兰军队, 苏丹武装部队), its
        services (美国海军, of 美国军队), and the bodies named after its one-character short
        name (叙政府 -> 叙利亚政府, 以外交部 -> 以色列外交部): all international."""
        text = doc.text
        if self.forces_re is None:
            return []
        starts = {t.start: t for t in doc.tokens}
        # 以外交部: China's ministry found by name is the state's after its short name
        taken = _Coverage(
            len(text),
            (
                (m.start, m.end)
                for m in known
                if not (m.label in _MINISTRY_NAMES and m.start > 0 and text[m.start - 1] in self.state_short)
            ),
        )
        out = []
        for match in self.forces_re.finditer(text):
            state, body = match.groups()
            short = len(state) == 1
            if short:
                country = self.state_short.get(state)
                # a word of its own (not 合法|政府), and 以 before 政府 is a preposition (以政府名义)
                if (
                    country is None
                    # 中德政府磋商: the two states' talks, not one state's government
                    or match.start() > 0
                    and (text[match.start() - 1] in self.state_short or text[match.start() - 1] == "中")
                    or match.start() not in starts
                    # 以及|太平洋舰队: a function word that starts with the short name
                    or len(starts[match.start()].text) > 1
                    and starts[match.start()].pos in _NEVER_IN_NAME_TAGS
                    or (state == "以" and body in ("政府", "议会", "内阁"))
                ):
                    continue
            else:
                country = self.gaz.places[state].name
                if body in _SHORT_ONLY or (match.start() not in starts and not text.endswith("驻", 0, match.start())):
                    continue  # the place-and-body rule names 叙利亚政府; 巴勒斯坦 is not in 以巴勒斯坦
            if taken.overlaps(match.start(), match.end()) or text.endswith("驻", 0, match.start()):
                continue
            if text.startswith(_NAMED_AFTER_FORCE, match.end()) or text.startswith("间", match.end()):
                continue  # 美国海军学会新闻网, 以色列陆军电台: a body named after the service
            if match.start() > 0 and (text[match.start() - 1] in _COUNTED_BY or text[match.start() - 1] == "支"):
                continue  # 四支伊朗海军舰队: a count of units of a kind, none named
            if text.startswith("基地", match.end()):
                continue  # 阿克罗蒂里英国空军基地: a base, named after the service that uses it
            army = self.gaz.org(_ARMY.format(country))
            if body in _WHOLE_FORCES and (army is not None or body == "军方") and (short or body == "军方"):
                label, entry, parent = _ARMY.format(country), army, None if army is not None else country
            else:
                if short and len(country) > 2 and body.startswith(country[1:]) and len(body) > len(country) - 1:
                    body = body[len(country) - 1 :]  # 叙利亚舰队: the fleet of the state written in full
                label = country + body
                entry = self.gaz.org(label)
                # a service's name states its state, not the armed forces (美国空军: 美国), which
                # the text may never name; the police are named as the place-and-police rule
                # names them (以警方 -> 以色列警方)
                parent = country if body != "警方" else None
                if body in _ARMY_SERVICES and self._named_army(text, army):
                    # 叙利亚军方称…叙防空部队: a service of the army the story names (the dev gold's 9 of 14)
                    parent = army.name
            mention = self._mention(
                doc, match.start(), match.end(), entry, "foreign_forces", label=label, parent=parent
            )
            out.append(replace(mention, category="international"))
            taken.add(match.start(), match.end())
            service = _SERVICE_JOINED.match(text, match.end()) if body in _SERVICES else None
            if service is not None and not taken.overlaps(service.start(1), service.end(1)):
                # 俄罗斯海军与空天军: a service joined to the state's service is the same state's
                other = service.group(1)
                first, last = service.start(1), service.end(1)
                label = country + other
                parent = army.name if other in _ARMY_SERVICES and self._named_army(text, army) else country
                joined = self._mention(
                    doc, first, last, self.gaz.org(label), "foreign_forces", label=label, parent=parent
                )
                out.append(replace(joined, category="international"))
                taken.add(first, last)
            paired = self._state_paired_before(text, match.start()) if not short else None
            if paired is not None and not taken.overlaps(paired[0], paired[1]):
                # 俄罗斯和乌克兰军方: two states share the body's word; each has its own
                first, last, other = paired
                if body in _WHOLE_FORCES and (army := self.gaz.org(_ARMY.format(other))) is not None:
                    label, entry, parent = army.name, army, None
                else:
                    label, entry, parent = other + body, self.gaz.org(other + body), other
                mention = self._mention(doc, first, last, entry, "foreign_forces", label=label, parent=parent)
                out.append(replace(mention, category="international"))
                taken.add(first, last)
        return out

    def _foreign_state(self, word: str) -> PlaceEntry | None:
        """The gazetteer's entry of the state a word names, when it is a state other than China."""
        place = self.gaz.places.get(word)
        return place if place is not None and place.kind == "country" and place.name not in HOME_STATES else None

    @staticmethod
    def _named_army(text: str, army: OrgEntry | None) -> bool:
        """Whether the text names the state's army (俄军, 俄罗斯军队), whose services it has."""
        return army is not None and any(w in text for w in (army.name, *army.aliases))

    def _state_paired_before(self, text: str, start: int) -> tuple[int, int, str] | None:
        """(start, end, name) of a foreign state written right before 和 or 与 before start
        (俄罗斯和|乌克兰军方), or None."""
        if start < 3 or text[start - 1] not in "和与":
            return None
        state = _country_ending(self.gaz.places, text, start - 1)
        if state is None or state[1].name in HOME_STATES:
            return None
        return state[0], start - 1, state[1].name

    def _named_in_text(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """Bodies the text's marks name: a newspaper in 《》 (据《华盛顿邮报》报道 -> media) and a
        group army of the PLA by its number (陆军第76集团军)."""
        text = doc.text
        if "《" not in text and "集团军" not in text and "护航编队" not in text and "国家" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in _NEWSPAPER.finditer(text):
            start, end = match.span(1)
            if taken.overlaps(start, end) or match.group(1).endswith(_NOT_NEWSPAPERS):
                continue
            out.append(self._mention(doc, start, end, None, "newspaper", label=match.group(1), category="media"))
        ends = {m.end: m for m in known}
        for match in _GROUP_ARMY.finditer(text):
            start, end = match.span()
            army = ends.get(start)
            before = text[max(0, start - 4) : start].removesuffix("陆军")
            if taken.overlaps(start, end) or (before and before[-1] in self.state_short):
                continue
            if army is not None and army.category == "international":
                continue  # 俄军第58集团军 is Russia's
            # named in full, as the army's own units are (中国人民解放军陆军第71集团军)
            label = _PLA_ARMY + ("" if match.group().startswith("第") else "第") + match.group()
            out.append(
                self._mention(doc, start, end, None, "group_army", label=label, category="government", parent=_PLA_ARMY)
            )
        token_ends: dict[int, Token] | None = None
        for match in _NATIONAL_CENTRE.finditer(text):
            # 国家先进功能纤维创新中心, 国家生物育种产业创新中心: a national centre named by its field
            # (the field's words hold verbs, 创新, 育种, which stop the walk of the suffix rule)
            start, end = match.span()
            field = match.group(1)
            if token_ends is None:  # (made once, for the rare story that has such a name)
                token_ends = {t.end: t for t in doc.tokens}
            before = token_ends.get(start)
            if (
                (start > 0 and before is None)  # (国家 must start a word)
                # 大熊猫|国家保护研究中心: a name goes on before
                or (before is not None and before.pos[:1] == "n")
                or field.startswith(("级", "重点", "技术", "工程", "制造业", "产业", "地方", "临床医学"))
                or any(c in field for c in "和与及、的")
                or text[start - 1 : start] in _COUNT_CHARS
                or text.startswith("等", end)
                or taken.overlaps(start, end)
            ):
                continue
            out.append(self._mention(doc, start, end, None, "suffix", label=match.group(), category="other"))
        for match in _ESCORT_TASK_FORCE.finditer(text):
            # 海军第42批、第43批护航编队: each escort task force of the PLA Navy, named as written
            navy = match.group(1)
            ordinals = list(_ORDINAL_BATCH.finditer(text, match.start(), match.end()))
            for n, ordinal in enumerate(ordinals):
                # (the navy's own name before the first is a body of its own: 中国海军)
                start = ordinal.start()
                end = match.end() if n == len(ordinals) - 1 else ordinal.end()
                if taken.overlaps(start, end):
                    continue
                label = navy + ordinal.group() + "护航编队"
                out.append(
                    self._mention(doc, start, end, None, "escort", label=label, category="government", parent=_PLA_NAVY)
                )
        return out

    def _embassies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """China's embassy or consulate general in a country, by its official name:
        中国驻厄立特里亚使馆 -> 中华人民共和国驻厄立特里亚国大使馆; before 大使 (中国驻韩国大使)
        the words up to the title name the embassy the ambassador heads."""
        text = doc.text
        if "驻" not in text:
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        for match in _EMBASSY.finditer(text):
            host, what = match.groups()
            entry = self.gaz.places.get(host)
            consulate = what in ("总领事馆", "总领馆")
            if entry is None and consulate:
                # 中国驻德国汉堡总领馆: the city after the state it is in
                entry = next(
                    (
                        city
                        for n in range(2, len(host) - 1)
                        if (city := self.gaz.places.get(host[n:])) is not None
                        and city.kind == "city"
                        and (state := self.gaz.places.get(host[:n])) is not None
                        and city.parent == state.name
                    ),
                    None,
                )
            if entry is None or entry.name in HOME_STATES:
                continue
            if entry.kind != "country" and not (consulate and entry.kind == "city"):
                continue
            end = match.start(2) if what == "大使" else match.end()
            if taken.overlaps(match.start(), end):
                continue
            label = _embassy_name(entry, consulate)
            out.append(self._mention(doc, match.start(), end, None, "embassy", label=label, category="government"))
            taken.add(match.start(), end)
        for match in _EMBASSY_LIST.finditer(text):
            # 中国驻新加坡、孟加拉国…等国使馆: one embassy in each state the list names, each
            # grounded on its state's name
            offset = match.start(1)
            items = [(offset + m.start(), offset + m.end(), m.group()) for m in _LIST_ITEM.finditer(match.group(1))]
            hosts = [self.gaz.places.get(name) for _, _, name in items]
            if taken.overlaps(match.start(), match.end()) or not all(
                h is not None and h.kind == "country" and h.name not in HOME_STATES for h in hosts
            ):
                continue
            consulate = match.group(2) in ("总领事馆", "总领馆")
            for (start, end, _), host in zip(items, hosts, strict=True):
                label = _embassy_name(host, consulate)
                out.append(self._mention(doc, start, end, None, "embassy", label=label, category="government"))
            taken.add(match.start(), match.end())
        for match in self.permanent_mission_re.finditer(text) if "常驻" in text else ():
            state = match.group(1)
            if any(m.start < match.start() < m.end or m.start < match.end() < m.end for m in known):
                continue  # (a longer name it is part of)
            if state == "中国":
                label, category, parent = match.group(), "government", None
            else:
                country = self.state_short.get(state) or self.gaz.places[state].name
                label, category, parent = country + match.group()[len(state) :], "international", country
            out.append(
                self._mention(
                    doc, match.start(), match.end(), None, "embassy", label=label, category=category, parent=parent
                )
            )
        if self.foreign_mission_re is None:
            return out
        starts = {t.start for t in doc.tokens}
        for match in self.foreign_mission_re.finditer(text):
            # 美国驻华使领馆, 俄罗斯驻美国大使馆: a foreign state's mission, named as written
            state, _, _ = match.groups()
            if match.start() not in starts or taken.overlaps(match.start(), match.end()):
                continue
            country = self.state_short.get(state) or self.gaz.places[state].name
            # the state by its one-character short name is named in full (俄驻美大使馆); a
            # state written by a name of its own keeps it (沙特驻伊朗大使馆)
            label = (country if len(state) == 1 else state) + text[match.end(1) : match.end()]
            mention = self._mention(
                doc, match.start(), match.end(), None, "embassy", label=label, category="international", parent=country
            )
            out.append(mention)
            taken.add(match.start(), match.end())
        return out

    def _stationed_teams(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中央纪委国家监委驻应急管理部纪检监察组, 中央纪委国家监委宣传部: one body of the CCDI
        (its teams and the departments it shares with the NSC), not the bodies named inside it."""
        text = doc.text
        if "纪检监察组" not in text and "中央纪委国家监委" not in text:
            return []
        out = []
        for match in (*_STATIONED_TEAM.finditer(text), *_JOINT_CCDI_UNIT.finditer(text)):
            ccdi = next((m for m in known if m.start == match.start()), None)
            out.append(
                self._mention(
                    doc,
                    match.start(),
                    match.end(),
                    None,
                    "body_of_known",  # named with its parent's name first, like 上海市委宣传部
                    label=match.group(),
                    category="party",
                    parent=ccdi.label if ccdi is not None else "中央纪律检查委员会",
                )
            )
        return out

    def _sports_teams(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """中国跳水队, 日本队, 中国女排国家队, 蒙古国体育代表团: a national team or sports
        delegation, named as written. 中国队 or 中国代表团 at a games of many sports (奥运会, 亚运会,
        大运会) is the Chinese sports delegation."""
        text = doc.text
        if "队" not in text and "代表团" not in text and not any(w in text for w in _TEAM_SHORT_NAMES):
            return []
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        games = any(word in text for word in _MULTI_SPORT_GAMES)
        championships = {m.group(1) for m in self.sport_event_re.finditer(text)} if "中国队" in text else set()
        if "中国队" in text:
            championships.update(sport for short, sport in _CHAMPIONSHIPS_SHORT.items() if short in text)
        out = []
        for match in self.team_re.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            entry = self.gaz.org(_DELEGATION) if match.group() == "中国队" and games else None
            if match.group() == "中国队" and not games and len(championships) == 1:
                # 中国队夺得体操世锦赛男团冠军: at one sport's championship, that sport's team
                label = f"中国{next(iter(championships))}队"
                mention = self._mention(doc, start, end, None, "sports_team", label=label, category="other")
                out.append(replace(mention, aliases=("中国队",)))
                continue
            out.append(self._mention(doc, start, end, entry, "sports_team", category="other"))
        if games and (delegation := self.gaz.org(_DELEGATION)) is not None:
            # 杭州亚运会…中国代表团共723人: China's delegation at a games of many sports, or the one
            # the story names in full (成都大运会中国代表团 after 中国大学生体育代表团)
            named = set(_CHINESE_DELEGATION.findall(text)) - {_DELEGATION}
            for match in re.finditer("中国代表团", text):
                if taken.overlaps(match.start(), match.end()):
                    continue
                if len(named) == 1:
                    mention = self._mention(
                        doc, match.start(), match.end(), None, "sports_team", label=next(iter(named)), category="other"
                    )
                else:
                    mention = self._mention(doc, match.start(), match.end(), delegation, "sports_team")
                out.append(mention)
        return out

    def _places_acting(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """安徽组织农技人员…, 浙江就启动了…: a province or city that starts a clause and does
        what a government does is its people's government (FORMAT.md: a place acting as a
        body). Run after the rules that build bodies' names, so 广西壮族自治区投资促进局 is one."""
        text = doc.text
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        tokens = doc.tokens
        for k, token in enumerate(tokens):
            county = self._county_by_short_name(tokens, k)
            if token.pos != "ns" and county is None and not self._district_after_city(tokens, k):
                continue
            entry, token_end = (county, token.end) if county is not None else place_at(text, token, self.gaz)
            if entry is None and self._county(tokens, k):
                # 红河州河口县紧急调度…: a county or district no gazetteer lists acts the same way
                if not taken.overlaps(token.start, token.end) and self._acts(text, tokens, k):
                    above = self.gaz.places.get(tokens[k - 1].text) if k > 0 else None
                    # 北京市西城区, 绵阳游仙区: a municipality's or a city's district is named
                    # with the municipality or the city
                    city = (
                        above.name
                        if above is not None
                        and (above.kind == "municipality" or above.kind == "city" and token.text.endswith("区"))
                        else ""
                    )
                    label = f"{city}{token.text}人民政府"
                    out.append(
                        self._mention(
                            doc, token.start, token.end, None, "place_acting", label=label, category="government"
                        )
                    )
                continue
            if entry is not None and entry.name in _PLACES_TOGETHER and not taken.overlaps(token.start, token_end):
                glued = k + 2 < len(tokens) and len(tokens[k + 2].text) == 1 and tokens[k + 2].pos[:1] == "n"
                if self._acts(text, tokens, k) and not glued:
                    # 京津冀签署…协议: the places a region's short name joins act together (not
                    # 京津冀|治理|区: a verb and a character that make a noun)
                    for place in _PLACES_TOGETHER[entry.name]:
                        gov = self.gaz.org(f"{place}人民政府")
                        if gov is not None:
                            out.append(self._mention(doc, token.start, token_end, gov, "place_acting"))
                continue
            if entry is None or entry.kind not in _ACTING_KINDS or taken.overlaps(token.start, token_end):
                continue
            if self._acts(text, tokens, k) or _OFFICIALS_OF.match(text, token_end):
                # (湖北省有关负责人介绍: the official of a province speaks for its government)
                gov = self.gaz.org(f"{entry.name}人民政府")
                if gov is not None:
                    out.append(self._mention(doc, token.start, token_end, gov, "place_acting"))
            elif (
                k + 2 < len(tokens)
                and tokens[k + 1].text in _PAIR_JOINERS
                and (other := self.gaz.places.get(tokens[k + 2].text)) is not None
                and other.kind in _ACTING_KINDS
                and not taken.overlaps(tokens[k + 2].start, tokens[k + 2].end)
                and self._acts(text, tokens, k, k + 2)
            ):
                # 云南与上海携手共建…: two places that act together, each as its government
                for place, at in ((entry, token), (other, tokens[k + 2])):
                    gov = self.gaz.org(f"{place.name}人民政府")
                    if gov is not None:
                        out.append(self._mention(doc, at.start, at.end, gov, "place_acting"))
            elif k + 1 < len(tokens) and tokens[k + 1].text in _LIST_JOINERS:
                out += self._places_listed_acting(doc, k, entry, taken)
        if "当地" in text:
            out += self._local_government(doc)
        return out

    def _places_among_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """北京市、上海市、广东省、教育部…有关同志作交流发言: places listed with bodies are
        bodies too, their people's governments (FORMAT.md: 重庆市、四川省等单位); 听取福建省和福州市
        …情况汇报: the places whose report a leader hears."""
        text, tokens = doc.text, doc.tokens
        taken = _Coverage(len(text), ((m.start, m.end) for m in known))
        # bodies by their own names: not a place acting (it is what is being decided), nor one a
        # place's name starts (重庆和四川代表团: two delegations sharing the head word)
        bodies = {
            m.start: m
            for m in known
            if m.category in ("government", "party")
            and m.rule not in ("place_acting", "local_referent")
            and not any(self._place_prefixes(m.text))
        }
        starts = {t.start: k for k, t in enumerate(tokens)}
        places: list[tuple[Token, PlaceEntry]] = []

        def item(k: int) -> tuple[str, int, Token | None, PlaceEntry | None] | None:
            token = tokens[k]
            body = bodies.get(token.start)
            if body is not None:
                after = starts.get(body.end)
                return ("body", after if after is not None else len(tokens), None, None)
            entry = self.gaz.places.get(token.text)
            if entry is None or entry.kind not in _ACTING_KINDS:
                return None
            while k + 1 < len(tokens) and (inner := self.gaz.places.get(tokens[k + 1].text)) is not None:
                if inner.kind not in _ACTING_KINDS:
                    return None
                k, token, entry = k + 1, tokens[k + 1], inner  # 湖南省长沙市: the city of the province
            return ("place", k + 1, token, entry)

        k = 0
        while k < len(tokens):
            first = item(k)
            if first is None:
                k += 1
                continue
            run = [first]
            nxt = first[1]
            while nxt + 1 < len(tokens) and tokens[nxt].text in ("、", "和", "及") and (more := item(nxt + 1)):
                run.append(more)
                nxt = more[1]
            where = text.endswith(_WHERE_BEFORE_LIST, 0, tokens[k].start) or (
                nxt < len(tokens) and text.startswith(("等地", "地区", "两地", "等省", "等市"), tokens[nxt].start)
            )  # (分别在重庆、云南、中央政策研究室等地宣讲, 来到乌鲁木齐市、…: where, not who)
            if len(run) > 1 and any(r[0] == "body" for r in run) and not where:
                places += [(r[2], r[3]) for r in run if r[0] == "place"]
            k = max(nxt, k + 1)
        if "汇报" in text:
            for match in _HEARS_REPORT.finditer(text):
                k = starts.get(match.end())
                while k is not None and k < len(tokens) and (found := item(k)) is not None and found[0] == "place":
                    places.append((found[2], found[3]))
                    k = found[1] + 1 if found[1] < len(tokens) and tokens[found[1]].text in ("、", "和") else None
        out = []
        for token, entry in places:
            gov = self.gaz.org(f"{entry.name}人民政府")
            if gov is not None and token is not None and not taken.overlaps(token.start, token.end):
                taken.add(token.start, token.end)
                out.append(self._mention(doc, token.start, token.end, gov, "place_listed_with_bodies"))
        return out

    def _local_government(self, doc: SegmentedText) -> list[Mention]:
        """在广西，水稻种植面积…，今年当地加大了…: 当地 that starts a clause and does what a
        government does is the government of the place the sentence last named."""
        text, tokens = doc.text, doc.tokens
        out = []
        for k, token in enumerate(tokens):
            if token.text != "当地" or not self._acts(text, tokens, k):
                continue
            j = k - 1
            while j >= 0 and token.start - tokens[j].start <= _LONGEST_SENTENCE_BACK:
                word = tokens[j].text
                if any(c in "。！？!?\n；;" for c in word) or word in _PLACES_OF_A_LIST or word in ("等", "各地"):
                    break  # 广西、内蒙古等地…，当地: the places of a list, not one
                entry = (
                    self._county_by_short_name(tokens, j)  # 在湖北当阳，当地: the county, not its province
                    or place_at(text, tokens[j], self.gaz)[0]
                    or self._listed_place(tokens[j])
                )
                if (
                    entry is None
                    and tokens[j].pos == "ns"
                    and (word.endswith(_NATURAL_FEATURES) or len(word) >= 3 and word.endswith("地"))
                ):
                    j -= 1
                    continue  # 在天津武清区，随着永定河…，当地: a river or 黑土地 is no place that governs
                if entry is None and tokens[j].pos != "ns" and word.endswith(_TOWN_ENDS):
                    break  # 涞水县九龙镇…，当地; 尚志|市: a town or a place jieba split is nearer
                if entry is not None and self._unknown_place_after(text, tokens, j):
                    break  # 在陕西富平，当地: a county the gazetteer lacks is nearer than its province
                if entry is not None:
                    # the nearest place; none abroad (在美国加州…，当地) nor a region (东北地区)
                    gov = self.gaz.org(f"{entry.name}人民政府") if entry.kind in _ACTING_KINDS else None
                    if gov is not None:
                        out.append(self._mention(doc, token.start, token.end, gov, "local_referent"))
                    break
                if entry is None and tokens[j].pos == "ns":
                    if not self._county(tokens, j):
                        break  # 河北涿州…，当地: a place no list holds, nearer than its province
                    above = self.gaz.places.get(tokens[j - 1].text) if j > 0 else None
                    city = above.name if above is not None and above.kind == "municipality" else ""
                    label = f"{city}{word}人民政府"  # 天津武清区 -> 天津市武清区人民政府
                    out.append(
                        self._mention(
                            doc, token.start, token.end, None, "local_referent", label=label, category="government"
                        )
                    )
                    break
                j -= 1
        return out

    def _unknown_place_after(self, text: str, tokens: tuple[Token, ...], j: int) -> bool:
        """在陕西|富平，: after 在 and a province, a word of two or three characters the gazetteer
        does not know, then a comma: a place inside the province (jieba may tag it a name)."""
        if j == 0 or j + 2 >= len(tokens) or tokens[j - 1].text != "在":
            return False
        word, comma = tokens[j + 1], tokens[j + 2]
        return (
            tokens[j].end == word.start
            and 2 <= len(word.text) <= 3
            and all(map(is_han, word.text))
            and word.text not in self.gaz.places
            and comma.text in ("，", ",")
        )

    def _county_by_short_name(self, tokens: tuple[Token, ...], k: int) -> PlaceEntry | None:
        """贵州罗甸, 浙江安吉: a county named without 县 or 市, right after its province or city
        (or a city: 山东德州)."""
        if k == 0 or (above := self.gaz.places.get(tokens[k - 1].text)) is None:
            return None
        county = self.gaz.county_shorts.get(tokens[k].text)
        if county is None and (city := self.gaz.places.get(tokens[k].text + "市")) is not None and city.kind == "city":
            county = city  # 山东德州: a city whose short name is kept out of the list (德州 is also Texas)
        return county if county is not None and self._lies_in(county, above.name) else None

    def _places_listed_acting(self, doc: SegmentedText, k: int, first: PlaceEntry, taken: _Coverage) -> list[Mention]:
        """北海、钦州、防城港已集结…, 云南、贵州、四川三省共同开启…, 辽宁、山东…等多个省市开展了…: the
        places of a list that does what a government does act, each as its government; not a list
        that ends in 等地, where something is done."""
        text, tokens = doc.text, doc.tokens
        opener = k - 1 if k == 0 or tokens[k - 1].pos != "t" else k - 2
        above = self.gaz.places.get(tokens[opener].text) if opener >= 0 else None
        if above is not None and above.kind in _ACTING_KINDS:
            opener -= 1  # 浙江宁波、嘉兴、台州多地组织…: the cities of a list after their province
        else:
            above = None
        if opener >= 0 and (tokens[opener].text not in _CLAUSE_OPENERS or tokens[opener].text == "、"):
            return []  # 在教育系统、海南、浙江等地宣讲: the list is where, not who
        listed = [(k, first)]
        i = k
        while i + 2 < len(tokens) and tokens[i + 1].text in _LIST_JOINERS:
            entry = self._listed_place(tokens[i + 2])
            if entry is None or entry.kind not in _ACTING_KINDS:
                break
            i += 2
            listed.append((i, entry))
        if len(listed) < 2 or i + 2 >= len(tokens):
            return []
        if tokens[i + 1].text in _PLACES_OF_A_LIST or _COUNT_OF_LISTED.fullmatch(tokens[i + 1].text):
            last = i + 1  # (云南、贵州、四川三省共同开启…)
        elif tokens[i + 1].text == "等" and tokens[i + 2].text.startswith("地"):
            # 湖北、江西、河南等地组织开展了…: the places where it is done (the dev gold lists no
            # government for such a list in 6 stories of 9)
            return []
        elif (
            tokens[i + 1].text == "等"
            and i + 3 < len(tokens)
            and tokens[i + 2].text == "多"
            and tokens[i + 3].text.startswith("地")
        ):
            last = i + 3  # 四川、海南、吉林等|多|地发布了…: many places, these among them
        elif (
            tokens[i + 1].text == "等"
            and i + 3 < len(tokens)
            and _COUNT_OF_SOME.fullmatch(tokens[i + 2].text)
            and tokens[i + 3].text in _KINDS_OF_LISTED
        ):
            last = i + 3  # 辽宁、山东…等|多个|省市开展了…: these among many provinces
        else:
            last = i  # 北海、钦州、防城港已集结…: the list itself is the subject
        if (
            last == i
            and len(listed) < 3
            and not (
                # 北京市房山区、门头沟区紧急转移…: two districts or counties after their city
                above is not None
                and all(entry.kind in ("county", "district") for _, entry in listed)
                # 云南省、昭通市组织力量…: a province and a city of it (the dev gold's 1 of 1)
                or len(listed) == 2
                and listed[1][1].parent == listed[0][1].name
            )
        ):
            return []  # (两地: 北京和上海已是… is said of two places as often as of two bodies)
        if not self._acts(text, tokens, k, last):
            return []
        out = []
        for n, entry in listed:
            token = tokens[n]
            gov = self.gaz.org(f"{entry.name}人民政府")
            if gov is not None and not taken.overlaps(token.start, token.end):
                out.append(self._mention(doc, token.start, token.end, gov, "place_acting"))
        return out

    def _listed_place(self, token: Token) -> PlaceEntry | None:
        """A place in a list of places: by its name, or a city the gazetteer lists only with
        its 市 because its short name is a common word elsewhere (钦州、北海、防城港)."""
        entry = self.gaz.places.get(token.text)
        if entry is None and token.pos == "ns":
            entry = self.gaz.places.get(token.text + "市")
        return entry

    def _district_after_city(self, tokens: tuple[Token, ...], k: int) -> bool:
        """绵阳|游仙区/n: a district or county jieba does not know as a place, right after the
        city or province it is in."""
        token = tokens[k]
        if k == 0 or token.pos not in _PLACE_LIKE_TAGS or len(token.text) < 3 or token.text[-1] not in "区县":
            return False
        above = self.gaz.places.get(tokens[k - 1].text)
        return above is not None and above.kind in _ABOVE_COUNTY and tokens[k - 1].end == token.start

    def _county(self, tokens: tuple[Token, ...], k: int) -> bool:
        """Whether token k names a Chinese county, district or county-level city by its
        ending (河口县, 浦东新区), not a foreign one (日本石川县) nor a kind of area (城区)."""
        word = tokens[k].text
        if len(word) < 3 or word[-1] not in "县市区旗" or word in _NOT_LOCAL_PLACES or word in self.gaz.places:
            return False
        if word.endswith(_AREA_KINDS):
            return False  # a kind of area (边境地区, 重灾区, 欧元区, 自贸区)
        before = self.gaz.places.get(tokens[k - 1].text) if k > 0 else None
        return before is None or before.kind != "country" or before.name in HOME_STATES

    @staticmethod
    def _acts(text: str, tokens: tuple[Token, ...], k: int, last: int | None = None) -> bool:
        """Whether the place at token k starts a clause and a verb of doing follows it (after
        token `last` when the place starts a list: 钦州、北海等地|解除…)."""
        j = k - 1
        if j >= 0 and tokens[j].text == "“" and "”" in text[tokens[k].end : tokens[k].end + 3]:
            return False  # “宁波帮”: a quoted word the place starts, not the place
        if (
            j >= 0
            and tokens[j].text == "的"
            and tokens[k].text[-1] in "省市县"
            and k + 1 < len(tokens)
            and tokens[k + 1].text in _BODY_VERBS
        ):
            return True  # 闽江下游的福州市开展…治理: the place, described, holds or starts something
        if j >= 0 and tokens[j].pos == "ns":
            j -= 1  # 内蒙古赤峰: the city after its region
            if j >= 0 and tokens[j].pos == "ns" and tokens[k].text[-1] in "区县":
                j -= 1  # 福建厦门市思明区: the district after its city and its province
        if j >= 0 and tokens[j].text.endswith(_PLACE_EPITHETS):
            j -= 1  # 外贸大省浙江: what the place is, said before its name
            if j >= 0 and tokens[j].pos[:1] in ("n", "v") and tokens[j].text not in _CLAUSE_OPENERS:
                j -= 1
        if j >= 0 and tokens[j].pos == "t":
            j -= 1  # 今年，浙江…
        if j >= 0 and tokens[j].text not in _CLAUSE_OPENERS:
            return False
        while j >= 1 and tokens[j].text == "、" and tokens[j - 1].pos == "ns":
            j -= 2  # 从西安、成都扩容到…: a later item of a list starts no clause the list does not
        if j >= 0 and tokens[j].text not in _CLAUSE_OPENERS:
            return False
        if j >= 1 and tokens[j].text == "、" and tokens[j - 1].pos != "ns":
            return False  # 渡江战役、江西剿匪: a later item of a list of other things starts no clause
        k = k if last is None else last
        if k + 1 >= len(tokens) or _WARNING_ISSUED.match(text, tokens[k].end):
            return False  # (江西、安徽等地发布大雾橙色预警: the weather services warn, not the governments)
        if _FACILITY_NAMED.match(text, tokens[k].end):
            return False  # 广西南宁|抽水蓄能电站: a plant named after the place
        if _WEATHER_BEGINS.match(text, tokens[k].end):
            return False  # 北京开始降雨: the weather, not the government
        nxt = tokens[k + 1]
        if nxt.text in _NOT_ACTING and not (
            # 海南省已紧急避险转移…, 江苏省也启动了: 已 or 也 before a verb of doing (not 已有, 也是)
            nxt.text in ("已", "已经", "也") and k + 2 < len(tokens) and tokens[k + 2].text not in _NOT_ACTING
        ):
            return False
        n = k + 1
        while (
            n < min(k + 4, len(tokens) - 1)
            and (tokens[n].pos in ("d", "t", "ad") or tokens[n].text in _ACTING_ADVERBS)
            and (tokens[n].text not in _NOT_ACTING or tokens[n].text in ("已", "已经", "也"))
            and tokens[n].text not in _ACTING_VERBS
            or tokens[n].text == "累计"
            and n + 1 < len(tokens)
            and tokens[n + 1].text in _ACTING_VERBS  # 德州累计投入: what it has put in so far
        ):
            n += 1  # 浙江就启动, 浙江正在研究, 青海还认真落实, 甘肃省每年|滚动实施
        n = _past_bracketed_date(tokens, n)  # 海南昨天（12月21日）启动: the day in brackets
        nxt = tokens[n]
        for t in tokens[k + 1 : k + 5]:
            if t.pos == "ns":
                break  # 安徽提出加快|芜湖|数据中心: another place's body
            if t.text.endswith(_SUBORDINATE) and t.text not in _NOT_BODIES:
                return False  # 广西壮族自治区投资促进局: the place starts a body's name
        if nxt.text in _FRAMING_PREPOSITIONS:
            # 江西在去年改造的基础上，还将加装…; 高青县针对黄河滩区特点，推广…: a framing
            # phrase after the place, then what it does where the next clause starts
            for m in range(n + 1, min(n + 20, len(tokens) - 1)):
                if tokens[m].text in _SENTENCE_ENDS:
                    break
                if tokens[m].text in ("，", ","):
                    after = m + 1
                    while after < len(tokens) - 1 and (
                        tokens[after].pos in ("d", "ad") or tokens[after].text in _ACTING_ADVERBS
                    ):
                        after += 1
                    verb = tokens[after]
                    if (
                        (verb.pos in ("v", "vn") or verb.text in _ACTING_VERBS)
                        and verb.text not in _NOT_ACTING
                        and verb.text not in _BEFALLS
                    ):
                        return True
                    break
        if nxt.text.startswith("以") and (nxt.text == "以" or nxt.pos == "x"):
            # 北京以花为媒，推出…, 新疆以铸牢…为主线，讲好…: the place takes something as its
            # means or its aim (jieba: 以花/x)
            for tok in tokens[n + 1 : n + 16]:
                if tok.text in _CLAUSE_ENDS:
                    return False
                if tok.text.startswith("为"):
                    return True
            return False
        if (
            len(nxt.text) == 1
            and n + 1 < len(tokens)
            and tokens[n + 1].pos == "x"
            and len(tokens[n + 1].text) > 1
            and all(is_han(c) for c in tokens[n + 1].text)
        ):
            return False  # 丰台区|住|保办: jieba split a body's short name the place starts
        if (
            nxt.text == "把"
            and n + 1 < len(tokens)
            and (tokens[n + 1].pos in ("v", "vn", "n") or tokens[n + 1].text == "“")
        ):
            return True  # 辽宁把加强分类指导…, 甘肃将把…, 福建省把“四下基层”…: the place disposes of something
        if nxt.text == "通过" and _by_means(tokens, n):
            return True
        if nxt.text in _ACTING_VERBS:
            return True  # 陕西|立足/d, 甘肃省将|致力于/n: jieba tags these words of doing otherwise
        if nxt.text in _PLANS and n + 1 < len(tokens) and tokens[n + 1].pos == "v":
            return True  # 黑龙江计划|发放消费券, 陕西策划|组织…活动: the place plans what it does
        if nxt.text == "对":
            # 辽宁阜新对普通播种机进行改造: the place does something to something
            for tok in tokens[n + 1 : n + 9]:
                if tok.text in _CLAUSE_ENDS:
                    break
                if tok.text in ("进行", "实施", "给予", "开展") or tok.text in _ACTING_VERBS:
                    return True  # (河南对南阳市启动…应急响应)
            return False
        # a verb of doing (实施, 启动), not a noun of one (深圳|进出口值) nor what befalls a place
        # (辽宁省|出现降雪, 新疆|迎来降雪, 江苏|进入栽插期); a set phrase of doing after an adverb
        # (青海还|因地制宜)
        doing = (
            nxt.pos in ("v", "vd")
            or nxt.pos == "vn"
            and (nxt.text in _BODY_VERBS or nxt.text in _LEAD_VERBS or tokens[n - 1].text in _EFFORT_ADVERBS)
            or nxt.pos == "i"
            and n > k + 1
        )
        if n + 1 < len(tokens) and tokens[n + 1].text == "的":
            return False  # 益阳刚建成的农田迎来春播: the place is in what describes the subject
        return doing and nxt.text not in _NOT_ACTING and nxt.text not in _BEFALLS

    def _local_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """The Party committee, congress, CPPCC committee or government of a county or
        city the gazetteer does not list, written as the place plus the body's short name:
        大厂回族自治县委 -> 中共大厂回族自治县委员会, 安泽县人大常委会 -> 安泽县人民代表大会常务委员会."""
        text = doc.text
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        out = []
        abroad: set[str] = set()  # 日本石川县: a place named after a foreign state is that state's
        previous = None
        for token in doc.tokens:
            place = token.text
            before, previous = previous, token
            if place[-1] not in _LOCAL_UNITS or len(place) < 3 or place in _NOT_LOCAL_PLACES:
                continue
            if place.endswith("边区"):
                continue  # 晋察冀边区政府: a border region of the revolution's years, named as written
            state = self.gaz.places.get(before.text) if before is not None else None
            if state is not None and state.kind == "country" and state.name not in HOME_STATES:
                abroad.add(place)
            elif (known_place := self.gaz.places.get(place)) is not None and self._abroad(known_place.name):
                abroad.add(place)  # 福岛县政府: a prefecture the gazetteer places abroad
            # jieba tags many a district a name (越秀区/nr): then only a court or a government
            # after it makes it a place
            strong = token.pos != "ns"
            if strong and (token.pos not in _PLACE_LIKE_TAGS or not text.startswith(_STRONG_LOCAL, token.end)):
                continue
            for short, (template, category) in _LOCAL_BODIES:
                if not strong and short in _COURTS:
                    continue  # 江苏省南京市玄武区法院: a place's court is named as written, from its city
                end = token.end + len(short)
                if text.startswith(short, token.end) and not covered.overlaps(token.start, end):
                    if short == "委" and text.startswith("员", end) and not text.startswith("员会", end):
                        break  # 县委员: a member, not the committee
                    label = template.format(place)
                    start = token.start
                    city = self.gaz.places.get(before.text) if before is not None else None
                    if (
                        place.endswith("区")
                        and city is not None
                        and city.name == before.text
                        and city.kind in ("city", "municipality")
                        and before.end == token.start
                    ):
                        # 北京市东城区人民政府: a district's body is named with its city
                        label, start = template.format(city.name + place), before.start
                    entry = self.gaz.org(label)
                    if place in abroad:  # 日本石川县政府: a foreign prefecture's body, as written
                        label, entry, category = text[token.start : end], None, "international"
                    mention = self._mention(doc, start, end, entry, "local_body", label=label, category=category)
                    out.append(mention)
                    covered.add(token.start, end)
                    break
        return out

    def _bodies_of_named_place(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """自治区政府, 省委, 市政府 with no place before them: the bodies of the last
        autonomous region, province or city named (宁夏回族自治区党委常委，自治区政府副主席
        -> 宁夏回族自治区人民政府)."""
        text = doc.text
        departments = _BARE_DEPARTMENT.search(text) is not None
        if not _BARE_BODY.search(text) and not departments:
            return []
        last: list[tuple[int, str, str]] = []  # (end, kind, place name), in text order
        for m in sorted(known, key=lambda m: m.start):
            name = m.label if m.kind == "place" else _PLACE_OF_BODY.sub(r"\1", m.label)
            entry = self.gaz.places.get(name)
            if entry is not None and entry.kind != "country":
                last.append((m.end, entry.kind, entry.name))
        covered = _Coverage(len(text), ((m.start, m.end) for m in known if m.kind == "organization"))
        out = []
        for match in _BARE_BODY.finditer(text):
            start, end = match.span()
            level, short = match.groups()
            if covered.overlaps(start, end) or (short == "委" and text.startswith("员", end)):
                continue
            place = next(
                (name for stop, kind, name in reversed(last) if stop <= start and kind in _LEVEL_KINDS[level]), None
            )
            if place is None:
                continue
            template, _ = _LOCAL_BODIES_BY_SHORT[short]
            if level == "特区":
                template = "{}政府"  # 香港特别行政区政府: no 人民 in a special region's government
            entry = self.gaz.org(template.format(place))
            if entry is not None:
                out.append(self._mention(doc, start, end, entry, "body_of_named_place"))
                covered.add(start, end)
        if departments:
            out += self._departments_of_named_place(doc, last, covered)
        return out

    def _departments_of_named_place(
        self, doc: SegmentedText, last: list[tuple[int, str, str]], covered: _Coverage
    ) -> list[Mention]:
        """省农业农村厅, 市公安局 with no place before them: a department of the last province
        or city named (黑龙江…省农业农村厅 -> 黑龙江省农业农村厅), when its words are a name's
        (nouns, not a clause) and start and end with words of their own."""
        text = doc.text
        starts = {t.start: k for k, t in enumerate(doc.tokens)}
        ends = {t.end for t in doc.tokens}
        out = []
        for match in _BARE_DEPARTMENT.finditer(text):
            start, end = match.span()
            level, name = match.groups()
            k = starts.get(start)
            if k is None or len(name) < 3 or end not in ends or covered.overlaps(start, end):
                continue
            words = []  # the words before the last, which ends like a body
            for t in doc.tokens[k:]:
                if t.end >= end:
                    break
                words.append(t)
            if any(
                t.pos not in _NAME_TAGS
                and t.pos not in ("v", "vn")
                or t.text in self.clause_verbs
                or t.text in _LEAD_VERBS
                or t.text in _DETERMINERS
                for t in words
            ):
                continue
            place = next((n for stop, kind, n in reversed(last) if stop <= start and kind in _LEVEL_KINDS[level]), None)
            if place is None:
                continue
            found = self._suffix_category(name)
            category = found[1] if found else "government"
            label = place + _FULL_FORMS.get(name, name)
            out.append(self._mention(doc, start, end, None, "body_of_named_place", label=label, category=category))
            covered.add(start, end)
        return out

    def _known_at(self, tokens: tuple[Token, ...], i: int) -> tuple[int, OrgEntry, int] | None:
        """Longest gazetteer name made of tokens i..j-1 (up to four tokens), with the token
        after it and where the name ends (inside token j-1 when a member word follows it)."""
        text = ""
        best = None
        prefixes = self.gaz.org_prefixes
        for j in range(i, min(i + 4, len(tokens))):
            word = tokens[j].text
            if word.endswith(_MEMBER_WORDS) and text + word not in prefixes:
                # 联合国|安理会常任理事国: jieba glued the member to the body's name
                member = next(w for w in _MEMBER_WORDS if word.endswith(w))
                entry = self.gaz.org(text + word[: -len(member)]) if len(word) > len(member) else None
                if entry is not None:
                    return j + 1, entry, tokens[j].end - len(member)
            if word.endswith("党人") and text + word not in prefixes:
                # 共和党人, 民主党人: the party's members, read as the party
                entry = self.gaz.org(text + word[:-1])
                if entry is not None and entry.category in ("party", "international"):
                    return j + 1, entry, tokens[j].end - 1
            text += word
            if text not in prefixes:
                break
            entry = self.gaz.org(text)
            if entry is not None:
                best = (j + 1, entry, tokens[j].end)
        return best

    def _mention(
        self,
        doc: SegmentedText,
        start: int,
        end: int,
        entry: OrgEntry | None,
        rule: str,
        *,
        label: str | None = None,
        category: str | None = None,
        parent: str | None = None,
    ) -> Mention:
        surface = doc.text[start:end]
        if entry is None and label is not None:
            entry = self.gaz.org(label)  # 总台综合频道 -> 中央广播电视总台综合频道: a known body
        if entry is not None:
            parent = stated_parent(entry, self.gaz) or parent
        name = entry.name if entry else (label or surface)
        aliases = entry.aliases if entry else ()
        if entry is None and (own := self._from_own_place(name)) != name:
            name, aliases = own, (name,)
        if parent is None and name.endswith(_STANDING_COMMITTEE) and len(name) > len(_STANDING_COMMITTEE) + 1:
            # 安泽县人民代表大会常务委员会: the name states the congress it belongs to
            parent = name[: -len("常务委员会")]
        return Mention(
            "organization",
            start,
            end,
            surface,
            name,
            self.name,
            rule,
            category=entry.category if entry else category,
            parent=parent,
            aliases=aliases,
        )

    def _from_own_place(self, name: str) -> str:
        """A local body's name from its own place on: the province before a city, and the
        province or city before a county, are dropped (福建省厦门市公安局思明分局 ->
        厦门市公安局思明分局, 云南省临沧市沧源佤族自治县人民法院 -> 沧源佤族自治县人民法院),
        as the bodies name themselves; a municipality stays before its districts (北京市东城区)."""
        for _ in range(2):
            place = self._leading_place(name, in_full=True)
            if place is None or place.kind not in ("province", "autonomous_region", "city"):
                return name
            rest = name[len(place.name) :]
            below = self._leading_place(rest)
            if (
                place.kind != "city"
                and (
                    below is not None
                    and below.kind in ("city", "county")
                    and self._lies_in(below, place.name)
                    # 湖北省广水市公安局: a county-level city the gazetteer does not list
                    or below is None
                    and (city := _CITY_IN_NAME.match(rest)) is not None
                    and rest[: city.end()] not in self.gaz.places
                )
            ):
                shorter = rest
            elif (county := _COUNTY_IN_NAME.match(rest)) is not None and len(rest) - county.end() >= 2:
                shorter = rest
            else:
                return name
            if len(shorter) < 4 or self._suffix_category(shorter) is None:
                return name
            name = shorter
        return name

    def _lies_in(self, place: PlaceEntry, above: str) -> bool:
        """Whether the place lies in the place named `above` (a county in its city's province)."""
        for _ in range(3):
            if place.parent == above:
                return True
            parent = self.gaz.places.get(place.parent or "")
            if parent is None:
                return False
            place = parent
        return False

    def _suffix_category(self, name: str) -> tuple[str, str] | None:
        """The longest body ending the name has after at least one more character."""
        if not name or name[-1] not in self.suffix_ends or name.endswith(_FALSE_ENDINGS):
            return None
        if name[-1] == "处" and len(name) > 1 and name[-2] in _COUNT_CHARS:
            return None  # 六处过境点: a count of places
        if name[-1] == "局" and _GAMES_WON.search(name):
            return None  # 中国女排直落三局: games of a match, no bureau
        if name[-1] == "部" and all(c in "东西南北中" for c in name[-3:-1]):
            return None  # 河北中南部: a part of a place
        for n in self.suffix_lengths:
            if n < len(name) and (category := self.suffix_category.get(name[-n:])) is not None:
                return name[-n:], category
        return None

    def _rule_bodies(self, doc: SegmentedText, known: list[Mention]) -> list[Mention]:
        """Bodies no gazetteer lists, named by where they stand."""
        text = doc.text
        tokens = doc.tokens
        token_at = {t.start: t for t in tokens}
        by_end = {m.end: m for m in known}
        by_start = {m.start: m for m in known}
        covered = _Coverage(len(text), ((m.start, m.end) for m in known))
        # a province or city right before a body's name (西藏自治区发展和改革委员会), unless
        # a known body ends right before it (中国农业发展银行辽宁省分行: the branch's place
        # is inside the name of the bank's branch)
        for token in tokens:
            entry = self.gaz.places.get(token.text)
            if (
                entry is not None
                and entry.name not in HOME_STATES  # 中国 starts bodies named in full (中国科学院)
                and token.end not in by_end
                and not covered.overlaps(token.start, token.end)
                and ((before := by_end.get(token.start)) is None or before.kind != "organization")
            ):
                by_end[token.end] = Mention("place", token.start, token.end, token.text, entry.name)
        out: list[Mention] = []
        ministry = self._main_ministry(known)
        for k, token in enumerate(tokens):
            # a name ending at this token, followed by its head's title or after a known body
            end = token.end
            if len(token.text) > 1 and token.text[-1] in "原前":
                end -= 1  # 督导司原党支部书记: jieba glued the former-marker to the name
            if text[end - 1] not in self.body_ends or covered.overlaps(token.start, end):
                continue  # only a word that ends like a body's name can end one
            if (
                len(token.text) >= 4
                and token.start not in by_end  # 北京高级法院: a place or body before it is part of the name
                and (token.pos == "nt" or token.pos == "ns" and self._place_and_suffix(token.text))
                and self._suffix_category(token.text)
                and token.text not in self.suffix_category  # 人民法院 alone is a kind of body
                and not self._kind_of_body(token.text)
                and not _role_of_place(token.text)
                and not token.text.endswith("总部")  # 联合国总部 is a place
                and "和" not in token.text  # 党和政府: the Party and the state (及 is in 埃及)
                and not department_kind_at(text, token.end)  # 交通运输部门
                and token.text not in _KINDS_ALONE
                and token.text not in _NOT_ORGANS
                and token.text not in _NOT_BODIES
                and not _congress_own_committee(text, token.start, token.end)
                and not text.startswith("间", token.end)  # 美国政府间对外军售: between governments
                # 日本公司: a company of a state, not one named
                and not (token.text.endswith(("公司", "企业")) and token.text[:-2] in self.gaz.places)
                # 一些大型美国银行, 美国银行业: a state's banks, not the bank of that name
                and not (
                    token.text.endswith("银行")
                    and token.text[:-2] in self.gaz.places
                    and (text.startswith("业", token.end) or k > 0 and tokens[k - 1].text in _SOME_OF)
                )
            ):
                # a body jieba's own dictionary knows (重庆市公安局)
                _, category = self._suffix_category(token.text)
                head = self._known_head(token.text)
                term = self.gaz.org(_TERM.sub("", token.text))
                if term is not None:
                    # 第九届全国人民代表大会常务委员会: a known body in one of its terms
                    out.append(self._mention(doc, token.start, token.end, term, "gazetteer"))
                elif head is not None:
                    # 清华大学经济管理学院: a unit named with its known parent's name first
                    out.append(self._mention(doc, token.start, token.start + len(head.name), head, "gazetteer"))
                    unit = self._mention(
                        doc, token.start, token.end, None, "body_of_known", category=head.category, parent=head.name
                    )
                    out.append(unit)
                else:
                    j = k
                    if j > 1 and tokens[j - 1].text == "人民" and tokens[j - 2].text in _NAME_OPENERS:
                        j -= 1  # 中国|人民|公安大学: 人民 after the national opener is the name's too
                    if j > 0 and tokens[j - 1].end == tokens[j].start and tokens[j - 1].text in _NAME_OPENERS:
                        j -= 1  # 中国|电视艺术家协会: the national opener is the name's
                    elif (
                        j > 0
                        and tokens[j - 1].end == tokens[j].start
                        and tokens[j - 1].text in _QUARTERS
                        and token.text.endswith(("大学", "学院"))
                    ):
                        j -= 1  # 西南|石油大学, 东北|石油大学: the quarter of the country is the school's name
                    elif (
                        j > 0
                        and tokens[j - 1].end == tokens[j].start
                        and tokens[j - 1].pos in ("ns", "nz")
                        and len(tokens[j - 1].text) >= 2
                        and token.text.endswith(_ENTERPRISE_SUFFIXES)
                        and tokens[j - 1].text not in self.gaz.places
                    ):
                        j -= 1  # 泰山|钢铁集团: a proper name before a company's field and kind is its own
                    start = tokens[j].start
                    out.append(self._mention(doc, start, token.end, None, "dictionary", category=category))
                covered.add(token.start, token.end)
                by_end[token.end] = out[-1]
                continue
            if (
                text[end - 1] not in self.body_ends
                or token.text in _NOT_BODIES
                or token.text.endswith(_WORD_ENDINGS)
                and not token.text.endswith("安全局")  # 国土安全局 ends like 全局
            ):
                continue  # only a word that ends like a body's name can end one
            if text[end - 1] == "部" and text.startswith("门", end):
                continue  # 国土部门: the departments of a field, not a body
            if text[end - 1] == "心" and text.startswith(_CENTRE_WORDS, end):
                continue  # 党和国家中心工作: a central task, not a centre
            name_start = self._name_start(tokens, k, by_end)
            if name_start is None:
                continue
            while (
                name_start not in by_end
                and (lead := token_at.get(name_start)) is not None
                and lead.end < end
                and lead.text in _ACTING_VERBS
            ):
                name_start = lead.end  # 优化|高等学校, 充分利用|综合医院: what is done to bodies of a kind
            bracketed = None
            if text[name_start - 1 : name_start] in _CLOSING_BRACKETS:
                # 巴勒斯坦伊斯兰抵抗运动（哈马斯）|政治局: a unit after its body and the body's
                # short name in brackets; else 铁科华铁经纬(天津)|信息技术有限公司: the name goes
                # on before the bracket
                opening = max(
                    text.rfind("（", max(0, name_start - 12), name_start),
                    text.rfind("(", max(0, name_start - 12), name_start),
                )
                inner, outer = by_end.get(name_start - 1), by_end.get(opening)
                gloss = text[opening + 1 : name_start - 1]
                if not (
                    opening > 0
                    and outer is not None
                    and outer.kind == "organization"
                    and (
                        inner is not None
                        and inner.kind == "organization"
                        and inner.label == outer.label
                        # 俄罗斯国家杜马（议会下院）|国际事务委员会: what the body is, in brackets
                        or inner is None
                        and outer.category == "international"
                        and 2 <= len(gloss) <= 8
                        and all(map(is_han, gloss))
                    )
                ):
                    continue
                bracketed = outer
            name = text[name_start:end]
            joined = next((c for c in "和与及" if c in name[1:-1]), None)
            if (
                joined
                and (left := name.split(joined, 1)[0])
                and (left in self.gaz.titles or left in self.gaz.person_nouns)
            ):
                continue  # 全国政协|委员和政协(机关): a body's members and another body, not one body
            found = self._suffix_category(name)
            rest_start = end
            parent_mention = bracketed or by_end.get(name_start)
            rest = text[rest_start : rest_start + 4].lstrip("原前")
            at_place = parent_mention is not None and parent_mention.kind == "place"
            if at_place and self.suffix_category.get(name) in ("government", "party") and len(name) >= 2:
                found = (name, self.suffix_category[name])  # 北京市教工委, 广州中院: the place is the name
            elif (
                at_place
                and name in _PLACE_NAMED
                and self.gaz.places[parent_mention.label].kind != "country"
                and not text.startswith(_PLACE_NAMED[name], end)
            ):
                found = (name, self.suffix_category[name])  # 聊城大学, 北京医院, 上海银行: a place names it
            elif (
                parent_mention is not None
                and parent_mention.kind == "organization"
                and parent_mention.category in ("party", "international")
                and name == "代表团"
            ):
                found = (name, self.suffix_category[name])  # 越南共产党代表团: the body's delegation
            if (
                found is None
                and parent_mention is not None
                and parent_mention.kind == "organization"
                and name[-1] in _UNIT_ENDS
                and self.title_at.match(rest)
            ):
                # 国家林业和草原局林草调查规划院副院长: a unit of a known body, before its head's title
                found = (name[-1], parent_mention.category or "government")
            if found is None or len(name) < (2 if at_place else 3) or len(name) > 20 or name in _KINDS_OF_UNIT:
                continue
            if parent_mention is None and name in self.suffix_category:
                continue  # 人民检察院 alone is a kind of body, not one
            suffix, category = found
            if (
                at_place
                and self.gaz.places[parent_mention.label].kind == "country"
                and not self._named_after_state(name, suffix, category, one_word=name_start == token.start)
            ):
                continue  # 美国大学, 日本汽车公司: a kind of body in a foreign state, not one named
            head_title = any(rest.startswith(t) for t in _DEPARTMENT_TITLES.get(suffix, ()))
            if parent_mention is not None:
                if (
                    category == "international"
                    and parent_mention.kind != "place"
                    and parent_mention.category != category
                ):
                    continue  # 全国人大愿同巴议会: no body at home holds a foreign legislature
                parent = parent_mention.label
                if parent_mention.kind == "place":
                    parent = None
                    if suffix in ("人民政府", "政府"):
                        place = self.gaz.places[parent_mention.label]
                        gov = self.gaz.org(f"{place.name}人民政府") if name == suffix else None
                        if gov is not None and place.kind in _ACTING_KINDS:
                            # 内蒙古人民政府: a province by its short name before its government
                            out.append(self._mention(doc, parent_mention.start, end, gov, "gazetteer"))
                            covered.add(parent_mention.start, end)
                            by_end[end] = out[-1]
                        continue
                kind = next((name[len(w) :] for w in _CLASS_OF_UNITS if name.startswith(w)), None)
                if kind in self.suffix_category or kind in _UNIT_KINDS or _COUNT_IN_NAME.search(name):
                    continue  # 教育部直属师范大学, 黎真主党武装一名炮兵部队: a kind of unit, one of them
                # 上海市委宣传部: the body's name includes its parent's; label it in full
                start = parent_mention.start
                label = parent_mention.label + name
                if (
                    name.endswith("所")
                    and not name.endswith(("研究所", "事务所", "派出所", "交易所"))
                    and len(name) >= 3
                    and parent_mention.label.endswith("科学院")
                ):
                    label = parent_mention.label + name[:-1] + "研究所"  # 中科院|自动化所: its institute's full name
                if (
                    parent_mention.kind != "place"
                    and parent_mention.label.startswith(parent_mention.text + name)
                    and (whole := self.gaz.org(parent_mention.label)) is not None
                ):
                    # 中国钢研|科技集团: more of the known body's own name (中国钢研科技集团有限公司)
                    out.append(self._mention(doc, start, end, whole, "gazetteer"))
                    covered.add(start, end)
                    by_end[end] = out[-1]
                    continue
                if parent_mention.label.endswith(name):
                    label = parent_mention.label  # 华能集团|有限公司: the company's full name already ends so
                if parent_mention.category == "international" and (
                    len(parent_mention.text) >= 4 or parent_mention.rule == "gazetteer"
                ):
                    # 乌克兰武装部队总参谋部, 北约军事委员会, 哈马斯政治局: a foreign body's unit
                    # is named as written after the body's name (its Chinese name is no
                    # abbreviation to expand), unless the state's body goes by a name of its
                    # own (美军中央司令部 is 美国中央司令部)
                    label = parent_mention.text + name
                    if parent_mention.parent and self.gaz.org(parent_mention.parent + name) is not None:
                        label = parent_mention.parent + name
                if parent_mention.text.endswith("中央") and parent_mention.label.endswith("中央委员会"):
                    label = parent_mention.text + name  # 九三学社中央|常务委员会: named as the party calls it
                if (term := _TERM.match(name)) is not None and self.gaz.org(parent_mention.label + name[term.end() :]):
                    # 致公党第十五届中央委员会: a known body in one of its terms
                    label = parent_mention.label + name[term.end() :]
                rule = "body_of_known"
                if parent_mention.kind != "place" and self._own_name(name, suffix, parent_mention):
                    # 国家发展改革委评估督导司: a ministry's department goes by its own name
                    # (评估督导司 of 国家发展和改革委员会); so does a subsidiary with a name of
                    # its own (中冶华天工程技术有限公司 of 中国五矿集团)
                    label, rule = name, "department_of_known"
                elif (
                    (parent_mention.kind == "place" and self._abroad(parent_mention.label))
                    or (parent_mention.kind != "place" and parent_mention.category == "international")
                ) and (own := self._after_appositive(name, suffix)):
                    # 美国经济研究机构|世界大型企业联合会, 德国智库|伊弗经济研究所, 欧盟气候监测
                    # 机构|哥白尼气候变化服务局: the words before say what kind of body it is; the
                    # name is what follows them
                    start, label, rule, parent = end - len(own), own, "suffix", None
                    if parent_mention.kind != "place" and category == "government":
                        category = "international"  # a body of the EU's or the UN's is no state's
                elif parent_mention.kind == "place" and name.startswith(_LOCAL_KINDS):
                    continue  # 宁夏当地学校, 廊坊属地派出所: the place's schools or stations of a kind
                elif parent_mention.kind == "place":
                    # 浙江省商务厅: the place is part of the body's name, and so is the
                    # province before its city (江苏省无锡市崇安区法院)
                    # (江苏省无锡市崇安区法院); the label names the body by its full name
                    # (西藏自治区发展改革委 -> 西藏自治区发展和改革委员会)
                    start = parent_mention.start
                    while (outer := by_end.get(start)) is not None and outer.kind == "place":
                        start = outer.start
                    # a government's body is named from the province down (江苏省无锡市崇安区法院);
                    # a school or a company by its own place (四川宜宾学院 is 宜宾学院)
                    named_from = (
                        start
                        if category in ("government", "party", "enterprise")
                        # 河北沧州南皮县大浪淀乡卫生院: a clinic, museum or hospital at home as
                        # written, from the province down
                        or (suffix not in _SCHOOLS and not self._abroad(parent_mention.label))
                        else parent_mention.start
                    )
                    if (
                        suffix in ("大学", "中学", "小学")
                        and self._abroad(parent_mention.label)
                        and self.gaz.places[parent_mention.label].kind in ("country", "region")
                        and len(name) >= 4
                        # (多米尼克国立大学: a state's university of its kind is named with the state)
                        and not name.startswith(("国立", "国家", "州立", "联邦", "公立", "私立", "皇家"))
                    ):
                        # 美国|布朗大学, 美国华盛顿州|林肯中学: a school abroad by its own name (the
                        # dev gold's 4 stories of 4), the state or region only where it stands
                        named_from = end - len(name)
                    label = text[named_from : end - len(suffix)] + _FULL_FORMS.get(suffix, suffix)
                    if text.startswith(_FORMER, name_start) and len(name) > len(suffix) + 1:
                        # 山西省原粮食局: the former bureau is named without the word that says so
                        cut = name_start - named_from
                        label = label[:cut] + label[cut + 1 :]
                    first = self._outer_place(by_end, parent_mention)
                    province = self.gaz.places.get(first.label)
                    if (
                        # (福建农科院 -> 福建省农业科学院: a province's academy too)
                        (category in ("government", "party") or suffix in _ACADEMIES)
                        # not 湖北|洪湖国家级自然保护区管理局, a body of a place in the province
                        and first is parent_mention
                        and len(name) <= 8
                        and (suffix in ("厅", "局", "委员会", "办公室") or suffix in _FULL_FORMS)  # not 西藏军区
                        and first.start == named_from
                        and province is not None
                        and province.kind in ("province", "autonomous_region", "municipality")
                        and first.text != province.name
                        and not text.startswith(province.name, first.start)
                    ):
                        # 新疆农业农村厅 -> 新疆维吾尔自治区农业农村厅: a provincial body by the
                        # province's full name
                        label = province.name + label[len(first.text) :]
                    if self.gaz.org(label) is None and suffix in _LOCAL_BODIES_BY_SHORT:
                        # 内蒙古党委 -> 中共内蒙古自治区委员会: the committee of the place by its full name
                        place = self.gaz.places.get(text[start : end - len(suffix)])
                        if place is not None:
                            full = _LOCAL_BODIES_BY_SHORT[suffix][0].format(place.name)
                            label = full if self.gaz.org(full) is not None else label
                    elif suffix in _LOCAL_COMMISSIONS and (
                        place := self.gaz.places.get(text[start : end - len(suffix)])
                    ):
                        # 云南省纪委 -> 中共云南省纪律检查委员会: a known place's commission by its
                        # full name, which no list needs to hold
                        label = _LOCAL_COMMISSIONS[suffix].format(place.name)
                    if (
                        category == "other"
                        and name.startswith(_NATIONAL_OPENERS)
                        and len(name) >= len(suffix) + 4
                        and not self._abroad(parent_mention.label)
                        # (长三角国家技术创新中心: a region's centre goes by the region's name)
                        and self.gaz.places[parent_mention.label].kind != "region"
                    ):
                        # 上海|中共一大纪念馆, 北京|全国农业展览馆: a national institution is named
                        # without the city it stands in
                        start = end - len(name)
                        label = name[: -len(suffix)] + _FULL_FORMS.get(suffix, suffix)
                    rule = "body_of_place"
                    parent = None  # the text names a place, not the government above the body
                    if category == "international" and not self._abroad(parent_mention.label):
                        category = "government"  # 香港特区区议会: a council at home is a state organ
                    elif category in ("government", "party") and self._abroad(parent_mention.label):
                        category = "international"  # 加州林业和消防局: a foreign state's or region's organ
                    elif suffix == "代表团" and self._abroad(parent_mention.label):
                        category = "international"  # 尼日利亚宗教领袖代表团: a delegation from abroad
                    elif (
                        category == "other"
                        and name.startswith("国家")
                        and name.endswith("中心")
                        and "研究" not in name
                        and self._abroad(parent_mention.label)
                    ):
                        # 俄罗斯国家国防管理中心, 美国国家飓风中心: a foreign state's own centre
                        # (英国国家经济和社会研究所 is an institute of scholars)
                        category = "international"
                    if name == "代表团" and not self._abroad(parent_mention.label):
                        # 四川代表团: a province's deputies to a people's congress (a state organ),
                        # or to the Party's congress (党的二十大广西代表团)
                        category = (
                            "party"
                            if "党的" in text[max(0, start - 8) : start] or _at_party_congress(text)
                            else "government"
                        )
                    if _role_of_place(name):
                        continue  # 香港国际金融中心, 广西体育中心: a role or a venue
                elif parent_mention.category == "international" or _FOREIGN_BODY.fullmatch(name):
                    category = "international"
                elif parent_mention.category in ("enterprise", "other") and self._company_form(name):
                    # 安徽省粮食集团有限责任公司, 中国铁道科学研究院集团有限公司: one company's full
                    # name, not a unit of the group or of an institute of that name
                    category, parent, rule = "enterprise", None, "suffix"
                elif suffix in _INSTITUTIONS and parent_mention.category in ("party", "government"):
                    category = "other"  # 中国共产党历史展览馆: a museum, whoever runs it
                    if suffix in _MUSEUMS and len(name) > len(suffix):
                        # (a museum of the body's history is named after it, not one of its units)
                        parent, rule = None, "suffix"
                elif suffix == "实验室":
                    category = "other"  # 总台国重实验室: a laboratory is a research body, whoever runs it
                elif parent_mention.category in ("party", "media", "enterprise", "other"):
                    category = parent_mention.category  # 上海市委宣传部 is a Party body
                    if category == "enterprise":
                        label = text[start:end]  # 中国移动广西公司: a company's branch as it is called
                elif parent_mention.category == "government" and (category == "other" or suffix in ("分行", "支行")):
                    category = "government"  # 外交部领事保护中心: a state organ's unit is one too
            elif head_title and suffix in _SUBORDINATE and name[: -len(suffix)] not in _GENERIC_HEADS:
                start, parent, rule = name_start, (ministry if suffix == "司" else None), "before_head_title"
                label = name
            elif suffix in _NAMED_SUFFIXES:
                # 参观|天齐锂业…公司, 当地最大医院|希法医院, 仪式暨|中国代表团: the name starts after
                # a verb, a kind of body or 暨 written before it
                name_start = self._after_lead(tokens, k, name_start)
                if text[name_start] in _CONNECTORS:
                    name_start += 1  # 设法|与|希法医院: a name starts after the word that joins it
                # (not “国宝新韵”|博物馆文创大集: a quoted word before the bare kind names a thing of it)
                quoted = self._quoted_opening(text, name_start) if end - len(suffix) > name_start else None
                if text.startswith("在华", name_start - 1):
                    continue  # 多家在华外国商会, 外国在华商协会: bodies in China of a kind, none named
                if text.startswith(("事发", "涉事", "肇事", "当事"), name_start):
                    continue  # 事发学校, 涉事企业: the one the story is about, named no more
                if suffix == "集团" and _CRIME_GANG.search(text, name_start, end - len(suffix)):
                    continue  # 贩毒集团, 电信诈骗集团: a gang of a crime, no company
                name = text[name_start:end]
                if (
                    name[:1] in _COUNT_CHARS
                    or name_start > 0
                    and text[name_start - 1] in _COUNT_CHARS
                    or name_start > 1
                    and text[name_start - 1] in _COUNTED_BY
                    and text[name_start - 2] in _COUNT_CHARS
                ):
                    continue  # 两大军事集团, 六大商业银行, 287|家区县级医院: a count of bodies
                if name.endswith(_WEAK_ENDINGS) and not name.startswith(tuple(_NAME_OPENERS) + ("国家",)):
                    continue  # 粮食产后服务中心, 音乐频道: a kind of centre, not one named
                start, parent, rule, label = name_start, None, "suffix", name
                if quoted is not None:
                    # “北溪”天然气管道公司: a quoted word that opens the name is part of it (named
                    # without the quotation marks)
                    start, label = quoted, text[quoted + 1 : name_start - 1] + name
                if (
                    not self._plausible_name(label)
                    or self._kind_of_body(name)
                    or self._two_kinds(name)
                    or name.startswith(_LEVELS)
                ):
                    continue
                if self._field_and_kind(tokens, k, name_start, suffix):
                    continue  # 多家|石油公司, 有利于|稳定银行…: a field and a kind, not a name
            else:
                continue
            if start in by_start and by_start[start].end >= end:
                continue
            if name.startswith(_DETERMINERS) or text.endswith(INDEFINITE + _DETERMINERS, 0, start):
                continue  # 全国人大有关专门委员会, 一个黎军军事中心: a kind of body, not one named
            if self._verb_then_kind(tokens, k, name_start, end, anchored=parent_mention is not None):
                continue  # 广东省认定跨国公司: a place, a verb and a kind of body, not a name
            if parent_mention is not None and self._verb_at(tokens, name_start, k):
                continue  # 中国人民银行指导商业银行: a body and what it does, not one name
            if parent_mention is not None and parent_mention.kind == "organization" and suffix in _ACTED_ON_KINDS:
                j = start_index(tokens, name_start, k)
                if tokens[j].start == name_start and tokens[j].pos == "v" and len(tokens[j].text) > 1:
                    # 英国政府|面对|工会, 欧洲议会|选举|结果改组内阁: a clause after a body (not
                    # 美国国会|预算|办公室, a unit named by its task)
                    continue
            if text.startswith("界", end):
                continue  # 全国政协|总工会|界别: a sector of the CPPCC, not a body
            if text.endswith("常驻", 0, start):
                continue  # 70多个国家常驻日内瓦代表团: the missions of many states, none named
            if parent_mention is not None and self._clause_inside(tokens, k, name_start, parent_mention):
                continue  # 京津冀三地启动海关, 中国气象局继续组织联合会: a clause, not a name
            if (
                label in self.suffix_category
                or label.startswith("人民")
                and label[2:] in self.suffix_category
                or label[:1] in "省市县区乡镇村"
                and label[1:] in self.suffix_category
            ):
                continue  # (…集团|有限公司, 县|人民医院, 市|图书馆: the kind of body alone, its name not found)
            if category == "enterprise" and _MEDIA_WORDS.search(label):
                category = "media"  # 南非广播公司: a company that broadcasts is a medium
            elif category == "other" and label.startswith("国际") and rule == "suffix" and suffix in _ASSOCIATIONS:
                category = "international"  # 国际隧道与地下空间协会: an international body
            mention = self._mention(doc, start, end, None, rule, label=label, category=category, parent=parent)
            out.append(mention)
            covered.add(start, end)
            by_end[end] = mention  # 审评中心审评六部: a unit of the unit just found
        return out

    def _name_start(self, tokens: tuple[Token, ...], k: int, by_end: dict[int, Mention]) -> int | None:
        """Where a body's name ending with token k starts: walk left over name-like words,
        stopping after a word that a known body or place ends right before. Verbs and
        numerals may stand in the name (医疗器械技术审评中心, 审评六部) when a known body or
        place ends right where it starts."""
        strict = self._walk(tokens, k, by_end, _NAME_TAGS)
        if strict is not None and strict in by_end:
            return strict
        lenient = self._walk(tokens, k, by_end, _NAME_TAGS | _INNER_TAGS)
        anchor = by_end.get(lenient) if lenient is not None else None
        # a known body anchors a longer name than a place, which stands before far more words
        if (
            anchor is not None
            and tokens[k].end - lenient
            <= (10 if anchor.kind == "organization" else self._reach_after_place(anchor, tokens[k]))
            and not self._verb_at(tokens, lenient, k)
            and not (
                anchor.kind == "place"
                and self._count_or_act_after_place(tokens, k, lenient)
                and not self._school_named_by_field(tokens, k, lenient)
                # 深圳市|创新|投资集团有限公司: a registered company's name starts with its place,
                # and a verb after the place is part of the trade name
                and not tokens[k].text.endswith(_REGISTERED_FORMS)
            )
        ):
            return lenient
        return strict

    @staticmethod
    def _count_or_act_after_place(tokens: tuple[Token, ...], k: int, start: int) -> bool:
        """A place, then a verb or a count: what the place does or how many bodies it has
        (北约计划在日本|开设|联络处, 加沙地带|多座|医院, 合作区|首部|法规), not one body's name;
        an ordinal may stand in one (上海市第六人民医院)."""
        for j in range(k, -1, -1):
            tok = tokens[j]
            if tok.start < start:
                break
            if tok.pos == "m" and not tok.text.startswith("第"):
                return True
            if tok.start == start and tok.pos == "v" and len(tok.text) > 1:
                return True  # (one character may be part of a short name: 成都市|住|建委)
        return False

    def _school_named_by_field(self, tokens: tuple[Token, ...], k: int, start: int) -> bool:
        """A place, one word that jieba reads as a verb, and a school: the field the school
        teaches names it (南京|审计|大学, 青海|开放|大学, 北京|建筑|大学), unless the word is
        what a place does (在日本|开设|大学)."""
        word = tokens[k - 1] if k > 0 else None
        return (
            tokens[k].text in _SCHOOLS
            and word is not None
            and word.start == start
            and word.pos in ("v", "vn")
            and len(word.text) == 2
            and word.text not in self.clause_verbs
            and word.text not in _LEAD_VERBS
        )

    @staticmethod
    def _after_appositive(name: str, suffix: str) -> str:
        """The words after the first word that says what kind of body follows (研究机构,
        调查企业, 智库), when a name of its own follows it; else ""."""
        cuts = [name.find(word) + len(word) for word in (*_APPOSITIVES, "智库") if word in name]
        if not cuts:
            return ""
        rest = name[min(cuts) :]
        return rest if len(rest) >= len(suffix) + 2 else ""

    @staticmethod
    def _outer_place(by_end: dict[int, Mention], place: Mention) -> Mention:
        """The first of the places written one after another before a body (江苏|无锡市|…)."""
        while (outer := by_end.get(place.start)) is not None and outer.kind == "place":
            place = outer
        return place

    def _reach_after_place(self, place: Mention, last: Token) -> int:
        """How far a name may reach after a place it starts with: six characters, or eight
        for a foreign state's commission or bureau, whose name may hold a verb (以色列|中央
        选举委员会, 以色列|国防采购委员会), and a company's legal form on top."""
        entry = self.gaz.places.get(place.label)
        found = (last.text, self.suffix_category.get(last.text)) if last.text in _SUBORDINATE else None
        found = found or self._suffix_category(last.text) or (last.text, None)
        if entry is not None and entry.kind == "country" and found[1] == "government" and found[0] in _SUBORDINATE:
            return 8
        if last.text.endswith(_REGISTERED_FORMS):
            return 6 + len(last.text)  # 深圳市|创新投资集团有限公司: the legal form comes on top of the name
        return 6

    def _clause_inside(self, tokens: tuple[Token, ...], k: int, start: int, anchor: Mention) -> bool:
        """Whether the words from start to token k, written after a known body or place, hold
        what makes them a clause or a description rather than a unit's name: a verb a body
        does (启动, 了解), an adverb (继续), a quantity (很多, 三地), a superlative (最大), a
        title (院长), a word of speech (在, 愿, 称), or a second body joined by 和 (工委和墨玉县政协)."""
        if anchor.kind == "place" and self._school_named_by_field(tokens, k, start):
            return False
        words = list(tokens[start_index(tokens, start, k) : k + 1])
        if words[-1].text in _NOT_UNITS and any(w.pos == "v" for w in words[:-1]):
            return True  # 以军强行驱离医院: a hospital is no unit of the army, the verb is a clause
        for n, tok in enumerate(words[:-1]):
            word = tok.text
            if (
                word == "兼"  # 真主党武装军事指挥官兼|战略部队负责人: two titles, not a unit
                or word in _RESPONSIBLE  # 中联部负责人和中央宣讲团: a head and another body
                or word in self.clause_verbs
                or word in _LEAD_VERBS
                or word in _QUANTIFIERS
                or word in _DETERMINERS
                or word in _COPULAS_AND_GAINS  # 澳门协和医院|是|特区政府, 英国工党|赢得|下议院
                or tok.pos == "d"
                or (word.startswith("最") and not word.startswith("最高"))
                or any(c in _SPEECH_CHARS for c in word)
                # 塔吉克斯坦|总统拉赫蒙率议会上院: a leader's title, then a clause
                or (anchor.kind == "organization" and self.gaz.titles.get(word) in ("leader", "deputy"))
                # 总统|拉赫蒙率…: the head's name follows (伊拉克总理媒体办公室 is a body)
                or word in _HEADS_OF_STATE
                and words[n + 1].pos in ("nr", "nrt", "nrfg", "x")
            ):
                return True
            nxt = words[n + 1].text
            if word in _CONNECTORS and (nxt in self.gaz.places or len(nxt) >= 3 and nxt[-1] in _LOCAL_UNITS):
                return True
        return False

    def _known_head(self, word: str) -> OrgEntry | None:
        """The known body whose full name starts a one-word name and leaves a unit's name of
        three or more characters (清华大学|经济管理学院); a company's name does not start a
        unit's this way (中国银行|业协会 is the banks' association)."""
        for n in range(len(word) - 3, 2, -1):
            entry = self.gaz.org(word[:n])
            if entry is not None and entry.name == word[:n]:
                rest = word[n:]
                if entry.category != "enterprise" and self._suffix_category(rest) and rest not in self.suffix_category:
                    return entry
                return None
        return None

    def _quoted_opening(self, text: str, start: int) -> int | None:
        """Where a quoted word of one to eight characters right before start opens (“北溪”|天然气
        管道公司, 参观“红旗”|渠纪念馆), when it names no initiative."""
        if start < 3 or text[start - 1] != "”":
            return None
        opening = text.rfind("“", max(0, start - 10), start - 1)
        word = text[opening + 1 : start - 1]
        if opening < 0 or not word or not all(map(is_han, word)) or word in self.gaz.initiatives:
            return None
        return opening

    def _after_lead(self, tokens: tuple[Token, ...], k: int, start: int) -> int:
        """Where a name found by its ending really starts: after the last word before its
        last one that is a verb a body's name never holds, a bare kind of body or 暨."""
        j = k - 1
        while j >= 0 and tokens[j].start >= start:
            word = tokens[j].text
            if (
                word in self.clause_verbs
                or word in _LEAD_VERBS
                or word in self.suffix_category
                or word in _QUANTIFIERS
                or word == "暨"
                or word in _DETERMINERS
                or (tokens[j].pos in _NEVER_IN_NAME_TAGS and word not in _CONNECTORS)
                or self.gaz.titles.get(word) in ("leader", "deputy", "enterprise")
                or word[-1] in "“”"
                or word.endswith(_APPOSITIVES)
                # (not a noun that holds one: 中国文艺志愿者协会)
                or any(c in _SPEECH_CHARS for c in word)
                and not (len(word) > 1 and tokens[j].pos[:1] == "n")
            ):
                return tokens[j].end  # 深化|公立医院, 董事长赵国华有关|集团, “|爱婴医院
            j -= 1
        return start

    @staticmethod
    def _field_and_kind(tokens: tuple[Token, ...], k: int, start: int, suffix: str) -> bool:
        """Whether a company's or bank's name found by its ending is one common word before
        the ending (石油|公司, 能源|公司, 稳定|银行): a kind of company, or a verb and its object."""
        if suffix not in _ENTERPRISE_SUFFIXES:
            return False
        j = start_index(tokens, start, k)
        if tokens[j].start != start or j >= k:
            return False
        head = tokens[j]
        rest = "".join(t.text for t in tokens[j + 1 : k + 1])
        if rest != suffix or len(head.text) != 2:
            return False
        if head.pos == "n":
            # 首旅|集团 is a name; 多家|石油公司, 的|能源公司: a count or a description before it
            return j > 0 and tokens[j - 1].pos in ("m", "q", "uj", "f", "r")
        return head.pos in _COMMON_WORD_TAGS

    def _named_after_state(self, name: str, suffix: str, category: str, one_word: bool = False) -> bool:
        """Whether the words after a foreign state's name name one of its bodies: a state
        body (伊拉克总理媒体办公室, 哥伦比亚环境部, 比利时电影局), a state's airline
        (叙利亚航空公司), or a company, school or institute with a name of its own before
        its ending (加拿大国家铁路公司, 德国基尔世界经济研究所, 美国|辉瑞公司/nt: one word
        jieba knows as a body's name)."""
        if name in _NATIONAL_CARRIERS:
            return True  # 阿塞拜疆航空公司: the state's airline goes by the state's name
        if self._kind_of_body(name) and not name.startswith("国家"):
            # 加拿大国家铁路公司: a state's national company is named so; a state's bureau of
            # one field (比利时电影局, 美国证券交易委员会) is one of its bodies unless the words
            # before the ending only say its level (美国地方法院)
            if category != "government" or self._level_of_body(name):
                return False
        if one_word and category in ("enterprise", "other", "media") and len(name) - len(suffix) >= 2:
            return True
        if category == "media" and name.startswith(("国家", "第一")) and len(name) > len(suffix) + 1:
            return True  # 尼日利亚国家电视台, 布基纳法索第一电视台: the state's own broadcaster
        if category == "international":
            # 坦桑尼亚国民议会, 德国联邦议会: a state's legislature (not a level: 地方议会)
            return not self._level_of_body(name) and not any(c in NOT_IN_NAME for c in name[:2])
        if category == "government":
            # a ministry of one field (环境部), not a part of the country (西南部)
            # 美国移民局, 日本气象厅: a bureau of one field is the state's too
            return len(name) >= 4 or (
                len(name) == 3
                and suffix in ("部", "局", "厅", "署")
                and name[0] not in "东西南北中"
                and name not in _NOT_BODIES
            )
        return (
            category in ("enterprise", "other", "media")
            and (
                len(name) - len(suffix) >= 3
                # 英国医师协会: a state's association of one trade is named after the state
                or len(name) - len(suffix) == 2
                and suffix in _ASSOCIATIONS
                # 美国维萨公司: a transliterated name of two characters
                or len(name) - len(suffix) == 2
                and all(c in self.gaz.transliteration for c in name[:2])
            )
            # (an ordinal may open the name: 美国第一共和银行; not 美国第一大银行)
            and (not any(c in NOT_IN_NAME for c in name[:2]) or _ORDINAL_NAME.match(name) is not None)
            and name[0] not in _COUNT_CHARS  # 两大铁路公司
        )

    def _verb_then_kind(self, tokens: tuple[Token, ...], k: int, start: int, end: int, anchored: bool) -> bool:
        """Whether the words start..end (ending with token k) hold a verb followed only by
        a kind of body (认定|跨国公司, 关闭|两处); a unit named by what it does is a name
        (审评|六部, 调查规划院, and after a place or a body 防汛|抗旱|指挥部)."""
        j = k
        while j >= 0 and tokens[j].start >= start:
            if tokens[j].pos == "v" and len(tokens[j].text) > 1:
                rest = self._kind_rest(tokens[j].end, end, tokens, k)
                return rest
            j -= 1
        # 优化|升级|跨国公司, 高度重视|中小学: verbal nouns or an idiom opening the words, then a kind
        i = start_index(tokens, start, k)
        lead = i
        while lead < k and tokens[lead].pos in ("vn", "l") and len(tokens[lead].text) > 1:
            lead += 1
        return (
            not anchored
            and lead > i
            and tokens[i].start == start
            and self._kind_rest(tokens[lead].start, end, tokens, k)
        )

    def _kind_rest(self, start: int, end: int, tokens: tuple[Token, ...], k: int) -> bool:
        """The words from start to end (token k the last that may be one) name a kind of body."""
        first = bisect_left(tokens, start, 0, k + 1, key=start_of)
        rest = "".join(t.text for t in tokens[first : k + 1] if t.end <= end)
        return self._kind_of_body(rest)

    def _verb_at(self, tokens: tuple[Token, ...], start: int, k: int) -> bool:
        """Whether the word at offset start (before token k) is a verb a body does:
        上海市政府举行…: a known body and then such a verb is a clause, not a name (a unit
        named by what it does, 审评六部, is one)."""
        for i in range(k, -1, -1):
            tok = tokens[i]
            if tok.start == start:
                return tok.text in self.clause_verbs or tok.text in _LEAD_VERBS
            if tok.start < start:
                break
        return False

    def _walk(self, tokens: tuple[Token, ...], k: int, by_end: dict[int, Mention], name_tags) -> int | None:
        start = None
        chars = 0
        j = k
        enterprise = tokens[k].text.endswith(_ENTERPRISE_SUFFIXES)
        while j >= 0:
            tok = tokens[j]
            tags = name_tags | {"a"} if enterprise else name_tags
            # the word that ends the name ends like a body whatever jieba tags it (发展改革|委)
            is_word = (
                (tok.pos in tags or j == k and len(tok.text) == 1) and all(is_han(c) or c in "“”" for c in tok.text)
            ) or (tok.text in _CONNECTORS and 0 < j < k and not enterprise)
            # 约翰·冯·诺伊曼大学: the dot between the parts of a foreign name
            is_word = is_word or (tok.text == "·" and 0 < j < k and tokens[j - 1].pos in _PERSON_TAGS)
            # 洛克希德—马丁公司, 中国—东盟中心: a dash joining two names' words
            is_word = is_word or (
                tok.text in ("—", "－")
                and 0 < j < k
                and tokens[j - 1].pos in _NAME_TAGS
                and is_han(tokens[j - 1].text[-1])
                and is_han(tokens[j + 1].text[0])
                and tokens[j - 1].end == tok.start
            )
            if not is_word or chars + len(tok.text) > 16:
                break
            if j < k and tok.pos == "x" and len(tok.text) > 1 and tok.text[-1] in _GLUED_FUNCTION_CHARS:
                break  # 任命…、庹震为|教科卫体委员会: a name jieba glued to 为, not part of the body
            if tok.text in _CONNECTORS and tok.start in by_end:
                break  # 中央广播电视总台与阿根廷…办公室: a known body and another one, not one name
            if j < k and self.gaz.titles.get(tok.text) in _PERSONS_TITLE_KINDS and len(tokens[j + 1].text) > 1:
                # 全国人大代表|盛虹控股集团: a person's title ends what comes before the name (not
                # 常务委员|会, a body's word jieba cut after the title)
                break
            chars += len(tok.text)
            start = tok.start
            if tok.start in by_end:
                break
            j -= 1
        return start

    def _abroad(self, place_name: str) -> bool:
        """Whether a place is a foreign state or lies in one (纽约 is the United States')."""
        country = self.gaz.country_of(place_name)
        return country is not None and country.name not in HOME_STATES

    def _own_name(self, name: str, suffix: str, parent: Mention) -> bool:
        """Whether a body written after its parent's name goes by its own name: a
        government department (司), or a company whose name does not start with a place
        (国家管网集团北京管道有限公司 is named with its parent; 北京管道有限公司 says little)."""
        if parent.category == "government":
            if parent.rule in ("body_of_known", "department_of_known") and len(name) >= 4:
                return True  # 医疗器械技术审评中心|审评六部: a unit of a unit by its own name
            if suffix == "委员会" and not name.startswith(("常务", "专门")) and _CPPCC_COMMITTEE.match(parent.label):
                return True  # 兰州市政协|人口资源环境委员会: a special committee by its own name
            return suffix in ("司", "处")  # a ministry's or bureau's internal department
        if parent.category == "enterprise" and suffix in _COMPANY_UNITS and len(name) > len(suffix) + 1:
            # 中国铁路兰州局集团有限公司|迎水桥机务段, 北大荒集团|查哈阳农场: a depot or a farm of a
            # company or group by its own name (the dev gold's 4 of 4)
            return parent.text.endswith(("有限公司", "集团"))
        if parent.category == "enterprise" and name.endswith("公司"):
            if name in self.suffix_category:
                return False  # 安徽省粮食集团有限责任公司: the company's full name, not a subsidiary
            if len(name) - len(self._suffix_category(name)[0]) <= 2:
                return False  # 中远海运|重工有限公司, 沈鼓集团|透平公司: a trade, not a name of its own
            return not any(name.startswith(p) for p in self._place_prefixes(name))
        return False

    def _place_and_suffix(self, word: str) -> bool:
        """One word of a place and a body's ending (内蒙古军区): jieba tags it a place."""
        found = self._suffix_category(word)
        return found is not None and len(found[0]) >= 2 and word[: -len(found[0])] in self.gaz.places

    def _leading_place(self, name: str, in_full: bool = False) -> PlaceEntry | None:
        """The place the longest known place name at the start of name names (written by its
        full name only, with in_full), or None."""
        prefixes = [p for p in self._place_prefixes(name) if not in_full or self.gaz.places[p].name == p]
        return self.gaz.places[prefixes[-1]] if prefixes else None

    def _place_prefixes(self, name: str) -> Iterable[str]:
        return (name[:n] for n in range(2, min(len(name), 9)) if name[:n] in self.gaz.places)

    def _two_kinds(self, name: str) -> bool:
        """人民团体和商会: two kinds of body joined, not one named body."""
        for connector in _CONNECTORS:
            if connector in name:
                right = name.rsplit(connector, 1)[1]
                if right in self.suffix_category or self._kind_of_body(right):
                    return True
        return False

    def _level_of_body(self, name: str) -> bool:
        """地方法院, 州级政府: words before the ending that say only a body's level or place."""
        found = self._suffix_category(name)
        return (
            found is not None
            and all(part in _LEVEL_MODIFIERS for part in re.findall("..", name[: -len(found[0])]))
            and len(name) - len(found[0]) in (2, 4)
        )

    def _kind_of_body(self, name: str) -> bool:
        """三级医院, 公立医院: a word that says what kind a body is, before its ending."""
        found = self._suffix_category(name)
        if found is None:
            return False
        modifier = name[: -len(found[0])]
        while modifier:  # 三级公立医院: kinds one after another
            head = next((modifier[:n] for n in (6, 4, 3, 2) if modifier[:n] in _KIND_MODIFIERS), None)
            if head is None:
                return False
            modifier = modifier[len(head) :]
        return True

    @staticmethod
    def _plausible_name(name: str) -> bool:
        """A name that does not start with a function word (在北京大学, 和…协会); 中国, 中华,
        全国 and two states joined (中俄, 中法) start names of their own (中国人权发展基金会,
        中俄投资合作委员会)."""
        if _role_of_place(name) or len(name) < 4:
            return False
        head = name[:2]
        if head in _NAME_OPENERS or (name[0] == "中" and name[1] in _STATE_SHORT_CHARS):
            return len(name) > 2 + max(len(s) for s in _NAMED_SUFFIXES if name.endswith(s))  # not 中国代表团
        return not any(c in NOT_IN_NAME for c in head)

    def _main_ministry(self, known: list[Mention]) -> str | None:
        """The ministry-level government body a story is most about (parent of a bare 司)."""
        counts = Counter(
            m.label
            for m in known
            if m.category == "government"
            and (
                m.label.endswith("部")
                or m.label.endswith("委员会")
                or m.label.endswith("总局")
                or m.label.endswith("总署")
                or m.label.endswith("银行")
            )
        )
        if not counts:
            return None
        return counts.most_common(1)[0][0]


@register("places")
class PlaceExtractor:
    """Countries, provinces, cities and regions named in the text (outside bodies' names)."""

    name = "places"
    produces = frozenset({"place"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        taken = [(m.start, m.end) for m in found.mentions()]
        for token in doc.tokens:
            if len(token.text) < 2:
                continue
            entry, end = place_at(doc.text, token, self.gaz)
            if entry is None or any(s < end and token.start < e for s, e in taken):
                continue
            surface = doc.text[token.start : end]
            yield Mention("place", token.start, end, surface, surface, self.name, "gazetteer", aliases=entry.aliases)
