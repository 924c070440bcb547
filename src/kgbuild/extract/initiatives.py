"""Initiatives: named policies, programmes, plans, strategies, campaigns, platforms and laws.

Known ones come from the gazetteer with every form the news uses (双创, 大众创业万众创新),
and from `initiative_terms.tsv`, matched on the text; a field in front of a known one makes
a narrower one (制造业“双创” is narrower than 大众创业、万众创新). Found by pattern: titles
in 《》 of laws, plans and documents (a draft's 草案 dropped); laws named without 《》
(畜牧法修订草案); quoted programme names (“五大计划”专项行动, “北溪”天然气管道, “两新”);
names ending in 战略/规划/工程/行动/试点/平台 ... where the text presents a programme (after
实施/开展/推进..., quoted, listed after another initiative, launched, or a zone named in full);
the project named after 重点工程——;
X命运共同体; the parts of "A和B等专项行动"; numbered campaign rounds (第二轮中央生态环境保护督察);
surveys named with a year or number (2023年人口变动情况抽样调查); theme years (中阿友好合作年);
benefit schemes, subsidy policies and named mechanisms (高龄津贴制度, X财政奖补政策, X融资协调机制);
hydropower projects by name (玛尔挡水电站); a plan's duration kept in its name (X三年行动计划);
joint statements of two countries (中法联合声明); quoted platforms (“数字进博”平台); rules named
without 《》 after what they govern (X管理办法); pilots before 试点工作; 《意见》 after
a full title refers back to it. "A是B的..." makes A narrower than B. Right after 实施/启动 a name
may hold verbs and open with a round magnitude (千万吨粮食增产计划); a known programme's phase is
narrower than it (探月工程四期); a known one inside a longer known one is named too (学习贯彻X思想
主题教育 names X思想), but not one inside a body's name (中国载人航天工程办公室). A theme year may
name the partner first (俄中体育交流年); an agenda in 《》 is a document (《2063年议程》); a name
listed after another programme may hold verbs (X整治行动、海岸带保护修复工程); idioms ending in
法 (绳之以法) are no laws. Campaigns named with their year or as a nationwide week, month or
season (2023年全国家庭教育宣传周, 全国推广普通话宣传周), and quoted ones with words before their
kind (“巾帼志愿关爱行”主题活动); railways and motorways named by the places they join (福厦高铁,
池州至黄山高铁); zones and pilots named after their place, verbs and all (新疆塔城重点开发开放试验区);
space missions by their craft (神舟十五号载人飞行任务); a leader's body of thought on one field
(习近平总书记关于X的重要思想); battles named by a quoted name (“三北”攻坚战) or, after 打好/打赢,
with verbs in the name (X综合防治攻坚战); regulations titled with their issuer first
(中国共产党巡视工作条例).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from ..gazetteer import Gazetteer, InitiativeEntry
from ..model import Mention, SegmentedText, Token
from ..normalise import is_han
from . import Found, register
from .textutil import SpanIndex

_QUOTES = '“”"'
#: A title inside a title: 〈〉 (or <>) within 《》.
_INNER_BOOK = re.compile(r"[〈<]([^〈〉<>《》]{2,60})[〉>]")
_DOCUMENT_ENDINGS = (
    "法",
    "条例",
    "规划",
    "计划",
    "方案",
    "意见",
    "纲要",
    "决定",
    "通知",
    "办法",
    "规定",
    "战略",
    "倡议",
    "宣言",
    "协定",
    "协议",
    "条约",
    "公约",
    "公报",
    "白皮书",
    "指南",
    "措施",
    "政策",
    "行动",
    "规则",
    "章程",
    "议定书",
    "备忘录",
    "建议",
    "决议",
    "法典",
    "目录",
    "清单",
    "标准",
    "报告",
    "声明",
    "准则",
    "细则",
    "指引",
    "公告",
    "通告",
    "纲领",
    "法案",
    "修正案",
    "草案",
    "议程",
    "宪章",  # 《联合国宪章》
    "共识",  # 《上合组织传统医学论坛南昌共识》
    "读本",  # 《军委主席负责制学习读本》: a study text a body compiles
    "名录",  # 《世界遗产名录》
    "选编",  # 《十九大以来重要文献选编》: a collection of the party's documents
    "文库",  # 《复兴文库》: a national publishing project
)
#: Words that with a document ending name a kind of document, not one (《指导意见》, 《实施方案》).
_DOC_KINDS = ("指导", "实施", "行动", "工作", "若干", "暂行", "管理", "总体", "专项", "试行")
#: A draft's label words, dropped from a law's name: 《X法（修订草案）》, X法修订草案.
_DRAFT = re.compile(
    r"[（(]?(?:(?:修订草案|修正草案|草案|修正案)(?:征求意见稿|二次审议稿|三次审议稿)?|(?<=[（(])征求意见稿)[）)]?$"
)
_NAMED_ENDINGS = (
    "规划纲要",
    "纲要",
    "总体方案",
    "行动方案",
    "战略",
    "规划",
    "行动计划",
    "计划",
    "工程",
    "专项行动",
    "行动",
    "试点",
    "示范区",
    "试验区",
    "平台",
    "倡议",
    "条例",
    "攻坚战",
    "歼灭战",
    "保卫战",
)
#: A kind of project, not a project's name (粤港澳大湾区重点工程, 国家战略).
_CATEGORY_WORDS = frozenset(
    {
        "重点工程",
        "重大工程",
        "骨干工程",
        "基础工程",
        "线路工程",
        "民生工程",
        "国家战略",
        "发展战略",
        "合作平台",
        "国际合作平台",
        "服务平台",
        "电商平台",
        "数据平台",
        "科研平台",
        "供应链平台",
        "工作条例",
        "救援行动",
        "军事行动",
        "地面行动",
        "地面军事行动",
        "突击行动",
        "专项行动",
        "联合行动",
        "攻坚行动",
        "三年行动",
        "科学规划",
        "优先战略",
        "高层战略",
        "全球倡议",
        "重点工业互联网平台",
    }
)
#: Endings that name a kind of project: “西电东送”重点工程 is one of 西电东送's projects, not a name.
_CATEGORY_ENDINGS = ("重点工程", "重大工程", "骨干工程", "标志性工程", "控制性工程", "民生工程", "配套工程", "基础工程")
#: Words before a name ending that say what kind of thing it is, never which one.
_GENERIC_MODIFIERS = frozenset(
    {
        "国家",
        "国际",
        "全球",
        "地区",
        "区域",
        "地面",
        "军事",
        "救援",
        "发展",
        "合作",
        "经济",
        "社会",
        "重点",
        "重大",
        "骨干",
        "基础",
        "线路",
        "突击",
        "科学",
        "优先",
        "高层",
        "两国",
        "双方",
        "专项",
        "联合",
        "攻坚",
        "战略",
        "领导人",
        "两国领导人",
        "先生",
        "总体",
        "长期",
        "中长期",
        "年度",
        "工作",
        "行动",
        "试点",
        "建设",
        "数据",
        "电商",
        "科研",
        "服务",
        "交易",
        "信息",
        "管理",
        "创新",
        "投资",
        "融资",
        "转型",
        "首次",
        "首批",
        "首个",
        "二期",
        "一期",
        "三期",
        "主体",
        "水利",
        "防洪",
        "扩建",
        "改扩建",
        "承包",
        "系统",
        "公共",
        "开放",
        "监管",
        "整治",
        "协同",
        "集体",
        "敌对",
        "人道主义",
        "全年",
        "全面",
        "统一",
        "积极",
        "迅速",
        "精品",
        "伟大",
        "城市",
        "项目",
        "风电",
        "驱动",
        "改革",
        "规划",
        "体系",
        "综合",
        "示范",
        "配套",
        "后续",
        "下一步",
        "未来",
        "阶段性",
        "整体",
        "详细",
        "研究",
        "调研",
        "实施",
        "执行",
        "月度",
        "采取",
        "多次",
        "生活服务",
        "服务业",
        "政务",
        "应急",
        "保障",
        "河道",
        "房屋",
        "市政",
        "生态",
        "环境",
        "安全",
        "质量",
        "技术",
        "生产",
        "培训",
        "宣传",
        "教育",
        "文化",
        "旅游",
        "产业",
        "行业",
        "企业",
        "市场",
        "金融",
        "贸易",
        "外贸",
        "民生",
        "扶贫",
        "帮扶",
        "救助",
        "援助",
        "预警",
        "全国",
        "领域",
        "能源领域",
        "大家",
        "军购",
        "实际",
        "具体",
        "有效",
        "有力",
        "共同",
        "一致",
        "必要",
        "进一步",
        "局部",
        "有限",
        "国家级",
        "省级",
        "市级",
        "试验",
        "示范性",
    }
)
#: A phase or a line written after a programme's name (探月工程四期, X二期, 西气东输二线).
_PHASE = re.compile(r"[一二三四五六七八九十]期(?:工程)?|[二三四五六七八九十]线(?:工程)?")
#: Parts of a country before a programme's name (西部 + 荒漠综合治理工程): jieba tags them f.
_REGIONS = frozenset({"东部", "西部", "中部", "南部", "北部", "东北", "西北", "西南", "东南"})
#: Round magnitudes that open a programme's name (百万就业见习岗位募集计划, 千万吨粮食增产计划).
_MAGNITUDE = re.compile(r"^(?:百万|千万|百亿|千亿|万亿|百|千|万)[一-鿿]?$")
#: Verbs that carry out a programme named right after them, verbs and all (实施X增产计划).
_CARRIED_OUT = frozenset(
    {
        "实施",
        "启动",
        "开展",
        "推进",
        "深入实施",
        "组织实施",
        "启动实施",
        "推出",
        "发起",
        "深入开展",
        "加快实施",
        "全面实施",
    }
)
_NUMERALS = frozenset("一二两三四五六七八九十百千万0123456789首第")
#: Words that end in 法 and are not laws.
_NOT_LAWS = frozenset(
    {
        "高法",  # 韩国最高法: a court
        "方法",
        "办法",
        "做法",
        "看法",
        "想法",
        "说法",
        "司法",
        "执法",
        "立法",
        "依法",
        "违法",
        "合法",
        "非法",
        "守法",
        "用法",
        "写法",
        "手法",
        "技法",
        "疗法",
        "算法",
        "无法",
        "书法",
        "语法",
        "兵法",
        "佛法",
        "魔法",
        "打法",
        "玩法",
        "解法",
        "步法",
        "刀法",
        "笔法",
        "章法",
        "加法",
        "减法",
        "乘法",
        "除法",
        "变法",
    }
)
#: Words ending in 法 that say how one acts or what is done (with law or otherwise).
_ACTS_OF_LAW = frozenset({"执法", "司法", "立法", "依法", "违法", "合法", "非法", "守法", "无法", "变法"})
_ACTS_OF_LAW |= frozenset({"方法", "办法", "做法", "看法", "想法", "说法", "用法", "写法", "手法"})
#: The word before 法 in a law's last word that jieba may tag as a name (安全法/nr).
_LAW_HEADS = frozenset({"安全", "保护", "管理", "促进", "保障", "监督", "防治", "权益", "振兴", "治理", "服务"})
#: Kinds of law, not laws with a name: 国际法, 国家根本法, 国际人道主义法.
_BODIES_OF_LAW = ("国际法", "根本法", "国内法", "上位法", "部门法", "人道主义法", "成文法", "习惯法")
#: Verbs and prepositions before a law's or a project's name that are not part of it.
_LEADS = frozenset(
    {
        "涉及",
        "包括",
        "审议",
        "审议了",
        "检查",
        "提请",
        "修改",
        "修订",
        "制定",
        "通过",
        "通过了",
        "实施",
        "施行",
        "贯彻",
        "学习",
        "宣传",
        "依据",
        "根据",
        "依照",
        "按照",
        "违反",
        "关于",
        "出台",
        "颁布",
        "起草",
        "完成",
        "理解",
        "普及",
        "落实",
        "执行",
        "遵守",
        "维护",
        "发挥",
        "充分发挥",
        "违背",
        "践踏",
        "尊重",
        "表决",
        "对",
        "将",
        "把",
        "和",
        "与",
        "及",
        "以及",
        "等",
        "了",
        "在",
        "的",
        "是",
        "新",
        "新修订",
        "修改后",
        "检查组",
        "深刻",
        "深入",
        "认真",
        "全面",
        "严格",
        "运用",
        "发布",
        "印发",
        "报告",
        "作",
        "同",
        "向",
        "跟",
        "为",
        "评估",
        "评价",
        "调度",
        "超额完成",
        "领导",
        "这是",
        "颁布实施",
        "全面完成",
        "基本完成",
    }
)
#: What follows a law's name when the text speaks of the law (X法修订草案, X法实施情况).
_LAW_CONTEXT = re.compile(
    r"(?:修订草案|修正草案|草案|修正案|实施|施行|执法检查|的规定|有关规定|等法律|第[一二三四五六七八九十百零]+条)"
)
#: What precedes a short law's name when the text acts on the law (修改慈善法的决定, 通过了新修订的公司法).
_LAW_BEFORE = re.compile(r"(?:修改|修订|新修订的|审议|通过了?|制定|颁布|施行|实施|贯彻|依据|根据|违反|涉及|包括)$")
_VERB_TAGS = frozenset({"v", "vd", "vn", "ad", "d", "p"})
#: A quoted numeral name is a programme when a word like these follows or precedes it.
#: (not 工作: “三农”工作 and “三服务”工作 are fields of work, not programmes)
_PROGRAMME_WORDS = ("政策", "行动", "战略", "建设", "改革", "工程", "试点", "补贴", "目标", "任务")
_PROGRAMME_VERBS = ("推进", "实施", "落实", "开展", "推动", "支持", "加力", "扩围", "建设", "编制", "打造")
_MODIFIER_TAGS = frozenset({"n", "nz", "vn", "ns", "nt", "j", "l", "x", "eng", "an", "b", "m", "ng"})
#: Laws whose whole name is one two-character word.
_SHORT_LAWS = frozenset({"宪法", "刑法", "民法"})
#: The next law of a list (、安全生产法等), up to the word after it that ends the law's name.
_NEXT_LAW = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,14}?法)(?=[、和及与等执修草的，,。；;）)]|实施|$)")
#: Words ending in 法 that jieba keeps whole and that are not laws.
_NOT_LAW_WORDS = frozenset(
    {
        "想方设法",
        "千方百计",
        "哈利法",
        "根本无法",
        "无法",
        "办法",
        "方法",
        "绳之以法",
        "知法犯法",
        "贪赃枉法",
        "现身说法",
    }
)
#: Words that point back to a thing told before (这一条例): no name holds one.
_DEMONSTRATIVES = frozenset({"这一", "该", "此", "这些", "上述", "此次", "这项", "这部", "本次"})
_GENERIC_HEADS = frozenset(
    {
        "这一",
        "各类",
        "相关",
        "有关",
        "重大",
        "重要",
        "该",
        "此",
        "本",
        "各",
        "新",
        "一系列",
        "多项",
        "一批",
        "这些",
        "大家",
        "有关部门",
        "全省",
        "全市",
        "合作",
        "强有力",
        "大规模",
        "具体",
        "一项",
        "两项",
        "有力",
        "共同",
        "联合",
        "其",
        "上述",
        "此次",
        "这次",
        "这项",
        "该项",
    }
)
#: Words that start a clause about an initiative but are not part of its name (发展工业互联网平台).
_VERBISH = frozenset(
    {
        "发展",
        "大力发展",
        "推进",
        "推动",
        "实施",
        "加快",
        "加强",
        "建设",
        "打造",
        "构建",
        "完善",
        "深化",
        "落实",
        "开展",
        "支持",
        "促进",
        "积极",
        "全面",
        "进一步",
        "启动",
        "围绕",
        "依托",
        "通过",
        "参与",
        "共建",
        "服务",
        "融入",
        "对接",
        "深入",
        "深入实施",
        "运用",
        "部署",
        "提出",
        "印发",
        "发布",
        "出台",
        "制定",
        "编制",
        "组织",
        "举办",
        "加入",
        "纳入",
        "入选",
        "申报",
        "获批",
        "批复",
        "成为",
        "是",
        "为",
        "和",
        "与",
        "及",
    }
)
#: Endings too generic to name something when the words before them are only a quoted term.
_WEAK_ENDINGS = ("平台", "试点", "示范区")
#: What introduces a programme by a name ending (实施X工程, 开展了X试点, 以X战略引领): a
#: noun phrase ending in 行动/计划/平台 with none of these before it is mostly a common phrase
#: (依靠轮椅行动, 全国铁路计划加开, 跨境电商平台).
_INTRODUCED = re.compile(
    r"(?:实施|推进|开展|启动|部署|推动|落实|发起|推出|印发|出台|参与|加入|入选|纳入|获批|实行|推行|"
    r"依托|围绕|深化|设立|创建|建立|签署|通过|发布|公布|制定实施|贯彻|融入|对接|服务|助力|践行|"
    r"响应|共建|提出|推广|抓好|列入|申报|承担|牵头|编制|打好|打赢|打响|决战)[了好]?"
    r"(?:[\d一二两三四五六七八九十百千万亿]{1,4}[亩级批个项座条]|新一轮|新一批|首批|新版|"
    r"为期[\d一二两三四五六七八九十半]{1,3}(?:年|个月|周|天)的)?$"
)
#: Endings of zones and pilots, named in full where they are spoken of.
_ZONES = ("示范区", "试验区", "试点")
#: Verbs after a programme's name that make it the subject of its own news (X行动启动).
_PROGRAMME_NEWS = re.compile(r"(?:正式)?(?:启动|实施|落地|开工|开建|建成|通过|发布|印发|出台|获批|取得|成效|以来)")
_NUMERAL_NAME = re.compile(r"“([两双三四五六七八九十百千万][\u4e00-\u9fff]{1,3})”")
#: The verbs before a law's name that 好 may follow, however jieba tags them (落实/a|好, 全面实施/n|好).
_VERB_WELL = re.compile(r"(?:实施|落实|贯彻|执行|遵守|维护|宣传|学习|用)$")
#: A law's amendment and its number in brackets, after the law's name (刑法修正案（十二）); the
#: number alone, after 修正案 at a title's end (《中华人民共和国刑法修正案（十二）》).
_AMENDMENT_NUMBER = r"[（(][一二三四五六七八九十]{1,3}[）)]"
_AMENDMENT = re.compile("修正案" + _AMENDMENT_NUMBER)
_EDITION = re.compile("(?<=修正案)" + _AMENDMENT_NUMBER + "$")
_YEARS = re.compile(r"[（(][\d—–－\-至年]+[）)]$")
_BOOK = re.compile(r"《([^《》\n]{2,60})》")
#: What after a title makes it a white paper, a report or a book (《X》白皮书, 《X》系列研究报告,
#: 《X》（第三卷）出版发行, 《X》一书).
_PUBLISHED_AS = re.compile(
    r"(?:[（(][^（）()《》\n]{1,16}[）)])?(?:白皮书|蓝皮书|(?:系列)?(?:研究)?报告|一书|(?:正式)?出版)"
)
#: A quoted name (no sentence punctuation inside: not reported speech).
_QUOTED = re.compile(r"“([^“”\n，。！？,!?;；:：]{2,30})”")
#: A quoted name that is itself a programme's full name (“特岗计划”, “百人千创”合作计划).
_QUOTED_ENDINGS = re.compile(r"(?:计划|行动|工程|战略|倡议|规划|协议|协定|试点|愿景|构想|框架)$")
#: Words that make a quoted corridor a programme of development (“鱼米走廊”), not a strip of land.
_CORRIDOR_WORDS = re.compile(r"发展|经济|产业|合作|能源|科创|创新|鱼米|绿色|数字|贸易|物流")
#: Quoted words that end like a programme but are a judgement or a rank (面子工程, 一号工程).
_NOT_PROGRAMMES = frozenset(
    {"形象工程", "政绩工程", "面子工程", "豆腐渣工程", "一号工程", "头号工程", "民心工程", "一揽子", "组合拳"}
)
#: What after “X”战略 makes 战略 a modifier, not the programme: “大金砖”战略伙伴关系, “四个全面”战略布局.
_MODIFIED_AFTER = ("伙伴", "布局", "合作", "对话", "意义", "地位")
#: A programme noun right after a quoted name (“三北”工程, “放管服”改革, “欢乐春节”活动).
_AFTER_QUOTE = re.compile(
    r"(?:专项行动|行动计划|行动|重大工程|示范工程|工程|计划|战略|倡议|构想|愿景|活动|试点|改革|政策|制度|平台|合作架构|"
    r"(?:天然气|输油|石油)?管道|班列|建设|改造)"
)
#: A quoted system's name (“一单制”, “白名单”) with the field it belongs to before it.
_QUOTED_SYSTEM = re.compile(r"(?:制|白名单)$")
#: Common words ending in 制 that are no system's name (非法限制).
_NOT_SYSTEMS = (
    "限制",
    "机制",
    "体制",
    "控制",
    "管制",
    "抵制",
    "遏制",
    "编制",
    "压制",
    "强制",
    "专制",
    "克制",
    "节制",
    "研制",
    "复制",
    "定制",
    "牵制",
    "钳制",
)
#: “X”等创新措施 after a programme verb: the quoted name is a measure.
_MEASURE_AFTER = re.compile(r"等(?:创新|改革|便民|惠企|惠民|新)?(?:措施|举措|政策)")
_MEASURE_VERBS = ("实施", "推行", "推出", "推广", "出台", "落实")
#: A set of measures named by its count of articles (“新十条”, “高光20条”, “外资24条”), not an
#: article of a law (“第十条”).
_NUMBERED_MEASURES = re.compile(r"^(?!第)[\u4e00-\u9fff]{1,12}?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})条$")
#: Verbs that put a quoted policy into force, and what may follow it: 实施“乙类乙管”后, 推行“一业一证”等.
_POLICY_VERBS = ("实施", "推行", "推广", "施行", "试行", "落实好", "全面推行", "全面实施")
_POLICY_AFTER = ("后", "以来", "等", "以后", "政策", "改革", "试点", "模式", "工作")
#: Characters before a bare short form that end a word of the clause, not a name (这次, 第二批, 开展, 以, 把).
_BARE_BEFORE = frozenset("次批展以在把将进合验过和与了对好实化入届")
#: A quoted policy is a slogan of counts or a pattern (一业一证, 三支一扶, 乙类乙管) or a code or
#: permit (企业绿码); other quoted words after 实施 are mostly scare quotes (实施“恐怖袭击”).
_SLOGAN_CHARS = frozenset("一二两三四五六七八九十百千万双多")
#: A report or bulletin named with its year, as the object of 发布 (发布2023年X形势报告).
_DATED_REPORT = re.compile(
    r"(?:发布|公布|发表)了?((?:19|20)\d\d年?(?:版|度)?[\u4e00-\u9fff]{2,20}?(?:报告|白皮书|蓝皮书|公报))"
)
#: The project named after its kind: 重点工程——黄茅海跨海通道.
_APPOSITION = re.compile(r"(?:工程|项目|电站|工程之一|项目之一)(?:——|――)([^，。、；;,\n“”（）()]{3,40})")
_PROJECT_ENDINGS = re.compile(
    r"(?:工程|通道|铁路|高铁|隧道|特大桥|大桥|水利枢纽|枢纽|水电站|电站|运河|管道|项目|干线|机场|港区)"
)
#: X命运共同体, with the words before X that are not part of its name cut away.
_COMMUNITY = re.compile(r"([\u4e00-\u9fff—]{1,14})命运共同体")
#: The two countries (中老, 老中, 中国—东盟) or the region or domain a community is of.
_COMMUNITY_HEAD = re.compile(
    r"(?:中国—[\u4e00-\u9fff]{2,6}|中印尼|印尼中|中[\u4e00-\u9fff]|[\u4e00-\u9fff]中|亚太|网络空间|亚洲|周边|海洋)$"
)
#: The parts of a coordination before a programme noun: 部署A和B等专项行动.
_COORDINATED = re.compile(
    r"(?:部署|实施|开展|启动|推进|推动|组织)((?:[\u4e00-\u9fff]{2,12}[、和及与]){1,5}[\u4e00-\u9fff]{2,12})等(专项行动|行动|工程|计划)"
)
_COORDINATOR = re.compile(r"[、和及与]")
#: A joint statement named by the two countries: 中法联合声明, 中新总理会晤联合成果声明, 中俄关于X的联合声明.
_JOINT_STATEMENT = re.compile(
    r"(中[\u4e00-\u9fff]|中华人民共和国和[\u4e00-\u9fff]{2,12}?)((?:关于[^，。、；\n“”]{2,30}?的|[\u4e00-\u9fff]{0,10}?))联合(?:成果)?声明"
)
#: A free trade agreement or area of China and a partner: 中巴自由贸易协定, 中国—东盟自贸协定升级议定书.
_TRADE_PACT = re.compile(
    r"(中国—[\u4e00-\u9fff]{2,8}?|中[\u4e00-\u9fff])(?:自由贸易协定|自贸协定|自由贸易区|自贸区)(?:[\d.]+版)?(?:升级议定书)?"
)
#: Words between the pair and 联合声明 that make it a clause, not a title (中俄两国元首签署联合声明).
_NOT_STATEMENT = ("两国", "双方", "三方", "签署", "发表", "元首", "发布", "通过", "的")
#: How long a plan runs, written before its ending (三年行动计划).
_DURATION = re.compile(r"^[一二三四五六七八九十]+年$")
#: A leader's body of thought on one field, named as the text writes it (习近平总书记关于党的自我革命的
#: 重要思想): the field runs to the last 的 before 重要思想, without a clause's punctuation.
_DOCTRINE = re.compile(r"习近平(?:总书记|同志)?关于[^，。；、！？,;\n“”]{2,30}?的重要思想")
#: The places and lists of a pilot, after its name (X试点城市, X试点名单): the pilot is still named.
_PILOT_PARTS = frozenset({"城市", "地区", "名单", "省份", "县", "县市", "地市", "园区", "单位", "项目"})
#: What a plan sets, after its name (完成X规划目标): the plan is still named.
_GOALS = frozenset({"目标", "任务", "目标任务"})
#: Battles a campaign is fought as (污染防治攻坚战), and the verbs they are fought with: after
#: these a battle's name may hold verbs (打好 + 荒漠化综合防治攻坚战).
_BATTLES = ("攻坚战", "歼灭战", "保卫战")
_FOUGHT = frozenset({"打好", "打赢", "打响", "决战"})
#: The issuers a regulation's full title opens with (中国共产党巡视工作条例): such a title is a
#: name whatever words it holds.
_ISSUERS = ("中国共产党", "中华人民共和国")
#: A numbered round of a central inspection campaign: 第二轮中央生态环境保护督察, 二十届中央第四轮巡视.
_ROUND = re.compile(
    r"(?:[一二三四五六七八九十]+届)?(?:中央)?第[一二三四五六七八九十]+轮(?:第[一二三四五六七八九十]+批)?"
    r"(?:中央)?[\u4e00-\u9fff]{0,8}?(?:督察|巡视|巡察)"
)
#: A legislature's or advisory body's plan for one year, named with its year: 全国政协2024年协商计划,
#: 全国人大常委会2024年度工作要点, 2024年重点民主监督计划 (a work plan needs its body: 2024年工作要点
#: alone is anyone's).
_BODY_PLAN = re.compile(r"(?:19|20)\d\d年度?(工作要点|立法工作计划|对外交往工作要点|重点民主监督计划|协商计划)")
_PLAN_BODIES = ("全国政协", "政协全国委员会", "全国人大常委会")
#: A numbered resolution of the United Nations (安理会第2728号决议, 联大第2758号决议), named by its number as the
#: text writes it; the UN body stands before it in the same clause (联合国安理会25日表决通过第2728号决议).
_UN_RESOLUTION = re.compile(r"第\d{2,4}号决议")
_UN_BODY_BEFORE = re.compile(r"(?:安理会|联大|联合国大会|联合国)[^，。；！？,;\n]{0,12}$")
#: What is raised to a national strategy is one (将积极应对人口老龄化上升为国家战略).
_RAISED = re.compile(r"[将把]([\u4e00-\u9fff]{4,20}?)上升为(?:重大)?国家战略")
#: A national survey or census named with its year or its number: 2023年人口变动情况抽样调查, 第五次全国经济普查.
_SURVEY = re.compile(
    r"(?:(?:19|20)\d\d年(?:全国)?|第[一二三四五六七八九十]+次全国)[\u4e00-\u9fff\d%]{2,14}?(?:抽样调查|普查|利用调查)"
    r"|第[一二三四五六七八九十]+次[\u4e00-\u9fff]{2,8}?(?:综合科学考察研究|综合科学考察|科学考察|科考)"
)
#: Words that start a clause, not a survey's name (2023年开展普查).
_SURVEY_NOT = ("开展", "组织", "进行", "完成", "启动", "全面", "的", "将", "已", "起", "以来", "首次")
#: The kinds of a zone or pilot named after the place it is in (新疆塔城重点开发开放试验区).
#: A province's pilot free trade zone (上海自贸试验区, 中国（新疆）自由贸易试验区 officially).
_FREE_TRADE_PILOT = re.compile(
    r"(?:中国[（(](?P<official>[\u4e00-\u9fff]{2,4})[）)]|(?<![（(])(?P<short>[\u4e00-\u9fff]{2,4}?))(?:自贸|自由贸易)试验区\Z"
)
_ZONE_KINDS = re.compile(r"试验区|示范区|先导区|合作区|新片区|改革试点")
#: Words between the place and the kind that make it a clause, not a zone's name.
_ZONE_NOT = re.compile(
    r"[的和与及在是将为对把、等]|推进|推动|建设|打造|支持|加快|设立|获批|批复|成为|依托|围绕|建成|创建|申报|"
    r"布局|发展|首个|首批|一批|多个|各类|国家级|省级"
)
#: A space mission named by its craft: 神舟十五号载人飞行任务, 嫦娥六号任务, 鹊桥二号中继星任务.
_MISSION = re.compile(
    r"(?:神舟|天舟|嫦娥|鹊桥|天问|夸父|羲和|巡天)[一二三四五六七八九十]+号"
    r"(?:载人飞船发射|货运飞船发射|载人飞行|货运飞船|飞行|发射|月球采样|月球探测|探月|中继星)?任务"
)
#: Words that end a railway's or motorway's name (福厦高铁, 京雄高速公路).
_LINES = frozenset({"铁路", "高铁", "城际铁路", "高速铁路", "高速公路", "城际"})
#: Characters of the clause before a line's name that jieba glues to it (标志着济 + 郑高铁, 为渝昆 + 高铁).
_LINE_GLUE = "着为在的了与和及等对向从经由至把被将"
#: Tags of the abbreviated places that name a line (福厦/ns, 中吉乌/x, 沪/j + 苏湖/x).
_LINE_TAGS = frozenset({"ns", "x", "j", "nz"})
#: Words of a line's name that jieba tags otherwise: 北 + 沿江 + 高铁.
_LINE_SIDES = frozenset({"沿江", "沿海", "沿边"})
#: Words before a line's ending that say which kind of line, not which one.
_LINE_NOT = frozenset(
    {
        *("全国", "国家", "跨境", "跨海", "城际", "快速", "高速", "重载", "普速", "地方", "国际", "最美", "高原"),
        *("新建", "改扩建", "扩建", "续建", "该趟", "这趟", "城市", "地区", "多条", "首条", "电气化", "山区"),
        *("新开工", "开工", "投用", "建成", "开通", "通车", "沿线"),
        *_LINE_GLUE,  # a word of the clause before the name
    }
)
#: What after a line's ending makes the line a modifier: 铁路口岸, 铁路特大桥.
_LINE_PARTS = ("口岸", "特大桥", "大桥", "特", "桥", "局", "集团", "公司")
#: Kinds of a nationwide campaign: a week, month or season of it, an operation, a series of events.
_CAMPAIGN_KINDS = (
    r"(?:宣传教育月|宣传周|宣传月|活动周|活动月|消费周|消费季|消费节|服务月|招聘月|活动年|"
    r"专项执法行动|专项整治行动|专项行动|统一销毁行动|执法行动|行动|主题活动|系列活动|专场活动|活动)"
)
#: A campaign named with its year (2023年全国家庭教育宣传周, 2024年“清朗”系列专项行动); the
#: lookahead on the kind's first character keeps the lazy scan cheap.
_DATED_CAMPAIGN = re.compile(
    r"(?<![\d至到—\-－~～])(?:19|20)\d\d年度?([\u4e00-\u9fff“”·]{2,24}?)(?=[宣活消服招专统执行主系])" + _CAMPAIGN_KINDS
)
#: A nationwide week, month or season named without its year (全国推广普通话宣传周, 全国迎春消费季).
_CAMPAIGN_PERIODS = (
    "宣传周",
    "宣传月",
    "宣传教育月",
    "活动周",
    "活动月",
    "消费周",
    "消费季",
    "服务月",
    "招聘月",
    "活动年",
)
_NATIONAL_CAMPAIGN = re.compile(
    r"((?:全国|国家|中国|全民)[\u4e00-\u9fff“”·]{2,14}?)(?=[宣活消服招])(?:" + "|".join(_CAMPAIGN_PERIODS) + ")"
)
#: Words inside a dated phrase that make it a clause, not a campaign's name (2019年签署X行动,
#: 将2024年确定为X并启动系列活动, 2024年重点节目和品牌活动).
_CAMPAIGN_NOT = re.compile(
    r"的|签署|签约|参加|确定|启动|举办|举行|组织|开展|部署|关于|以来|期间|将|是|共同|重点|各类|相关|有关|系列|各项|多项|"
    r"季度|^代|开幕|闭幕|仪式|首场|首站|[起至到]$"
)
#: A quoted name with words between it and the kind of campaign it names: “巾帼志愿关爱行”主题活动,
#: “致敬新时代”红色故事宣讲活动, “监管护苗”2023年暑期专项行动.
_AFTER_QUOTE_WORDS = re.compile(r"([\u4e00-\u9fff\d·]{1,10}?)" + _CAMPAIGN_KINDS)
#: Words between a quote and its campaign that make it a clause or a kind, not a name.
_QUOTE_WORDS_NOT = re.compile(
    r"[的从为以等在对向把被将之是与]|附近|周边|举办|举行|开展|转化|势力|分裂|期间|共建|重点|开幕|闭幕|仪式|各项|主会场|首场|首站|签约|体验"
)
#: A theme year of two countries or of China and a region: 中阿友好合作年, 中法文化旅游年.
_THEME_YEAR = re.compile(
    r"(中国—[\u4e00-\u9fff]{2,6}|中[\u4e00-\u9fff])([\u4e00-\u9fff]{0,4}(?:交流|合作|友好|文化|旅游|人文|体育|青年|科技|创新))年"
    r"(?![度代份来底初中内前后间])"
)
#: One-character names of countries and regions that come before 中 when the partner speaks
#: first (俄中体育交流年, 阿中友好合作年).
_PARTNERS = frozenset(
    "俄法美英德日韩朝越老柬泰缅印巴阿埃伊土希意西葡荷比瑞挪丹芬波匈捷奥塞哈乌吉蒙新澳非拉古墨秘智马菲"
)
#: Second characters after 中 that make a word, not a pair of countries (中央, 中国, 中心).
_NOT_PAIR = frozenset("央国心间部东西南北小大等外文华方期层")
#: Benefits and schemes whose 制度 is a named policy: 高龄津贴制度, 个人养老金制度.
_BENEFITS = ("津贴", "补贴", "养老金", "养老保险", "医疗保险", "救助", "补助", "年金", "护理保险")
#: Subsidies whose 政策 is a named policy: 专精特新中小企业财政奖补政策.
_SUBSIDIES = ("奖补", "补贴", "补助", "贴息")
#: Mechanisms whose names are named policies: 城市房地产融资协调机制, 中俄执政党对话机制.
_MECHANISMS = frozenset({"协调", "对话", "合作", "磋商"})
#: Rules named without 《》 after what they govern: 规范中小企业志愿服务管理办法, 数据出境安全评估办法.
_MEASURES = frozenset({"办法", "暂行办法", "实施办法", "试行办法"})
_MEASURED = frozenset({"管理", "评估", "实施", "认定", "考核", "监督管理"})
#: Hydropower projects named by a proper name: 玛尔挡水电站, 白鹤滩水电站.
_PLANTS = ("水电站", "水利枢纽")
#: The words `_scheme_at` looks at: any other word ends no scheme.
_SCHEME_WORDS = frozenset({"制度", "政策", "机制", "试点工作", "工作", *_MEASURES, *_PLANTS})
#: Words inside a 制度/政策 name that say only what kind it is (社会保险制度, 财政补贴政策).
_SCHEME_GENERIC = frozenset(
    {
        "财政",
        "税收",
        "税费",
        "优惠",
        "社会",
        "相关",
        "各项",
        "配套",
        "有关",
        "现行",
        "国家",
        "双边",
        "多边",
        "两国",
        "两党",
        "跨境",
        "交流",
        "扩大",
        "扩大开放",
    }
)


#: The last characters of every word the token loop looks at (schemes, lines, laws, name endings).
_LAST_CHARS = frozenset(w[-1] for w in (*_SCHEME_WORDS, *_LINES, "法", *_NAMED_ENDINGS))

_QUOTE_TABLE = str.maketrans("", "", _QUOTES + "《》")


def strip_quotes(text: str) -> str:
    return text.translate(_QUOTE_TABLE)


def _text_terms(terms: Mapping[str, InitiativeEntry]) -> re.Pattern[str] | None:
    """The gazetteer's initiative_terms as one pattern, longest form first."""
    if not terms:
        return None
    ordered = sorted(terms, key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) for s in ordered))


def _proper_project(tokens: tuple[Token, ...], k: int, start: int) -> bool:
    """A project named by a place or a proper name first (引洮供水工程, 葛洲坝水利枢纽工程): a name
    wherever it is written, when a word of its own follows the proper name."""
    if not tokens[k].text.endswith("工程") or k < 2:
        return False
    j = k
    while j > 0 and tokens[j - 1].start >= start:
        j -= 1
    if j >= k - 1 or tokens[j].pos not in ("ns", "nz") or len(tokens[j].text) < 2:
        return False
    return any(t.text not in _GENERIC_MODIFIERS for t in tokens[j + 1 : k])


def _balanced(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span widened to include the other half of a quote it cuts, or None."""
    span = text[start:end]
    if "”“" in span:
        return None  # two quoted names run together
    if span.count("“") == span.count("”"):
        return start, end
    if span.count("“") == span.count("”") + 1 and text.startswith("”", end):
        return start, end + 1
    if span.count("”") == span.count("“") + 1 and start > 0 and text[start - 1] == "“":
        return start - 1, end
    return None


class _Kept:
    """The initiatives kept so far, in the order they were found, indexed by where each starts
    and ends: a new one is checked against those near it only."""

    def __init__(self) -> None:
        self.items: list[Mention | None] = []  # None where one was dropped for a longer one
        self.by_start: dict[int, list[int]] = defaultdict(list)
        self.by_end: dict[int, list[int]] = defaultdict(list)
        self.longest = 0

    def __iter__(self) -> Iterator[Mention]:
        return (m for m in self.items if m is not None)

    def append(self, mention: Mention) -> None:
        self.by_start[mention.start].append(len(self.items))
        self.by_end[mention.end].append(len(self.items))
        self.items.append(mention)
        self.longest = max(self.longest, mention.end - mention.start)

    def holds(self, start: int, end: int) -> bool:
        """One kept holds start:end."""
        return any(
            (m := self.items[i]) is not None and end <= m.end
            for s in range(max(0, end - self.longest), start + 1)
            for i in self.by_start.get(s, ())
        )

    def drop_inside(self, start: int, end: int) -> None:
        """Drop those start:end holds."""
        for s in range(start, end + 1):
            for i in self.by_start.get(s, ()):
                if (m := self.items[i]) is not None and m.end <= end:
                    self.items[i] = None

    def ending_in(self, lo: int, hi: int) -> list[Mention]:
        """Those that end in [lo, hi], in the order they were found."""
        found = sorted(i for e in range(lo, hi + 1) for i in self.by_end.get(e, ()) if self.items[i] is not None)
        return [m for i in found if (m := self.items[i]) is not None]


@register("initiatives")
class InitiativeExtractor:
    """Named initiatives from the gazetteer, 《》 titles, laws, quoted names and name endings."""

    name = "initiatives"
    produces = frozenset({"initiative"})

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.terms, self.term_entries = _text_terms(gazetteer.initiative_terms), gazetteer.initiative_terms
        self.known = _text_terms(gazetteer.initiatives)  # the gazetteer's names as strings, for names inside terms

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Mention]:
        text = doc.text
        taken = SpanIndex((m.start, m.end) for m in found.mentions("organization", "person"))
        bodies = SpanIndex((m.start, m.end) for m in found.mentions("organization"))
        people = SpanIndex((m.start, m.end) for m in found.mentions("person"))
        places = {(m.start, m.end) for m in found.mentions("place")}
        out = _Kept()

        def add(
            start: int,
            end: int,
            label: str,
            rule: str,
            broader: str | None = None,
            aliases: tuple[str, ...] = (),
            strong: bool = False,
            nested: bool = False,
        ) -> None:
            """Keep a mention unless a longer one holds it or, for a guess (not strong), a found name overlaps it."""
            if not strong and taken.overlap(start, end):
                return
            if not nested:
                if out.holds(start, end):
                    return
                out.drop_inside(start, end)
            out.append(
                Mention(
                    "initiative", start, end, text[start:end], label, self.name, rule, parent=broader, aliases=aliases
                )
            )

        tokens = doc.tokens
        # 1. known names: the gazetteer's (as words) and the text terms (as strings)
        prefixes = self.gaz.initiative_prefixes
        for i in range(len(tokens)):
            if tokens[i].text not in prefixes and tokens[i].text not in '“"':
                continue  # (jieba keeps quote marks apart: a word with no known prefix starts none)
            hit = self._known_at(tokens, i)
            if hit is None:
                continue
            j, entry = hit
            start, end = tokens[i].start, tokens[j - 1].end
            if bodies.held_by_longer(start, end):
                continue  # 中国载人航天工程办公室: the body's name, not the programme
            label, broader = entry.name, entry.broader
            phase = _PHASE.match(text, end)
            if phase:  # 探月工程四期: one phase of the known programme
                end = phase.end()
                label, broader = text[start:end], entry.name
                add(start, end, label, "phase_of_known", broader, strong=True)
                continue
            # a field written before a known initiative: 制造业“双创”
            if (
                i > 0
                and tokens[i].text in _QUOTES
                and tokens[i - 1].pos in ("n", "nz", "vn", "j")
                and len(tokens[i - 1].text) >= 2
                and is_han(tokens[i - 1].text[0])
            ):
                field = tokens[i - 1].text
                candidate = text[tokens[i - 1].start : end]
                # a sector (制造业) in front of a programme, or a pairing the story repeats
                if (field.endswith("业") and not field.endswith("企业")) or text.count(candidate) >= 2:
                    start = tokens[i - 1].start
                    label, broader = candidate, entry.name
            add(
                start,
                end,
                label,
                "gazetteer" if broader != entry.name else "field_of_known",
                broader,
                entry.aliases if label == entry.name else (),
                strong=True,
            )
        for m in [m for m in out if m.rule == "gazetteer" and "和" in m.text]:
            self._parts(text, m, add)
        if self.terms is not None:
            for match in self.terms.finditer(text):
                entry = self.term_entries[match.group(0)]
                start, end = match.span()
                if bodies.held_by_longer(start, end):
                    continue
                phase = _PHASE.match(text, end)
                if phase:
                    add(start, phase.end(), text[start : phase.end()], "phase_of_known", entry.name, strong=True)
                else:
                    add(start, end, entry.name, "term", entry.broader, entry.aliases, strong=True)
            # a known programme named inside a longer known one is one of its own (学习贯彻X思想主题教育
            # names X思想 too); the search above took only the longer
            for m in [m for m in out if m.rule in ("gazetteer", "term") and len(m.text) >= 8]:
                for inner in self.terms.finditer(text, m.start + 1, m.end):
                    entry = self.term_entries[inner.group(0)]
                    if inner.end() <= m.end and entry.name != m.label and entry.name not in m.aliases:
                        add(inner.start(), inner.end(), entry.name, "term", entry.broader, entry.aliases, True, True)
                # the programme a term is part of, named inside it (X“一带一路”八项行动 names “一带一路”)
                if m.rule == "term" and m.parent and self.known is not None:
                    for inner in self.known.finditer(text, m.start + 1, m.end):
                        entry = self.gaz.initiatives[inner.group(0)]
                        if inner.end() <= m.end and entry.name == m.parent:
                            add(
                                inner.start(), inner.end(), entry.name, "part_of_known", None, entry.aliases, True, True
                            )
        # a campaign the news of its time calls by its kind alone (主题教育 in 2023: the one on Xi Jinping Thought)
        date = doc.doc.date or ""
        for short, first, last, name in self.gaz.campaigns:  # (gazetteer/campaigns.tsv)
            if first <= date[:7] <= last and name in self.term_entries:
                entry = self.term_entries[name]
                for match in re.finditer(short, text):
                    start = match.start()
                    if (
                        start == 0
                        or text[start - 1] in _BARE_BEFORE
                        or not is_han(text[start - 1])
                        and text[start - 1] not in _QUOTES
                    ):
                        add(start, match.end(), entry.name, "campaign_of_its_time", entry.broader, strong=True)
        # 2. titles in 《》 of laws, plans and documents
        books: list[str] = []
        for match in _BOOK.finditer(text):
            title = _YEARS.sub("", match.group(1))  # 《X纲要（2022－2035年）》
            numbered = _EDITION.sub("", title)  # 《中华人民共和国刑法修正案（十二）》: the twelfth amendment
            if numbered.endswith(_DOCUMENT_ENDINGS) or title.endswith(("）", ")")) and _DRAFT.search(title):
                name = _DRAFT.sub("", title) or title
                short = name in _DOCUMENT_ENDINGS or any(name == w + e for w in _DOC_KINDS for e in _DOCUMENT_ENDINGS)
                if short and name not in _SHORT_LAWS:
                    # 《意见》 after the full title: a short reference to the one already named
                    earlier = [t for t in books if t.endswith(name) and len(t) > len(name)]
                    if not earlier:
                        continue  # 全会《决定》 with no full title before it: which one is not said
                    name = earlier[-1]
                if len(name) >= 2:
                    books.append(name)
                    add(match.start(), match.end(), name, "book_title", strong=True)
            elif _PUBLISHED_AS.match(text, match.end()) and len(title) >= 2:
                # 《中国的能源转型》白皮书, 《跨国公司在中国》系列研究报告, 《复兴文库》出版, 《X》一书:
                # a title the words after it make a white paper, a report or a book
                books.append(title)
                add(match.start(), match.end(), title, "book_published", strong=True)
            # 《…关于修改〈中华人民共和国统计法〉的决定》: the law the document changes is named too
            for inner in _INNER_BOOK.finditer(text, match.start(1), match.end(1)):
                name = _DRAFT.sub("", _YEARS.sub("", inner.group(1)))
                if name.endswith(_DOCUMENT_ENDINGS) and name not in _DOCUMENT_ENDINGS:
                    add(inner.start(1), inner.end(1), name, "book_title", strong=True, nested=True)
        for match in _DATED_REPORT.finditer(text):
            add(match.start(1), match.end(1), match.group(1), "dated_report")
        # 3. quoted programme names
        for match in _QUOTED.finditer(text):
            self._quoted(text, tokens, match, add)
        for match in _NUMERAL_NAME.finditer(text):
            after = text[match.end() : match.end() + 2]
            if after.startswith(_PROGRAMME_WORDS) or text.endswith(_PROGRAMME_VERBS, 0, match.start()):
                add(match.start(), match.end(), match.group(0), "numeral_name")
        # 4. the project named after its kind, communities, coordinated programmes
        for match in _APPOSITION.finditer(text):
            window = match.group(1)
            ends = [m.end() for m in _PROJECT_ENDINGS.finditer(window)]
            if ends:
                name = window[: ends[-1]]
                cut = name.rfind("的")
                begin = match.start(1) + cut + 1
                name = name[cut + 1 :]
                if len(name) >= 4:
                    known = out.ending_in(match.start() - 4, match.start())
                    # strong: a name set off by —— after its kind is a project's, not a person's
                    broader = known[-1].label if known else None
                    add(begin, begin + len(name), name, "apposition", broader, strong=True)
        for match in _DOCTRINE.finditer(text):
            # strong: the leader's name inside it stays a person's mention too
            add(match.start(), match.end(), match.group(0), "doctrine", strong=True, nested=True)
        for match in _COMMUNITY.finditer(text):
            pair = _COMMUNITY_HEAD.search(match.group(1))
            if pair:
                start = match.start(1) + pair.start()
                label = pair.group(0) + "命运共同体"
                ours = "中" + pair.group(0)[0] + "命运共同体"  # 老中 is the partner's word for 中老
                if len(pair.group(0)) == 2 and pair.group(0)[1] == "中" and ours in text:
                    add(start, match.end(), ours, "community", aliases=(label,), strong=True)
                else:
                    add(start, match.end(), label, "community", strong=True)
        for match in _COORDINATED.finditer(text):
            kind = match.group(2)
            pos = match.start(1)
            for part in _COORDINATOR.split(match.group(1)):
                if 4 <= len(part) and part not in _GENERIC_MODIFIERS:
                    add(pos, pos + len(part), part + kind, "coordinated", strong=False)
                pos += len(part) + 1
        for pattern, rule in ((_ROUND, "campaign_round"), (_SURVEY, "survey")):
            for match in pattern.finditer(text):
                self._numbered(text, match, rule, add)
        zone_places = None
        for match in _ZONE_KINDS.finditer(text):
            if zone_places is None:  # places jieba knows count too (张江 + 未来产业先导区)
                zone_places = SpanIndex(
                    places | {(t.start, t.end) for t in tokens if t.pos == "ns" and len(t.text) >= 2}
                )
            pilot = _FREE_TRADE_PILOT.search(text, max(0, match.start() - 12), match.end())
            where = (pilot.group("official") or pilot.group("short")) if pilot is not None else ""
            place = self.gaz.places.get(where)
            if place is not None and place.kind in ("province", "municipality", "autonomous_region"):
                # 上海自贸试验区 (one word of jieba's), 广东省自由贸易试验区: by the official name
                label = f"中国（{where.removesuffix('省').removesuffix('市')}）自由贸易试验区"
                add(pilot.start(), pilot.end(), label, "zone", strong=True)
                continue
            self._zone(text, match, zone_places, bodies, add)
        for match in _RAISED.finditer(text):
            name = match.group(1)
            entry = self.term_entries.get(name + "国家战略") or self.term_entries.get(name)
            add(match.start(1), match.end(1), entry.name if entry else name, "raised_to_strategy", strong=True)
        for match in _UN_RESOLUTION.finditer(text):
            if _UN_BODY_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                add(match.start(), match.end(), match.group(0), "un_resolution", strong=True)
        for match in _BODY_PLAN.finditer(text):
            body = next((b for b in _PLAN_BODIES if text.endswith(b, 0, match.start())), "")
            if body or match.group(1) in ("重点民主监督计划", "协商计划"):
                start = match.start() - len(body)
                add(start, match.end(), text[start : match.end()], "body_plan", strong=True)  # (the body's name inside)
        for match in _MISSION.finditer(text):
            add(match.start(), match.end(), match.group(0), "mission", strong=True)
        for pattern in (_DATED_CAMPAIGN, _NATIONAL_CAMPAIGN):
            for match in pattern.finditer(text):
                self._campaign(text, match, add)
        for match in _JOINT_STATEMENT.finditer(text):
            pair, middle = match.groups()
            clause = middle if not middle.startswith("关于") else ""
            if (pair.startswith("中华") or pair[1] not in _NOT_PAIR) and not any(w in clause for w in _NOT_STATEMENT):
                add(match.start(), match.end(), match.group(0), "joint_statement")
        for match in _TRADE_PACT.finditer(text):
            pair, start = match.group(1), match.start()
            if start > 0 and text[start - 1] in _PARTNERS and not pair.startswith("中国—"):
                continue  # 韩中自贸协定 is the partner's word for 中韩自贸协定: not 中自 + 贸协定
            if pair.startswith("中国—") or pair[1] not in _NOT_PAIR:
                add(start, match.end(), match.group(0), "trade_pact", strong=True)  # (海合会 inside is a body)
        for match in _THEME_YEAR.finditer(text):
            pair, start = match.group(1), match.start()
            if start > 0 and text[start - 1] in _PARTNERS and not pair.startswith("中国—"):
                # 俄中体育交流年: the partner first (not 中体 + 育交流年)
                add(start - 1, match.end(), text[start - 1 : match.end()], "theme_year")
            elif pair.startswith("中国—") or pair[1] not in _NOT_PAIR:
                add(start, match.end(), match.group(0), "theme_year")
        # 5. laws named without 《》, and names ending in 战略/规划/工程/行动 ...
        for k, token in enumerate(tokens):
            if token.text[-1:] not in _LAST_CHARS:
                continue  # (most words end no law, line, scheme or name: one set lookup skips them)
            scheme = self._scheme_at(tokens, k) if token.text in _SCHEME_WORDS else None
            if scheme:
                add(scheme[0], scheme[1], text[scheme[0] : scheme[1]], "scheme")
                continue
            if token.text in _LINES:
                span = self._line_at(tokens, k, places)
                if span:
                    add(span[0], span[1], text[span[0] : span[1]], "line")
                continue
            if token.text.endswith("法"):
                span = self._law_at(text, tokens, k)
                if span and people.overlap(span[0], span[1]):
                    span = None  # 署长法提赫·比罗尔: 法 starts a person's name, no law ends there
                if span:
                    amendment = _AMENDMENT.match(text, span[1])  # 刑法修正案（十二）: the amendment, numbered
                    end = amendment.end() if amendment else span[1]
                    add(span[0], end, text[span[0] : end], "law", strong=True)
                continue
            if token.text.endswith(_NAMED_ENDINGS) and (
                k + 1 >= len(tokens)
                or tokens[k + 1].pos not in ("n", "vn", "nz")
                or tokens[k + 1].text in _GOALS
                and token.text.endswith(("规划", "计划", "战略"))
                or tokens[k + 1].text in _PILOT_PARTS
                and token.text.endswith(_ZONES)
            ):
                span = self._named_before(tokens, k)
                if span:
                    span = _balanced(text, *span)
                plain = strip_quotes(text[span[0] : span[1]]) if span else ""
                if (
                    span
                    and plain not in _CATEGORY_WORDS
                    and not plain.endswith(_CATEGORY_ENDINGS)
                    and (self._introduced(text, span[0], span[1], out) or _proper_project(tokens, k, span[0]))
                ):
                    # strong: a title that opens with its issuer holds the issuer's name (中国共产党 + 问责条例)
                    add(span[0], span[1], text[span[0] : span[1]], "name_ending", strong=plain.startswith(_ISSUERS))
        # 湿地保护法、科学技术进步法执法检查报告, 种子法、安全生产法等: the laws listed after a law
        starts = {t.start: t for t in tokens}
        for law in [m for m in out if m.rule == "law" and m.text.endswith("法")]:
            end = law.end
            while (listed := _NEXT_LAW.match(text, end)) is not None and _is_law_name(listed.group(1)):
                start, end = listed.span(1)
                if start not in starts:
                    break  # the list's item starts inside a word: no name of its own
                while start in starts and (starts[start].pos in _VERB_TAGS or starts[start].text in _LEADS):
                    start = starts[start].end  # 尊崇宪法、维护宪法, 关于修改民事诉讼法: words acting on the law
                if end - start >= 3 or text[start:end] in _SHORT_LAWS:
                    add(start, end, text[start:end], "law", strong=True)
        return self._link_broader(text, out)

    @staticmethod
    def _introduced(text: str, start: int, end: int, out: _Kept) -> bool:
        """A name ending names a programme where the text presents it as one: after a verb
        that carries out or launches it, quoted, in a list after another initiative, or as the
        subject of its own launch (X行动正式启动)."""
        if any(q in text[max(0, start - 1) : end] for q in _QUOTES):
            return True  # “小微你好”暖企助企专项行动: a quoted name is part of it
        if _INTRODUCED.search(text, max(0, start - 12), start):
            return True
        if start > 0 and text[start - 1] in "、和及与" and out.ending_in(start - 1, start - 1):
            return True
        name = text[start:end]
        if name.startswith(_ISSUERS) and name.endswith(_DOCUMENT_ENDINGS) and len(name) >= 9:
            return True  # 中国共产党纪律处分条例: a regulation's full title, its issuer first
        if name.endswith("条例") and len(name) >= 5:
            return True  # 巡视工作条例, 自然保护区条例: a regulation's title names one wherever it is written
        if name.endswith(_ZONES) and (name.startswith("国家") or len(name) >= 8):
            return True  # 国家混合所有制改革试点, 陕西杨凌农业高新技术产业示范区: zones and pilots named in full
        return bool(_PROGRAMME_NEWS.match(text, end)) and (start == 0 or not is_han(text[start - 1]))

    def _quoted(self, text: str, tokens: tuple[Token, ...], match: re.Match[str], add) -> None:
        """A quoted name that the words around it make a programme's."""
        inner = match.group(1)
        start, end = match.span()
        if strip_quotes(inner) in self.gaz.initiatives or inner in self.term_entries:
            return  # a known one: the gazetteer rules have it
        after = _AFTER_QUOTE.match(text, end)
        if inner in _NOT_PROGRAMMES or inner.endswith(("方案",)):
            return
        if "、" in inner or inner.startswith(
            ("近", "约", "多", "开展", "推进", "推动", "实施", "启动", "落实", "深入", "加快", "全面", "大力", "持续")
        ):
            return  # a slogan (早预警、早行动) or a count (近百项行动), not a name
        if inner.endswith("走廊") and _CORRIDOR_WORDS.search(inner):
            add(start, end, inner, "quoted_corridor", strong=True)  # “工业发展走廊”, not “X走廊” of a place
        elif _QUOTED_ENDINGS.search(inner) and len(inner) >= 3:
            kind = _QUOTED_ENDINGS.search(inner)
            if inner[: kind.start()] in _GENERIC_MODIFIERS or "的" in inner:
                # “局部行动”, “有针对性的军事行动”: a kind of operation described, not named
                return
            add(start, end, inner, "quoted_name", strong=True)
        elif _NUMBERED_MEASURES.match(inner):
            add(start, end, inner, "quoted_measure")
        elif (
            not after and (words := _AFTER_QUOTE_WORDS.match(text, end)) and not _QUOTE_WORDS_NOT.search(words.group(1))
        ):
            # “巾帼志愿关爱行”主题活动: a campaign named by its quoted words
            close = (
                words.end() + 2
                if text.startswith("活动", words.end()) and words.group(0)[-2:] != "活动"
                else words.end()
            )
            add(start, close, text[start:close], "quoted_campaign")
        elif after and text.startswith(_MODIFIED_AFTER, after.end()):
            return
        elif after and len(inner) <= 15 and not (after.group(0) == "平台" and (inner[0] in _NUMERALS or "+" in inner)):
            # “一站式”平台, “互联网+”平台: what kind of platform, not which
            add(start, after.end(), text[start : after.end()], "quoted_programme")
        elif _QUOTED_SYSTEM.search(inner) and len(inner) >= 3 and not inner.endswith(_NOT_SYSTEMS):
            field = self._field_before(text, tokens, start)
            if field is not None:
                add(field, end, text[field:end], "quoted_system", aliases=(inner,))
        elif _MEASURE_AFTER.match(text, end) and text.endswith(_MEASURE_VERBS, 0, start) and len(inner) <= 12:
            add(start, end, inner, "quoted_measure")
        elif (
            text.endswith(_POLICY_VERBS, 0, start)
            and 3 <= len(inner) <= 10
            and all(is_han(c) for c in inner)
            and (any(c in _SLOGAN_CHARS for c in inner) or len(set(inner)) < len(inner) or inner[-1] in "码证制单")
            and (end == len(text) or not is_han(text[end]) or text.startswith(_POLICY_AFTER, end))
        ):
            add(start, end, inner, "quoted_policy")  # 实施“乙类乙管”后, 推行“一业一方案”

    @staticmethod
    def _zone(text: str, match: re.Match[str], places: SpanIndex, bodies: SpanIndex, add) -> None:
        """A zone or pilot named from the place it is in (浦东新区综合改革试点, 新疆塔城重点开发开放试验区,
        中国—上海合作组织地方经贸合作示范区): the nearest place before the kind with only the zone's
        own words between; a place right before that place is part of the name too."""
        kind = match.start()
        starts = [(s, e) for s, e in places.starting(kind - 18, kind) if e < kind]
        for s, e in reversed(starts):
            words = text[e:kind]
            if len(words) < 2 or not all(is_han(c) or c == "—" for c in words) or _ZONE_NOT.search(words):
                continue
            while any(e2 == s for _, e2 in starts):
                s = next(s2 for s2, e2 in starts if e2 == s)  # 新疆 + 塔城
            if not any(b <= s and match.end() <= f for b, f in bodies.near(s, match.end())):  # not X示范区管委会
                # strong: a body's name inside the zone's (中国—上海合作组织X示范区) is part of it
                add(s, match.end(), text[s : match.end()], "zone", strong=True)
            return

    @staticmethod
    def _line_at(tokens: tuple[Token, ...], k: int, places: set[tuple[int, int]]) -> tuple[int, int] | None:
        """Span of a railway or motorway named by the places it joins, ending at token k, or None.

        福厦高铁, 中吉乌铁路, 京雄高速公路 (the places' first characters), 池州至黄山高铁 (from one
        to the other); 全国铁路, 西藏铁路 (the lines of a country or a region) are no line's name.
        """
        if k + 1 < len(tokens) and tokens[k + 1].text.startswith(_LINE_PARTS):
            return None  # 阿拉山口铁路口岸, 汉江铁路特大桥: a port or a bridge, named elsewhere
        first = k - 1 if k > 0 and tokens[k - 1].text in ("城际", "高速") else k  # 南沿江 + 城际 + 铁路
        if (
            first >= 3
            and tokens[first - 2].text == "至"
            and (tokens[first - 3].pos == "ns" or (tokens[first - 3].start, tokens[first - 3].end) in places)
            and (tokens[first - 1].pos == "ns" or tokens[first - 1].pos == "nr" and len(tokens[first - 1].text) == 2)
            and not {tokens[first - 1].text, tokens[first - 3].text} & _LINE_NOT
        ):
            return tokens[first - 3].start, tokens[k].end  # 池州 + 至 + 黄山 + 高铁
        start, chars = first, 0
        while start > 0:
            t = tokens[start - 1]
            # (兰新/nr + 高铁: two places' first characters jieba reads as a name)
            named = t.pos == "nr" and len(t.text) == 2 and start == first
            if t.pos not in _LINE_TAGS and t.text not in _LINE_SIDES and not named or not all(map(is_han, t.text)):
                break
            if t.text in _LINE_NOT or t.text.endswith(("局", "集团", "公司")) or chars + len(t.text) > 4:
                break  # 中铁 + 四局 + 雅万高铁: the builder, not the line's name
            chars += len(t.text)
            start -= 1
        if start == first or chars < 2 or all(t.text in _LINE_SIDES for t in tokens[start:first]):
            return None  # 沿边铁路, 沿江沿海高铁: lines along a border or a coast, none by name
        whole = (tokens[start].start, tokens[first - 1].end)
        head = (tokens[start].start, tokens[start].end)
        if whole in places or start + 1 < first and tokens[start].pos == "ns" and head in places:
            return None  # 西藏铁路, 江苏 + 南沿江城际铁路: a region's lines, or a region before the name
        glued = tokens[start].text[0] in _LINE_GLUE and len(tokens[start].text) > 1
        if glued and chars < 3:
            return None
        return tokens[start].start + glued, tokens[k].end

    @staticmethod
    def _campaign(text: str, match: re.Match[str], add) -> None:
        """A campaign named with its year, or a nationwide week or season of one."""
        words, start = match.group(1), match.start()
        if start == match.start(1) and start > 0 and is_han(text[start - 1]) and text[start - 1] not in "个届":
            return  # 提升中国 + ...: a nationwide campaign's name starts the phrase (or follows 第N个)
        if _CAMPAIGN_NOT.search(words) or len(strip_quotes(words)) < 4 or words.startswith("”"):
            return
        end = match.end()
        if text.startswith("活动", end) and not match.group(0).endswith("活动"):
            end += 2  # 2023年全国家庭教育宣传周活动
        span = _balanced(text, match.start(), end)
        if span:
            add(span[0], span[1], text[span[0] : span[1]], "campaign")

    @staticmethod
    def _numbered(text: str, match: re.Match[str], rule: str, add) -> None:
        """A campaign's round or a survey, if what is between its number and its kind is a field."""
        name = match.group(0)
        field = re.sub(r"^.*?(?:第[一二三四五六七八九十]+[轮批次]|年)(?:全国)?(?:中央)?", "", name, count=1)
        if rule == "survey" and field.startswith(_SURVEY_NOT):
            return
        if rule == "campaign_round" and "中央" not in name and "省委" not in name:
            return  # 第三轮巡视 alone: whose is not said
        label = name.replace("生态环保督察", "生态环境保护督察")  # the campaign's full name
        add(match.start(), match.end(), label, rule, strong=True)

    @staticmethod
    def _scheme_at(tokens: tuple[Token, ...], k: int) -> tuple[int, int] | None:
        """Span of a named benefit scheme, subsidy policy or hydropower project ending at token k, or None.

        高龄津贴制度, 专精特新中小企业财政奖补政策, 玛尔挡水电站: the words before the kind word say
        which one; a bare kind (养老保险制度, 财政补贴政策, 大型水电站) is not a name.
        """
        word = tokens[k].text
        prev = tokens[k - 1].text if k > 0 else ""
        first = k
        if word == "制度" and prev.endswith(_BENEFITS) or word == "政策" and prev.endswith(_SUBSIDIES):
            tags = _MODIFIER_TAGS | {"nr", "nrt", "ns"}
        elif word == "机制" and prev in _MECHANISMS:
            tags, first = _MODIFIER_TAGS | {"nr", "nrt", "ns"}, k - 1  # 融资 + 协调 + 机制: 协调 may be a verb
        elif word == "试点工作" or word == "工作" and prev == "试点":
            tags, first = _MODIFIER_TAGS | {"nr", "nrt", "nnt", "ns"}, k - (word == "工作")
        elif word in _MEASURES and prev in _MEASURED:
            tags = _MODIFIER_TAGS | {"nr", "nrt", "ns"}
        elif word in _PLANTS:
            tags = frozenset({"x", "nr", "ng", "nz", "ns"})
        else:
            return None
        start, chars = first, 0
        while start > 0:
            t = tokens[start - 1]
            if t.pos not in tags or not all(is_han(c) for c in t.text) or t.text in _LEADS:
                break
            if t.text in _GENERIC_HEADS or t.text.startswith(("新一轮", "新一批")) or t.text[0] in _NUMERALS:
                break
            if chars + len(t.text) > 16:
                break
            chars += len(t.text)
            start -= 1
        while start < first and (tokens[start].text in _VERBISH or tokens[start].text == "助力"):
            start += 1  # 服务 inside a name (老年人服务补贴制度), not before it (助力金砖合作机制)
        if start > 0 and tokens[start - 1].text == "中" and len(tokens[start].text) == 1:
            start -= 1  # 中 + 俄 + 执政党对话机制: the pair of countries
        while start < k and tokens[start].pos == "ns" and word in _PLANTS:
            start += 1  # 青海 + 玛尔挡水电站: the province is where, not which
        words = [t.text for t in tokens[start:k]]
        if word in _PLANTS:
            return (tokens[start].start, tokens[k].end) if len("".join(words)) >= 2 else None
        # the kind word itself (津贴, 奖补) and words that only say what kind it is do not name it
        if words and words[0] in ("双边", "多边", "两国", "两党"):
            return None  # 双边电子商务合作机制: one of a kind between two sides, not a named one
        if words and words[0] in ("方式", "方面", "领域", "问题", "机制", "体制"):
            return None  # 支付 + 方式改革试点工作: the name's head is a verb the walk stopped at
        said = words if word == "试点工作" else words[:-1]  # 律师职业 + 试点工作: no kind word among them
        specific = [w for w in said if w not in _SCHEME_GENERIC and w not in _GENERIC_MODIFIERS]
        if not specific:
            return None
        proper = any(t.pos in ("ns", "nz", "j", "nr", "nt", "x") for t in tokens[start : k - 1])
        if word in _MEASURES and len(specific) < 2:
            return None  # 安全管理办法: a kind of rule, not a named one
        if word == "机制" and len(specific) < 2 and not proper:
            return None  # 能源合作机制: a field's mechanism, not a named one
        if word == "机制" and start > 0 and tokens[start - 1].text in ("建立", "建立健全", "设立", "成立", "探讨"):
            return None  # 建立减贫交流合作机制: one still to be made, not yet named
        return tokens[start].start, tokens[k].end

    def _parts(self, text: str, whole: Mention, add) -> None:
        """The known initiatives joined by 和 in a known one (A和B), each narrower than the whole."""
        pos = whole.start
        for part in whole.text.split("和"):
            entry = self.gaz.initiatives.get(strip_quotes(part)) or self.term_entries.get(part)
            if entry is not None and entry.name != whole.label:
                add(pos, pos + len(part), entry.name, "part_of_known", whole.label, entry.aliases, True, True)
            pos += len(part) + 1

    @staticmethod
    def _field_before(text: str, tokens: tuple[Token, ...], start: int) -> int | None:
        """Start of the field named right before a quote (多式联运“一单制”), or None."""
        k = next((n for n, t in enumerate(tokens) if t.end == start), None)
        if k is None:
            return None

        def is_field_word(token: Token) -> bool:
            return (
                all(is_han(c) for c in token.text)
                and token.text not in _VERBISH
                and token.text not in _LEADS
                and token.pos not in ("p", "c", "uj", "ul", "d", "r", "ad", "m", "q", "f")
            )

        near = tokens[k]
        if not is_field_word(near):
            return None
        far = tokens[k - 1] if k > 0 else None
        if far is not None and is_field_word(far) and far.pos != "v" and len(far.text + near.text) <= 6:
            return far.start  # 多式 + 联运
        if near.pos == "v" or len(near.text) < 2:
            return None
        return near.start

    def _known_at(self, tokens, i):
        key, best = "", None
        if tokens[i].text in "”":
            return None
        prefixes = self.gaz.initiative_prefixes
        for j in range(i, min(i + 6, len(tokens))):
            key += strip_quotes(tokens[j].text)
            if key and key not in prefixes:
                break
            entry = self.gaz.initiatives.get(key)
            if entry is not None and tokens[j].text != "“":  # 中欧班列 + “东通道”: the quote is the next name's
                end = j + 1
                # keep a closing quote with the name
                if tokens[i].text == "“" and end < len(tokens) and tokens[end].text == "”":
                    end += 1
                best = (end, entry)
        if best and tokens[i].text == "“" and tokens[best[0] - 1].text != "”":
            return None
        return best

    @staticmethod
    def _law_at(text: str, tokens: tuple[Token, ...], k: int) -> tuple[int, int] | None:
        """Span of a law named without 《》 whose name ends at token k (黄河保护法), or None."""
        token = tokens[k]
        if (
            token.text in _NOT_LAWS
            or token.text in _NOT_LAW_WORDS
            or token.pos == "nr"
            and token.text != "立法法"
            and not (token.text[:-1] in _LAW_HEADS and k > 0 and tokens[k - 1].pos in ("n", "vn", "nz"))
        ):
            return None  # 立法法, 特种设备 + 安全法: laws that jieba tags as a name
        if len(token.text) == 2:
            # 宪法 and 刑法 are whole names; other short words (拉法, 战法) are not laws
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            noun_after = nxt is not None and nxt.pos in ("n", "vn", "nz", "v")
            if token.text not in _SHORT_LAWS or noun_after and not _LAW_CONTEXT.match(text, token.end):
                return None  # 宪法宣誓: the law names a ceremony here
            return token.start, token.end
        start = k
        chars = len(token.text)
        # 调整适用|计量法, 顺利完成|基本法: a law's own word after a verb is its whole name
        own_word = (
            len(token.text) >= 3
            and token.text[:-1] not in _LAW_HEADS
            and k > 0
            and tokens[k - 1].pos in ("v", "vn", "l", "d", "ad")
            and tokens[k - 1].text not in ("反", "不")
        )
        while start > 0 and not own_word:
            prev = tokens[start - 1]
            if prev.text in ("反", "不"):  # 反不正当竞争法, 反洗钱法
                chars += len(prev.text)
                start -= 1
                continue
            if prev.text in _LEADS or prev.pos in ("p", "c", "uj", "ul", "r", "d", "m", "q", "x", "u", "f", "t", "nrt"):
                break  # (阿里/nrt + 法·沁: a foreign person's name)
            if prev.text == "好" and start >= 2 and _VERB_WELL.search(tokens[start - 2].text):
                break  # 实施|好|澳门基本法, 全面实施|好, 落实/a|好: how well the verb acts on the law
            if prev.pos == "v" and start != k:
                break  # a verb only right before the law's last word: 突发事件应对 + 管理法
            if not all(is_han(c) for c in prev.text) or chars + len(prev.text) > 16:
                break
            chars += len(prev.text)
            start -= 1
        name_start = tokens[start].start
        name = text[name_start : token.end]
        if (
            len(name) < 3
            # (公司法: a law jieba keeps one word, though it ends like 司法)
            or name[-2:] in _NOT_LAWS
            and name[-3:] != "立法法"
            and not (name == token.text and len(name) == 3 and name[-2:] == "司法")
            or name.endswith(_BODIES_OF_LAW)
        ):
            return None
        if len(name) < 5 and not _LAW_CONTEXT.match(text, token.end) and not _LAW_BEFORE.search(text, 0, name_start):
            return None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt.pos in ("n", "vn", "nz") and not _LAW_CONTEXT.match(text, token.end):
            return None  # 法 inside a longer noun
        return name_start, token.end

    @staticmethod
    def _named_before(tokens, k):
        """Words before a name ending that make it a name (创新驱动 + 战略), or None."""
        start = k
        chars = len(tokens[k].text)
        j = k - 1
        while (
            j >= 0
            and (tokens[j].pos in _MODIFIER_TAGS or tokens[j].text in _REGIONS or tokens[j].pos == "v")
            and all(is_han(c) or c in _QUOTES for c in tokens[j].text)
        ):
            if chars + len(tokens[j].text) > 18 or tokens[j].text in _LEADS or tokens[j].text in _CARRIED_OUT:
                break  # (a name starts after the verb that carries it out)
            if tokens[j].text in _DEMONSTRATIVES:
                break  # 签署这一条例: the one told before (checked below), never inside a name
            chars += len(tokens[j].text)
            start = j
            j -= 1
        # 开展 + 重大 + 技术装备攻关工程: carried out, a head word (重大工程 alone) opens a long name
        head = (
            start > 1
            and tokens[start - 1].text in ("重大", "重点")
            and tokens[start - 2].text in _CARRIED_OUT
            and sum(len(t.text) for t in tokens[start:k]) >= 4
        )
        if not head and start > 0 and tokens[start - 1].text in _GENERIC_HEADS:
            return None  # 各类平台, 这一战略: a kind of thing, not a name
        first = start
        while start < k and (
            tokens[start].text in _VERBISH
            or tokens[start].text in _GENERIC_HEADS
            or tokens[start].pos in ("v", "d", "ad", "a", "nr")
            and not (tokens[start].pos == "v" and tokens[k].text == "条例" and start + 1 < k)
        ):
            if tokens[start].text in _GENERIC_HEADS and tokens[start].text not in _VERBISH:
                return None
            start += 1
        # a count or rank before the name is not part of it: 首个 / 第四批 + 智能光伏试点
        for n in range(k - 1, start - 1, -1):
            if n == k - 1 and n > start and _DURATION.match(tokens[n].text):
                continue  # 产业链现代化建设 + 三年 + 行动计划: how long the plan runs is part of its name
            if n == start and _MAGNITUDE.match(tokens[n].text) and n < k - 1:
                break  # 千万吨 + 粮食增产计划: a round magnitude opening the name is part of it
            quoted = 0 < n < k - 1 and tokens[n - 1].text == "“" and tokens[n + 1].text == "”"
            if (tokens[n].pos == "m" and not quoted) or tokens[n].text[0] in "首第" and tokens[n].text[-1] in "个批次":
                start = n + 1  # (not a quoted numeral name: 信息通信业“十四五”发展规划)
                break
        while start < k and len(tokens[start].text) == 1 and tokens[start].text not in _QUOTES:
            start += 1  # 项, 年: the tail of a count, not a name's first word
        carried = (
            start > 0
            and (
                tokens[start - 1].text in _CARRIED_OUT
                or tokens[start - 1].text == "好"
                and start > 1
                and tokens[start - 2].text in _CARRIED_OUT
                or tokens[start - 1].text == "、"
                or head
                and start == first
                or tokens[k].text.endswith(_BATTLES)
                and (
                    tokens[start - 1].text in _FOUGHT
                    or tokens[start - 1].text in ("好", "赢", "响")
                    and start > 1
                    and tokens[start - 2].text == "打"
                )
            )
            or tokens[start].text in _ISSUERS
            or tokens[k].text == "条例"  # a regulation's title holds verbs: 巡视 + 工作 + 条例, 节约 + 用水 + 条例
        )
        # 实施好百万移民致富提升行动; X行动、海岸带保护修复工程 (in a list: see _introduced);
        # 打好 + 荒漠化综合防治攻坚战; 中国共产党 + 巡视工作条例
        if any(t.pos == "v" for t in tokens[start:k]) and (not carried or start + 1 == k):
            # a verb inside a name (粮食增产计划, 就业见习岗位募集计划) only right after 实施 or
            # 启动 and with more than one word before the ending; elsewhere it ends the name
            start = max(start, max(n for n in range(start, k) if tokens[n].pos == "v") + 1)
            while start < k and tokens[start].text in _VERBISH:
                start += 1  # 推动 + 建设 + 国家级示范区: a verb tagged vn after the cut
            if start >= k:
                return None
        if head and start == first:
            start -= 1
        words = [t.text for t in tokens[start:k]]
        # the part of the last token before its ending counts too: 载人航天 + 工程 in one word
        own = tokens[k].text
        for ending in _NAMED_ENDINGS:
            if own.endswith(ending):
                own = own[: -len(ending)]
                break
        if tokens[k].pos not in ("nz", "j", "l"):
            own = ""  # 采取行动, 城市规划: one common word is not a name; a known word (nz) may be
        content = "".join(words) + own
        if len(strip_quotes(content)) < 2:
            return None
        if tokens[start].text in _QUOTES[1:]:
            return None
        plain = [w for w in [*words, own] if w and w not in _QUOTES]
        quoted = start + 2 < k and tokens[start].text == "“" and tokens[start + 2].text == "”"
        if all(w in _GENERIC_MODIFIERS or w[0] in _NUMERALS for w in plain) and not quoted:
            return None  # 水利工程, 八项行动: a kind of thing or a count (not “三北” + 攻坚战: a name)
        if words and words[-1] in ("领域", "方面", "部门"):
            return None  # 能源领域计划: plans of a field, not one named plan
        if (
            tokens[start].pos in ("ns", "nr")
            and all(w in _GENERIC_MODIFIERS for w in plain[1:])
            and not (tokens[k].text.endswith(("纲要", "总体方案")) and len(plain) >= 3)
        ):  # (a region's 发展规划纲要 or 建设总体方案 is a named document)
            return None  # 巴西发展战略, 乌克兰计划: a country's, not a named one
        if tokens[k].text.endswith(_WEAK_ENDINGS) and any(q in content for q in _QUOTES):
            return None
        if tokens[k].text == "行动" and len(strip_quotes(content)) < 3:
            return None  # 气候行动, 减贫行动: action in a field, not a named campaign
        return tokens[start].start, tokens[k].end

    @staticmethod
    def _link_broader(text: str, out: Iterable[Mention]) -> list[Mention]:
        """A是B的...: A is narrower than B (高标准农田建设是X行动的支撑性工程)."""
        ordered = sorted(out, key=lambda m: (m.start, m.end))
        for n in range(len(ordered) - 1):
            a, b = ordered[n], ordered[n + 1]
            if a.parent is None and text[a.end : b.start] == "是" and text.startswith("的", b.end):
                ordered[n] = replace(a, parent=b.label)
        return ordered


def _is_law_name(name: str) -> bool:
    """Whether a word ending in 法 that a list gives can name a law (安全生产法; not 严格执法,
    国际法 or 依法)."""
    return not (
        name in _NOT_LAW_WORDS
        # 严格执法, 创新做法: a way of acting; 科学技术进步法 is a law whatever 步法 means alone
        or name[-2:] in _NOT_LAWS
        and (name[-2:] in _ACTS_OF_LAW or len(name) <= 3)
        and not name.endswith("立法法")
        or name.endswith(_BODIES_OF_LAW)
        or any(c in name for c in "的了是在")
    )
