"""Statements: who said what. Speaker, cue verb, and what was said up to the end of it.

王新哲在讲话中指出,近年来... gives (王新哲, 指出, 近年来...). Between the speaker and the verb
may stand a date, a place (在...时/中/上), 发表讲话/声明, adverbs (还, 再次) and titles after
a name (习近平总书记指出). A run of bodies speaks together (中央纪委国家监委强调 gives one
statement each). 会议指出 is said by the body that held the meeting; 他/她 is the last named
speaker; 商务部新闻发言人表示 with no name gives the body; 乌克兰方面称 gives the country.
A cue that opens a clause with no speaker of its own (...予以谴责,强调需对...) continues the
sentence's speaker; a sentence that opens with the medium of an earlier statement
(报道称, 声明说) is that source speaking again, and 文章指出 with no earlier statement from it is
the article's author (习近平的重要文章...). 表示遗憾,并称... goes on with the speaker of 表示
even though nothing was said after it. A country's 代表 or 发言人 speaks for the country, a body's
军方 / armed wing / 方 for that body (以色列军方 -> 以色列军队, 黎巴嫩真主党武装, 以军方). 会议强调
after a meeting named after a body no extractor knew (X工作机制会议召开) is that body. Generic
speakers (有关人士, 外媒) are no entity, so they give nothing, and a cue after them in the same
sentence gives nothing either. How it was said may stand before the cue (明确指出, 强调指出,
动情地表示, 亲切地对大家说), and a notice named in 《》 announces (印发《通知》(要求),...).

A clause opening with a cue after an act that is no speech goes on with the sentence's subject
(李家超感谢...,并表示,...; 他首先...,表示...), never a name after 对/向/同, whom a letter is to or who was met
(致信总统X, 会见X时) nor across a clause a group opens (大批民众...,要求...); a source no entity names
(据当地媒体报道,X致信...,呼吁...) is no speaker such clauses go on with; a sentence with no subject that opens with a
cue goes on with the speaker of the sentence before. 表示 followed by a feeling (表示热烈祝贺, 表示支持) says nothing.
A quotation after a cue is what was said when it is long (强调“...,...”), not a programme's name (提出“一带一路”倡议).
Statements nested in another are settled: a cue inside what a speaker says (丁薛祥表示,习近平主席同X共同宣布...) or
inside a quotation is no statement, a report carrying a speaker's words (据路透社报道,X称...) is none of its own, what
a report tells (据X报道,...) is news, no words said, and
any other statement ends what the one before it in the sentence says. 批示指出 is its author speaking, 社论指出 the
paper that published it, 大会指出 the body whose congress it was; a body after 通过 is a channel, not a speaker.

A cue that is a word of its own right after a named speaker may have the words straight after
it (他呼吁各方..., 国务院决定成立...), 希望 after an act of the subject too (李强充分肯定...,
希望...); people joined by 和 speak together, 双方 after two named people is both, and a
country opening a clause before its cue speaks as a body (美国3日宣布,...). A semicolon ends
no sentence for who speaks in it.

A document a body issues speaks for it in later sentences (中办、国办印发《关于...的意见》。
《意见》指出..., and 《中共中央 国务院关于...的意见》 names its issuers in its title), and so does
a medium whose own words follow another cue (发表声明,重申...。声明说...) or a report published
with words between (发布的年度报告称). A title or rank may follow a name (穆罕默德王储表示, X委员
发言说), countries listed together speak together (波兰、匈牙利等国表示), and a body after 向 or
在 is who was told or where, not who speaks (以色列向联合国通报称).

A speaker no earlier extractor knew is a person this extractor yields (kind `person`) when a
name stands between a title and the cue (乌兹别克斯坦总统X表示, 国防部长X称), opens a clause before
the cue and is written after a title elsewhere in the story (会见X国外长Y。Y表示), or opens a
clause before a title and the cue (X委员发言说): a foreign name jieba does not know or a surname
and a given name, never part of a known name; the person is kept only where a statement shows it.
A report or white paper opening a sentence is its publisher's (X发布《...报告》。报告指出).
A state that speaks acts as a body: this extractor yields it (kind `organization`, international,
China government) where no earlier extractor listed it (波兰、匈牙利、斯洛伐克均表示); so does a foreign
state's region (佐治亚州宣布进入紧急状态).

A body's meeting that decided speaks for the body (经中央纪委常委会会议研究...,决定给予...: 中央纪委),
a standing organ meeting under its body's name is that organ (政协...第N次主席会议), and 大会指出
after a congress no extractor marked is the body the gazetteer names before it (中国共产党第二十次
全国代表大会). 两国宣布 with no country before it is the two countries the paragraph names, and
双方 after a paragraph naming no one the two people the paragraph before names. 文章指出 after a
paper or an agency published it (新华社播发长篇通讯...) is the publisher; 该机构称 is the body
that spoke last in the paragraph. Figures a body publishes (X数据显示, 据X统计) are data, not
words said: no statement, though a report that showed them speaks in a later 报告指出.

The words these rules read, beside the cue verbs of cues.txt, are data:
ontology/gazetteer/statement_words.tsv (roles of words) and statement_sides.tsv (俄方 -> 俄罗斯).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from ..config import ontology_dir
from ..errors import ConfigError

# the gazetteer's reader of tab-separated data files, so this file's errors read the same
from ..gazetteer import Gazetteer
from ..gazetteer import read_table as gazetteer_rows
from ..model import Mention, SegmentedText, Statement
from ..normalise import is_han
from . import Found, register
from .textutil import (
    HOME_STATES,
    IN_TURN,
    NOT_IN_NAME,
    NOT_NAME_END,
    every_occurrence,
    occurrences,
    sentence_end,
    start_of,
    starting_in,
)

WORDS_FILE = "statement_words.tsv"
SIDES_FILE = "statement_sides.tsv"
_ROLES = (
    "bare",
    "direct",
    "clause",
    "after_act",
    "modal",
    "no_start",
    "lead",
    "medium",
    "notice",
    "document",
    "publish",
    "spokesperson",
    "side",
    "group",
    "title",
)

_PRONOUNS = ("他", "她")
#: An article printed again by other papers (将全文刊发这篇文章, 转载该文).
_REPRINTED = re.compile(r"(?:全文刊发|刊发|转载|刊登)(?:这篇|该|此)(?:文章|通讯|评论|文)")
#: The people named before it spoke in turn, and what they thought (X、Y先后发言。他们认为…).
_IN_TURN = re.compile(
    rf"(?:{'|'.join(IN_TURN)}|等)(?:作了?)?发言[。；]他们(?:都|均|完全|一致|还)*(?P<cue>认为|赞同|表示)[，,]?"
)
#: Leader titles that, alone before a cue, name the person last called so (总书记指出).
_BARE_TITLES = ("总书记", "主席", "总理", "总统", "首相")
#: A count of the countries listed before it (等国, 三国).
_COUNTRY_COUNT = re.compile(r"(?:等(?:[两三四五六七八九十多]个?)?|[两三四五六七八九十]个?)国家?$")
_COUNTRY_JOINERS = ("、", "和", "与", "及")
#: Military ranks after a name (劳尔·卡斯特罗大将): no posts, so not in the titles file.
_RANKS = ("大将", "元帅", "上将", "中将", "少将")
_LONGEST_TITLE = 8
#: Words that join a run of bodies speaking together.
_JOINERS = ("、", "和", "与", "及", "以及", "会同")
#: Marks that may close a name just before its verb (《华尔街日报》报道称).
_CLOSERS = "》”\"'"
#: Demonstratives before a medium that refers back (该报道称, 这份声明说).
_BACK = ("该", "此", "这份", "这篇", "这一", "上述")
#: What follows a publisher in a dateline (央视网消息, 新华社北京6月1日电).
_DATELINE = ("消息", "讯", "电", "记者")
#: A meeting speaking (会议指出, 全会强调): the body that held it.
_MEETINGS = ("会议", "全会", "大会")
_HELD = ("召开", "举行", "闭幕", "开幕")
#: The names of meetings that 会议, 全会 and 大会 refer back to.
_MEETING_KINDS = {"会议": ("会议", "全会", "大会"), "全会": ("全体会议", "全会"), "大会": ("大会",)}
#: A meeting named right after the body that holds it (九三学社第十四届中央委员会第六次全体会议,
#: 中国民主建国会第十二次全国代表大会, 国务院常务会议).
_MEETING_AFTER = re.compile(
    r"(?:第[一二三四五六七八九十百零\d]+[届次])*(?:中央委员会|常务委员会)?(?:第[一二三四五六七八九十百零\d]+次)?"
    r"(?:全国代表大会|全体会议|常务会议|全会|会议|大会)"
)
#: A meeting that opens a sentence and is named after the body holding it (X工作机制会议召开).
_MEETING_OF_BODY = re.compile(
    r"(?:^|(?<=[。：:\n]))([\u4e00-\u9fff]{4,30}(?:工作机制|领导小组|委员会))(?:第[一二三四五六七八九十]+次)?(?:全体)?会议"
    r"(?=[^。]{0,20}(?:召开|举行))"
)
#: A standing organ that meets under the name of the body it belongs to (政协第十三届全国委员会第
#: 八十二次主席会议): what it decides is the organ's, not the whole body's.
_STANDING_MEETING = re.compile(
    r"(?:第[一二三四五六七八九十百零\d]+届全国委员会)?第[一二三四五六七八九十百零\d]+次(主席会议)"
)
#: A body's congress, named after it (中国作家协会第十次全国代表大会).
_CONGRESS = re.compile(r"第[一二三四五六七八九十百零\d]+次(?:全国)?代表大会")
_LONGEST_BODY = 16
_ONE = ("一名", "一位", "的")
#: What follows 说 or 讲 when it is said with its object, not reported speech (说公道话, 讲真话).
_NOT_SPEECH = re.compile(r"[^，,。：:“”\s]{0,3}话")
#: Words that start with a cue and report no speech (说明: it shows).
_NOT_SPEECH_WORDS = ("说明", "说服")
#: A saying before the cue (中国古语说, 俗话说): no speaker.
_SAYING_NOBODY = re.compile(r"(?:古语|谚语|俗话|俗语|古人|名言|格言|老话)(?:常|所)?$")
#: An unnamed member of a state or body before its name (一名美国官员表示).
_SOMEONE_OF = re.compile(r"(?:一名|一位|多名|几名|数名|一些|有关)$")
#: Adverbs that, opening a clause before a cue, carry on the clause's speaker (...表示遗憾,并称...).
_CONTINUING = frozenset({"并", "还", "也", "又", "则", "同时", "随后", "再次", "进一步", "并再次", "同时还", "一致"})
_CONTINUING_LONGEST = tuple(sorted(_CONTINUING, key=lambda w: (-len(w), w)))
#: Verbs that report what was said only with punctuation after them (国家文物局今天发布,...;
#: X证实,...). Kept out of cues.txt: that file also feeds jieba and the people extractor.
_PUNCT_CUES = ("发布", "证实")
#: Endings of a newspaper's or a magazine's name in 《》 (《今日巴基斯坦报》评论说).
_PRESS = ("报", "刊", "杂志", "周刊", "日报", "时报", "邮报", "新闻", "通讯")
#: A country's official voice (中国代表表示 is China speaking); its 官员 may be anyone.
_VOICES = ("代表", "发言人", "新闻发言人")
#: What after a party's name makes it the party's armed wing (黎巴嫩真主党武装).
_ARMED_WING = "武装"
#: Media written or given by one person (文章, 讲话): 文章指出 is its author speaking.
_AUTHORED = ("文章", "署名文章", "讲话", "贺信", "贺词", "回信", "演讲", "批示", "指示")
#: Media a body publishes as its own voice (人民日报发表社论。社论指出...: the paper speaking).
_PUBLISHED = ("社论", "评论员文章")
#: What a cue is about, between the speaker and the cue (就叙利亚问题表示).
_ON_TOPIC = re.compile(r"就[^,，。;；“”\n]{1,16}?(?:问题|局势|情况|事件|一事|此事)$")
#: Any topic right after a speaker's name (X就深化合作提出...).
_ON_ANY_TOPIC = re.compile(r"就[^,，。;；“”\n]{2,24}$")
#: Points put forward and listed after a colon (提出三点倡议:一是...): the list is what was said.
_POINTS = re.compile(
    r"[一二两三四五六七八九十\d]+(?:点|个方面)(?:建议|倡议|意见|看法|主张|期许|期望|希望|要求|设想)"
    r"[:：,，]\s*(?=一是|首先|第一|一要)"
)
#: What is put forward named before a colon (提出重大论断:...): what follows it is what was said.
_LABELLED = re.compile(
    r"[^,，。;；:：“”\n]{0,6}(?:论断|论述|主张|观点|理念|思想|原则|要求|倡议|建议|目标|任务)[:：]\s*"
)
#: What a speaker did before speaking, joined to the cue by 并 (出席仪式并表示).
_DID_BEFORE = re.compile(r"(?:出席|参加|主持)[^,，。;；“”\n]{1,16}?并$")
#: Cues that ask for something: 为 after them opens what was asked for (呼吁为灾区提供援助).
_ASKING = frozenset({"呼吁", "要求", "建议", "希望", "敦促"})
#: Whom 勉励 encourages, before what it says (勉励大家, 勉励海关系统全体同志).
_ENCOURAGED = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:大家|他们|她们|同志们|全体同志|同学们|青年们|广大青年)")
#: Cues that are verbs of saying: after 并/同时, what follows them bare is what was said.
_SAYING = frozenset({"表示", "说", "称", "指出", "强调", "认为"})
#: What joins two people who speak together (舒尤克总统和欧尔班总理): a name, a title, a joiner.
_PEOPLE_JOINER = re.compile(r"[^\W\d_]{2,12}?(?:总统|总理|主席|首相|国王|总书记|议长|先生|女士|同志)?(?:和|与|、|及)")
#: Talks between two leaders, told in a story's lead (同拜登举行会晤, 同普京通电话).
_TALKS = re.compile(r"会谈|会晤|通电话|视频通话")
#: The two sides of a meeting, speaking together (双方强调, 两国领导人宣布).
_BOTH = ("双方", "两国领导人", "两位领导人", "两国元首", "两国总理", "两国总统", "两国外长")
#: A body referred back to (该机构称): the body that spoke last in the paragraph.
_THIS_BODY = ("该机构", "该组织")
#: Words opening a clause in which a cue is a noun (根据X要求, 传达X批示要求, 符合X要求): what someone
#: asked for, acted on, not words said there.
_ASKED = frozenset({"要求", "指示", "批示"})
_ACTING_ON = ("根据", "按照", "遵照", "依照", "传达", "贯彻", "落实", "符合", "达到", "满足")
#: The two countries a paragraph names, speaking together (两国宣布即日起恢复外交关系).
_TWO_COUNTRIES = ("两国", "两国政府")
#: What joins a person to the next one of a run speaking together (莱恩斯和迪克, X总统与Y总理).
_PEOPLE_LINK = re.compile(r"(?:总统|总理|主席|首相|国王|议长|先生|女士|同志)?(?:和|与|同|、|及|以及)$")
#: A first person joined to a run of people (我同X总统一致认为): whoever says 我 speaks, not X.
_FIRST_PERSON = ("我同", "我和", "我与", "我们同", "我们和", "我们与")
#: Who after a country's name speaks, not the country (美国媒体称, 英国首相称, 加拿大官员称).
_NOT_THE_COUNTRY = ("媒体", "官员", "官方", "人士", "专家", "首相", "总统", "总理", "外长", "国王", "议会", "政府")
#: Words before a clause's subject that make the clause what is spoken about (对于X决定...).
_ABOUT = ("对于", "针对", "关于", "对")
#: Characters before a name that make it an object, not who speaks (对江泽民同志逝世表示哀悼).
_OBJECT_MARKS = frozenset("对向同与和跟给为把被让请及")  # (not 将, 使, 令: 上将, 大使, 司令 end titles)
#: A verb of writing to or meeting someone before a name and its titles (联名致信美国总统X,
#: 渔业团体代表会晤经济产业大臣X): X is whom the letter is to or who was met, not the subject.
_WRITTEN_TO = re.compile(
    r"(?:致信|致电|致函|致贺信|致贺电|写信给|会晤|会见|接见|约见|拜会|拜访|看望|慰问)[^，,。；;：:“”]{0,12}$"
)
#: A count of a body's members after it (美国国会参众两院近20名民主党人): the members speak, a group
#: no statement names, not the body.
_MEMBERS_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:近|约|超过|逾)?[\d一二三四五六七八九十百千几数多]+[名位][\u4e00-\u9fff]{0,6}?"
    r"(?:人士|议员|党人|代表|官员|专家|成员|委员)"
)
#: A clause a group opens after the subject (...,大批希腊民众聚集在...,要求...): what follows
#: is the group's, and a group is no named speaker.
_GROUP_CLAUSE = re.compile(
    r"[,，;；](?:(?:大批|许多|部分|不少|一些|众多|广大|当地|各地|各界|数[十百千万]名|\d+名)[\u4e00-\u9fff]{0,3}?)?"
    r"(?:民众|群众|人士|大家|人们|网友|居民|市民|村民|抗议者|示威者|与会|代表们|官兵|专家|学者|观众|游客|记者)"
)
#: Groups that no statement names, written before a person the sentence is about (沙特人士
#: 高度评价习近平主席..., 各方均赞赏...): the person is who they speak of.
_GROUP_WORD = re.compile(
    r"人士|各方|双方|与会|民众|群众|大家|代表们|嘉宾|专家|学者|人们|网友|领导人们|官兵|各界|各国|多国"
)
#: What 提出 puts forward when it names it rather than says it (提出殷切期望, 提出更多对策建议).
_PUT_FORWARD = re.compile(
    r"[^,，。;；:：“”\n]{0,20}?(?:建议|意见|要求|期望|希望|期许|倡议|主张|举措|措施|方案|目标|任务|理念|论断|命题)"
    r"(?=[,，。;；、!！?？\n]|和|与|及|并|$)"
)
#: A feeling shown after a cue (表示热烈祝贺, 表示遗憾,并称...): after 表示, or complete in itself,
#: not words said.
_ATTITUDE = re.compile(
    r"(?:最|更加|更|十分|非常|极为)?(?:热烈|衷心|诚挚|深切|沉痛|强烈|高度|深深|严重|极大|由衷|亲切|真诚)?的?"
    r"(?:祝贺|欢迎|感谢|谢意|哀悼|慰问|问候|敬意|赞赏|欢迎|遗憾|关切|关注|担忧|担心|不满|愤慨|抗议|震惊|失望|"
    r"祝愿|悲痛|同情|慰问|欣慰|感激|钦佩|谴责|反对|支持|赞同|认同|肯定|满意|怀疑|质疑|否认|拒绝|哀思|惋惜)"
)
#: What ends a feeling shown after any other cue (宣布欢迎 is words said, 宣布欢迎中外记者... too).
_ATTITUDE_END = (*",，。;；、!！?？\n", "和", "与", "及", "并")
#: A quotation straight after a cue is what was said when it has a clause stop or this many
#: characters (a programme's name, 提出“实施创新驱动发展战略”, is shorter).
_QUOTE_MIN = 20
#: What makes the body after it the channel of a statement (X通过朝中社发表声明), not its speaker.
_CHANNEL = ("通过", "经由", "借助")
#: Notices that rule rather than report: what they say is theirs, even when it opens with
#: another body (《通知》指出,党中央决定...).
_RULINGS = ("通知", "通告", "公告", "通报")
#: Months named before a day (本月3日称).
_MONTHS = ("本月", "上月", "当月")
#: Who a cue is said to (告诉记者,...): not part of what was said.
_TOLD = r"(?:(?:本台|总台|央视)?记者)?"
#: Proposals counted, then listed (韩正提出三点倡议。一是..., 提出四点主张:第一,...): the cue is
#: 提出 and what was proposed starts with the list.
_PROPOSALS = r"提出了?(?P<points>(?:[两三四五六七八九十]|\d{1,2})点(?:倡议|建议|主张|意见|看法|希望))(?=[。:：,，])"
#: Time words closing a 据X phrase before its verb (据X当天发布的消息, 据X此前介绍): not part of X.
_TRAILING_TIME = re.compile(
    r"(?:\d{1,2}日|当天|当日|今天|昨天|近日|日前|此前|稍早|早前|近期|晚间|[(（][^()（）]{1,12}[)）])+$"
)

#: jieba's tags of a word it does not know or takes for a name (米尔/nrt 济约/x): the only words of
#: two characters or more a name after a title may be made of, unless it opens with a surname.
_NAME_TAGS = frozenset({"x", "nr", "nrt", "nrfg", "nrf", "eng"})
#: Characters that end no name after a title (主席团, 代表们, 委员会, 总统府, 亲切地).
_NOT_NAME_LAST = frozenset("们团会府室组队军方员党国地得着过等")
#: Function words, never in a name (NOT_IN_NAME less the words a given name may hold: 原, 中, 本).
_FUNCTION_CHARS = frozenset(
    "的了是在和与及等为将对这那们不也都就又还被把从向到于之其所以并而且或但如因此该各每我你他她它"
)
#: A name written after a title, before its cue: at most this many characters.
_LONGEST_NAME = 12

#: What after a name opening a clause makes it a person's (X同志说), though it is no post.
_COMRADE = ("同志",)

#: Years or a version in brackets closing a document's title (《...实施方案(2023—2027年)》).
_TITLE_ASIDE = r"(?:[(（][^()（）《》\n]{1,16}[)）])?"
_TITLE_ASIDE_END = re.compile(_TITLE_ASIDE + "$")

#: A clause saying what the rest is for or about, before a medium speaking (为加快...转型,《意见》
#: 要求,...; 关于今后的工作,文章强调:...).
_TOPIC_CLAUSE = re.compile(r"(?:为了?|关于|对于|针对|围绕)[^,，。;；:：“”\n]{2,40}[,，]")

_HEADLINE_MAX = 40
#: How something was said, right before its cue (郑重宣布): never a speaker's name, whatever a
#: tagger made of 郑重.
_HOW = (
    "明确",
    "鲜明",
    "深刻",
    "郑重",
    "严正",
    "一再",
    "反复",
    "再三",
    "公开",
    "强调",
    "特别",
    "深情",
    "强烈",
    "严厉",
    "坚决",
)
#: A phrase that ends so before the cue is the clause's circumstance (考察时强调, 听取汇报后指出).
_AFTER_PHRASE = ("时", "后")
_SENTENCE_STOPS = "。！？!?\n"
_CLAUSE_STOPS = ",，;；:："
#: Words that may stand between a speaker and the cue: dates, times, adverbs, titles after a
#: name, a meeting, a speech given (习近平总书记在会上发表重要讲话强调).
_FILLER_WORDS = (
    "今天 当天 当日 当晚 同一天 同日 近日 日前 昨天 上午 下午 晚上 晚间 早些时候 凌晨 中午 晚 早 近期 此前 最新 "
    "随后 致辞 讲话 发言 最后 首先 接着 再次 多次 当年 当时 还 又 亦 也 并 则 同时 进一步 回应 回复 答复 证实 "
    "联合 对外 均 都 一致 先后 会议 全会 大会 总书记 主席 总理 总统 首相 同志 先生 女士 对此 就此 已 分别 常 经常 "
    "一直 上周 本周 晚些时候 稍早 早前 次日"
).split()
#: The most of these words and phrases that stand between a speaker and a cue (今天|在北京|对记者).
_MOST_FILLERS = 5
#: Phrases of the same kind, as patterns, with the characters they can start with.
_FILLER_PHRASES = (
    (r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|当地时间", "0123456789当"),
    # a part of a month (今年2月中旬, 去年12月底)
    (r"(?:\d{4}年|今年|去年)?\d{1,2}月(?:上旬|中旬|下旬|初|底|末)", "0123456789今去"),
    (r"[(（]\d{1,2}月\d{1,2}日[)）]", "(（"),
    # (never across a line break: a headline's 对方 is not the story's filler)
    # (a name in quotes inside it: 在“权威部门话开局”系列主题新闻发布会上)
    (
        r"[,，]?在(?:[^,，。;；“”\n在]|“[^,，。;；“”\n]{1,24}”){1,36}?(?:时|中|上|后|前|期间|之际|附近)|在[^,，。;；“”\n在]{1,12}?",
        ",，在",
    ),
    (r"发表(?:重要|电视|视频|书面|新年)?(?:讲话|声明|谈话|致辞|文章|署名文章|感言|演说)", "发"),
    # (向X: who it was said to, never who says it: 以色列向联合国通报称)
    # (a phrase does not run over the word that opens another of its kind: 对…对…对 is cut one
    # way, not tried every way)
    (
        r"接受[^,，。;；\n接]{1,15}?(?:采访|专访)时|通过[^,，。;；\n通]{1,12}?|[对向][^,，。;；“”\n对向]{1,20}?",
        "接通对向",
    ),
    (r"作出(?:重要)?(?:指示|批示)", "作"),
    # while on a visit (习近平主席访美期间宣布)
    (r"(?:访[\u4e00-\u9fff]{1,6}?|出访|访问)期间", "访出"),
    # who one speaks for (X常委代表无党派人士界发言提出, 中国代表七十多个国家作共同发言指出)
    (r"代表[^,，。;；“”\n代]{1,20}?(?:作|进行)?(?:共同|大会|书面)?发言", "代"),
    # what one said before (马克龙此前曾表示,...), not what one once asked for (曾要求乌方...)
    (r"曾经?(?=(?:多次|一再|反复|公开)?(?:表示|指出|强调|说|称|认为|警告)[,，:：说称])", "曾"),
    # how it was said (明确指出, 强调指出, 动情地表示): only before a cue, so 强调 stays a cue
    (
        rf"(?:{'|'.join(_HOW)})(?=指出|表示|提出|说|宣布|宣告|强调|要求|重申|呼吁|谴责|警告|否认)"
        r"|(?:动情|深情|自豪|高兴|激动|感慨|兴奋|坦率|诚恳|坚定|认真|欣慰|满怀深情)地",
        "明鲜深郑严一反再公强特动自高激感兴坦诚坚认欣满",
    ),
)


@dataclass(frozen=True)
class StatementWords:
    """The words of statement_words.tsv, by role (see the file's header)."""

    bare: frozenset[str]
    direct: frozenset[str]
    clause: frozenset[str]
    after_act: frozenset[str]
    modal: tuple[str, ...]  #: longest first
    no_start: frozenset[str]
    lead: tuple[str, ...]
    medium: tuple[str, ...]  #: every medium, notices included, longest first
    notice: tuple[str, ...]
    document: tuple[str, ...]  #: longest first
    publish: tuple[str, ...]
    spokesperson: tuple[str, ...]  #: longest first
    side: tuple[str, ...]
    group: tuple[str, ...]
    title: tuple[str, ...]  #: post words besides titles.tsv before a name (外交部官员X表示)
    sides: Mapping[str, str]  #: one-character short name -> country (俄 -> 俄罗斯, for 俄方)


@lru_cache(maxsize=4)
def load_statement_words(directory: str | None = None) -> StatementWords:
    """Read statement_words.tsv from `directory` (default: the ontology's gazetteer folder)."""
    root = Path(directory) if directory else ontology_dir() / "gazetteer"
    path = root / WORDS_FILE
    by_role: dict[str, list[str]] = {role: [] for role in _ROLES}
    for number, (word, role) in gazetteer_rows(path, ("word", "role")):
        if role not in by_role:
            raise ConfigError(f"unknown role {role!r}", path=str(path), line=number, hint="one of " + ", ".join(_ROLES))
        by_role[role].append(word)

    def longest_first(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=lambda w: (-len(w), w)))

    return StatementWords(
        bare=frozenset(by_role["bare"]),
        direct=frozenset(by_role["direct"]),
        clause=frozenset(by_role["clause"]),
        after_act=frozenset(by_role["after_act"]),
        modal=longest_first(by_role["modal"]),
        no_start=frozenset(by_role["no_start"]),
        lead=longest_first(by_role["lead"]),
        medium=longest_first(by_role["medium"] + by_role["notice"]),
        notice=longest_first(by_role["notice"]),
        document=longest_first(by_role["document"]),
        publish=longest_first(by_role["publish"]),
        spokesperson=longest_first(by_role["spokesperson"]),
        side=longest_first(by_role["side"]),
        group=longest_first(by_role["group"]),
        title=longest_first(by_role["title"]),
        sides=MappingProxyType({s: c for _, (s, c) in gazetteer_rows(root / SIDES_FILE, ("short", "country"))}),
    )


def _alternation(words: Sequence[str]) -> str:
    return "|".join(map(re.escape, words))


@dataclass(frozen=True)
class _Hit:
    """A cue found in the text, before its speaker is known."""

    pos: int  #: where the verb phrase (filler and cue) starts
    cue: str
    filler: str
    content_start: int
    punct: bool  #: punctuation stands between the cue and what was said
    rule: str
    who: tuple[int, int] | None = None  #: for 据X介绍 / 援引X的话称: where X is


@dataclass(frozen=True)
class _Speaker:
    label: str
    kind: str  #: person | organization
    start: int  #: where the speaker is named (or referred to)


@dataclass(frozen=True)
class _Said:
    """A statement found, before statements nested in one another are settled."""

    hit: _Hit
    speakers: tuple[_Speaker, ...]
    content_start: int
    content_end: int


#: What stands between a speaker and the cue of a second act of speech (乌方还称, 俄方也表示).
_STILL = ("还", "也", "同时")


def _settle(text: str, said: list[_Said], notices: Sequence[str] = ()) -> list[_Said]:
    """Statements inside what another one says. 丁薛祥表示,今年7月,习近平主席同阿利耶夫总统...
    共同宣布...: what 丁薛祥 says, not a statement of its own; 据路透社报道,X称...: X's statement,
    the report none. Any other one ends what the one before it says (...说,恐怖主义构成威胁,
    强调两国要...: 说 says up to the comma before 强调)."""
    dropped: set[int] = set()
    ends = [s.content_end for s in said]
    for i, outer in enumerate(said):
        for j in range(i + 1, len(said)):
            inner = said[j]
            at = min(inner.hit.pos, *(sp.start for sp in inner.speakers))
            at = at if at > outer.content_start else inner.hit.pos
            if inner.hit.pos >= ends[i] or i in dropped:
                break
            if inner.hit.pos < outer.content_start or j in dropped:
                continue
            named_inside = any(sp.start >= outer.content_start for sp in inner.speakers)
            same = {sp.label for sp in inner.speakers} == {sp.label for sp in outer.speakers}
            report = outer.hit.rule == "according_to" or "报道" in outer.hit.cue + outer.hit.filler
            # 美国官员称,美国总统拜登...表示,...: a body passing on the words of the person its
            # words open with (not a notice or a document: 《通知》指出,党中央决定... is its own)
            report = report or (
                all(sp.kind == "organization" for sp in outer.speakers)
                and all(sp.kind == "person" for sp in inner.speakers)
                and not any(n in outer.hit.filler + outer.hit.cue for n in notices)
                and named_inside
                and not any(c in text[outer.content_start : min(sp.start for sp in inner.speakers)] for c in ",，;；")
            )
            if (
                named_inside
                and same
                and not inner.hit.punct
                and not any(text.startswith(_PRONOUNS, sp.start) for sp in inner.speakers)
                and not any(w in inner.hit.filler for w in _CONTINUING)  # 以军还称...: another
                and not any(c in text[outer.content_start : inner.hit.pos] for c in ";；")
            ):
                dropped.add(j)  # 以色列军方宣布,...以军决定暂停...: what it says, not a second act
            elif named_inside and not same and report:
                dropped.add(i)  # 据X报道, Y称...: Y speaks; the report only carries it
            elif (
                named_inside
                and not same
                and outer.hit.punct
                and not any(c in text[outer.content_start : inner.hit.pos] for c in ";；")
                # (乌克兰军方称,...,乌方还称...: another speaker's own act, told with 还)
                and not (inner.hit.filler.startswith(_STILL) and text[at - 1 : at] in ",，")
            ):
                dropped.add(j)  # 丁薛祥表示,...习近平主席同阿利耶夫总统共同宣布...: told, not said
            else:
                stop = max(text.rfind(c, outer.content_start, at) for c in _CLAUSE_STOPS)
                if stop - outer.content_start >= 4:
                    ends[i] = min(ends[i], stop)
    return [
        _Said(s.hit, s.speakers, s.content_start, ends[k]) if ends[k] != s.content_end else s
        for k, s in enumerate(said)
        if k not in dropped
    ]


def _open_quote(text: str, pos: int) -> int | None:
    """Where the quotation pos stands in opens (“ not yet closed in its paragraph), else None."""
    start = text.rfind("\n", 0, pos) + 1
    if text.count("“", start, pos) <= text.count("”", start, pos):
        return None
    return text.rfind("“", start, pos)


@register("statements")
class StatementExtractor:
    """A speech verb with a named speaker before it and what was said after it."""

    name = "statements"
    #: (a person no earlier extractor knew, named after a title right before a cue: 总统X表示)
    produces = frozenset({"statement", "person", "organization"})

    def __init__(self, gazetteer: Gazetteer, words: StatementWords | None = None) -> None:
        self.gaz = gazetteer
        self.words = words or load_statement_words()
        w = self.words
        cues = _alternation(gazetteer.cues)
        media = _alternation(w.medium)
        publish = _alternation(w.publish)
        notice = _alternation(w.notice)
        # a notice may be named in 《》 (印发《通知》, 发布了《关于...的公告》)
        # ... and so may a document a body issues (印发《关于...的意见》), which a later sentence
        # names (《意见》指出)
        #: what a title in 《》 may name as a medium, longest first
        self.titled = tuple(sorted({*w.medium, *w.document}, key=lambda d: (-len(d), d)))
        titled = _alternation(sorted({*w.notice, *w.document}, key=lambda d: (-len(d), d)))
        # (a title may end with its years in brackets: 《...实施方案(2023—2027年)》)
        announce = rf"(?:{publish})了?(?:联合)?(?:{notice}|《[^《》\n]{{0,60}}?(?:{titled}){_TITLE_ASIDE}》)"
        pieces = [
            _alternation(sorted(_FILLER_WORDS, key=len, reverse=True)),
            *(p for p, _ in _FILLER_PHRASES),
            rf"(?:(?:{publish})了?)?(?:联合)?(?:{media})",
            # a medium published with words between (发布的报告称, 公布的调查报告称, 发布2024年
            # 《可再生能源报告》称): what is published, never who publishes it
            rf"(?:{publish})的?(?:[^,，。;；“”《》\n]{{1,12}}?|[^,，。;；“”《》\n]{{0,8}}《[^《》\n]{{1,30}}?》?)(?:{media})》?",
            rf"《[^《》\n]{{0,6}}?(?:{media}|{titled})》",  # 《通知》, 《若干措施》
            rf"(?:{cues})(?=[说称])",
            r"[\u4e00-\u9fff]{2}(?=[说称][,，:：])",  # 谴责说, 补充称
        ]
        # (at most _MOST_FILLERS phrases: a run of phrase openers with no cue after it is not
        # cut every way there is)
        filler = "(?:" + "|".join(pieces) + f"){{0,{_MOST_FILLERS}}}"
        # the characters a verb phrase can start with: checking one is far cheaper than trying
        # every alternative at every position of the text
        starts = {w[0] for w in (*_FILLER_WORDS, *gazetteer.cues, *_PUNCT_CUES, *w.medium, *w.publish, "《")}
        starts.update(c for _, chars in _FILLER_PHRASES for c in chars)
        first = "[" + "".join(sorted(re.escape(c) for c in starts)) + "]"
        self.filler = re.compile(filler)
        punct_cues = _alternation(_PUNCT_CUES)
        self.pattern = re.compile(
            rf"(?={first})(?P<filler>{filler})(?P<cue>{_PROPOSALS}|{cues}|{announce}|(?:{punct_cues})(?=[,，:：])){_TOLD}"
            # a notice's own verb before what it says (印发《通知》要求,...; 发布公告称,...)
            r"(?:(?<=[》知告明报])(?:要求|强调|指出|明确|提出|称|说)(?=[,，:：]))?"
            # (X提出三点倡议。一是...: what was proposed starts after the sentence that counts it)
            r"(?P<punct>[,，:：]\s*|(?(points)。\s*|(?!)))?"
        )
        self.according = re.compile(
            # (not a body's figures, 据海关统计, 据X公布的数据: data, not words said)
            r"据(?P<who>[^,，。\n]{2,30}?)(?P<cue>介绍|透露|表示|称|报道|通报|发布的(?:消息|声明|公告|通报))[,，]\s*"
            r"|援引(?P<quoted>[^,，。\n]{2,30}?)的(?:话|消息)(?:报道)?(?P<qcue>称|说|表示)[,，:：]?\s*"
        )
        #: a body's meeting that decided, named before its decision (经中央纪委常委会会议研究并报
        #: 中共中央批准,决定给予X...处分): the body speaks
        self.decided = re.compile(
            r"经(?P<who>[^,，。\n]{2,24}?)(?:会议|全体会议|常务会议)研究(?:决定)?(?:并报[^,，。\n]{2,16}?(?:批准|同意))?[,，]"
            r"(?P<cue>决定)"
        )
        self.group = re.compile(
            rf"(?:等)?(?:[两三四五六七八九十]|\d{{1,2}})(?:个)?(?:{_alternation(w.group)})$|等(?:{_alternation(w.group)})?$"
        )
        # a document whose title names the bodies that issue it (《中共中央 国务院关于...的意见》)
        self.issued_title = re.compile(
            rf"《(?P<issuer>[^《》\n]{{2,30}}?)关于[^《》\n]{{2,80}}?(?:{titled}){_TITLE_ASIDE}》"
        )
        titles = sorted({*gazetteer.titles, *_RANKS}, key=lambda t: (-len(t), t))
        self.title_after = re.compile(f"(?:{_alternation(titles)})$")
        # 总督普拉特、总理戴维斯表示: the joiner, then a body's words and a title before the next name
        self.titled_link = re.compile(f"(?:、|和|与|及)[\u4e00-\u9fff]{{0,12}}?(?:{_alternation(titles)})$")
        before = sorted({*titles, *w.title}, key=lambda t: (-len(t), t))
        self.title_before = re.compile(f"(?:{_alternation(before)})$")
        self.title_last = frozenset(t[-1] for t in before)
        #: words a name after a title is never (总统先生, 主席团, 部长会议 are not people)
        self.not_names = frozenset({*gazetteer.titles, *w.title, *w.medium, *_FILLER_WORDS, *_HOW})
        #: a medium published (发布《2023世界贸易报告》, 发布新一期《...》报告, 发表联合声明)
        self.publishing = re.compile(
            rf"(?:{publish})了?[^,，。;；！？!?“”\n]{{0,20}}?(?:《[^《》\n]{{1,40}}?》的?)?(?:{media})"
            # (what the title is called after, 《X报告》(以下简称《报告》); what it shows, data,
            # before a later 报告指出)
            r"(?=》?(?:[(（][^()（）\n]{0,20}[)）])?(?:[,，。;；！？!?\n]|显示))"
        )
        #: a publishing verb after a paper or an agency (新华社今天播发长篇通讯《...》)
        self.published_by = re.compile(rf"[^,，。;；！？!?“”\n]{{0,12}}?(?:{publish})")
        self.lead = re.compile(rf"(?:{_alternation(w.lead)})(?=[^,，。:：])")

    # -- finding cues --------------------------------------------------------------------

    def _hits(self, text: str) -> list[_Hit]:
        """Every cue in text order; one inside a 据X介绍 phrase is that phrase's."""
        hits: list[_Hit] = []
        covered: list[tuple[int, int]] = []
        for m in self.according.finditer(text):
            if m.group("who") is not None:
                hits.append(_Hit(m.start(), m.group("cue"), "", m.end(), True, "according_to", m.span("who")))
            else:
                punct = text[m.end() - 1 : m.end()] in ",，:：" or text[m.end() - 1 : m.end()].isspace()
                hits.append(_Hit(m.start(), m.group("qcue"), "", m.end(), punct, "quoting", m.span("quoted")))
            covered.append(m.span())
        for m in self.decided.finditer(text) if "会议研究" in text else ():
            hits.append(_Hit(m.start(), m.group("cue"), "", m.end(), True, "decided_by", m.span("who")))
        for m in self.issued_title.finditer(text):
            hits.append(_Hit(m.start(), m.group(), "", m.end(), False, "issued_by", m.span("issuer")))
        for m in self.pattern.finditer(text):
            if any(start <= m.start("cue") < end for start, end in covered):
                continue
            cue = "提出" if m.group("points") else m.group("cue")
            hits.append(_Hit(m.start(), cue, m.group("filler"), m.end(), m.group("punct") is not None, "speaker_cue"))
        hits.sort(key=lambda h: (h.pos, h.content_start))
        return hits

    # -- the extractor -------------------------------------------------------------------

    def __call__(self, doc: SegmentedText, found: Found) -> Iterable[Statement]:
        text = doc.text
        # a medium, a side or how it was said is never a person, whatever an earlier extractor
        # made of 文章指出, 共和党方面要求 or 郑重宣布
        not_people, sides = {*self.words.medium, *_HOW}, self.words.side
        hits = self._hits(text)
        found_people, found_orgs, places = (
            found.mentions("person"),
            found.mentions("organization"),
            found.mentions("place"),
        )
        # people no earlier extractor knew, named after a title right before a cue (总统X表示)
        titled = self._titled_people(doc, hits, _Taken((*found_people, *found_orgs, *places)))
        people_list = sorted(
            (
                *(m for m in found_people if m.text not in not_people and not m.text.endswith(sides)),
                *titled,
            ),
            key=lambda m: (m.start, m.end),
        )
        orgs_list = sorted(found_orgs, key=lambda m: (m.start, m.end))
        ctx = _Context(
            text=text,
            people={m.end: m for m in people_list},
            orgs={m.end: m for m in orgs_list},
            org_starts={m.start: m for m in orgs_list},
            countries={
                m.end: replace(m, label=self.gaz.places[m.label].name) for m in places if self._state_like(m.label)
            },
            people_list=people_list,
            people_starts=[m.start for m in people_list],
            orgs_list=orgs_list,
            org_starts_sorted=[m.start for m in orgs_list],
            # a semicolon ends a sentence for the segmenter, not for who speaks in it (X出席...,
            # 表示...;考察了...,表示愿...: the clauses after it go on with X)
            sentence_starts=[s for s, _ in doc.sentences if s == 0 or text[s - 1] not in ";；"],
            surfaces=_surfaces(people_list, orgs_list),
            holders=_Holders(text, orgs_list),
            titled_link=self.titled_link,
        )
        said: list[_Said] = []
        sentence_speakers: dict[int, list[_Speaker]] = {}  # the latest speech act of each sentence
        by_medium: list[tuple[str, list[_Speaker]]] = []  # (medium, speakers) of earlier statements
        person_speakers: list[_Speaker] = []
        org_speakers: list[_Speaker] = []  # (for 该机构称: the body that spoke last)
        tokens = doc.tokens
        country_names = {m.label for m in ctx.countries.values()}

        def whole_word(hit: _Hit) -> bool:
            """The cue is a word of its own for the segmenter (呼吁, not the 说 of 说明)."""
            at = hit.content_start - len(hit.cue)
            i = bisect_left(tokens, at, key=start_of)
            return i < len(tokens) and tokens[i].start == at and tokens[i].end == hit.content_start

        for hit in hits:
            if hit.rule == "issued_by":
                # 《中共中央 国务院关于...的意见》: what a later 《意见》指出 says is theirs
                issuers = self._issuers(text[hit.who[0] : hit.who[1]], hit.pos)
                if issuers:
                    by_medium.append((self._medium_in(hit.cue) or "", issuers))
                continue
            if hit.cue in _ASKED and any(word in text[ctx.clause_start(hit.pos) : hit.pos] for word in _ACTING_ON):
                # 根据习近平总书记重要指示和李强总理要求,..., 各地根据X要求,...: a request acted on
                continue
            content_start = self._content_start(text, hit)
            medium = self._medium_of(hit)
            if medium is None and hit.rule == "quoting" and "报道" in text[hit.pos : hit.content_start]:
                medium = "报道"  # X媒体援引Y的消息报道称: a later 报道称 is that report's, not an earlier one's
            if content_start is None and medium is None:
                continue
            sentence = ctx.sentence_start(hit.pos)
            spoke_before = sentence in sentence_speakers  # (a cue or a named speaker earlier in it)
            if text.endswith(_THIS_BODY, 0, hit.pos):
                # 世界粮食计划署表示,...。该机构强调,...: the body that spoke last in the paragraph
                paragraph = text.rfind("\n", 0, hit.pos) + 1
                last = org_speakers[-1] if org_speakers and org_speakers[-1].start >= paragraph else None
                speakers, continued, named = (
                    ([_Speaker(last.label, last.kind, hit.pos - 3)] if last else []),
                    False,
                    True,
                )
            else:
                speakers, continued, named = self._speakers(
                    hit, ctx, sentence, sentence_speakers, by_medium, person_speakers
                )
            if speakers and not continued and all(ctx.opens_clause(sp.start, sentence) for sp in speakers):
                # a named speaker whose words are not given here (以军对此表示遗憾,并称...) is
                # still the one a clause opening with a cue goes on with; a name after 向 or 对
                # (向李强介绍了...) is who was spoken to, not a speaker
                sentence_speakers[sentence] = speakers
            if content_start is None or self._issued(text, hit):
                # 瑙鲁政府发表声明,重申...。声明说..., 国务院印发《关于...的意见》。《意见》指出...:
                # a medium whose words a later sentence gives
                if medium is not None and speakers and not continued:
                    by_medium.append((medium, speakers))
                continue
            # (a side, 德方希望..., goes on with what its leader says: not words of its own;
            # 对于X决定...: what is spoken about)
            direct = (
                bool(speakers)
                and named
                and not (speakers[0].kind == "organization" and text.endswith("方", 0, hit.pos))
                and not (  # 佩拉博沃表示,...。印尼希望...: a country after its leader's words
                    speakers[0].label in country_names
                    and any(text.rfind("\n", 0, hit.pos) < sp.start < hit.pos for sp in person_speakers)
                )
                and not text.endswith(_ABOUT, 0, speakers[0].start)
            )
            listed = (
                hit.cue == "提出"
                and not hit.punct
                and (points := _POINTS.match(text, content_start) or _LABELLED.match(text, content_start))
            )
            if listed:
                content_start = points.end()
            elif not hit.punct and not self._bare_allowed(
                text, hit, content_start, continued, direct and whole_word(hit), continued and not spoke_before
            ):
                continue
            content_end = self._content_end(doc, content_start)
            content = text[content_start:content_end].strip()
            if len(content) < (4 if hit.punct else 6) or _in_headline(text, hit.pos):
                continue
            if hit.rule == "according_to" and any(
                h.punct and h.rule == "speaker_cue" and content_start <= h.pos < content_end for h in hits
            ):
                # 据路透社报道,北约将领X在接受采访时称,...: X's words, if X is named at all (a later
                # 报道称 is still the report's)
                if medium and speakers:
                    by_medium.append((medium, speakers))
                continue
            if hit.rule == "according_to" and hit.cue == "报道":
                # 据美国全国广播公司26日报道,本轮冬季风暴已造成57人死亡: what a report tells is
                # news, no words said (the dev gold: 1 of 19 such reports a statement); a later
                # 报道称 is still the report's
                if medium and speakers:
                    by_medium.append((medium, speakers))
                continue
            if speakers and _clause_initial(text, hit.pos):
                opening = _open_quote(text, hit.pos)
                if opening is not None and all(sp.start < opening for sp in speakers):
                    # 刘磊说:“...总书记来到徐州考察,强调...: a cue inside a quotation goes on
                    # with whoever the quotation is about, not with the one quoted
                    continue
            if speakers or hit.rule != "according_to":
                # (据伊朗媒体报道,X致信...,呼吁...: a source no entity names only carries what the
                # sentence's subject says; it is no generic speaker the clauses go on with)
                sentence_speakers[sentence] = speakers
            if medium:
                by_medium.append((medium, speakers))  # a generic one too: 报道还说 is its again
            if not speakers:
                continue
            for sp in speakers:
                (person_speakers if sp.kind == "person" else org_speakers).append(sp)
            said.append(_Said(hit, tuple(speakers), content_start, content_end))
        seen: set[tuple[str, int]] = set()
        spans: set[tuple[int, int]] = set()
        spoken: set[str] = set()
        country_at = {m.start: m for m in ctx.countries.values()}
        speaking_states: dict[str, Mention] = {}
        for one in _settle(text, said, (*_RULINGS, *self.words.document)):
            hit, content_start, content_end = one.hit, one.content_start, one.content_end
            content = text[content_start:content_end].strip()
            if hit.cue in ("说", "讲") and _NOT_SPEECH.match(text, hit.pos + len(hit.filler) + len(hit.cue)):
                continue  # 说公道话, 讲真话: a verb of saying with its object, no speech reported
            if text.startswith(_NOT_SPEECH_WORDS, hit.pos + len(hit.filler)):
                continue  # ，说明美国为以色列…: a word that starts with the cue says nothing
            if _SAYING_NOBODY.search(text, max(0, hit.pos - 4), hit.pos):
                continue  # 中国古语说, 秘鲁谚语说: a saying, no one speaking
            for sp in one.speakers:
                if (sp.label, content_start) in seen:
                    continue
                if sp.kind == "organization" and _SOMEONE_OF.search(text, max(0, sp.start - 3), sp.start):
                    continue  # 一名美国官员表示: an unnamed official, not the state
                seen.add((sp.label, content_start))
                # the statement's span names it: never two statements on one span
                start = next((s for s in (sp.start, hit.pos, content_start - 1) if (s, content_end) not in spans), None)
                if start is None:
                    continue  # every span that could name it names another statement already
                spans.add((start, content_end))
                spoken.add(sp.label)
                state = country_at.get(sp.start) if sp.kind == "organization" else None
                if state is not None and state.label == sp.label:  # (not 丹麦马士基航运集团)
                    speaking_states.setdefault(state.label, state)
                yield Statement(
                    speaker=sp.label,
                    speaker_kind=sp.kind,
                    cue=hit.cue,
                    content=content,
                    start=start,
                    end=content_end,
                    content_start=content_start,
                    content_end=content_end,
                    extractor=self.name,
                    rule=hit.rule,
                )
        # X、Y、Z先后发言。他们认为…: each of the people who spoke in turn
        for match in _IN_TURN.finditer(text):
            # the clause that lists them (座谈会上，X、Y和Z先后发言: not who is named before its comma)
            sentence = max((s for s in ctx.sentence_starts if s <= match.start()), default=0)
            clause = max(sentence, *(text.rfind(c, sentence, match.start()) + 1 for c in "，,：:"))
            content_start = match.end()
            content_end = self._content_end(doc, content_start)
            content = text[content_start:content_end].strip()
            if not content:
                continue
            for person in people_list:
                if not clause <= person.start < match.start() or (person.label, content_start) in seen:
                    continue
                seen.add((person.label, content_start))
                spoken.add(person.label)
                yield Statement(
                    speaker=person.label,
                    speaker_kind="person",
                    cue=match.group("cue"),
                    content=content,
                    start=person.start,
                    end=content_end,
                    content_start=content_start,
                    content_end=content_end,
                    extractor=self.name,
                    rule="spoke_in_turn",
                )
        # a person found here is one only where a statement of theirs shows it
        yield from (m for m in titled if m.label in spoken)
        # a state that speaks acts as a body (波兰、匈牙利、斯洛伐克均表示, 德国宣布向乌克兰提供坦克)
        known_orgs = {m.label for m in found_orgs}
        for label, state in speaking_states.items():
            if label not in known_orgs:
                yield Mention(
                    "organization",
                    state.start,
                    state.end,
                    state.text,
                    label,
                    self.name,
                    "speaking_state",
                    category="government" if label in HOME_STATES else "international",
                )

    def _state_like(self, name: str) -> bool:
        """A country, or a foreign state's own region (佐治亚州, 石川县), which speaks and acts
        as a body (佐治亚州宣布进入紧急状态)."""
        entry = self.gaz.places.get(name)
        if entry is None or entry.kind not in ("country", "region"):
            return False
        if entry.kind == "country":
            return True
        state = self.gaz.country_of(entry.name)
        return state is not None and state.name not in HOME_STATES

    # -- people no other extractor knew ---------------------------------------------------

    def _titled_people(self, doc: SegmentedText, hits: Sequence[_Hit], named: _Taken) -> list[Mention]:
        """Names no earlier extractor took for anything, standing between a title and a cue
        (乌兹别克斯坦总统米尔济约耶夫表示, 国防部长别洛乌索夫称), or opening a clause before a cue
        and written after a title elsewhere in the document (教育部部长X的专访。/X表示), with
        every other place the document writes them."""
        text = doc.text
        ends = {m.end for m in named.mentions}
        inside = bytearray(len(text) + 1)  # 1 where a position is inside or at the end of a name
        for m in named.mentions:
            inside[m.start + 1 : m.end + 1] = b"\x01" * (m.end - m.start)
        names: dict[str, tuple[int, int]] = {}
        # where the document writes each name that opens a clause before a cue
        openings = {
            text[start : hit.pos]
            for hit in hits
            if hit.rule == "speaker_cue" and (start := _opening_start(text, hit.pos)) is not None
        }
        written = every_occurrence(text, openings)
        for hit in hits:
            at = hit.pos
            if hit.rule != "speaker_cue" or at in ends or not is_han(text[at - 1]) or inside[at]:
                continue  # (a speaker named already, or no name ending at the verb phrase)
            span = self._name_after_title(doc, hit.pos, named)
            if span is None:
                span = self._name_titled_elsewhere(doc, hit.pos, named, written)
            if span is None:
                span = self._name_before_title(doc, hit.pos, named)
            if span is None and hit.filler.startswith(_COMRADE):
                span = self._name_opening(doc, hit.pos, named)  # 许其亮同志说: 同志 is filler
            if span is not None:
                names.setdefault(text[span[0] : span[1]], span)
        out = []
        found = occurrences(text, names)
        for name in names:
            foreign = self._foreign(name)
            for at in found.get(name, ()):
                end = at + len(name)
                if _untaken(named, at, end, foreign) and (
                    (at, end) == names[name] or len(name) >= 3 or _token_bounded(doc.tokens, at, end)
                ):
                    out.append(Mention("person", at, end, name, name, self.name, "titled_speaker"))
        return out

    def _name_after_title(self, doc: SegmentedText, end: int, named: _Taken) -> tuple[int, int] | None:
        """The span of a name ending at end right after a title, if it reads as one."""
        text = doc.text
        for size in range(2, _LONGEST_NAME + 1):
            start = end - size
            if start < 1 or not (is_han(text[start]) or text[start] in "·-"):
                return None
            if (
                text[start - 1] in self.title_last
                and self.title_before.search(text, max(0, start - _LONGEST_TITLE), start) is not None
            ):
                # (the shortest name after a title: 总统先生共同宣布 names no one, whatever is before)
                return (start, end) if self._reads_as_name(doc, start, end, named) else None
        return None

    def _name_before_title(self, doc: SegmentedText, end: int, named: _Taken) -> tuple[int, int] | None:
        """The span of a Chinese name that opens a clause right before a title ending at end
        (张合成委员发言说, 王路常委建议)."""
        text = doc.text
        title = self.title_after.search(text, max(0, end - _LONGEST_TITLE), end)
        if title is None:
            return None
        return self._name_opening(doc, title.start(), named)

    def _name_opening(self, doc: SegmentedText, stop: int, named: _Taken) -> tuple[int, int] | None:
        """The span of a Chinese name (a surname and one or two characters) that opens a clause
        and ends at stop."""
        text = doc.text
        for size in (2, 3):
            start = stop - size
            if start >= 0 and _boundary_before(text, start) and _two_han(text[start : start + 2]):
                return (start, stop) if self._reads_as_name(doc, start, stop, named, surname_only=True) else None
        return None

    def _name_titled_elsewhere(
        self, doc: SegmentedText, end: int, named: _Taken, written: Mapping[str, list[int]]
    ) -> tuple[int, int] | None:
        """The span of a name that opens a clause and ends at end, when the document writes it
        right after a title elsewhere and it reads as a name there (written: where the document
        writes each name that opens a clause before a cue)."""
        text = doc.text
        start = _opening_start(text, end)
        if start is None:
            return None
        name = text[start:end]
        for at in written.get(name, ()):
            if (
                at != start
                and text[at - 1 : at] in self.title_last
                and self.title_before.search(text, max(0, at - _LONGEST_TITLE), at) is not None
                and self._reads_as_name(doc, at, at + len(name), named, seen_before_cue=True)
            ):
                return start, end
        return None

    def _foreign(self, name: str) -> bool:
        """Every character of name is one of a foreign name's (马里纳基斯: 马里/ns 纳/nr 基斯/nz)."""
        return len(name) >= 3 and all(c in self.gaz.transliteration or c in "·-" for c in name)

    def _reads_as_name(
        self,
        doc: SegmentedText,
        start: int,
        end: int,
        named: _Taken,
        seen_before_cue: bool = False,
        surname_only: bool = False,
    ) -> bool:
        """text[start:end] reads as a name no extractor took: a foreign name jieba does not know
        (米尔/nrt 济约/x 耶夫/x), or a surname and a given name (许/m 甘露/v; any words when the
        same name opens a clause before a cue elsewhere: 部长陆治/n 原/n 的专访。陆治原表示)."""
        text = doc.text
        name = text[start:end]
        foreign = self._foreign(name)
        if (
            name[0] in "·-"
            or any(c in (_FUNCTION_CHARS if seen_before_cue else NOT_IN_NAME) for c in name)
            or name[-1] in NOT_NAME_END
            or name[-1] in _NOT_NAME_LAST
            or name in self.not_names
            or name in self.gaz.places
            or self.gaz.org(name) is not None
            or not _untaken(named, start, end, foreign)
            # (a part of a name known: 久卡诺维奇 after 米洛·久卡诺维奇 is that person)
            or name in named.person_labels
        ):
            return False
        i = bisect_right(doc.tokens, start, key=start_of) - 1
        words = []
        while i < len(doc.tokens) and doc.tokens[i].start < end:
            if doc.tokens[i].end > start:
                words.append(doc.tokens[i])
            i += 1
        # (a word running the title into the name counts for neither: 长耶伦/x, 长列/ns)
        if not surname_only and all(len(w.text) == 1 or w.pos in _NAME_TAGS or w.start < start for w in words):
            return True
        if foreign and not surname_only:
            return True
        first, size = words[0], end - start
        return (
            (seen_before_cue or (first.start == start and (len(first.text) == 1 or first.pos in _NAME_TAGS)))
            and (
                (text[start] in self.gaz.surnames and size <= 3)
                or (text[start : start + 2] in self.gaz.surnames and size <= 4)
            )
            and all(len(w.text) == 1 or w.pos in _NAME_TAGS or w.end <= end for w in words)
        )

    # -- what was said -------------------------------------------------------------------

    def _content_start(self, text: str, hit: _Hit) -> int | None:
        """Where what was said starts: after an announcement's own verb (公告,决定自... )."""
        start = hit.content_start
        if hit.cue not in self.gaz.cues and hit.punct:
            lead = self.lead.match(text, start)
            if lead:
                start = lead.end()
        if hit.cue == "勉励" and (encouraged := _ENCOURAGED.match(text, start)) is not None:
            start = encouraged.end()  # 勉励大家|再接再厉: what was said starts after whom it is to
        if start >= len(text) or text[start] in _SENTENCE_STOPS:
            return None
        if hit.punct:
            # (他 opening it: 予以谴责,他表示..., 称,他认为...)
            at = start + 1 if text.startswith(_PRONOUNS, start) else start
            after = at + next((len(w) for w in _CONTINUING_LONGEST if text.startswith(w, at)), 0)
            if any(text.startswith(c, after) for c in self.words.clause):
                return None  # 予以谴责,(同时)强调需对...: what was said is the next cue's
        return start

    def _bare_allowed(
        self, text: str, hit: _Hit, start: int, continues: bool, direct: bool = False, after_act: bool = False
    ) -> bool:
        """Content straight after the cue, with no punctuation: 称在..., 指出要..., ,强调需..."""
        w = self.words
        if (
            text[start] in w.no_start and not text.startswith("作为", start) and not self._asks_for(hit, text, start)
        ) or not (is_han(text[start]) or text[start] in '“"《'):
            return False
        if hit.cue == "提出" and _PUT_FORWARD.match(text, start):
            return False  # 提出殷切期望: what was put forward named, not words said
        attitude = _ATTITUDE.match(text, start)
        if attitude and (hit.cue == "表示" or text.startswith(_ATTITUDE_END, attitude.end())):
            return False  # 表示热烈祝贺, 表示支持两国合作: a feeling shown, not words said
        if text.startswith("“", start):
            # 强调“围绕产业链部署创新链...”: a quotation long enough to be words said (not
            # 提出“一带一路”倡议, the name of a programme)
            close = text.find("”", start + 1, start + 400)
            inner = text[start + 1 : close] if close != -1 else ""
            if len(inner) >= _QUOTE_MIN or any(c in inner for c in ",，;；。!！?？"):
                return True
        if hit.cue == "预计" and text[start] in "于有":
            return False  # 预计于27日表决, 预计有1800万人次参与: a schedule or a count, no forecast said
        if hit.cue in w.bare and hit.cue in self.gaz.cues:
            return True
        if any(text.startswith(m, start) for m in w.modal):
            return True
        if direct and hit.cue in w.direct:
            return True
        if after_act and hit.cue in w.after_act:
            return True  # 李强充分肯定...成就,希望四川...: the subject speaks after an act
        return continues and hit.cue in w.clause

    @staticmethod
    def _asks_for(hit: _Hit, text: str, start: int) -> bool:
        """为 after a cue that asks for something opens what was asked (呼吁为灾区提供援助), unlike
        the 为 of 称为."""
        return text[start] == "为" and hit.cue in _ASKING

    @staticmethod
    def _content_end(doc: SegmentedText, start: int) -> int:
        """End of what was said: the closing quote of a quotation that is all of it, else the
        sentence end; never past unreadable text."""
        text = doc.text
        end = sentence_end(text, start)
        if text.startswith("“", start):
            close = text.find("”", start, end + 2)
            if close != -1 and (
                text[close - 1] in "。！？!?…" or close + 1 >= len(text) or text[close + 1] in _SENTENCE_STOPS
            ):
                end = close + 1
        for d_start, _ in doc.norm.damaged:
            if start <= d_start < end:
                end = d_start
        return end

    def _medium_of(self, hit: _Hit) -> str | None:
        """The medium a statement was made in (报道, 声明, 联合公告, 《关于...的意见》), if its
        phrase names one."""
        for phrase in (hit.cue, hit.filler):
            medium = self._medium_in(phrase)
            if medium is not None:
                return medium
        return None

    def _medium_in(self, phrase: str) -> str | None:
        """The medium a phrase names: the kind a title in 《》 ends with (《关于...的意见》 is an
        意见, whatever else its title names), else the first medium word in it."""
        close = phrase.rfind("》")
        if close != -1:
            title = phrase[phrase.rfind("《", 0, close) + 1 : close]
            aside = _TITLE_ASIDE_END.search(title)
            title = title[: aside.start()] if aside is not None else title
            kind = next((m for m in self.titled if title.endswith(m)), None)
            if kind is not None:
                return kind
        return next((m for m in self.words.medium if m in phrase), None)

    def _issuers(self, names: str, at: int) -> list[_Speaker]:
        """The bodies a document's title names as its issuers (中共中央 国务院), if every name is
        one the gazetteer knows; else none."""
        issuers = []
        for name in re.split(r"[\s、]+", names.strip()):
            body = self.gaz.org(name)
            if body is None:
                return []
            issuers.append(_Speaker(body.name, "organization", at))
        return issuers

    def _issued(self, text: str, hit: _Hit) -> bool:
        """A document announced with no verb of its own after it (国务院印发《...行动方案》,
        促进...): what follows is its purpose, not words it says."""
        if not hit.cue.endswith("》"):
            return False
        end = hit.pos + len(hit.filler) + len(hit.cue)
        title = hit.cue[hit.cue.rfind("《") + 1 : -1]
        return not title.endswith(self.words.notice) and (end >= len(text) or not is_han(text[end]))

    # -- who said it ---------------------------------------------------------------------

    def _speakers(
        self,
        hit: _Hit,
        ctx: _Context,
        sentence: int,
        sentence_speakers: dict[int, list[_Speaker]],
        by_medium: list[tuple[str, list[_Speaker]]],
        person_speakers: list[_Speaker],
    ) -> tuple[list[_Speaker], bool, bool]:
        """Who speaks, whether the cue continues the sentence's speaker (a clause that
        opens with the cue), and whether the speaker is named right before the cue (X还说,
        他呼吁, 古特雷斯就X问题表示)."""
        text = ctx.text
        if hit.who is not None:
            return self._named_in(hit, ctx), False, False
        filler = hit.filler
        cue_start = hit.pos + len(filler)
        # the filler may have swallowed the speaker (对此王毅表示): try where the rest is filler
        for at in range(hit.pos, cue_start + 1):
            if at != cue_start and (at != hit.pos and not self._filler_between(text, at, cue_start)):
                continue
            found = self._named_at(at, ctx, sentence, person_speakers)
            if found and text.endswith((*_CHANNEL, "在"), 0, found[0].start):
                # 通过朝中社发表声明, 在X电视台网站发表文章: the channel or the place of a
                # statement, not its speaker
                continue
            if found is not None:
                return found, False, True
        if text.endswith(("地", "笑着"), 0, hit.pos):
            # 亲切地对大家说, 笑着说: how it was said, read back from the verb phrase (trying
            # every 地 phrase as the start of one would be slow)
            for at in range(hit.pos - 2, max(0, hit.pos - 6), -1):
                if not _two_han(text[at : at + 2]):
                    break
                found = self._named_at(at, ctx, sentence, person_speakers)
                if found:
                    return found, False, True
        topic = _ON_TOPIC.search(text, max(ctx.clause_start(hit.pos), hit.pos - 18), hit.pos)
        if topic is not None:
            # 古特雷斯11日晚就叙利亚问题表示 (read back from the cue: 就 starts too many words
            # to be tried everywhere as the start of a verb phrase)
            for at in range(max(ctx.clause_start(hit.pos), topic.start() - 8), topic.start() + 1):
                if at == topic.start() or self._filler_between(text, at, topic.start()):
                    found = self._named_at(at, ctx, sentence, person_speakers)
                    if found:
                        return found, False, True
        # (up to the cue: a medium after 就 is filler, 就日前发布的报告表示)
        topic = _ON_ANY_TOPIC.search(text, max(ctx.clause_start(hit.pos), hit.pos - 26), cue_start)
        if topic is not None:
            # 李强就深化中法合作提出三点倡议: a name right before 就, or before a date (X13日就...)
            clause = ctx.clause_start(hit.pos)
            for at in range(topic.start(), max(clause, topic.start() - 10) - 1, -1):
                if at == topic.start() or self._filler_between(text, at, topic.start()):
                    found = self._named_before(at, ctx)
                    if found:
                        return found, False, True
        joined = cue_start if text.endswith("并", 0, cue_start) and filler in ("", "并") else None
        and_at = filler.find("并")
        if joined is None and and_at != -1 and filler[and_at + 1 :].startswith(("发表", "致辞", "讲话")):
            joined = hit.pos + and_at + 1  # 主持座谈会并发表重要讲话强调, 出席会议并发表重要讲话强调
        if joined is not None:
            # 出席仪式并表示: what the speaker did before speaking
            did = _DID_BEFORE.search(text, max(ctx.clause_start(hit.pos), hit.pos - 18), joined)
            found = self._named_before(did.start(), ctx) if did else None
            if found:
                return found, False, False
            if not _clause_initial(text, hit.pos):
                # 李家超感谢中央政府的支持并表示: the one who opens the clause
                found = self._subject(ctx, ctx.clause_start(hit.pos), hit.pos, sentence, person_speakers)
                if found:
                    return found, False, False
        if filler[:1].isdigit() and text.endswith(_MONTHS, 0, hit.pos):
            # 本月3日称: 本月 is no start of a verb phrase (checking 本 and 上 everywhere is slow)
            found = self._named_before(hit.pos - 2, ctx)
            if found:
                return found, False, True
        if not filler and hit.cue in ("说", "称") and hit.punct and _two_han(text[hit.pos - 2 : hit.pos]):
            # a verb of two characters no list holds before 说/称 (评论说): the speaker is before it
            found = self._named_before(hit.pos - 2, ctx)
            if found:
                return found, False, True
        if filler.startswith(_MEETINGS):
            if text.endswith(("当", "在"), 0, hit.pos):
                return [], False, False  # 当大会宣布X当选时: when something happened, not what was said
            meeting = next(w for w in _MEETINGS if filler.startswith(w))
            body = self._meeting_body(text, hit.pos, ctx.holders, meeting)
            if body is not None:
                return [_Speaker(body.label, "organization", hit.pos)], False, False
            named = _named_meeting(text, hit.pos) or self._congress_of(text, hit.pos)
            return ([_Speaker(named, "organization", hit.pos)] if named else []), False, False
        if filler.startswith("《"):
            medium = self._medium_in(filler[: filler.find("》") + 1])
        else:
            medium = next((m for m in self.words.medium if filler.startswith(m)), None)
        if medium and text.endswith("的", 0, hit.pos):
            # 惠誉的报告称, 白宫的声明说: whose medium it is (not 对X的报道: what it is about)
            found = self._named_before(hit.pos - 1, ctx)
            if found and text[found[0].start - 1 : found[0].start] not in _OBJECT_MARKS:
                return found, False, True
        if medium and (
            ctx.opens_sentence(hit.pos, sentence) or _TOPIC_CLAUSE.fullmatch(text[sentence : hit.pos].strip())
        ):
            # (what it is about may open the sentence: 关于今后的工作,文章强调:...)
            for earlier, speakers in reversed(by_medium):
                if earlier.endswith(medium) or medium.endswith(earlier):
                    return [_Speaker(s.label, s.kind, hit.pos) for s in speakers], False, False
            author = ctx.author_of(medium, sentence) if medium in _AUTHORED else None
            if medium in _PUBLISHED or (author is None and medium == "文章" and ctx.commentary_before(sentence)):
                # (人民日报发表评论员文章...。文章指出: the paper's commentary is its voice)
                author = ctx.publisher_of(medium, sentence)
            if author is None and medium == "文章" and sentence > 0:
                # 《求是》杂志发表习近平...的报告的一部分《X》。文章强调: the one whose work it published
                author = ctx.published_work_of(sentence)
            if author is not None:  # 《求是》杂志发表习近平的重要文章... 文章指出: its author
                by_medium.append((medium, [author]))
                return [_Speaker(author.label, author.kind, hit.pos)], False, False
            # (the last one published before, in any paragraph: the story's report)
            publisher = self._publisher(medium, 0, hit.pos, ctx)
            if not publisher and medium == "文章" and sentence > 0:
                # 新华社今天播发长篇通讯《...》。文章指出: the paper or agency that published it;
                # not the papers that print it again (《人民日报》等…将全文刊发这篇文章。)
                before = ctx.sentence_start(sentence - 1)
                if _REPRINTED.search(text, before, sentence) and before > 0:
                    before = ctx.sentence_start(before - 1)
                    publisher = self._media_publisher(ctx, before, ctx.sentence_start(sentence - 1))
                else:
                    publisher = self._media_publisher(ctx, before, sentence)
            if publisher:  # X12日发布《2024年世界贸易报告》。报告指出
                by_medium.append((medium, publisher))
                return [_Speaker(s.label, s.kind, hit.pos) for s in publisher], False, False
            return [], False, False
        if medium and _clause_initial(text, hit.pos):
            # X发布声明,对...表示关注,声明称...: the medium of a statement earlier in the sentence
            for earlier, speakers in reversed(by_medium):
                if (earlier.endswith(medium) or medium.endswith(earlier)) and speakers:
                    if all(sentence <= s.start < hit.pos for s in speakers):
                        return [_Speaker(s.label, s.kind, hit.pos) for s in speakers], False, False
                    break
            else:
                publisher = self._publisher(medium, sentence, hit.pos, ctx)
                if publisher:  # X发布《...报告》,报告指出
                    by_medium.append((medium, publisher))
                    return [_Speaker(s.label, s.kind, hit.pos) for s in publisher], False, False
        if (not filler or filler in _CONTINUING) and sentence > 0 and ctx.opens_sentence(hit.pos, sentence):
            # ...鲜明提出强军目标。强调党对军队的绝对领导...: a sentence with no subject goes on
            # with the one who spoke in the sentence before, in the same paragraph
            previous = ctx.sentence_start(sentence - 1)
            if (
                previous in sentence_speakers
                and "\n" not in text[previous:sentence]
                and (hit.punct or hit.cue in _SAYING or hit.cue in ("要求", "呼吁"))
            ):  # (提出这一倡议的初心...: 提出 read as a noun)
                return [_Speaker(s.label, s.kind, s.start) for s in sentence_speakers[previous]], True, False
            if hit.punct and "\n" not in text[previous:sentence] and text.startswith(_MEETINGS, previous):
                # 全会总结了...工作。一致认为,...: the meeting the sentence before opens with
                meeting = next(w for w in _MEETINGS if text.startswith(w, previous))
                body = self._meeting_body(text, previous, ctx.holders, meeting)
                if body is not None:
                    return [_Speaker(body.label, "organization", hit.pos)], True, False
        if (not filler or filler in _CONTINUING) and _clause_initial(text, hit.pos):
            if sentence in sentence_speakers:
                # ...,并称...: goes on with the clause's speaker (表示欢迎 is no words said);
                # after an adverb, a bare cue says something only if it is a verb of saying
                # (同时谴责美国... is an act)
                said = [_Speaker(s.label, s.kind, s.start) for s in sentence_speakers[sentence]]
                return said, not filler or hit.cue in _SAYING, False
            if filler and not hit.punct:
                return [], False, False  # ...,并宣布火炬传递开始: an act told, unless words follow
            # 李家超感谢...,并表示,...: the sentence's subject, if it has one
            return self._subject(ctx, sentence, hit.pos, sentence, person_speakers), not filler, False
        if (
            hit.punct
            and filler.lstrip(",，").startswith("在")
            and hit.cue in _SAYING
            and (filler.startswith((",", "，")) or _clause_initial(text, hit.pos))
        ):
            # 习近平总书记...看望慰问干部群众,在同油田员工连线时强调,...: where it was said opens
            # the clause; the sentence's subject speaks
            return self._subject(ctx, sentence, hit.pos, sentence, person_speakers), False, False
        if text[hit.pos - 1 : hit.pos] in _AFTER_PHRASE:
            # 周强参加...会议时说: the clause's subject
            return self._subject(ctx, ctx.clause_start(hit.pos), hit.pos, sentence, person_speakers), False, False
        return [], False, False

    def _media_publisher(self, ctx: _Context, start: int, end: int) -> list[_Speaker]:
        """The paper or agency that text[start:end] says published something (新华社今天播发...,
        《人民日报》发表...): its last media body followed by a publishing verb."""
        i = bisect_right(ctx.org_starts_sorted, end) - 1
        while i >= 0 and ctx.orgs_list[i].start >= start:
            body = ctx.orgs_list[i]
            if body.category == "media" and self.published_by.match(ctx.text, body.end, end):
                return [_Speaker(body.label, "organization", body.start)]
            i -= 1
        return []

    def _congress_of(self, text: str, pos: int) -> str | None:
        """The body whose congress before pos no extractor marked (中国共产党第二十次全国代表大会,
        read as an event): the longest name the gazetteer knows right before the last congress
        named after a body it knows (not 党的第二十次全国代表大会)."""
        for congress in reversed(list(_CONGRESS.finditer(text, 0, pos))):
            for size in range(min(_LONGEST_BODY, congress.start()), 1, -1):
                body = self.gaz.org(text[congress.start() - size : congress.start()])
                if body is not None:
                    return body.name
        return None

    def _publisher(self, medium: str, start: int, pos: int, ctx: _Context) -> list[_Speaker]:
        """Who published the medium a verb phrase at pos opens with (报告指出), as the text from
        start says: the one named right before the last publishing verb whose object is such a
        medium (世界贸易组织12日发布《2023世界贸易报告》; X发布新一期《...》报告)."""
        text = ctx.text
        last = next(reversed(list(self.publishing.finditer(text, start, pos))), None)
        if last is None or not last.group().endswith(medium):
            return []
        verb = last.start()
        for at in range(max(ctx.clause_start(verb), verb - 14), verb + 1):
            if at == verb or self._filler_between(text, at, verb):
                found = self._named_before(at, ctx)
                if found:
                    return found
        if _clause_initial(text, verb):  # X举行新闻发布会,发布《...》白皮书: the sentence's subject
            return ctx.subject(ctx.sentence_start(verb), verb)
        return []

    def _subject(
        self, ctx: _Context, start: int, pos: int, sentence: int, person_speakers: list[_Speaker]
    ) -> list[_Speaker]:
        """Who the text from start to pos is about: 他/她 opening it, else ctx.subject; nobody
        when a group no statement names (大批民众, 与会代表) opens a clause after that subject."""
        text = ctx.text
        at = start
        while at < pos and text[at].isspace():
            at += 1
        if text.startswith(_PRONOUNS, at) and not text.startswith("们", at + 1):
            return self._pronoun(at, ctx, sentence, person_speakers)
        if text.startswith(_MEETINGS, at):
            # 会议传达习近平总书记...讲话精神,...,强调...: the meeting speaks, not who it heard
            body = self._meeting_body(text, at, ctx.holders, next(w for w in _MEETINGS if text.startswith(w, at)))
            return [_Speaker(body.label, "organization", at)] if body is not None else []
        who = ctx.subject(start, pos)
        if who and _GROUP_CLAUSE.search(text, who[-1].start, pos):
            return []
        body = ctx.org_starts.get(who[0].start) if who and who[0].kind == "organization" else None
        if body is not None and _MEMBERS_AFTER.match(text, body.end):
            return []  # 美国国会参众两院近20名民主党人致信…,要求…: the members speak
        if who and who[0].kind == "person" and _GROUP_WORD.search(text, at, who[0].start):
            return []  # 各方均高度赞赏习近平主席...,表示...: the group speaks, not who it praised
        return who

    def _filler_between(self, text: str, start: int, end: int) -> bool:
        """text[start:end] is filler, read with what follows it (指责说: a verb before 说 is
        filler only when 说 comes next, which a slice cut at end cannot show)."""
        if self.filler.fullmatch(text, start, end):
            return True
        m = self.filler.match(text, start)
        return m is not None and m.end() == end

    def _named_at(
        self, pos: int, ctx: _Context, sentence: int, person_speakers: list[_Speaker]
    ) -> list[_Speaker] | None:
        """The speaker named right before pos, by name, bare title or pronoun; None if none."""
        text = ctx.text
        direct = self._named_before(pos, ctx)
        if direct:
            return direct
        title = next((t for t in _BARE_TITLES if text.startswith(t, pos)), None)
        if title and _boundary_before(text, pos):
            person = ctx.last_titled(pos, title)
            return [_Speaker(person.label, "person", pos)] if person else []
        if title and pos >= 1 and _boundary_before(text, pos - 1) and is_han(text[pos - 1]):
            # 习主席 after 习近平主席: the surname and the title of a person named so before
            person = ctx.last_titled(pos - 1, title)
            if person is not None and person.label.startswith(text[pos - 1]):
                return [_Speaker(person.label, "person", pos - 1)]
        pronoun = next((p for p in _PRONOUNS if text.endswith(p, 0, pos)), None)
        if pronoun and _boundary_before(text, pos - len(pronoun)):
            return self._pronoun(pos - len(pronoun), ctx, sentence, person_speakers)
        return None

    def _named_before(self, pos: int, ctx: _Context) -> list[_Speaker]:
        """A person, a body (or run of bodies), a body's spokesperson or a country's side
        named right before pos."""
        text = ctx.text
        named_at = pos
        if text.endswith("》", 0, pos) and pos - 1 not in ctx.orgs:
            # a paper no extractor knew, in 《》 right before its verb: 《今日巴基斯坦报》评论说
            opening = text.rfind("《", max(0, pos - 20), pos)
            name = text[opening + 1 : pos - 1] if opening != -1 else ""
            if len(name) >= 3 and name.endswith(_PRESS) and "》" not in name:
                return [_Speaker(name, "organization", opening + 1)]
        while pos > 0 and text[pos - 1] in _CLOSERS:
            pos -= 1
        pos = _before_aside(text, pos)
        others = next((len(w) for w in ("等人", "等") if text.endswith(w, 0, pos) and pos - len(w) in ctx.people), 0)
        pos -= others  # 舒默等表示: the one named speaks (the others are no one named)
        titled = self.title_after.search(text, max(0, pos - _LONGEST_TITLE), pos)
        if titled is not None and titled.start() in ctx.people:
            pos = titled.start()  # 劳尔·卡斯特罗大将表示, X常委表示: a title after the name
        if pos in ctx.people:
            m = ctx.people[pos]
            # a longer name of the document ending here wins (阿库福-阿多 over 阿多)
            longer = ctx.surfaces.ending(text, pos, longer_than=len(m.text))
            if longer and longer[1][1] == "person":
                return [_Speaker(longer[1][0], "person", pos - len(longer[0]))]
            return ctx.people_run_ending(m)
        for word in self.words.spokesperson:
            if text.endswith(word, 0, pos):
                pos -= len(word)
                one = next((len(q) for q in _ONE if text.endswith(q, 0, pos)), 0)  # 一名发言人
                pos -= one
                while pos > 0 and text[pos - 1] in _CLOSERS:  # “卡桑旅”发言人
                    pos -= 1
                if (
                    word in _VOICES
                    and pos in ctx.countries
                    and (pos not in ctx.orgs or ctx.orgs[pos].label == ctx.countries[pos].label)
                ):  # 中国代表表示 (the country itself, not a body ending in its name, 中华人民共和国)
                    country = ctx.countries[pos]
                    return [_Speaker(country.label, "organization", country.start)]
                side = self.words.sides.get(text[pos - 2]) if pos >= 2 and text.endswith("方", 0, pos) else None
                if word in _VOICES and side and _boundary_before(text, pos - 2):  # 中方代表表示
                    return [_Speaker(side, "organization", pos - 2)]
                if word == "代表" and not (one and pos in ctx.orgs):
                    # 全国人大代表表示: deputies of a body are not its voice; a country's are, and so
                    # is one a body sends (英国医师协会一名代表表示)
                    return []
                break
        if text.endswith(_BOTH, 0, pos):
            # 双方强调..., 两国领导人宣布...: the two people the paragraph has named
            return ctx.the_two_before(pos)
        wing = ctx.armed_wing(pos)
        if wing is not None:
            return [wing]
        for word in self.words.side:
            if text.endswith(word, 0, pos):
                at = _before_aside(text, pos - len(word))  # 巴勒斯坦伊斯兰抵抗运动(哈马斯)方面
                who = ctx.orgs.get(at) or ctx.countries.get(at)
                if who is not None:
                    return [_Speaker(who.label, "organization", who.start)]
        if text.endswith("军方", 0, pos):  # 以色列军方称: the country's armed forces, if known
            who = ctx.countries.get(pos - 2) or ctx.orgs.get(pos - 2)
            army = self.gaz.org(who.label + "军队") if who is not None else None
            if army is not None:
                return [_Speaker(army.name, "organization", who.start)]
        if text.endswith("方", 0, pos) and pos - 1 in ctx.orgs:  # 以军方称: the body as a side
            body = ctx.orgs[pos - 1]
            return [_Speaker(body.label, "organization", body.start)]
        if text.endswith("方", 0, pos) and pos >= 2 and _boundary_before(text, pos - 2):
            side = ctx.orgs.get(pos)
            if side is not None and side.start == pos - 2:
                # 土方 in a story of 土库曼斯坦: the state the organizations pass read the side as
                return [_Speaker(side.label, "organization", pos - 2)]
            country = self.words.sides.get(text[pos - 2])
            if country:
                return [_Speaker(country, "organization", pos - 2)]
        group = self.group.search(text, max(0, pos - 6), pos)
        if group and group.start() in ctx.orgs:
            pos = group.start()
        if pos in ctx.orgs:
            return ctx.run_ending(pos)
        counted = _COUNTRY_COUNT.search(text, max(0, pos - 6), pos)  # 波兰、匈牙利等国
        at = counted.start() if counted is not None and counted.start() in ctx.countries else pos
        if (
            (at == named_at or at < pos)
            and at in ctx.countries
            and not text.startswith((*self.words.medium, *_BARE_TITLES, *_NOT_THE_COUNTRY), pos)
        ):
            # 巴勒斯坦宣布停止...: a country opening a clause before its cue acts as a body, and
            # so do countries listed together (波兰、匈牙利、斯洛伐克均表示)
            run = ctx.countries_ending(at)
            if ctx.opens_clause(run[0].start, ctx.sentence_start(at)):
                return run
        if text.endswith(_TWO_COUNTRIES, 0, pos) and _boundary_before(text, pos - len("两国")):
            # 沙特与伊朗...。沙伊双方...签署联合声明,两国宣布...: the two countries the paragraph
            # names (巴林与卡塔尔两国宣布 is the run before, read above)
            return ctx.two_countries_before(pos)
        # a name the document uses elsewhere, not picked up here (韩正说 read as one word)
        known = ctx.surfaces.ending(text, pos)
        if known is not None:
            surface, (label, kind) = known
            return [_Speaker(label, kind, pos - len(surface))]
        return []

    def _named_in(self, hit: _Hit, ctx: _Context) -> list[_Speaker]:
        """据X介绍: X is a person or body ending the phrase; 援引X的话称: the person quoted in X."""
        start, end = hit.who
        if hit.rule == "according_to":
            time = _TRAILING_TIME.search(ctx.text, start, end)  # 据X当天发布的消息: X ends before 当天
            end = time.start() if time and time.start() > start else end
            who = ctx.people.get(end) or ctx.orgs.get(end)
            wing = ctx.armed_wing(end) if who is None else None
            if wing is not None:
                return [wing]
            if who is not None:
                return [_Speaker(who.label, who.kind, who.start)]
        elif hit.rule == "decided_by":
            # (a standing committee meets for the body it belongs to: 中央纪委常委会 -> 中央纪委)
            body = next((m for m in reversed(ctx.orgs_list) if start <= m.start and m.end <= end), None)
            if body is None:
                return []
            whole = self.gaz.org(body.label.removesuffix("常务委员会")) if body.label.endswith("常务委员会") else None
            return [_Speaker(whole.name if whole is not None else body.label, "organization", body.start)]
        else:
            inside = [m for m in ctx.people_list if start <= m.start and m.end <= end]
            inside = inside or [m for m in ctx.orgs_list if start <= m.start and m.end <= end]
            if inside:
                return [_Speaker(inside[-1].label, inside[-1].kind, inside[-1].start)]
        # 据乌克兰国防部官员称, 援引俄方官员的话说: a body's voice or a side, as before a verb
        named = self._named_before(end, ctx)
        return named if named and all(start <= sp.start for sp in named) else []

    @staticmethod
    def _pronoun(at: int, ctx: _Context, sentence: int, person_speakers: list[_Speaker]) -> list[_Speaker]:
        """他/她: the person who spoke earlier in the same sentence (X宣布...,他再次呼吁...), else
        the person the same sentence is about (X16日称,他认为...), else the person who spoke in
        the sentence before, else the person that sentence is about,
        else the last person who spoke in the paragraph, else the last person named in it, else
        the last person who spoke at all."""
        previous = ctx.sentence_start(sentence - 1) if sentence > 0 else None
        paragraph = ctx.text.rfind("\n", 0, at) + 1
        candidates: list[Mention | _Speaker | None] = [
            next((s for s in reversed(person_speakers) if sentence <= s.start < at), None),
            next((s for s in ctx.subject(sentence, at) if s.kind == "person"), None),
        ]
        if previous is not None:
            candidates.append(next((s for s in reversed(person_speakers) if previous <= s.start < sentence), None))
            candidates.append(ctx.first_person(previous, sentence))
        candidates.append(next((s for s in reversed(person_speakers) if paragraph <= s.start < at), None))
        candidates.append(ctx.last_person(paragraph, at))
        candidates.append(person_speakers[-1] if person_speakers else None)
        who = next((c for c in candidates if c is not None), None)
        return [_Speaker(who.label, "person", at)] if who else []

    @staticmethod
    def _meeting_body(text: str, pos: int, holders: _Holders, meeting: str = "会议") -> Mention | None:
        """The body that held the meeting a later 会议指出 refers to: the last one named before
        a meeting of that kind (大会指出: a 全国代表大会, not a 全体会议 held during it), else the
        last one named before any meeting."""
        body = holders.last_before(pos, meeting) or holders.last_before(pos)
        organ = _STANDING_MEETING.match(text, body.end) if body is not None else None
        if organ is not None and not body.label.endswith(organ.group(1)):
            # 政协第十三届全国委员会第八十二次主席会议: the 主席会议 is an organ of its own
            return replace(body, label=body.label + organ.group(1))
        return body


class _Holders:
    """The bodies named before a meeting or before the word that it was held (召开, 举行), in
    the order named, all of them and by the kind of meeting (会议, 全会, 大会) they named: what
    a later 会议指出 refers to."""

    def __init__(self, text: str, orgs: list[Mention]) -> None:
        self.all: list[Mention] = []
        self.of_kind: dict[str, list[Mention]] = {kind: [] for kind in _MEETING_KINDS}
        for m in orgs:
            # (an association's congress too: 中国作家协会第十次全国代表大会...。大会强调)
            if m.category not in ("party", "government", "other", None):
                continue
            named = _MEETING_AFTER.match(text, m.end)
            if named or any(w in text[m.end : m.end + 20] for w in _HELD):
                self.all.append(m)
                for kind, endings in _MEETING_KINDS.items():
                    if named and named.group().endswith(endings):
                        self.of_kind[kind].append(m)

    def last_before(self, pos: int, kind: str | None = None) -> Mention | None:
        """The last one (of the kind) that ends by pos."""
        holders = self.all if kind is None else self.of_kind[kind]
        for k in range(bisect_left(holders, pos, key=start_of) - 1, -1, -1):
            if holders[k].end <= pos:
                return holders[k]
        return None


class _Surfaces:
    """Every surface of a named person or body in the document, as (surface, (label, kind)),
    found by where it ends or starts: the longest that does (at most one of each length)."""

    def __init__(self, items: list[tuple[str, tuple[str, str]]]) -> None:
        self.named = dict(items)
        self.lengths = sorted({len(surface) for surface, _ in items}, reverse=True)

    def ending(self, text: str, pos: int, longer_than: int = 0) -> tuple[str, tuple[str, str]] | None:
        for n in self.lengths:
            if n <= longer_than:
                break
            if n <= pos and (who := self.named.get(text[pos - n : pos])) is not None:
                return text[pos - n : pos], who
        return None

    def starting(self, text: str, at: int, kind: str) -> tuple[str, tuple[str, str]] | None:
        for n in self.lengths:
            if at + n <= len(text) and (who := self.named.get(text[at : at + n])) is not None and who[1] == kind:
                return text[at : at + n], who
        return None


def _surfaces(people: list[Mention], orgs: list[Mention]) -> _Surfaces:
    """Every surface of a named person or body in the document, longest first; a surface
    that names two things names neither. A foreign name's last part is a surface of it
    (赫什 for 西摩·赫什, as news calls a person named in full before)."""
    named: dict[str, set[tuple[str, str]]] = {}
    for m in (*people, *orgs):
        if len(m.text) >= 2:
            named.setdefault(m.text, set()).add((m.label, m.kind))
        if m.kind == "person" and "·" in m.text and len(last := m.text.rsplit("·", 1)[1]) >= 2:
            named.setdefault(last, set()).add((m.label, m.kind))
    return _Surfaces([(surface, next(iter(who))) for surface, who in named.items() if len(who) == 1])


def _named_meeting(text: str, pos: int) -> str | None:
    """The body a meeting before pos is named after, when no extractor knew it:
    X专项工作机制会议...召开 ... 会议强调 is X speaking."""
    last = None
    for m in _MEETING_OF_BODY.finditer(text, 0, pos):
        last = m
    # a body named with its term (第二十届中央委员会) is one the organizations extractor names
    return last.group(1) if last and "届" not in last.group(1) else None


def _in_headline(text: str, pos: int) -> bool:
    """A short line with no sentence end is a headline (伊朗外交部称...): its statement is told
    again, in full, by the story under it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)].rstrip()
    # (a line that ends with a colon opens what the lines under it list: 提出五点建议:)
    return len(line) <= _HEADLINE_MAX and not any(c in line for c in "。！？!?") and not line.endswith((":", "："))


def _before_aside(text: str, pos: int) -> int:
    """Where a name ends when a short aside in brackets follows it (X(哈马斯)表示): the aside's
    opening bracket; else pos."""
    if pos == 0 or text[pos - 1] not in ")）":
        return pos
    opening = max(text.rfind("(", max(0, pos - 14), pos), text.rfind("（", max(0, pos - 14), pos))
    if opening <= 0 or any(c in text[opening:pos] for c in ",，。;；、\n"):
        return pos
    return opening


def _next_stop(text: str, start: int, end: int) -> int:
    """The first clause stop (, ; :) in text[start:end], else end."""
    stops = [i for i in (text.find(c, start, end) for c in _CLAUSE_STOPS) if i != -1]
    return min(stops) if stops else end


def _opening_start(text: str, end: int) -> int | None:
    """Where a run of Chinese characters (or a foreign name's ·) of two or more that ends at end
    starts, when nothing of a word stands before it: a name that may open a clause."""
    start = end
    while start > max(0, end - _LONGEST_NAME) and (is_han(text[start - 1]) or text[start - 1] == "·"):
        start -= 1
    if end - start < 2 or (start > 0 and (is_han(text[start - 1]) or text[start - 1] == "·")):
        return None
    return start


class _Taken:
    """What earlier extractors found, for the questions the rules for unknown names ask of it
    (which mentions overlap a span, which person's name holds a string) in time that does not
    grow with the document."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.longest = max((m.end - m.start for m in self.mentions), default=0)
        #: the people's names, one a line (no name holds a line break)
        self.person_labels = "\n".join(m.label for m in self.mentions if m.kind == "person")

    def overlapping(self, start: int, end: int) -> Sequence[Mention]:
        """The mentions that may overlap start:end (each still to be tested)."""
        return starting_in(self.mentions, start - self.longest + 1, end)


def _untaken(named: _Taken, start: int, end: int, foreign: bool) -> bool:
    """No mention overlaps start:end, but a place inside a foreign name (马里 in 马里纳基斯)."""
    return not any(
        m.start < end and start < m.end and not (foreign and m.kind == "place" and start <= m.start < m.end <= end)
        for m in named.overlapping(start, end)
    )


def _token_bounded(tokens: Sequence, start: int, end: int) -> bool:
    """A word of the segmenter starts at start and one ends at end."""
    i = bisect_left(tokens, start, key=start_of)
    j = bisect_left(tokens, end, key=start_of)
    return i < len(tokens) and tokens[i].start == start and (j == len(tokens) or tokens[j].start == end)


def _two_han(chars: str) -> bool:
    """Two Chinese characters."""
    return len(chars) == 2 and all(is_han(c) for c in chars)


def _clause_initial(text: str, pos: int) -> bool:
    """The verb phrase at pos opens a clause after a comma (not a sentence)."""
    i = pos - 1
    while i >= 0 and text[i].isspace() and text[i] != "\n":
        i -= 1
    return i >= 0 and text[i] in _CLAUSE_STOPS


def _boundary_before(text: str, pos: int) -> bool:
    """Nothing of a word stands right before pos: start, punctuation or a line break."""
    return pos == 0 or not is_han(text[pos - 1])


@dataclass(frozen=True)
class _Context:
    """The document's named things, indexed for the speaker rules."""

    text: str
    people: dict[int, Mention]  #: by end
    orgs: dict[int, Mention]  #: by end
    org_starts: dict[int, Mention]  #: by start
    countries: dict[int, Mention]  #: country places, by end
    people_list: list[Mention]  #: by start
    people_starts: list[int]
    orgs_list: list[Mention]  #: by start
    org_starts_sorted: list[int]
    sentence_starts: list[int]
    surfaces: _Surfaces  #: every surface of a person or body named in the document
    holders: _Holders  #: the bodies named holding a meeting
    titled_link: re.Pattern[str]  #: a joiner and the next name's titles (、总理 before 戴维斯)

    def clause_start(self, pos: int) -> int:
        """Where the clause around pos starts (after , ; : or the sentence's start)."""
        sentence = self.sentence_start(pos)
        i = pos - 1
        while i >= sentence and self.text[i] not in _CLAUSE_STOPS:
            i -= 1
        return i + 1

    def sentence_start(self, pos: int) -> int:
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i] if i >= 0 else 0

    def opens_clause(self, pos: int, sentence: int) -> bool:
        """pos starts the sentence or a clause of it (after , ; :)."""
        return pos <= sentence or self.text[pos - 1] in _CLAUSE_STOPS

    def opens_sentence(self, pos: int, sentence: int) -> bool:
        """Only white space or a demonstrative (该, 这份) stands between the sentence start and pos."""
        before = self.text[sentence:pos].strip()
        return not before or before in _BACK

    def first_person(self, start: int, end: int) -> Mention | None:
        i = bisect_right(self.people_starts, start - 1)
        if i < len(self.people_list) and self.people_list[i].end <= end:
            return self.people_list[i]
        return None

    def last_person(self, start: int, end: int) -> Mention | None:
        i = bisect_right(self.people_starts, end) - 1
        while i >= 0 and self.people_list[i].end > end:
            i -= 1
        return self.people_list[i] if i >= 0 and self.people_list[i].start >= start else None

    def armed_wing(self, end: int) -> _Speaker | None:
        """A party's armed wing ending at end (黎巴嫩真主党武装), a body of its own; else None."""
        party = self.orgs.get(end - len(_ARMED_WING))
        if party is None or not party.label.endswith("党") or not self.text.endswith(_ARMED_WING, 0, end):
            return None
        return _Speaker(party.label + _ARMED_WING, "organization", party.start)

    def author_of(self, medium: str, before: int) -> _Speaker | None:
        """The person whose medium (文章, 讲话, 贺信) an earlier sentence names: the last person
        named before the medium in that sentence (习近平的重要文章, 习近平发表讲话)."""
        at = self.text.rfind(medium, 0, before)
        if at == -1:
            return None
        person = self.last_person(self.sentence_start(at), at)
        return _Speaker(person.label, "person", person.start) if person is not None else None

    def published_work_of(self, before: int) -> _Speaker | None:
        """The person whose work the sentence before `before` says was published (发表习近平...)."""
        previous = self.sentence_start(before - 1)
        at = self.text.rfind("发表", previous, before)
        person = self.first_person(at, before) if at != -1 else None
        if person is None or "《" in self.text[at : person.start]:
            return None  # 发表长篇通讯《...习近平总书记...》: who the work is about, not its author
        return _Speaker(person.label, "person", person.start)

    def commentary_before(self, before: int) -> bool:
        """The last 文章 before `before` is a paper's commentary (评论员文章)."""
        at = self.text.rfind("文章", 0, before)
        return at != -1 and self.text.endswith(("评论员", "社评"), 0, at)

    def publisher_of(self, medium: str, before: int) -> _Speaker | None:
        """The medium body that published a medium an earlier sentence names (人民日报将发表
        社论): the last media body named before it in that sentence."""
        at = self.text.rfind(medium, 0, before)
        if at == -1:
            return None
        start = self.sentence_start(at)
        i = bisect_right(self.org_starts_sorted, at) - 1
        while i >= 0 and self.orgs_list[i].start >= start:
            body = self.orgs_list[i]
            if body.end <= at and body.category == "media":
                return _Speaker(body.label, "organization", body.start)
            i -= 1
        return None

    def last_titled(self, pos: int, title: str) -> Mention | None:
        """The last person before pos named with title right before or after the name."""
        i = bisect_right(self.people_starts, pos) - 1
        while i >= 0:
            m = self.people_list[i]
            if m.end <= pos and (self.text.startswith(title, m.end) or self.text.endswith(title, 0, m.start)):
                return m
            i -= 1
        return None

    def countries_ending(self, pos: int) -> list[_Speaker]:
        """Countries listed together, the last ending at pos: 波兰、匈牙利、斯洛伐克 (and a body
        joined to them: 黎巴嫩真主党和以色列)."""
        run, end = [], pos
        while end in self.countries or (run and end in self.orgs):
            country = self.countries.get(end) or self.orgs[end]
            run.append(_Speaker(country.label, "organization", country.start))
            joiner = next((j for j in _COUNTRY_JOINERS if self.text.endswith(j, 0, country.start)), None)
            if joiner is None:
                break
            end = country.start - len(joiner)
        return list(reversed(run))

    def run_ending(self, pos: int) -> list[_Speaker]:
        """Bodies speaking together, the last ending at pos: 海关总署、国家发展改革委、商务部."""
        run, end, joined = [], pos, False
        # (a country joined to them speaks as a side too: 以色列和黎巴嫩真主党均称; never one
        # written right before a body, 美国|国防部, which is part of its name)
        while end in self.orgs or (joined and end in self.countries):
            o = self.orgs.get(end) or self.countries[end]
            run.append(_Speaker(o.label, "organization", o.start))
            joiner = next((j for j in _JOINERS if self.text.endswith(j, 0, o.start)), None)
            before = o.start - len(joiner) if joiner else -1
            joined = before in self.orgs or before in self.countries
            end = before if joined else o.start
        return list(reversed(run))

    def the_two_before(self, pos: int) -> list[_Speaker]:
        """The two people named in the paragraph before pos, when it names exactly two; in the
        paragraph before it when this one names no one (李强和米舒斯京...。/两国总理...。双方一致
        认为...); else the two the story's lead names, when it tells their talks."""
        paragraph = self.text.rfind("\n", 0, pos) + 1
        if paragraph > 0 and self.last_person(paragraph, pos) is None:
            paragraph = self.text.rfind("\n", 0, paragraph - 1) + 1
        firsts = self._people_between(paragraph, pos)
        lead_end = self.text.find("\n")
        if len(firsts) != 2 and 0 < lead_end < paragraph and _TALKS.search(self.text, 0, lead_end):
            # 习近平同拜登举行会晤。… 拜登表示…。两国元首重申…: the two who meet in the story's lead
            firsts = self._people_between(0, lead_end)
        if len(firsts) != 2:
            return []
        return [_Speaker(label, "person", start) for label, start in firsts.items()]

    def _people_between(self, start: int, end: int) -> dict[str, int]:
        """The people named from start to end, each at its first mention."""
        i = bisect_right(self.people_starts, start - 1)
        firsts: dict[str, int] = {}
        while i < len(self.people_list) and self.people_list[i].end <= end:
            firsts.setdefault(self.people_list[i].label, self.people_list[i].start)
            i += 1
        return firsts

    def two_countries_before(self, pos: int) -> list[_Speaker]:
        """The two countries named in the paragraph before pos, when it names exactly two."""
        paragraph = self.text.rfind("\n", 0, pos) + 1
        firsts: dict[str, int] = {}
        for end, country in self.countries.items():
            if paragraph <= country.start and end <= pos:
                firsts.setdefault(country.label, country.start)
        if len(firsts) != 2:
            return []
        return [_Speaker(label, "organization", start) for label, start in sorted(firsts.items(), key=lambda x: x[1])]

    def people_run_ending(self, last: Mention) -> list[_Speaker]:
        """People speaking together, the last one `last`: 莱恩斯和迪克表示, 张三总统与李四总理表示,
        总督普拉特、总理戴维斯表示 (each name's titles after the joiner);
        none when a first person opens the run (我同X总统一致认为: the words of whoever says 我)."""
        run = [_Speaker(last.label, "person", last.start)]
        while (
            link := _PEOPLE_LINK.search(self.text, max(0, run[0].start - 6), run[0].start)
            or self.titled_link.search(self.text, max(0, run[0].start - 20), run[0].start)
        ) is not None:
            before = self.people.get(link.start())
            if before is None or any(sp.label == before.label for sp in run):
                break
            run.insert(0, _Speaker(before.label, "person", before.start))
        return [] if self.text.endswith(_FIRST_PERSON, 0, run[0].start) else run

    def run_starting(self, pos: int) -> list[_Speaker]:
        run, start = [], pos
        while start in self.org_starts:
            o = self.org_starts[start]
            run.append(_Speaker(o.label, "organization", o.start))
            joiner = next((j for j in _JOINERS if self.text.startswith(j, o.end)), None)
            start = o.end + len(joiner) if joiner and (o.end + len(joiner)) in self.org_starts else -1
        return run

    def subject(self, sentence: int, pos: int) -> list[_Speaker]:
        """Who the sentence is about before pos: its first person that is no object (not
        after 对, 向, 同 ...; a name the document uses elsewhere opening a clause counts, though
        no extractor marked it there), else the bodies opening one of its clauses."""
        text = self.text
        person = None
        i = bisect_right(self.people_starts, sentence - 1)
        while i < len(self.people_list) and self.people_list[i].end <= pos:
            m = self.people_list[i]
            if (
                text[m.start - 1 : m.start] not in _OBJECT_MARKS
                and not _WRITTEN_TO.search(text[max(sentence, m.start - 16) : m.start])
                or m.start == sentence
            ):
                person = m
                break
            i += 1
        at, limit = sentence, person.start if person is not None else pos
        while at < limit:  # 会见X时,韩正首先转达习近平主席...: 韩正, named before
            while at < limit and text[at].isspace():
                at += 1
            named = self.surfaces.starting(text, at, "person")
            if named is not None:
                return [_Speaker(named[1][0], "person", at)]
            stop = _next_stop(text, at, limit)
            at = stop + 1
        if person is not None:
            # 舒尤克总统和欧尔班总理均高度评价...,认为...: both
            run = [_Speaker(person.label, "person", person.start)]
            i = bisect_right(self.people_starts, person.start)
            while i < len(self.people_list) and _PEOPLE_JOINER.fullmatch(
                text, run[-1].start, self.people_list[i].start
            ):
                run.append(_Speaker(self.people_list[i].label, "person", self.people_list[i].start))
                i += 1
            return run
        for title in _BARE_TITLES:  # 总书记多次走访..., 提出“...”
            at = self.text.find(title, sentence, pos)
            if at != -1 and _boundary_before(self.text, at):
                titled = self.last_titled(at, title)
                if titled is not None:
                    return [_Speaker(titled.label, "person", at)]
        for o in self.orgs_list[bisect_right(self.org_starts_sorted, sentence - 1) :]:
            if o.start >= pos:
                break
            if o.start < sentence or self.text.startswith(_DATELINE, o.end):
                continue  # 央视网消息: the publisher, not the sentence's subject
            if o.start == sentence or self.text[o.start - 1] in _CLAUSE_STOPS + " \n":
                return self.run_starting(o.start)
        return []
