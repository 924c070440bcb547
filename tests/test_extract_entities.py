"""The people, organization and post extractors on hand-written sentences, run through the
real pipeline's `extract_document`: names from titles, speech verbs, lists and bylines;
bodies and their abbreviations, departments, local governments and party committees with
their categories; posts split from chained titles, deputy, acting and former posts."""

from __future__ import annotations

from functools import cache

import pytest

from kgbuild.config import load_settings
from kgbuild.gazetteer import load_gazetteer
from kgbuild.model import Document, Extraction, Mention, Post
from kgbuild.pipeline import extract_document


@cache
def _extract(text: str, date: str = "2024-05-10") -> Extraction:
    extraction = extract_document(Document(id="t", text=text, source="t.txt", date=date), load_settings())
    for m in extraction.mentions:
        assert extraction.norm.text[m.start : m.end] == m.text  # offsets slice the normalised text
    return extraction


def _people(text: str) -> set[str]:
    return {m.label for m in _extract(text).mentions if m.kind == "person"}


def _organizations(text: str) -> dict[str, Mention]:
    """Surface -> organization mention."""
    return {m.text: m for m in _extract(text).mentions if m.kind == "organization"}


def _posts(text: str) -> set[tuple[str, str, str | None, bool, bool]]:
    """(person, title, org, former, acting) of every post found in `text`."""
    return {(r.person, r.title, r.org, r.former, r.acting) for r in _extract(text).relations if isinstance(r, Post)}


# --- people ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a title before the name
        ("国务院副总理张国华出席会议并讲话。", {"张国华"}),
        # a speech verb after the name
        ("会上，刘建平指出，要加快推进乡村振兴。", {"刘建平"}),
        ("张伟说，这项工作很重要。", {"张伟"}),
        # a list of leaders separated by 、
        ("王立新、陈晓东、赵明华等领导出席活动。", {"王立新", "陈晓东", "赵明华"}),
        # foreign names written with ·
        ("法国总统埃马纽埃尔·马克龙抵达北京。", {"埃马纽埃尔·马克龙"}),
        # foreign names without ·, after a title
        ("联合国秘书长古特雷斯发表讲话。", {"古特雷斯"}),
        # bylines: names after 记者 / 通讯员
        ("记者 孙丽华 通讯员 周志强 报道", {"孙丽华", "周志强"}),
        ("本报记者王海燕", {"王海燕"}),
        # appointments and removals
        ("全国人大常委会决定任命刘志远为财政部部长。", {"刘志远"}),
        ("全国人大常委会决定免去陈国栋的财政部部长职务。", {"陈国栋"}),
        # a transliteration of two characters before what follows it, not a Chinese name
        ("习近平向巴西总统卢拉致慰问电。", {"习近平", "卢拉"}),
        # 中 before a comma ends a name
        ("中央政治局委员刘国中、李书磊出席。", {"刘国中", "李书磊"}),
        # a rare surname with a given name that is a verb
        ("市财政局局长笪乘胜，市教育局局长王平出席。", {"笪乘胜", "王平"}),
        # jieba tags some transliterations as places
        ("俄罗斯总统普京和白俄罗斯总统卢卡申科共同出席。", {"普京", "卢卡申科"}),
        # 中 before a verb ends a name; a long transliteration before any word
        ("国务院副总理刘国中出席会议。", {"刘国中"}),
        ("应国民会议主席古尔马诺娃邀请，代表团出访。", {"古尔马诺娃"}),
        # a reporter's name that is also a word; a foreign name that starts with a surname
        ("本报讯（记者马力）市里昨天发布消息。", {"马力"}),
        # a foreign name with · ends before 关于/海外; 经济学家 introduces a name
        ("记者西摩·赫什关于管道爆炸的报道引发关注。", {"西摩·赫什"}),
        ("首席经济学家托尔斯滕·斯洛克称，风险上升。", {"托尔斯滕·斯洛克"}),
        # a name jieba knows before a leader's title, mid-sentence
        ("我此访正值习近平主席访问新西兰。", {"习近平"}),
        # a reporter's name at the very end of the text
        ("文/记者李明", {"李明"}),
        # reporters' names one after another
        ("（通讯员王东升 记者蔡早勤汤华明）", {"王东升", "蔡早勤", "汤华明"}),
        ("刘易斯·卡洛尔的童话广为流传。", {"刘易斯·卡洛尔"}),
        # a foreign name with · ends before a verb
        ("德国总理奥拉夫·朔尔茨访华。", {"奥拉夫·朔尔茨"}),
    ],
)
def test_extract_entities_people_found(text: str, people: set[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    "text",
    [
        # 司 alone is a department suffix, not a surname
        "该司负责同志介绍了有关情况。",
        "司、局两级负责同志参加会议。",
        # 张家口 is a place, not 张 + a given name
        "张家口冬季旅游持续升温。",
        # 文章 is in jieba's dictionary as a name, but here it is a word
        "各地要高度重视文章中提到的问题。",
        # generic roles without a name
        "发改委有关负责人介绍了情况。",
        # common nouns before a verb or after a title
        "全会决定，召开第二次全体会议。",
        "评论员文章强调，要坚定信心。",
        "学生们来到学生农场。",
        "全党同志要站在战略高度。",
        "集团董事会主席出席。",
        "记者从市里获悉，记者会上宣布了新规。",
        "港澳记者向新闻中心提出申请。",
        "一辆记者车辆中弹。",
        "高校师生代表宣讲党的二十大精神。",
        "会见英国伦敦金融城市长。",
        # a word inside, not a surname and a given name
        "他在接见代表时发表重要讲话。",
        # words joined by · inside quotes or a title, or no transliteration
        "“九·一八”历史博物馆举行撞钟仪式。",
        "本届大会以“融合·创新·共享”为主题。",
        "《强信心·权威访谈》今晚播出。",
    ],
)
def test_extract_entities_no_person_from_words(text: str) -> None:
    assert _people(text) == set()


# --- organizations -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "label", "category", "parent"),
    [
        # central bodies, full names and abbreviations resolve to one canonical label
        ("国家发展和改革委员会今天发布通知。", "国家发展和改革委员会", "国家发展和改革委员会", "government", None),
        ("国家发展改革委今天发布通知。", "国家发展改革委", "国家发展和改革委员会", "government", None),
        ("发改委有关负责人介绍了情况。", "发改委", "国家发展和改革委员会", "government", None),
        ("人社部今天召开新闻发布会。", "人社部", "人力资源和社会保障部", "government", None),
        (
            "国务院国有资产监督管理委员会印发指导意见。",
            "国务院国有资产监督管理委员会",
            "国务院国有资产监督管理委员会",
            "government",
            "国务院",
        ),
        ("国资委印发指导意见。", "国资委", "国务院国有资产监督管理委员会", "government", "国务院"),
        ("央行宣布下调存款准备金率。", "央行", "中国人民银行", "government", None),
        ("国新办举行新闻发布会。", "国新办", "国务院新闻办公室", "government", "国务院"),
        # a department of a ministry, with its parent (the mention quotes both names)
        (
            "工业和信息化部原材料工业司司长李明光介绍情况。",
            "工业和信息化部原材料工业司",
            "原材料工业司",
            "government",
            "工业和信息化部",
        ),
        # a ministry's committee named after it, in full
        (
            "水利部科学技术委员会副主任王刚出席。",
            "水利部科学技术委员会",
            "水利部科学技术委员会",
            "government",
            "水利部",
        ),
        # a bank's provincial branch and its unit
        (
            "中国建设银行江苏省分行营业部经理张华表示。",
            "中国建设银行江苏省分行营业部",
            "中国建设银行江苏省分行营业部",
            "enterprise",
            "中国建设银行江苏省分行",
        ),
        # a city's department by its short name, a court by its short name
        ("成都市住建委发布通知。", "成都市住建委", "成都市住房和城乡建设委员会", "government", None),
        ("杭州中院依法作出判决。", "杭州中院", "杭州中级人民法院", "government", None),
        (
            "四川省发展改革委综合处处长王林介绍。",
            "四川省发展改革委",
            "四川省发展和改革委员会",
            "government",
            None,
        ),
        # (the province before a city dropped from the name, as the bodies name themselves)
        ("江苏省南京市玄武区法院受理此案。", "江苏省南京市玄武区法院", "南京市玄武区法院", "government", None),
        (
            "山西省临汾市安泽县人大常委会副主任李红出席。",
            "山西省临汾市安泽县人大常委会",  # the province and city before it are quoted too
            "安泽县人民代表大会常务委员会",
            "government",
            "安泽县人民代表大会",
        ),
        ("广州市国土部门透露消息。", "广州市国土部", None, None, None),
        # a kind of body is no body
        ("三级医院要做好重症救治。", "三级医院", None, None, None),
        ("推进三级公立医院绩效考核。", "三级公立医院", None, None, None),
        ("甘肃西北部出现强降雨。", "甘肃西北部", None, None, None),
        ("上海市政府举行跨国公司地区总部颁证仪式。", "上海市政府举行跨国公司", None, None, None),
        ("力争把这里建成国际经济中心。", "国际经济中心", None, None, None),
        ("上海中心大厦高632米。", "上海中心", None, None, None),
        # a team stationed in a body is the CCDI's, not the bodies named inside it
        (
            "中央纪委国家监委驻商务部纪检监察组组长王强出席。",
            "中央纪委国家监委驻商务部纪检监察组",
            "中央纪委国家监委驻商务部纪检监察组",
            "party",
            "中央纪律检查委员会",
        ),
        ("中央纪委国家监委驻商务部纪检监察组组长王强出席。", "商务部", None, None, None),
        # 省委省政府: the province's Party committee and government
        ("江苏省委省政府高度重视。", "省政府", "江苏省人民政府", "government", None),
        # a rule-built name the gazetteer knows is that body
        ("总台综合频道今晚播出特别节目。", "总台综合频道", "央视综合频道", "media", "中央广播电视总台"),
        # halls and a city's centre are places
        ("体育馆宴会厅内座无虚席。", "体育馆宴会厅", None, None, None),
        ("香港国际金融中心地位稳固。", "香港国际金融中心", None, None, None),
        # a foreign state's office named after the state
        ("伊拉克总理媒体办公室发表声明。", "伊拉克总理媒体办公室", "伊拉克总理媒体办公室", "international", "伊拉克"),
        # two kinds of body joined are no body
        ("人民团体和商会积极参与。", "人民团体和商会", None, None, None),
        ("江苏江阴市政府开展试点。", "江苏江阴市政府", "江阴市人民政府", "government", None),
        # a foreign city's body is international
        ("纽约曼哈顿地区法院作出裁决。", "纽约曼哈顿地区法院", "纽约曼哈顿地区法院", "international", None),
        # a state organ's unit is a state organ whatever its ending
        (
            "据商务部外贸发展事务局透露，展会将于下月开幕。",
            "商务部外贸发展事务局",
            "商务部外贸发展事务局",
            "government",
            "商务部",
        ),
        (
            "据外交部领事保护中心透露，撤离工作顺利。",
            "外交部领事保护中心",
            "外交部领事保护中心",
            "government",
            "外交部",
        ),
        ("习近平来到西藏军区机关。", "西藏军区", "西藏军区", "government", None),
        # China's embassy by its official name; the ambassador's embassy
        (
            "中国驻厄立特里亚使馆设立临时工作组。",
            "中国驻厄立特里亚使馆",
            "中华人民共和国驻厄立特里亚国大使馆",
            "government",
            None,
        ),
        ("中国驻韩国大使李明到机场送行。", "中国驻韩国", "中华人民共和国驻大韩民国大使馆", "government", None),
        # a federation's official name (俄罗斯联邦) names China's embassy there too
        ("中国驻俄罗斯大使馆举行活动。", "中国驻俄罗斯大使馆", "中华人民共和国驻俄罗斯联邦大使馆", "government", None),
        # a foreign state's government and ministries are international
        ("埃及政府表示欢迎。", "埃及政府", "埃及政府", "international", "埃及"),
        ("叙利亚国防部发表声明。", "叙利亚国防部", "叙利亚国防部", "international", "叙利亚"),
        ("以军空袭了黎巴嫩南部。", "以军", "以色列国防军", "international", "以色列"),
        # the Central Military Commission is a state organ too; no parent stated
        ("中央军委印发通知。", "中央军委", "中央军事委员会", "government", None),
        # a bare 省委 after a preposition is the last named province's
        ("甘肃省举办宣讲活动。宣讲团来到省委机关。", "省委", "中共甘肃省委员会", "party", None),
        # provincial and city governments and party committees
        ("浙江省政府召开常务会议。", "浙江省政府", "浙江省人民政府", "government", None),
        ("浙江省政府办公厅印发通知。", "浙江省政府办公厅", "浙江省人民政府办公厅", "government", "浙江省人民政府"),
        ("上海市委召开常委会会议。", "上海市委", "中共上海市委员会", "party", None),
        # courts and customs are state organs
        ("最高人民法院发布典型案例。", "最高人民法院", "最高人民法院", "government", None),
        ("杭州海关查获一批走私货物。", "杭州海关", "杭州海关", "government", None),
        # media
        ("新华社发布消息。", "新华社", "新华通讯社", "media", None),
        # enterprises
        (
            "中国石油天然气集团有限公司发布年报。",
            "中国石油天然气集团有限公司",
            "中国石油天然气集团有限公司",
            "enterprise",
            None,
        ),
        # international organizations and foreign government bodies
        ("世界卫生组织发布报告。", "世界卫生组织", "世界卫生组织", "international", None),
        ("美国国务院发表声明。", "美国国务院", "美国国务院", "international", "美国"),
        # other: universities, academies, associations
        ("清华大学举办论坛。", "清华大学", "清华大学", "other", None),
        # the items of a list share the head of the known name before them
        ("中国人民解放军陆军、海军和空军派员参加。", "海军", "中国人民解放军海军", "government", "中国人民解放军"),
        ("中国人民解放军陆军、海军和空军派员参加。", "空军", "中国人民解放军空军", "government", "中国人民解放军"),
        # (CCTV's channels written after 中央电视台 are its units, as the dev gold names them)
        ("中央电视台综合频道、新闻频道将现场直播。", "新闻频道", "中央电视台新闻频道", "media", "中央电视台"),
        ("外交部、商务部和海关总署联合发文。", "商务部", "商务部", "government", None),
        # a delegation or a visiting group named by its own words
        ("中国体育代表团取得三枚金牌。", "中国体育代表团", "中国体育代表团", "other", None),
        # a kind of body after a known one (有关, 各级) or after 一个 is none named
        ("全国人大有关专门委员会负责人列席会议。", "全国人大有关专门委员会", None, None, None),
        ("一个黎军军事中心遭到袭击。", "黎军军事中心", None, None, None),
        ("亚太经合组织领导人非正式会议举行。", "亚太经合组织", "亚太经济合作组织", "international", None),
        # channels, armed wings and standing groups the news names often
        ("央视新闻、央视频同步转播。", "央视频", "央视频", "media", None),
        ("哈马斯下属武装派别卡桑旅称。", "卡桑旅", "卡桑旅", "international", "巴勒斯坦伊斯兰抵抗运动"),
        ("彭丽媛访问联合国教科文组织总部。", "联合国教科文组织", "联合国教科文组织", "international", "联合国"),
    ],
)
def test_extract_entities_organization(
    text: str, surface: str, label: str | None, category: str | None, parent: str | None
) -> None:
    orgs = _organizations(text)
    if label is None:  # no body there
        assert surface not in orgs, sorted(orgs)
        return
    assert surface in orgs, sorted(orgs)
    m = orgs[surface]
    assert (m.label, m.category, m.parent) == (label, category, parent)


# --- posts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # chained titles: one post each, the body carried over to a title without one
        (
            "中共中央政治局常委、国务院总理李强出席会议。",
            {("李强", "常委", "中共中央政治局", False, False), ("李强", "总理", "国务院", False, False)},
        ),
        (
            "中共中央政治局委员、外交部部长王毅会见外宾。",
            {("王毅", "委员", "中共中央政治局", False, False), ("王毅", "部长", "外交部", False, False)},
        ),
        (
            "工信部党组书记、部长金壮龙出席会议。",
            {
                ("金壮龙", "党组书记", "工业和信息化部", False, False),
                ("金壮龙", "部长", "工业和信息化部", False, False),
            },
        ),
        # the body named by its abbreviation is the canonical one
        ("发改委主任郑栅洁介绍。", {("郑栅洁", "主任", "国家发展和改革委员会", False, False)}),
        # a department head's body is the department
        ("工业和信息化部原材料工业司司长李明光介绍情况。", {("李明光", "司长", "原材料工业司", False, False)}),
        # deputy forms
        ("财政部副部长黄建民介绍情况。", {("黄建民", "副部长", "财政部", False, False)}),
        # a province's head holds the post in its people's government
        ("浙江省省长王浩主持召开会议。", {("王浩", "省长", "浙江省人民政府", False, False)}),
        ("中共浙江省委书记易炼红主持会议。", {("易炼红", "书记", "中共浙江省委员会", False, False)}),
        # foreign posts: the country is the body
        ("法国总统埃马纽埃尔·马克龙抵达北京。", {("埃马纽埃尔·马克龙", "总统", "法国", False, False)}),
        # a spokesperson
        ("外交部发言人毛宁表示，中方愿同各方合作。", {("毛宁", "发言人", "外交部", False, False)}),
        # acting: 代, 代理 (no body written, so none is given)
        ("代省长王浩主持会议。", {("王浩", "省长", None, False, True)}),
        ("会议由代理市长陈建华主持。", {("陈建华", "市长", None, False, True)}),
        # former: 时任, 原
        ("时任国家发展改革委主任何立峰出席。", {("何立峰", "主任", "国家发展和改革委员会", True, False)}),
        ("原国家林业局局长赵树丛接受采访。", {("赵树丛", "局长", "国家林业局", True, False)}),
        # a title list before several names applies to each of them
        (
            "国务院副总理丁薛祥、何立峰出席会议。",
            {("丁薛祥", "副总理", "国务院", False, False), ("何立峰", "副总理", "国务院", False, False)},
        ),
        # appointments: 任命X为…; removals: 免去X的…职务 end a post
        ("全国人大常委会决定任命刘志远为财政部部长。", {("刘志远", "部长", "财政部", False, False)}),
        ("全国人大常委会决定免去陈国栋的财政部部长职务。", {("陈国栋", "部长", "财政部", True, False)}),
    ],
)
def test_extract_entities_posts(text: str, posts: set[tuple[str, str, str | None, bool, bool]]) -> None:
    assert _posts(text) == posts


def test_extract_entities_post_mention_spans_the_title() -> None:
    text = "财政部副部长黄建民介绍情况。"
    extraction = _extract(text)
    (post,) = [r for r in extraction.relations if isinstance(r, Post)]
    assert extraction.norm.text[post.start : post.end] == "副部长"


# --- cases that once failed (each a general rule, in a sentence of its own) --------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("贝宁总统帕特里斯·塔隆会见中方代表团。", {"帕特里斯·塔隆"}),  # the whole name, not 帕特里斯·塔
        # a name written again in full is not its own tail (同戈伊塔总统 is no 伊塔)
        ("赵乐际会见马里总统戈伊塔。赵乐际表示，习近平主席同戈伊塔总统进行了会谈。", {"赵乐际", "戈伊塔", "习近平"}),
        # a transliterated name of four characters before a leader's title, after 和
        ("欧尔班总理和西雅尔多外长赴机场迎送。", {"欧尔班", "西雅尔多"}),
        # a set phrase jieba knows (普遍认为) starts no name
        ("国际舆论持续热议，普遍认为访问亮点频出。", set()),
        ("美国作家威廉·福特获奖后发表感言。", {"威廉·福特"}),  # nor the verb after it
        ("加纳总统阿库福-阿多抵达北京。阿库福-阿多表示，很高兴来华。", {"阿库福-阿多"}),  # hyphenated
        ("时任省长王浩主持会议。", {"王浩"}),  # 时任 is not a name
        ("外交部部长王毅同美国国务卿布林肯通电话。", {"王毅", "布林肯"}),  # 王毅|同
        ("历史学部主任王巍作了报告。", {"王巍"}),  # 主任 inside 学部主任, 王巍|作
        ("会议决定任命陈立新、刘洋为水利部副部长。", {"陈立新", "刘洋"}),  # a list of those appointed
        ("据外交部领事保护中心透露，撤离工作顺利。", set()),  # 保护 is a verb, not a name
        ("乌方称，俄军发动了袭击。", set()),  # a side, not a person
        # the verb of sending a message jieba ran into the name (佐科致/x|慰问电)
        ("习近平向印尼总统佐科致慰问电。", {"习近平", "佐科"}),
        # 干 transliterates (伊斯干达, 乌干达): the part after · goes on over 干达/a
        ("国家主席习近平致电易卜拉欣·伊斯干达，祝贺他就任。", {"习近平", "易卜拉欣·伊斯干达"}),
        ("伊朗工业部副部长阿里-礼萨在接受采访时表示欢迎。", {"阿里-礼萨"}),  # a double name, 礼萨 (Reza)
        # an adverb and a preposition jieba ran into the name after a title (还同/x|阮富仲)
        ("习近平总书记还同阮富仲总书记亲切会见青年代表。", {"习近平", "阮富仲"}),
        # a preposition jieba glued to a known name; a noun before a foreign name with ·
        ("应普京总统邀请，我即将对俄罗斯联邦进行国事访问。", {"普京"}),
        ("泰国国王已批准任命佩通坦·钦那瓦为总理。", {"佩通坦·钦那瓦"}),
        # 和 before a verb ends a name after a title; before a name it joins two people
        ("国务委员兼国防部长魏凤和出席会议。", {"魏凤和"}),
        ("外交部长王毅和李强出席会议。", {"王毅", "李强"}),
    ],
)
def test_extract_entities_people_regressions(text: str, people: set[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        ("浙江省代省长刘捷主持会议。", {("刘捷", "省长", "浙江省人民政府", False, True)}),
        ("浙江省代理省长王浩主持召开会议。", {("王浩", "省长", "浙江省人民政府", False, True)}),
        ("杭州市代市长姚高员主持会议。", {("姚高员", "市长", "杭州市人民政府", False, True)}),
        (
            "商务部部长王文涛、副部长郭婷婷出席。",  # the body of the name before goes on
            {("王文涛", "部长", "商务部", False, False), ("郭婷婷", "副部长", "商务部", False, False)},
        ),
        (
            "中共中央总书记、国家主席、中央军委主席习近平出席会议。",  # no party body for a state post
            {
                ("习近平", "总书记", "中共中央", False, False),
                ("习近平", "国家主席", None, False, False),
                ("习近平", "主席", "中央军事委员会", False, False),
            },
        ),
        (
            "江苏省委常委、常务副省长马欣出席。",  # a government head's post is the government's
            {
                ("马欣", "常委", "中共江苏省委员会", False, False),
                ("马欣", "常务副省长", "江苏省人民政府", False, False),
            },
        ),
        (
            "湖北省仙桃市委原常委、原副市长吴熙垚接受审查。",
            {("吴熙垚", "常委", "中共仙桃市委员会", True, False), ("吴熙垚", "副市长", "仙桃市人民政府", True, False)},
        ),
        (
            "中央纪委对宁夏回族自治区党委常委，自治区政府党组副书记、副主席陈立平立案审查。",
            {
                ("陈立平", "常委", "中共宁夏回族自治区委员会", False, False),
                ("陈立平", "党组副书记", "宁夏回族自治区人民政府", False, False),
                ("陈立平", "副主席", "宁夏回族自治区人民政府", False, False),
            },
        ),
        (
            "会议经表决，任命张明为最高人民法院副院长、审判委员会委员；免去刘强的最高人民法院副院长职务。",
            {
                ("张明", "副院长", "最高人民法院", False, False),
                ("张明", "委员", "最高人民法院审判委员会", False, False),
                ("刘强", "副院长", "最高人民法院", True, False),
            },
        ),
        ("赵乐际委员长主持会议。", {("赵乐际", "委员长", "全国人民代表大会常务委员会", False, False)}),
        (
            # 现任 before a body after a joiner is no part of the body's name
            "他曾任某站站长、现任北京市公安局房山分局特巡警支队政委张库。",
            {("张库", "政委", "北京市公安局房山分局特巡警支队", False, False)},
        ),
    ],
)
def test_extract_entities_posts_regressions(text: str, posts: set[tuple[str, str, str | None, bool, bool]]) -> None:
    assert _posts(text) == posts


def test_extract_entities_byline_post_is_not_repeated_without_its_body() -> None:
    posts = _posts("新华社北京5月10日电（记者王立彬、于文静）")
    assert posts == {("王立彬", "记者", "新华通讯社", False, False), ("于文静", "记者", "新华通讯社", False, False)}


@pytest.mark.parametrize(
    ("text", "surface", "label", "category"),
    [
        ("大厂回族自治县委书记李明主持会议。", "大厂回族自治县委", "中共大厂回族自治县委员会", "party"),
        ("安泽县人大常委会副主任王芳出席。", "安泽县人大常委会", "安泽县人民代表大会常务委员会", "government"),
        ("国务院总理会见刚果（布）总统萨苏。", "刚果(布)", "刚果共和国", "international"),
        ("安徽组织农技人员加大春管力度。", "安徽", "安徽省人民政府", "government"),
        ("中央纪委常委会会议听取汇报。", "中央纪委常委会", "中央纪律检查委员会常务委员会", "party"),
        # a noun holding a character of speech (志愿者: 愿) is part of the name
        ("中国文艺志愿者协会选出新一届领导。", "中国文艺志愿者协会", "中国文艺志愿者协会", "other"),
    ],
)
def test_extract_entities_organization_regressions(text: str, surface: str, label: str, category: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert (found[surface].label, found[surface].category) == (label, category)


@pytest.mark.parametrize(
    "text",
    [
        "陕西是科教资源大省。",
        "在广西，水稻种植面积超过两千万亩。",
        "甘肃陇南接壤四川，风景秀丽。",
        "眼下，江苏进入水稻栽插期。",
        "今天，辽宁省出现大范围降雪。",
        "去年，深圳进出口值占全省一半。",
        "乘客从北京、上海、广州出发前往巴厘岛。",
        "总书记近日在上海、江苏盐城考察时指出。",
        "作为沿海经济大省，山东处于对外开放的前沿。",
        "重庆站结束后，宜宾站是火炬传递的第二站。",
        "今年，北京和上海已是国际消费中心城市。",
        "游客从北京与上海出发前往新疆。",
        "这几天，益阳刚建成的高标准农田迎来了春播。",
        "在湖南长沙，当地的农民正忙着收割。",
        "广西、内蒙古等地的高标准农田开工，当地组织农民施工。",
        "保定涞水县九龙镇境内干道受损严重，当地组织突击队抢修。",
    ],
)
def test_extract_entities_a_place_that_does_not_act_is_no_body(text: str) -> None:
    assert not any(m.label.endswith("人民政府") for m in _organizations(text).values())


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("今年，辽宁把加强分类指导作为重点。", "辽宁省人民政府"),
        ("与此同时，青海还加快推进清洁能源产业。", "青海省人民政府"),
        ("这类项目，重庆今年已承接800多个。", "重庆市人民政府"),
        # two places that act together, and a list with a city known only with its 市
        ("今年，江苏与上海携手共建科创走廊。", "江苏省人民政府"),
        ("今年，江苏与上海携手共建科创走廊。", "上海市人民政府"),
        ("南宁、柳州、桂林已集结救援力量。", "柳州市人民政府"),
        # 当地 that acts is the government of the place the sentence last named
        ("在广西，水稻种植面积超过两千万亩，今年当地加大了农机投入。", "广西壮族自治区人民政府"),
        ("在种粮大县海丰县，今年当地扩大了托管服务规模。", "海丰县人民政府"),
        ("在吉林四平，为保护黑土地，今年春耕，当地使用新型播种机。", "四平市人民政府"),
        # an adverb jieba tags a noun, a verb it tags a status word, 对 … and a verb of doing
        ("今年，宁夏将重点做好教育、医疗等10个方面工作。", "宁夏回族自治区人民政府"),
        ("当前，宁夏正紧盯现代煤化工等产业。", "宁夏回族自治区人民政府"),
        ("今早，河南对南阳市启动防汛一级应急响应。", "河南省人民政府"),
        # a county the gazetteer lists; 把 before a quoted phrase; 通过 and a verb of doing
        ("针对问题，霞浦县组织党员干部深入基层。", "霞浦县人民政府"),
        ("主题教育开展以来，福建省把“四下基层”优良作风贯穿全过程。", "福建省人民政府"),
        ("坚持动真碰硬。龙岩通过开展“千名干部挂千企”等活动服务企业。", "龙岩市人民政府"),
        # 已 before a verb of doing; a list of three places, or one counted after it, that acts
        ("截至今天15时，海南省已紧急避险转移31.26万人。", "海南省人民政府"),
        ("从今年起，云南、贵州、四川三省共同开启赤水河保护宣传行动。", "贵州省人民政府"),
        ("在此基础上，内蒙古、浙江、四川将开展全省试点。", "浙江省人民政府"),
    ],
)
def test_extract_entities_a_place_that_acts_is_its_government(text: str, government: str) -> None:
    assert government in {m.label for m in _organizations(text).values()}


def test_extract_entities_states_that_join_a_body_act_as_states() -> None:
    found = _organizations("瑞典和芬兰去年5月申请加入北约，土耳其议会批准了议案。")
    joined = {m.label: m.category for m in found.values() if m.rule == "state_joining"}
    assert joined == {"瑞典": "international", "芬兰": "international"}


def test_extract_entities_department_goes_by_its_own_name_with_its_parent() -> None:
    found = _organizations("国家发展改革委评估督导司司长王青出席。")
    department = found["国家发展改革委评估督导司"]  # the mention quotes the parent's name too
    assert (department.label, department.parent) == ("评估督导司", "国家发展和改革委员会")
    assert "国家发展改革委" in found  # the parent is named too


def test_extract_entities_unit_of_a_known_body_before_its_heads_title() -> None:
    found = _organizations("国家林业和草原局林草调查规划院原副院长唐小平接受审查。")
    unit = found["国家林业和草原局林草调查规划院"]
    assert (unit.category, unit.parent) == ("government", "国家林业和草原局")
    assert ("唐小平", "副院长", "国家林业和草原局林草调查规划院", True, False) in _posts(
        "国家林业和草原局林草调查规划院原副院长唐小平接受审查。"
    )


@pytest.mark.parametrize(
    "text",
    ["陕西省首个汽车概念验证中心获得科技部门认定。", "中央广播电视总台与阿根廷公共媒体国务秘书办公室签署协议。"],
)
def test_extract_entities_no_body_name_across_verbs_or_two_bodies(text: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert not any(("获得" in label) or ("与" in label) for label in labels), labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该职位自今年起分别由斯蒂芬·加勒特担任。", "斯蒂芬·加勒特"),
        ("游戏开发者杰恩特·阿加瓦拉表示，新作即将上市。", "杰恩特·阿加瓦拉"),
    ],
)
def test_extract_entities_foreign_name_without_the_words_before_it(text: str, name: str) -> None:
    assert name in _people(text)
    assert not any(p != name and name in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "surface", "label", "category", "parent"),
    [
        # a foreign state's armed forces and services, and bodies after its one-character name
        ("乌克兰军方当天称，击落多架无人机。", "乌克兰军方", "乌克兰军队", "international", "乌克兰"),
        ("两名美海军士兵在海上失踪。", "美海军", "美国海军", "international", "美国"),  # the state its name states
        ("民调显示多数人反对德政府的决定。", "德政府", "德国政府", "international", "德国"),
        ("以外交部当天发表声明。", "以外交部", "以色列外交部", "international", "以色列"),
        ("俄议会广泛支持深化合作。", "俄议会", "俄罗斯议会", "international", "俄罗斯"),
        ("俄黑海舰队司令部遭袭。", "俄黑海舰队", "俄罗斯黑海舰队", "international", "俄罗斯"),
        ("俄空天军发动打击。", "俄空天军", "俄罗斯空天军", "international", "俄罗斯"),
        ("中国海军在南海举行演习。", "中国海军", "中国人民解放军海军", "government", "中国人民解放军"),
        # a foreign legislature jieba knows as one word; a ministry of one field
        ("韩国国会今天举行全体会议。", "韩国国会", "韩国国会", "international", "韩国"),
        ("哥伦比亚环境部已成立危机室。", "哥伦比亚环境部", "哥伦比亚环境部", "international", "哥伦比亚"),
        # a foreign company or institute with a name of its own
        ("加拿大国家铁路公司宣布停运。", "加拿大国家铁路公司", "加拿大国家铁路公司", "enterprise", None),
        ("李强会见美国维萨公司董事长。", "美国维萨公司", "美国维萨公司", "enterprise", None),
        (
            "据英国国家经济和社会研究所预测，经济将放缓。",
            "英国国家经济和社会研究所",
            "英国国家经济和社会研究所",
            "other",
            None,
        ),
        # national bodies named in full from 中国 or two states (中俄)
        ("研讨会由中国人权发展基金会主办。", "中国人权发展基金会", "中国人权发展基金会", "other", None),
        ("今年，中国水稻研究所发布报告。", "中国水稻研究所", "中国水稻研究所", "other", None),
        ("中国极地研究中心发布报告。", "中国极地研究中心", "中国极地研究中心", "other", None),
        ("据国际评级机构穆迪公司预测。", "穆迪公司", "穆迪公司", "enterprise", None),
        (
            "中国劳动和社会保障科学研究院发布报告。",
            "中国劳动和社会保障科学研究院",
            "中国劳动和社会保障科学研究院",
            "other",
            None,
        ),
        # a Chinese place names a school or a hospital alone before its ending
        ("两名学生被聊城大学录取。", "聊城大学", "聊城大学", "other", None),
        # a guidance group the Party's centre sends out is a Party body
        ("中央第九指导组奔赴河南、山东两省。", "中央第九指导组", "中央第九指导组", "party", None),
        # a place and the field a school teaches, which jieba reads as a verb
        ("总书记给合肥审计大学的学生回信。", "合肥审计大学", "合肥审计大学", "other", None),
        ("青海开放大学举行毕业典礼。", "青海开放大学", "青海开放大学", "other", None),
        # a region's Party committee by its short name
        ("希望内蒙古党委认真落实部署。", "内蒙古党委", "中共内蒙古自治区委员会", "party", None),
        # a company's full name after its group's name is one company
        (
            "江淮粮食集团有限责任公司原董事长受审。",
            "江淮粮食集团有限责任公司",
            "江淮粮食集团有限责任公司",
            "enterprise",
            None,
        ),
        # a newspaper in 《》, a PLA group army
        ("据美国《国会山报》报道，议案未获通过。", "国会山报", "国会山报", "media", None),
        (
            "陆军第76集团军某旅开展演练。",
            "第76集团军",
            "中国人民解放军陆军第76集团军",
            "government",
            "中国人民解放军陆军",
        ),
        # a foreign state's bodies belong to the state; its services to its armed forces
        ("俄罗斯国防部10日称，击落多架无人机。", "俄罗斯国防部", "俄罗斯国防部", "international", "俄罗斯"),
        ("俄防空部队击落多架无人机。", "俄防空部队", "俄罗斯防空部队", "international", "俄罗斯"),
        ("乌克兰特种作战部队当天称。", "乌克兰特种作战部队", "乌克兰特种作战部队", "international", "乌克兰"),
        ("日本内阁府今天公布数据。", "日本内阁府", "日本内阁府", "international", "日本"),
        ("韩国文化部宣布新规定。", "韩国文化部", "韩国文化部", "international", "韩国"),
        ("美国国土安全局颁布新规定。", "美国国土安全局", "美国国土安全局", "international", "美国"),
        ("李强会见澳大利亚联邦议会参议长。", "澳大利亚联邦议会", "澳大利亚联邦议会", "international", "澳大利亚"),
        # a chamber of a foreign parliament
        ("泰国国会下议院今天举行特别会议。", "泰国国会下议院", "泰国国会下议院", "international", "泰国国会"),
        ("美国驻华使领馆共发出3万份签证。", "美国驻华使领馆", "美国驻华使领馆", "international", "美国"),
        (
            "乌克兰武装部队总参谋部3日称。",
            "乌克兰武装部队总参谋部",
            "乌克兰武装部队总参谋部",
            "international",
            "乌克兰武装部队",  # the forces as the text names them in full
        ),
        # a place word inside a name (地下), a state's mission without 驻
        ("国际隧道与地下空间协会发布报告。", "国际隧道与地下空间协会", "国际隧道与地下空间协会", "international", None),
        ("签证费应在美国使领馆支付。", "美国使领馆", "美国使领馆", "international", "美国"),
        # a member word jieba glues to the body's name
        ("中法作为联合国安理会常任理事国，理应担当。", "联合国安理会", "联合国安全理事会", "international", "联合国"),
        # a province's delegation to a congress
        ("赵乐际参加他所在的四川代表团审议。", "四川代表团", "四川代表团", "government", None),
        ("他参加党的二十大广西代表团讨论。", "广西代表团", "广西代表团", "party", None),
        # a council at home is a state organ, whatever its ending says
        ("香港特区第七届区议会选举举行。", "香港特区第七届区议会", "香港特区第七届区议会", "government", None),
        # a government body's branch is a government body
        (
            "收费标准已得到人民银行深圳分行的批准。",
            "人民银行深圳分行",
            "中国人民银行深圳分行",
            "government",
            "中国人民银行",
        ),
        # a service named alone in a story about no foreign body is the PLA's
        ("海军第43批护航编队从湛江起航。", "海军", "中国人民解放军海军", "government", "中国人民解放军"),
        # a theatre command goes by its short name
        ("东部战区组织联合演习。", "东部战区", "东部战区", "government", None),
        # China's embassy after a verb's particle, a foreign consulate general by its short form
        (
            "他看望慰问了驻朝鲜使馆馆员。",
            "驻朝鲜使馆",
            "中华人民共和国驻朝鲜民主主义人民共和国大使馆",
            "government",
            None,
        ),
        ("中方支持马拉维驻长沙总领馆顺利运行。", "马拉维驻长沙总领馆", "马拉维驻长沙总领馆", "international", "马拉维"),
        # a foreign state's legislature named after it
        ("赵乐际会见坦桑尼亚国民议会议长阿克松。", "坦桑尼亚国民议会", "坦桑尼亚国民议会", "international", "坦桑尼亚"),
        # a school with a name of its own
        ("在北京，翠微小学为学生们精心设计了开学第一课。", "翠微小学", "翠微小学", "other", None),
        ("中国援助扩建的马拉坡学校被当地人誉为灯塔。", "马拉坡学校", "马拉坡学校", "other", None),
        # an ordinal opening a foreign company's own name (not 第一大银行, a rank)
        ("受美国第一共和银行关闭影响，股价下跌。", "美国第一共和银行", "美国第一共和银行", "enterprise", None),
        # the organising committee of a big games, by its short name
        ("杭州亚组委今天发布消息。", "杭州亚组委", "杭州第19届亚洲运动会组织委员会", "other", None),
        # the CPPCC's chairpersons' council, a body of the National Committee
        (
            "会议听取了全国政协主席会议关于提案工作的报告。",
            "全国政协主席会议",
            "中国人民政治协商会议全国委员会主席会议",
            "government",
            "中国人民政治协商会议全国委员会",
        ),
        # a theatre command's service, and a military region before a unit jieba glues to it (军区某)
        ("南部战区海军某驱逐舰支队展开训练。", "南部战区海军", "南部战区海军", "government", "南部战区"),
        # (the gazetteer's parent, 陆军, is no parent the name states)
        ("西藏军区某旅以一场演练开训。", "西藏军区", "西藏军区", "government", None),
        # a commission of China and another state, by their short names
        ("中俄投资合作委员会第十次会议召开。", "中俄投资合作委员会", "中俄投资合作委员会", "international", None),
        ("中意企业家委员会年会在罗马举行。", "中意企业家委员会", "中意企业家委员会", "other", None),
        ("中南国家双边委员会第八次全体会议举行。", "中南国家双边委员会", "中南国家双边委员会", "international", None),
        # the other state's short name first, as that state names the body; a friendship society
        ("老中合作委员会主席出席。", "老中合作委员会", "老中合作委员会", "international", None),
        ("柬中友好协会会长致辞。", "柬中友好协会", "柬中友好协会", "other", None),
        ("俄中友协主席表示欢迎。", "俄中友协", "俄中友协", "other", None),
        # a foreign state's bureau of one field, its airline, a company jieba knows by name
        ("该片获荷兰电影局资助。", "荷兰电影局", "荷兰电影局", "international", "荷兰"),
        ("一架土耳其航空公司客机降落。", "土耳其航空公司", "土耳其航空公司", "enterprise", None),
        ("美国辉瑞公司发布财报。", "美国辉瑞公司", "美国辉瑞公司", "enterprise", None),
        ("美国国家飓风中心发布预警。", "美国国家飓风中心", "美国国家飓风中心", "international", "美国"),
        # states listed before one body's kind each have that body
        ("叙利亚和伊朗政府均予以否认。", "叙利亚", "叙利亚政府", "international", "叙利亚"),
        # the items of a list share the head of the known unit before them
        (
            "听取了全国政协经济委员会、教科卫体委员会、社会和法制委员会的汇报。",
            "社会和法制委员会",
            "全国政协社会和法制委员会",
            "government",
            "中国人民政治协商会议全国委员会",
        ),
        # a foreign body's unit as written after the body's short name
        ("哈马斯政治局副主席遇袭身亡。", "哈马斯政治局", "哈马斯政治局", "international", "巴勒斯坦伊斯兰抵抗运动"),
        ("美军中央司令部发表声明。", "美军中央司令部", "美国中央司令部", "international", "美国"),
        # a foreign state's commission whose name holds a verb, its association of a trade,
        # its federal government as written
        ("土耳其最高选举委员会公布结果。", "土耳其最高选举委员会", "土耳其最高选举委员会", "international", "土耳其"),
        ("根据英国医师协会发布的消息。", "英国医师协会", "英国医师协会", "other", None),
        ("瑞士联邦政府19日宣布。", "瑞士联邦政府", "瑞士联邦政府", "international", "瑞士"),
        # a state's mission abroad by the name the text gives the state
        ("双方商讨重开沙特驻伊朗大使馆。", "沙特驻伊朗大使馆", "沙特驻伊朗大使馆", "international", "沙特阿拉伯"),
        ("俄驻美大使馆发表声明。", "俄驻美大使馆", "俄罗斯驻美大使馆", "international", "俄罗斯"),
        # a province by its short name before its government; a service's ministry
        ("内蒙古人民政府主办。", "内蒙古人民政府", "内蒙古自治区人民政府", "government", None),
        ("未经美国海军部特别许可不得进入。", "美国海军部", "美国海军部", "international", "美国"),
        # a provincial department by the province's full name; one named by its level alone
        ("新疆农业农村厅组织专家下乡。", "新疆农业农村厅", "新疆维吾尔自治区农业农村厅", "government", None),
        ("黑龙江省积极推进。省农业农村厅组织专家下乡。", "省农业农村厅", "黑龙江省农业农村厅", "government", None),
        ("在广东江门，市公安局民警巡逻。", "市公安局", "江门市公安局", "government", None),
        ("江苏省召开会议，省发展改革委负责同志参加。", "省发展改革委", "江苏省发展和改革委员会", "government", None),
        # a legislature or a party written bare: the one of the state its news item names
        ("美国国务院29日称，已绕过国会相关程序。", "国会", "美国国会", "international", "美国"),
        ("瑙鲁总统表示，复交是瑙鲁政府和议会的决断。", "议会", "瑙鲁议会", "international", "瑙鲁"),
        ("美国媒体发文称，民主党主政的政府漠不关心。", "民主党", "美国民主党", "international", None),
        ("西班牙首相表示，众议院将审议该法案。", "众议院", "西班牙众议院", "international", "西班牙"),
        # a province whose official speaks for it
        ("据湖南省有关负责人介绍，全省经济稳中向好。", "湖南省", "湖南省人民政府", "government", None),
        # a province's academy by its short form, named in full
        ("福建农科院与当地合作建设温室。", "福建农科院", "福建省农业科学院", "other", None),
        ("天津市农科院专家介绍。", "天津市农科院", "天津市农业科学院", "other", None),
        # a kind of body written between the state and the name
        ("英国市场调查企业凯度公司发布报告。", "凯度公司", "凯度公司", "enterprise", None),
        # a company that broadcasts is a medium; a museum is a museum whoever runs it
        ("节目在南非广播公司播出。", "南非广播公司", "南非广播公司", "media", None),
        ("武汉市青少年俱乐部举办活动。", "武汉市青少年俱乐部", "武汉市青少年俱乐部", "other", None),
        ("中国共产党历史展览馆推出新展览。", "中国共产党历史展览馆", "中国共产党历史展览馆", "other", None),
        # a ministry written as its 部门
        ("据加沙地带卫生部通报，伤亡继续上升。", "加沙地带卫生部", "加沙地带卫生部", "international", None),
    ],
)
def test_extract_entities_organization_named_by_rule(
    text: str, surface: str, label: str, category: str, parent: str | None
) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert (found[surface].label, found[surface].category, found[surface].parent) == (label, category, parent)


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        ("人大代表一头连着党和政府。", {"党和政府"}),
        ("美国地方法院驳回诉讼。", {"美国地方法院", "地方法院"}),
        ("中央纪委全会精神落到实处。", {"中央纪委全会精神落到实处"}),
        ("中联部负责人和中央宣讲团成员出席。", {"中联部负责人和中央宣讲团"}),
        ("他们向日本公司汇报公司经营情况。", {"日本公司", "汇报公司"}),
        ("上海企业服务中心发布通知。", {"服务中心"}),
        # a bare legislature: another state's, a state's of a federation, a kind or a field
        ("日本首相访美。\n埃及总统发表讲话\n埃及总统表示，国会将批准协议。", {"日本国会"}),
        ("据美国媒体报道，多州议会正考虑放宽限制。", {"美国议会"}),
        ("美国议员表示，要加强多边议会组织中的协调。", {"美国议会"}),
        ("双方推动在外交、议会、司法等各领域交往。巴西总统表示赞同。", {"巴西议会"}),
        ("韩国总统访问日本。此前，美国务院绕过国会批准对韩军售。", {"韩国国会", "日本国会"}),
        ("泸沽湖畔博树村原摩梭土司的后人。", {"博树村原摩梭土司", "摩梭土司"}),
        ("会议听取政协全国委员会专门委员会工作情况的汇报。", {"专门委员会", "政协全国委员会专门委员会"}),
        ("在会谈中德方代表表示愿加强委员会建设。", {"中德方代表表示愿加强委员会"}),
        ("他在中南海主持召开中央财经委员会会议。", {"中南海主持召开中央财经委员会"}),
        ("辽宁四处灌区改造工程加紧施工。", {"辽宁四处"}),
        ("要求各地交通运输部门优化客运站布局。", {"交通运输部", "交通运输部门优化客运站布局"}),
        ("大会为18家广东省认定跨国公司颁发证书。", {"广东省认定跨国公司"}),
        ("代表团抵达国家会议中心。", {"国家会议中心"}),
        ("从专题协商会到界别协商会，形式不断丰富。", {"专题协商会", "界别协商会"}),
        ("电站位于四川省宁南县和云南省巧家县交界处。", {"云南省巧家县交界处"}),
        ("立陶宛决定关闭两处边境口岸。", {"立陶宛关闭两处"}),
        ("游行队伍穿过杜塞尔多夫市中心。", {"杜塞尔多夫市中心"}),
        ("京津冀三地启动海关监管互认。", {"京津冀三地启动海关"}),
        ("叙利亚灾区很多医院缺少药品。", {"叙利亚灾区很多医院"}),
        ("省文物考古研究院院长和省博物馆馆长出席。", {"省文物考古研究院院长和省博物馆"}),
        ("喀什地区工委和墨玉县政协负责人出席。", {"喀什地区工委和墨玉县政协"}),
        ("澳大利亚总理阿尔巴尼斯在议会发表讲话。", {"澳大利亚总理阿尔巴尼斯在议会"}),
        ("东北地区大部和长江经济带交汇处有降雨。", {"东北地区大部", "长江经济带交汇处"}),
        ("要深化公立医院改革。", {"深化公立医院", "公立医院"}),
        # a body named inside a title is part of the work's name
        ("依据《中国共产党问责条例》严肃问责。", {"中国共产党"}),
        ("各方落实《联合国气候变化框架公约》。", {"联合国"}),
        # 以及, 以军法 and 军事 are no short names of a state's forces
        ("俄罗斯以及太平洋舰队参加演习。", {"以及太平洋舰队"}),
        ("美方在乌军事生物项目中负有责任。", {"乌军"}),
        ("届时，国内航空公司航线网络将覆盖全球。", {"国内航空公司"}),
        ("以军强行驱离医院中的人员。", {"以军强行驱离医院", "以色列国防军强行驱离医院"}),
        ("政协全国委员会各专门委员会主任名单公布。", {"专门委员会"}),
        ("扬州中远海运重工有限公司投产。", {"重工有限公司"}),
        # the ambassador of one state in another is not the host's
        ("俄罗斯驻美国大使安东诺夫表示反对。", {"美国"}),
        ("两大军事集团对抗加剧。", {"两大军事集团", "军事集团"}),
        ("公司新建培训中心和总部研发中心。", {"新建培训中心", "总部研发中心"}),
        ("会议通报了董事长有关集团的情况。", {"董事长有关集团", "有关集团"}),
        ("全国三级中医医院和地区性银行都在名单上。", {"全国三级中医医院", "地区性银行"}),
        ("市民热线服务中心和粮食产后服务中心投入使用。", {"市民热线服务中心", "粮食产后服务中心"}),
        ("晚会在音乐频道播出。", {"音乐频道"}),
        ("据国际评级机构穆迪公司预测。", {"国际评级机构穆迪公司"}),
        ("加拿大两大铁路公司停运。", {"加拿大两大铁路公司"}),
        ("以政府名义发布公告。", {"以政府"}),
        ("中国全国人大愿同巴议会加强交流。", {"全国人大愿同巴议会"}),
        ("党员志愿者走进城市三级医院和物业公司。", {"城市三级医院", "物业公司"}),
    ],
)
def test_extract_entities_no_body_from_common_words(text: str, not_bodies: set[str]) -> None:
    found = _organizations(text)
    assert not (not_bodies & (set(found) | {m.label for m in found.values()})), sorted(found)


def test_extract_entities_no_fake_parent_of_a_foreign_group_army() -> None:
    found = _organizations("俄军第58集团军参与行动。")
    assert "第58集团军" not in found


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("香港特区行政长官表示，特区政府将全力支持。", "特区政府", "香港特别行政区政府"),
        ("乌总统办公室主任当天表示欢迎。", "乌总统办公室", "乌克兰总统办公室"),
        ("当地最大医院希法医院停止运转。", "希法医院", "希法医院"),
    ],
)
def test_extract_entities_organization_named_from_context(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert found[surface].label == label


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        ("中国人民银行指导商业银行降低贷款利率。", {"中国人民银行指导商业银行", "指导商业银行"}),
        ("代表团参观新能源汽车股份公司。", {"参观新能源汽车股份公司"}),
        ("今年新设外商独资证券公司两家。", {"外商独资证券公司"}),
        ("河北中南部、广东中东部有强降雨。", {"河北中南部", "广东中东部"}),
    ],
)
def test_extract_entities_no_body_from_a_verb_or_a_direction(text: str, not_bodies: set[str]) -> None:
    found = _organizations(text)
    assert not (not_bodies & (set(found) | {m.label for m in found.values()})), sorted(found)


def test_extract_entities_district_court_jieba_calls_a_name() -> None:
    found = _organizations("越秀区人民法院一审判决原告败诉。")
    assert found["越秀区人民法院"].label == "越秀区人民法院"
    assert not any("辖区" in s for s in _organizations("辖区人民政府负责落实。"))


def test_extract_entities_unit_named_with_its_known_parent_in_one_word() -> None:
    found = _organizations("丁薛祥会见清华大学经济管理学院顾问委员会委员。")
    assert found["清华大学经济管理学院"].parent == "清华大学"
    assert "清华大学" in found  # the parent is named too
    assert _organizations("中国银行业协会发布报告。")["中国银行业协会"].parent is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("关于设立全国人大常委会代表工作委员会的决定草案。", "全国人大常委会代表工作委员会"),
        ("外交部领事保护中心提醒中国公民注意安全。", "外交部领事保护中心"),
        ("统一俄罗斯党最高委员会主席出席。", "统一俄罗斯党最高委员会"),
    ],
)
def test_extract_entities_unit_names_may_hold_titles_and_highest(text: str, surface: str) -> None:
    assert surface in _organizations(text), sorted(_organizations(text))


@pytest.mark.parametrize(
    ("text", "surface", "label", "category"),
    [
        (
            "他曾任第九届全国人民代表大会常务委员会委员。",
            "第九届全国人民代表大会常务委员会",
            "全国人民代表大会常务委员会",
            "government",
        ),
        ("八国集团峰会在当地举行。", "八国集团", "八国集团", "international"),
        ("会议听取了财政经济委员会的报告。", "财政经济委员会", "全国人民代表大会财政经济委员会", "government"),
        # the army of the war in Korea, by its short name and in full after 在韩 (not 韩|中国人民志愿军)
        ("抗美援朝志愿军老战士讲述往事。", "志愿军", "中国人民志愿军", "government"),
        ("第十一批在韩中国人民志愿军烈士遗骸回国。", "中国人民志愿军", "中国人民志愿军", "government"),
    ],
)
def test_extract_entities_known_body_in_another_form(text: str, surface: str, label: str, category: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert (found[surface].label, found[surface].category) == (label, category)


def test_extract_entities_foreign_prefecture_body_is_international() -> None:
    found = _organizations("据日本石川县政府消息，道路禁行。")
    assert (found["石川县政府"].label, found["石川县政府"].category) == ("石川县政府", "international")
    assert _organizations("安泽县政府表示支持。")["安泽县政府"].label == "安泽县人民政府"


def test_extract_entities_a_place_that_launches_acts() -> None:
    assert _organizations("今年，浙江启动千团万企拓市场行动。")["浙江"].label == "浙江省人民政府"


@pytest.mark.parametrize(
    ("text", "surface", "label", "category"),
    [
        # a foreign party's organs, and the bare 中央X in the chain after one
        ("赵乐际会见越共中央政治局委员、中央书记处常务书记。", "中央书记处", "越南共产党中央书记处", "international"),
        # a department of its central committee named in the chain, found or not
        ("越共中央书记处书记、中央内政部部长出席。", "中央内政部", "越南共产党中央内政部", "international"),
        ("越共中央书记处书记、中央对外部部长会见代表团。", "中央对外部", "越南共产党中央对外部", "international"),
        ("中共中央书记处书记、中央组织部部长出席。", "中央组织部", "中共中央组织部", "party"),
        ("老挝人民革命党中央总书记出席仪式。", "老挝人民革命党中央", "老挝人民革命党中央委员会", "international"),
        # a party or a national body's short name after another state is that state's
        ("马耳他工党领袖发来贺电。", "马耳他工党", "马耳他工党", "international"),
        ("莫桑比克解放阵线党主席表示。", "莫桑比克解放阵线党", "莫桑比克解放阵线党", "international"),
        ("东帝汶人民团结繁荣党主席出席。", "东帝汶人民团结繁荣党", "东帝汶人民团结繁荣党", "international"),
        ("美国移民局发布新规。", "美国移民局", "美国移民局", "international"),
        ("朝鲜外务省发言人发表谈话。", "朝鲜外务省", "朝鲜外务省", "international"),
        ("两国元首参观塞尔维亚国家博物馆。", "塞尔维亚国家博物馆", "塞尔维亚国家博物馆", "other"),
        # a leading group is named by its task, verbs and all; so is its office
        (
            "国家粮食安全协调推进领导小组办公室印发通知。",
            "国家粮食安全协调推进领导小组",
            "国家粮食安全协调推进领导小组",
            "government",
        ),
        (
            "中央学习贯彻主题教育领导小组召开会议。",
            "中央学习贯彻主题教育领导小组",
            "中央学习贯彻主题教育领导小组",
            "party",
        ),
        # publishers and museums named by their ending or by a place
        ("该书已由外文出版社出版。", "外文出版社", "外文出版社", "media"),
        ("游客走进西安博物院参观。", "西安博物院", "西安博物院", "other"),
        ("据人民日报报道，活动圆满结束。", "人民日报", "人民日报社", "media"),
        ("他在接受央视记者采访时说。", "央视", "中央广播电视总台", "media"),
    ],
)
def test_extract_entities_parties_groups_and_museums(text: str, surface: str, label: str, category: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert (found[surface].label, found[surface].category) == (label, category)


@pytest.mark.parametrize(
    "text",
    [
        "中共二十大为发展擘画了蓝图。",  # the congress is an event
        "双方在交流互鉴中共同发展。",  # 中|共同
        "县里成立了防汛领导小组。",  # a kind of group, not one named
        "全市有287家区县级医院。",  # a count of a kind
        "美国两党议员提出议案。",  # a kind of party
    ],
)
def test_extract_entities_no_body_in_these(text: str) -> None:
    found = _organizations(text)
    assert not found, sorted(found)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("俄方表示愿同中方加强合作。", "俄方", "俄罗斯"),
        # the one character names the state the story names that starts with it
        ("巴西总统卢拉会见王毅。巴方高度重视对华关系。", "巴方", "巴西"),
        ("斯洛伐克总理菲佐表示，斯方愿深化合作。", "斯方", "斯洛伐克"),
    ],
)
def test_extract_entities_a_side_is_its_state(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert (found[surface].label, found[surface].category) == (label, "international")
    assert "中方" not in found  # the home side is no body of the story


def test_extract_entities_no_side_in_common_words() -> None:
    assert not _organizations("打个比方，西方国家以方便为先。")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("陕西立足自身资源禀赋，提高转化效能。", "陕西", "陕西省人民政府"),  # 立足/d
        ("下一步，甘肃省将致力于打造新能源基地。", "甘肃省", "甘肃省人民政府"),  # 致力于/n
        ("甘肃省每年滚动实施一批改造项目。", "甘肃省", "甘肃省人民政府"),
        ("辽宁阜新对普通播种机进行改造。", "阜新", "阜新市人民政府"),
        # a county or district no gazetteer lists, by its ending
        ("红河州河口县紧急调度部署防汛工作。", "河口县", "河口县人民政府"),
        ("北京市西城区出台政策加大奖励力度。", "西城区", "北京市西城区人民政府"),
    ],
)
def test_extract_entities_places_acting_with_words_jieba_mistags(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert (found[surface].label, found[surface].category) == (label, "government")


def test_extract_entities_a_county_that_suffers_does_not_act() -> None:
    assert not _organizations("浦东新区累计降雨量80毫米。")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # a democratic party's 中央 is its central committee; its term is no other body
        ("民建中央主席出席会议。", "民建中央", "中国民主建国会中央委员会"),
        ("中国致公党第十五届中央委员会作工作报告。", "中国致公党第十五届中央委员会", "中国致公党中央委员会"),
        ("九三学社中央常务委员会举行会议。", "九三学社中央常务委员会", "九三学社中央常务委员会"),
        # a unit of a unit and a CPPCC special committee go by their own names
        ("兰州市政协人口资源环境委员会主任出席。", "兰州市政协人口资源环境委员会", "人口资源环境委员会"),
        (
            "国家药品监督管理局医疗器械技术审评中心审评六部副部长出席。",
            "国家药品监督管理局医疗器械技术审评中心审评六部",
            "审评六部",
        ),
        # a standing committee is named with its parent
        (
            "政协第十四届全国委员会常务委员会第五次会议召开。",
            "政协第十四届全国委员会常务委员会",
            "中国人民政治协商会议全国委员会常务委员会",
        ),
    ],
)
def test_extract_entities_committees_and_units_by_their_names(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert surface in found, sorted(found)
    assert found[surface].label == label


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("乌克兰武装部队总参谋部称，击落多架无人机。", "乌克兰武装部队", "乌克兰武装部队"),
        ("叙利亚政府军当天打击了目标。", "叙利亚政府军", "叙利亚政府军"),
        ("乌军称击退了进攻。", "乌军", "乌克兰军队"),  # a short form takes the gazetteer's name
    ],
)
def test_extract_entities_armed_forces_in_full_as_written(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert (found[surface].label, found[surface].category) == (label, "international")


def test_extract_entities_no_forces_where_a_state_says_or_two_states_talk() -> None:
    assert "俄罗斯称黑海舰队" not in {m.label for m in _organizations("俄称黑海舰队船只遭袭击。").values()}
    assert "日本政府军" not in {m.label for m in _organizations("议员抗议日本政府军事扩张。").values()}
    assert "德国政府" not in {m.label for m in _organizations("双方要发挥中德政府磋商机制作用。").values()}
    assert "德国政府" in {m.label for m in _organizations("德政府宣布新措施。").values()}


def test_extract_entities_bodies_in_china_of_a_kind_are_none_named() -> None:
    assert not _organizations("近日，多家在华外国商会发布的报告显示，市场吸引力强。")
    assert not _organizations("企业家和外国在华商协会代表参加活动。")


def test_extract_entities_places_of_a_list_act_together() -> None:
    found = _organizations("合肥、芜湖、安庆三市启动应急响应。")
    assert {m.label for m in found.values()} == {"合肥市人民政府", "芜湖市人民政府", "安庆市人民政府"}
    # 等地: the places where something is done, not bodies (as the dev gold lists them mostly)
    assert not _organizations("合肥、芜湖等地启动应急响应。")
    assert not _organizations("宣讲团分别在教育系统、海南、浙江等地宣讲。")  # where, not who
    assert not _organizations("北京、上海等地出现降雪。")  # what befalls the places


def test_extract_entities_cpc_delegation_is_the_partys() -> None:
    found = _organizations("中共代表团访问德国。")
    assert (found["中共代表团"].category, found["中共代表团"].parent) == ("party", "中国共产党")


def test_extract_entities_a_leader_and_his_name_make_no_unit() -> None:
    found = _organizations("塔吉克斯坦总统拉赫蒙率议会上院议长到机场迎接。")
    assert not any("拉赫蒙" in surface for surface in found), sorted(found)


def test_extract_entities_national_opener_and_kinds_of_government() -> None:
    found = _organizations("中国电视艺术家协会主席出席。")
    assert "中国电视艺术家协会" in found, sorted(found)  # jieba: 中国|电视艺术家协会
    assert not _organizations("各派同意组建联合政府。")  # a kind of government


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        ("我代表中国政府和中国人民致以诚挚慰问。", {"中国政府", "国务院"}),  # the state, not an organ
        ("人民政协要深入学习贯彻全会精神。", {"人民政协", "中国人民政治协商会议"}),  # the system
        ("会议审议通过中国人民政治协商会议章程修正案。", {"中国人民政治协商会议"}),  # a document's name
        ("研讨会正在这家机器人公司举行。", {"机器人公司"}),  # one of a kind
        ("北约计划在日本开设联络处。", {"日本开设联络处"}),  # a place and what is done there
        ("加沙地带多座医院遭到袭击。", {"加沙地带多座医院"}),  # a count of bodies
        ("这是合作区首部综合性法规。", {"合作区首部"}),
        ("厦门历届市委坚持这一工作。", {"厦门历届市委"}),  # successive committees, no name
        ("据意大利交通部门表示，事故正在调查。", {"意大利交通部门", "意大利交通部"}),  # a state's offices
        ("吉林省中小学迎来秋季开学。", {"吉林省中小学"}),  # a province's schools, none named
        ("联防联控机制派出工作指导组。", {"联防联控机制派出工作指导组"}),  # sending a group, a clause
        # a department after 、 far from any party's chain: not named by the chain rule
        ("越共中央书记处书记，访问期间会见了很多人、中央对外部部长出席。", {"中央对外部"}),
    ],
)
def test_extract_entities_no_body_from_a_state_a_system_or_a_count(text: str, not_bodies: set[str]) -> None:
    found = _organizations(text)
    assert not (not_bodies & (set(found) | {m.label for m in found.values()})), sorted(found)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("山西省原粮食局局长张某被查。", "山西省原粮食局", "山西省粮食局"),  # the former bureau by its name
        ("该报创办于1920年，隶属于哈萨克报业集团。", "哈萨克报业集团", "哈萨克报业集团"),  # after a verb
        ("世卫组织已设法与希法医院取得联系。", "希法医院", "希法医院"),
        ("他曾任中国人民政治协商会议第九届、十届全国委员会副主席。", None, "中国人民政治协商会议全国委员会"),
    ],
)
def test_extract_entities_body_named_without_the_words_around_it(text: str, surface: str | None, label: str) -> None:
    found = _organizations(text)
    labels = {m.label: m for m in found.values()}
    assert label in labels, sorted(found)
    if surface:
        assert labels[label].text == surface


def test_extract_entities_home_state_before_a_leaders_title_is_no_body() -> None:
    found = _organizations("在中国国家主席习近平见证下，双方签署协议。")
    assert "中国" not in found, sorted(found)


def test_extract_entities_foreign_service_belongs_to_its_state() -> None:
    found = _organizations("美国空军一架无人侦察机被拦截。")
    assert (found["美国空军"].parent, found["美国空军"].category) == ("美国", "international")


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("在云南省纪委监委，他了解了有关情况。", "云南省纪委", "中共云南省纪律检查委员会"),
        ("杭州市纪委监委通报了三起案例。", "杭州市纪委", "中共杭州市纪律检查委员会"),
        ("相信摩洛哥政府和人民一定能够战胜灾害。", "摩洛哥政府", "摩洛哥"),  # the state with its people
        ("向所罗门群岛政府和人民致以慰问。", "所罗门群岛政府", "所罗门群岛"),
        ("日本政府宣布了这一决定。", "日本政府", "日本政府"),
    ],
)
def test_extract_entities_local_commission_and_state_with_its_people(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert found[surface].label == label, sorted(found)


def test_extract_entities_a_later_item_of_a_list_after_a_preposition_does_not_act() -> None:
    found = _organizations("中欧班列从西安、成都扩容到重庆、武汉。")
    assert not found, sorted(found)


@pytest.mark.parametrize(
    ("text", "not_bodies"),
    [
        ("当地已布局建设97家专业研究所。", {"专业研究所"}),  # a count of a kind
        ("已有多家航运公司表示将暂停运营。", {"航运公司"}),
        ("省级黄埔军校同学会负责人参加了活动。", {"省级黄埔军校同学会"}),  # a level of a kind
        ("美国第一大银行摩根大通发布财报。", {"美国第一大银行", "第一大银行"}),  # a rank, not a name
        ("农村学校条件改善，当地职业学校开设课程。", {"农村学校", "职业学校"}),  # kinds of school
        ("义务教育阶段学校要落实要求。", {"义务教育阶段学校"}),
    ],
)
def test_extract_entities_no_body_from_a_count_or_a_level(text: str, not_bodies: set[str]) -> None:
    found = _organizations(text)
    assert not (not_bodies & (set(found) | {m.label for m in found.values()})), sorted(found)


def test_extract_entities_fleet_after_a_state_written_in_full() -> None:
    found = _organizations("以军9日摧毁了叙利亚舰队。")
    assert found["叙利亚舰队"].label == "叙利亚舰队", sorted(found)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # a clinic, a welfare home or a school named after its place, as written
        (
            "在河北沧州南皮县大浪淀乡卫生院，医生正在查房。",
            "河北沧州南皮县大浪淀乡卫生院",
            "河北沧州南皮县大浪淀乡卫生院",
        ),
        ("呼和浩特儿童福利院的孩子们过新年。", "呼和浩特儿童福利院", "呼和浩特儿童福利院"),
        ("云南昆明市滇池高原湖泊研究院发布报告。", "云南昆明市滇池高原湖泊研究院", "云南昆明市滇池高原湖泊研究院"),
        ("四川宜宾学院的学生参加活动。", "四川宜宾学院", "宜宾学院"),  # a school by its own place
    ],
)
def test_extract_entities_local_institution_as_written(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert found[surface].label == label, sorted(found)


def test_extract_entities_a_region_of_joined_short_names_acts_as_its_places() -> None:
    found = _extract("今天，京津冀签署深化口岸合作框架协议。").mentions
    labels = {m.label for m in found if m.kind == "organization"}
    assert labels == {"北京市人民政府", "天津市人民政府", "河北省人民政府"}, sorted(labels)
    assert not _organizations("京津冀地区出现大风降温。")  # what befalls the region


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # a place's own commission, not the state's that shares its short name
        ("在主题教育中，新疆发改委重点聚焦丝绸之路经济带建设。", "新疆发改委", "新疆维吾尔自治区发展和改革委员会"),
        ("浙江省发改委表示将加快推进。", "浙江省发改委", "浙江省发展和改革委员会"),
        ("国家发改委表示将加快推进。", "国家发改委", "国家发展和改革委员会"),
        ("苏丹武装部队与快速支援部队仍在交火。", "快速支援部队", "快速支援部队"),  # as the news names it
    ],
)
def test_extract_entities_local_commission_is_not_the_states(text: str, surface: str, label: str) -> None:
    found = _organizations(text)
    assert found[surface].label == label, sorted(found)


def test_extract_entities_foreign_name_with_dots_in_a_body() -> None:
    found = _organizations("约翰·冯·诺伊曼大学的学者认为。")
    assert "约翰·冯·诺伊曼大学" in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # states listed before one body's kind, joined by 以及 too
        ("波兰、捷克以及奥地利政府表示反对。", {"波兰政府", "捷克政府", "奥地利政府"}),
        # Chinese places before a Party committee or a government
        ("北京市、四川省委组织部门参加。", {"中共北京市委员会", "中共四川省委员会"}),
        ("江苏省和浙江省人民政府签署协议。", {"江苏省人民政府", "浙江省人民政府"}),
        # a count of the places listed stands for each one's body
        (
            "内蒙古、辽宁、山东、湖南等4省（区）人大常委会负责同志列席会议。",
            {
                "内蒙古自治区人民代表大会常务委员会",
                "辽宁省人民代表大会常务委员会",
                "山东省人民代表大会常务委员会",
                "湖南省人民代表大会常务委员会",
            },
        ),
    ],
)
def test_extract_entities_places_listed_before_one_body_each_have_it(text: str, bodies: set[str]) -> None:
    assert bodies <= {m.label for m in _organizations_all(text)}


def test_extract_entities_places_listed_as_places_have_no_body() -> None:
    # a list of places that is no list of bodies: the last item is a place, not a body's name
    assert not {m.label for m in _organizations_all("北京、天津和河北等地迎来降雪。")}


def _organizations_all(text: str) -> list[Mention]:
    return [m for m in _extract(text).mentions if m.kind == "organization"]


def _assert_bodies(text: str, present: str | None, absent: str | None) -> None:
    """The body labelled `present` is found in text and none labelled `absent` (None: no check)."""
    labels = {m.label for m in _organizations_all(text)}
    assert present is None or present in labels, labels
    assert absent is None or absent not in labels, labels


def test_extract_entities_short_name_of_a_chinese_body_after_a_foreign_state_is_that_states() -> None:
    labels = {m.label: m.category for m in _organizations_all("巴西民航局表示，航班已恢复正常。")}
    assert labels.get("巴西民航局") == "international"
    assert "中国民用航空局" not in labels


def test_extract_entities_no_body_inside_a_foreign_name_or_an_appointment() -> None:
    # 法塔赫 (a party's short name) inside a name written with ·; 华为 in 任命郭振华为
    found = _extract("埃及总统阿卜杜勒法塔赫·塞西会见代表团。会议任命郭振华为国家监委委员。")
    labels = {m.label for m in found.mentions if m.kind == "organization"}
    people = {m.label for m in found.mentions if m.kind == "person"}
    assert not {"巴勒斯坦民族解放运动", "华为技术有限公司"} & labels
    assert {"阿卜杜勒法塔赫·塞西", "郭振华"} <= people
    # the same names where they stand as bodies
    assert "华为技术有限公司" in {m.label for m in _organizations_all("华为公司发布新品。")}


def test_extract_entities_local_referent_is_the_nearest_place_not_its_province() -> None:
    # 当地 after a county-level city the gazetteer lists is that city's government, not the province's
    labels = {m.label for m in _organizations_all("河北涿州灾后重建正紧张进行，当地紧急调来机器人作业。")}
    assert "涿州市人民政府" in labels
    assert "河北省人民政府" not in labels


def test_extract_entities_another_bodys_centre_and_a_full_name_already_ending_so() -> None:
    labels = {m.label for m in _organizations_all("共青团中央书记处第一书记阿东致辞。丁薛祥到华能集团有限公司调研。")}
    assert "中共中央书记处" not in labels  # 共青团's 中央书记处, not the Party's
    assert "中国华能集团有限公司" in labels
    assert not {label for label in labels if label.endswith("有限公司有限公司")}


@pytest.mark.parametrize(
    "text", ["浙江已有100多家企业入驻。", "北京和上海已是国际消费中心城市。", "江苏已经成为制造业大省。"]
)
def test_extract_entities_a_place_that_has_or_is_is_no_body(text: str) -> None:
    assert not any(m.label.endswith("人民政府") for m in _organizations_all(text))


def test_extract_entities_any_ministry_of_a_foreign_state() -> None:
    labels = {m.label: m.category for m in _organizations_all("哈萨克斯坦紧急情况部称，当地时间今天上午一架客机坠毁。")}
    assert labels.get("哈萨克斯坦紧急情况部") == "international"
    for text in (
        "俄罗斯南部城市遭袭。",
        "美国部分地区降温。",
        "土耳其和埃及外交部发表声明。",
        "普京在国防部发表讲话。",
    ):
        assert not {label for label in (m.label for m in _organizations_all(text)) if label.endswith(("南部", "部分"))}
    assert "土耳其和埃及外交部" not in {m.label for m in _organizations_all("土耳其和埃及外交部发表声明。")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("浙江省安吉县余村党支部书记汪玉成说，村里变化很大。", "余村党支部"),  # the county is where it is
        ("唐陵村党委书记刘树安介绍了情况。", "唐陵村党委"),
        ("九龙湖社区党委书记王芳表示。", "九龙湖社区党委"),
    ],
)
def test_extract_entities_village_party_unit_before_its_secretary(text: str, body: str) -> None:
    found = {m.label: m.category for m in _organizations_all(text)}
    assert found.get(body) == "party"


@pytest.mark.parametrize(
    "text", ["全村党支部书记都来了。", "作为冒水村党支部书记，他很忙。", "刘桂珍全票当选村党支部书记。"]
)
def test_extract_entities_no_village_unit_without_a_village_name(text: str) -> None:
    assert not [m for m in _organizations_all(text) if m.rule == "village_unit"]


def test_extract_entities_presidium_of_a_session_where_it_acts_or_has_officers() -> None:
    found = {m.label: m for m in _organizations_all("十四届全国人大二次会议主席团举行第一次会议。")}
    presidium = found["十四届全国人大二次会议主席团"]
    assert (presidium.category, presidium.parent) == ("government", "全国人民代表大会")
    # a passing mention (the bills it handed over) names no body
    text = "关于十四届全国人大二次会议主席团交付审议的代表提出的议案审议结果的报告。"
    assert not [m for m in _organizations_all(text) if m.label.endswith("主席团")]


@pytest.mark.parametrize(
    ("text", "label", "category"),
    [
        # a short name the gazetteer gives a Chinese body, or another state's, after a foreign
        # state is that state's own body
        ("俄罗斯农业银行的卢森堡子公司遭到制裁。", "俄罗斯农业银行", "enterprise"),
        ("乌克兰国际文传电讯社10日报道。", "乌克兰国际文传电讯社", "media"),
        ("韩国央行决定加息。", "韩国央行", "international"),
    ],
)
def test_extract_entities_a_foreign_states_body_by_a_short_name_china_s_body_has(
    text: str, label: str, category: str
) -> None:
    found = {m.label: m for m in _organizations_all(text)}
    assert found[label].category == category
    assert not {"中国农业银行", "俄罗斯国际文传电讯社", "中国人民银行"} & set(found)


def test_extract_entities_presidium_of_a_party_congress_meeting_on_a_day() -> None:
    text = "中国共产党第二十次全国代表大会主席团21日上午在人民大会堂举行第三次会议。"
    presidium = {m.label: m for m in _organizations_all(text)}["中国共产党第二十次全国代表大会主席团"]
    assert (presidium.category, presidium.parent) == ("party", "中国共产党")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the presidium the story names, told again as 大会主席团
        (
            "十四届全国人大一次会议主席团常务主席第三次会议9日举行。大会主席团常务主席赵乐际主持会议。",
            "十四届全国人大一次会议主席团",
        ),
        # the one session the story names (its presidium named nowhere in full)
        ("参加十四届全国人大二次会议报道的新闻工作者，代表大会主席团表示感谢。", "十四届全国人大二次会议主席团"),
        ("十四届全国人大一次会议9日举行。会议听取了大会秘书处的汇报。", "十四届全国人大一次会议秘书处"),
    ],
)
def test_extract_entities_the_sessions_presidium_told_as_the_congress_s(text: str, body: str) -> None:
    found = [m for m in _organizations_all(text) if m.text in ("大会主席团", "大会秘书处")]
    assert [m.label for m in found] == [body]


def test_extract_entities_no_presidium_of_an_unknown_session() -> None:
    # two sessions named: which one's presidium is not said
    text = "十四届全国人大一次会议和十四届全国人大二次会议的代表中，大会主席团提名的人选。"
    assert not [m for m in _organizations_all(text) if m.text == "大会主席团"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("乌克兰方面同一天称，乌军在巴赫穆特方向继续推进。", "乌克兰"),
        ("以色列方面释放了30名被关押的巴勒斯坦人。", "以色列"),
        ("尼日尔方面10日称，法国驻军须在期限内撤离。", "尼日尔"),
    ],
)
def test_extract_entities_state_with_fangmian_saying_or_doing_acts(text: str, state: str) -> None:
    found = {m.label: m.category for m in _organizations_all(text)}
    assert found.get(state) == "international"


def test_extract_entities_fangmian_without_a_state_or_an_act_names_no_body() -> None:
    assert not _organizations_all("在技术方面表示支持。")
    assert "乌克兰" not in {m.label for m in _organizations_all("乌克兰方面的损失很大。")}


def test_extract_entities_standing_committee_of_a_local_party_committee() -> None:
    found = {m.label: m for m in _organizations_all("北京市委常委会召开会议，审议通过实施方案。")}
    committee = found["中共北京市委员会常务委员会"]
    assert (committee.category, committee.parent) == ("party", "中共北京市委员会")


def test_extract_entities_no_body_from_a_name_cut_at_a_bracket_or_from_a_departments_word() -> None:
    # the company's name runs on before (天津); 卫生部门 is the health authorities, no ministry
    text = "李希来到铁科华铁经纬（天津）信息技术有限公司。巴勒斯坦加沙地带卫生部门30日称，伤亡人数上升。"
    labels = {m.label for m in _organizations_all(text)}
    assert "信息技术有限公司" not in labels
    assert not {label for label in labels if "卫生部" in label}
    assert "加沙地带卫生部" in {m.label for m in _organizations_all("加沙地带卫生部30日称，伤亡人数上升。")}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("中阿合作论坛第十届企业家大会11日在沙特开幕。", "中国—阿拉伯国家合作论坛"),
        ("欧尔班在匈牙利执政党青民盟换届选举大会上表示。", "匈牙利青年民主主义者联盟"),
        ("学习贯彻党的二十大精神中央宣讲团成员分别在各地宣讲。", "学习贯彻党的二十大精神中央宣讲团"),
    ],
)
def test_extract_entities_gazetteer_forums_groups_and_foreign_parties(text: str, label: str) -> None:
    labels = {m.label for m in _organizations_all(text)}
    assert label in labels
    assert "中国民主同盟" not in labels  # 青民盟 holds 民盟 but is no Chinese party


def test_extract_entities_embassies_in_each_state_of_a_list() -> None:
    text = "中国驻新加坡、孟加拉国、特立尼达和多巴哥、摩洛哥等国使馆也举行了新春招待会。"
    found = {m.label: m for m in _organizations_all(text)}
    for written, state in (
        ("新加坡", "新加坡共和国"),
        ("孟加拉国", "孟加拉人民共和国"),
        ("特立尼达和多巴哥", "特立尼达和多巴哥共和国"),
        ("摩洛哥", "摩洛哥王国"),
    ):
        embassy = found[f"中华人民共和国驻{state}大使馆"]
        assert embassy.category == "government"
        assert text[embassy.start : embassy.end] == written  # grounded on the state's name as written
    # a list with an item that is no state gives none
    assert not _organizations_all("中国驻新加坡、各地使领馆都举办了活动。")


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("山桃花进入最佳观赏期，北京以花为媒，推出了系列文创产品。", "北京市人民政府"),
        ("今年，新疆以铸牢中华民族共同体意识为主线，讲好各民族故事。", "新疆维吾尔自治区人民政府"),
        ("广州以全市100多个爱国主义教育基地为主阵地，开展宣传教育活动。", "广州市人民政府"),
    ],
)
def test_extract_entities_place_taking_something_as_its_means_acts(text: str, government: str) -> None:
    assert government in {m.label for m in _organizations_all(text)}


def test_extract_entities_place_with_yi_and_no_wei_is_a_place() -> None:
    assert not _organizations_all("上海以南的地区降雨较多。")


def test_extract_entities_the_publishers_outlet_speaking_of_itself() -> None:
    found = {m.label: m for m in _organizations_all("央视网消息（新闻联播）：本台今天（9月15日）播发海峡时评。")}
    assert found["中央广播电视总台"].text == "本台"
    # no publisher named: 本台 names no body
    assert "中央广播电视总台" not in {m.label for m in _organizations_all("本台今天播发海峡时评。")}


@pytest.mark.parametrize(
    ("text", "label", "category"),
    [
        ("中国常驻联合国代表团举行招待会。", "中国常驻联合国代表团", "government"),
        ("中国常驻维也纳代表团近日举办春节招待会。", "中国常驻维也纳代表团", "government"),
        ("俄常驻联合国代表团方面称，会议推迟。", "俄罗斯常驻联合国代表团", "international"),
    ],
)
def test_extract_entities_permanent_missions(text: str, label: str, category: str) -> None:
    found = {m.label: m.category for m in _organizations_all(text)}
    assert found.get(label) == category
    assert "维也纳代表团" not in found


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("江西在去年改造的基础上，还将加装电梯1000部。", "江西省人民政府"),
        ("甘肃通过建设光伏电站，发展新能源产业。", "甘肃省人民政府"),
        ("黑龙江、吉林、辽宁在抓好秋粮收获的同时，统筹推进秋冬种工作。", "吉林省人民政府"),
    ],
)
def test_extract_entities_place_acting_after_a_framing_phrase(text: str, government: str) -> None:
    assert government in {m.label for m in _organizations_all(text)}


def test_extract_entities_place_in_a_frame_with_nothing_done_is_a_place() -> None:
    assert not _organizations_all("北京在春节期间，气温偏低。")


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("在女团决赛中，中国队3比2战胜日本队赢得冠军。", "日本队"),
        ("这是中国艺术体操队首次获得奥运金牌。", "中国艺术体操队"),
        ("中国女排国家队今天出征。", "中国女排国家队"),
        ("中国香港队获得第三名。", "中国香港队"),
    ],
)
def test_extract_entities_national_sports_teams(text: str, team: str) -> None:
    orgs = _organizations(text)
    assert orgs[team].category == "other"


def test_extract_entities_china_team_at_games_of_many_sports_is_the_delegation() -> None:
    assert _organizations("杭州亚运会男排预赛，中国队3比0战胜日本队。")["中国队"].label == "中国体育代表团"
    # at one sport's championship it is that sport's team (the dev gold: 中国游泳队, alias 中国队)
    assert _organizations("游泳世锦赛赛程过半，中国队再夺两金。")["中国队"].label == "中国游泳队"


@pytest.mark.parametrize("text", ["中国救援队抵达灾区。", "中国队员表示很兴奋。", "美国海军陆战队发表声明。"])
def test_extract_entities_no_sports_team_without_a_sport(text: str) -> None:
    assert not any(m.rule == "sports_team" for m in _organizations_all(text))


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        ("外贸大省浙江通过多种方式帮助企业争取海外订单。", {"浙江省人民政府"}),
        ("这段时间，浙江宁波、嘉兴、台州多地组织商务包机。", {"宁波市人民政府", "嘉兴市人民政府", "台州市人民政府"}),
    ],
)
def test_extract_entities_places_acting_by_some_means_after_an_epithet_or_their_province(
    text: str, governments: set[str]
) -> None:
    assert {m.label for m in _organizations_all(text) if m.rule == "place_acting"} == governments


def test_extract_entities_a_place_passed_through_does_not_act() -> None:
    assert not any(m.rule == "place_acting" for m in _organizations_all("高铁通过浙江多地运行。"))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("今年，黑龙江计划发放6亿元政府消费券。", "黑龙江省人民政府"),
        ("美国方面5日宣称，将向乌克兰提供装备。", "美国"),
        ("哈萨克斯坦“阿玛纳特”党主席科沙诺夫出席。", "哈萨克斯坦“阿玛纳特”党"),
        ("杭州亚运村为蒙古国体育代表团举行入住欢迎仪式。", "蒙古国体育代表团"),
        ("记者从中国科学院国家天文台获悉，观测取得进展。", "中国科学院国家天文台"),
    ],
)
def test_extract_entities_places_planning_sides_claiming_parties_delegations(text: str, label: str) -> None:
    assert label in {m.label for m in _organizations_all(text)}


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("日本气象厅2日上午宣布，日本海沿岸地区海啸预警全部解除。", "日本海沿岸地区海啸预警全部"),
        ("巩固以联合国宪章宗旨和原则为基础的世界秩序。", "联合国"),
    ],
)
def test_extract_entities_no_body_from_all_of_something_or_inside_a_charters_name(text: str, not_a_body: str) -> None:
    assert not_a_body not in {m.label for m in _organizations_all(text)}


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        (
            "北京市、上海市、广东省、教育部、人民日报社负责同志作交流发言。",
            {"北京市人民政府", "上海市人民政府", "广东省人民政府"},
        ),
        ("中央军委政治工作部、湖南省长沙市、辽宁省抚顺市负责同志发言。", {"长沙市人民政府", "抚顺市人民政府"}),
        ("李强听取福建省和福州市住房保障情况汇报。", {"福建省人民政府", "福州市人民政府"}),
    ],
)
def test_extract_entities_places_listed_with_bodies_or_reporting_are_governments(
    text: str, governments: set[str]
) -> None:
    assert governments <= {m.label for m in _organizations_all(text)}


@pytest.mark.parametrize(
    "text",
    [
        "宣讲团成员分别在清华大学、中央外办、甘肃等地宣讲。",
        "重庆和四川代表团的两位新闻发言人回答提问。",
        "李强先后来到乌鲁木齐市、国家林业和草原局的项目现场。",
    ],
)
def test_extract_entities_places_listed_where_something_happens_are_places(text: str) -> None:
    assert not any(m.rule == "place_listed_with_bodies" for m in _organizations_all(text))


def test_extract_entities_a_described_place_that_starts_something_acts() -> None:
    assert "福州市人民政府" in {m.label for m in _organizations_all("闽江下游的福州市开展城区水系综合治理。")}
    assert not any(m.rule == "place_acting" for m in _organizations_all("伊朗西部的席林堡市举行军事演习。"))


@pytest.mark.parametrize(
    ("text", "surface", "label", "parent"),
    [
        # a province before a city, a city or a province before a county: the body is named
        # from its own place on
        (
            "福建省厦门市公安局思明分局莲前派出所所长韩江海获表彰。",
            "福建省厦门市公安局思明分局",
            "厦门市公安局思明分局",
            "厦门市公安局",
        ),
        (
            "云南省临沧市沧源佤族自治县人民法院公开审理此案。",
            "云南省临沧市沧源佤族自治县人民法院",
            "沧源佤族自治县人民法院",
            None,
        ),
        ("湖北省广水市公安局交通警察大队民警赶到现场。", "湖北省广水市公安局", "广水市公安局", None),
        ("福建省莆田市仙游县总医院开设了发热门诊。", "福建省莆田市仙游县总医院", "仙游县总医院", None),
        # a district's bodies keep their city: 北京市东城区, 宁波市鄞州区
        ("北京市东城区人民政府发布通知。", "北京市东城区人民政府", "北京市东城区人民政府", None),
        ("宁波市鄞州区政协组织委员开展调研。", "宁波市鄞州区政协", "中国人民政治协商会议宁波市鄞州区委员会", None),
    ],
)
def test_extract_entities_local_bodies_named_from_their_own_place(
    text: str, surface: str, label: str, parent: str | None
) -> None:
    m = _organizations(text)[surface]
    assert (m.label, m.parent) == (label, parent)


def test_extract_entities_inside_longer_matches_the_pairwise_rule() -> None:
    """The one-sort test of which bodies a longer one covers gives what comparing every pair
    gives (a copy of the same span is not longer; a longer one may start at the same place)."""
    import random

    from kgbuild.extract.entities import _inside_longer

    rng = random.Random(7)
    for _ in range(2000):
        spans = [(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 20) for _ in range(rng.randint(0, 12)))]
        mentions = [Mention("organization", s, e, "x" * (e - s), "x") for s, e in spans]
        pairwise = [
            any(
                o is not m and o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                for o in mentions
            )
            for m in mentions
        ]
        assert _inside_longer(mentions) == pairwise


def test_extract_entities_members_and_another_body_are_no_body() -> None:
    """全国政协委员和政协机关干部: the body's members and another body, not one body named
    委员和政协."""
    labels = {m.label for m in _organizations("王五看望在海口的全国政协委员和政协机关干部。").values()}
    assert labels == {"中国人民政治协商会议全国委员会"}


def test_extract_entities_a_name_glued_to_wei_is_no_part_of_the_body() -> None:
    """庹震为|教科卫体委员会: a name jieba does not know, glued to 为, starts no body's name."""
    labels = {m.label for m in _organizations("会议任命庹震为教科卫体委员会副主任。").values()}
    assert "教科卫体委员会" in labels
    assert not any("为" in label for label in labels)


@pytest.mark.parametrize(
    ("text", "body", "parent"),
    [
        ("哈马斯下属武装派别卡桑旅20日称，将继续战斗。", "卡桑旅", "巴勒斯坦伊斯兰抵抗运动"),
        ("巴勒斯坦伊斯兰抵抗运动（哈马斯）下属武装派别卡桑旅称。", "卡桑旅", "巴勒斯坦伊斯兰抵抗运动"),
    ],
)
def test_extract_entities_a_body_the_text_says_is_under_another(text: str, body: str, parent: str) -> None:
    assert _organizations(text)[body].parent == parent


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a trade union named after its state and its trade
        ("德国火车司机工会10日举行罢工。", "德国火车司机工会", None),
        # China's unions as a movement, a body's verb before a kind, a sector of the CPPCC
        ("中国工会第十八次全国代表大会今天闭幕。", None, "中国工会"),
        ("英国政府面对工会要求时的态度令人不满。", "英国政府", "英国政府面对工会"),
        ("他所在的全国政协总工会界别提交了提案。", None, "中国人民政治协商会议全国委员会总工会"),
    ],
)
def test_extract_entities_trade_unions(text: str, present: str | None, absent: str | None) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert present is None or present in labels
    assert absent is None or absent not in labels


def test_extract_entities_a_town_named_after_a_state_is_not_the_state() -> None:
    """东|巴勒斯坦镇长: East Palestine's mayor, not a post of the state of Palestine."""
    assert "巴勒斯坦" not in {m.label for m in _organizations("东巴勒斯坦镇长科纳威表示。").values()}
    assert "巴勒斯坦" in {m.label for m in _organizations("巴勒斯坦总统阿巴斯表示。").values()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 政府间: between governments, no body
        ("2022年美国政府间对外军售额超过519亿美元。", None, "美国政府"),
        # a unit after its body and the body's short name in brackets
        ("巴勒斯坦伊斯兰抵抗运动（哈马斯）政治局领导人遇袭。", "巴勒斯坦伊斯兰抵抗运动政治局", "政治局"),
        # a member of a standing committee is no body
        ("他曾任中国共产党第十九届中央政治局常委。", None, "中央政治局常委"),
    ],
)
def test_extract_entities_bodies_between_brackets_and_members(text: str, present: str | None, absent: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert present is None or present in labels
    assert absent not in labels


def test_extract_entities_a_sessions_spokesperson_names_no_body() -> None:
    posts = _posts("十四届全国人大二次会议今天举行新闻发布会，大会发言人娄勤俭介绍，大会将于明天开幕。")
    assert not any(org == "大会" for _, _, org, _, _ in posts)


@pytest.mark.parametrize(
    "text",
    ["在宁夏当地学校开设课程。", "部署保定、张家口、廊坊属地派出所和交管等部门。"],
)
def test_extract_entities_a_places_bodies_of_a_kind_are_none(text: str) -> None:
    assert not any(("当地" in m.label or "属地" in m.label) for m in _organizations(text).values())


def test_extract_entities_a_museum_of_a_bodys_history_is_not_its_unit() -> None:
    found = _organizations("中国共产党历史展览馆推出新展览。")
    assert found["中国共产党历史展览馆"].parent is None
    assert "中国共产党" not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("并启动中国网球巡回赛。", "中国网"),  # 网球 is a word: no site
        ("中国石油大学举办论坛。", "中国石油"),  # a university named after the company
        ("穆迪可能下调一些大型美国银行的信用评级。", "美国银行"),  # a state's banks, not the bank
        ("民众在阿克罗蒂里英国空军基地外举行集会。", "英国空军"),  # the base, not the air force
        ("江西、江苏、安徽等地发布大雾橙色预警。", "江西"),  # the weather services warn, not the governments
        ("十八部委联合印发工作方案。", "十八部委"),  # a count of ministries
        ("她在县人民医院工作了四十年。", "人民医院"),  # a kind of hospital, its name not told
    ],
)
def test_extract_entities_no_body_in_a_longer_word_a_count_or_a_kind(text: str, absent: str) -> None:
    assert absent not in _organizations(text), sorted(_organizations(text))


def test_extract_entities_registered_company_with_a_verb_in_its_trade_name() -> None:
    """深圳市|创新|投资集团有限公司: a registered company's full name starts with its place, and
    a word after the place that jieba reads as a verb is part of it; the legal form alone is no
    company."""
    orgs = _organizations("深圳市创新投资集团有限公司董事长左丁出席。")
    assert orgs["深圳市创新投资集团有限公司"].label == "深圳市创新投资集团有限公司"
    assert orgs["深圳市创新投资集团有限公司"].category == "enterprise"
    assert "有限公司" not in orgs
    assert "济南二机床集团有限公司" in _organizations("在山东大学和济南二机床集团有限公司，他同干部交流。")


def test_extract_entities_the_cmc_departments_go_by_their_full_names() -> None:
    orgs = _organizations("军委联合参谋部、中央军委政治工作部负责同志发言。")
    assert orgs["军委联合参谋部"].label == "中央军事委员会联合参谋部"
    assert orgs["中央军委政治工作部"].label == "中央军事委员会政治工作部"
    assert orgs["中央军委政治工作部"].parent == "中央军事委员会"


def test_extract_entities_a_foreign_city_written_with_its_own_word_before_its_mayor() -> None:
    """喀山|市|市长梅特申: the foreign city is the mayor's body (no people's government abroad)."""
    orgs = _organizations("喀山市市长梅特申出席开幕式。")
    assert (orgs["喀山市"].label, orgs["喀山市"].category) == ("喀山市", "international")
    assert ("梅特申", "市长", "喀山市", False, False) in _posts("喀山市市长梅特申出席开幕式。")


def test_extract_entities_a_states_forces_by_the_full_name_the_story_writes() -> None:
    """乌克兰武装部队称，乌军继续…: the short form is the full name the story writes (not a second
    body, 乌克兰军队); a story that writes only the short form keeps the gazetteer's name."""
    labels = {m.label for m in _organizations_all("乌克兰武装部队称，乌军继续在前线作战。")}
    assert "乌克兰武装部队" in labels and "乌克兰军队" not in labels
    assert "乌克兰军队" in {m.label for m in _organizations_all("乌军继续在前线作战。")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a foreign minister titled 大臣 is the minister of that state's ministry of the field
        ("王毅会见挪威外交大臣艾德。", ("艾德", "大臣", "挪威外交部", False, False)),
        ("日本经济产业大臣西村康稔表示，将继续排放。", ("西村康稔", "大臣", "日本经济产业省", False, False)),
    ],
)
def test_extract_entities_a_foreign_minister_titled_daichen(text: str, post: tuple) -> None:
    assert post in _posts(text)


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        # 中国|人民|公安大学: 人民 after the national opener is part of a known body's name
        ("习近平给中国人民公安大学在读英烈子女回信。", "中国人民公安大学", "中国人民公安大学"),
        # 全国人大代表|盛虹控股集团有限公司: a member's title ends what stands before the company's name
        ("全国人大代表盛虹控股集团有限公司董事长缪汉根表示。", "盛虹控股集团有限公司", "盛虹控股集团有限公司"),
        # a province's team at the national games
        ("黑龙江队高雪松获得亚军。", "黑龙江队", "黑龙江队"),
    ],
)
def test_extract_entities_names_bounded_by_openers_titles_and_provinces(text: str, surface: str, label: str) -> None:
    orgs = _organizations(text)
    assert surface in orgs and orgs[surface].label == label, sorted(orgs)


@pytest.mark.parametrize(
    ("text", "surface", "label", "category", "parent"),
    [
        # a foreign state's body no list holds, opening a clause and speaking
        (
            "津巴布韦选举委员会26日宣布，结果揭晓。",
            "津巴布韦选举委员会",
            "津巴布韦选举委员会",
            "international",
            "津巴布韦",
        ),
        ("俄联邦航空运输署此前称，飞机坠毁。", "俄联邦航空运输署", "俄罗斯联邦航空运输署", "international", "俄罗斯"),
        # the day in brackets after 今天, the act made formal
        (
            "印度尼西亚选举委员会今天（4月24日）正式宣布结果。",
            "印度尼西亚选举委员会",
            "印度尼西亚选举委员会",
            "international",
            "印度尼西亚",
        ),
        (
            "日本全国渔业协会联合会21日重申，反对排海。",
            "日本全国渔业协会联合会",
            "日本全国渔业协会联合会",
            "other",
            "日本",
        ),
        # a prefecture the gazetteer places abroad has no people's government
        ("民众要求福岛县政府敦促日本政府。", "福岛县政府", "福岛县政府", "international", None),
        # a hospital the tagger finds is no state organ
        ("在向梨树县第一人民医院的医生远程问诊后。", "梨树县第一人民医院", "梨树县第一人民医院", "other", None),
    ],
)
def test_extract_entities_foreign_bodies_that_speak_and_bodies_abroad(
    text: str, surface: str, label: str, category: str, parent: str | None
) -> None:
    orgs = _organizations(text)
    assert surface in orgs, sorted(orgs)
    assert (orgs[surface].label, orgs[surface].category, orgs[surface].parent) == (label, category, parent)


def test_extract_entities_an_ending_alone_after_a_state_names_no_body() -> None:
    assert not any(m.label.startswith("俄罗斯") for m in _organizations_all("俄罗斯局称，局势稳定。"))


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a body's whole name in quotes, not a state organ's ending: named as quoted
        ("习近平复信美国华盛顿州“美中青少年学生交流协会”。", "美中青少年学生交流协会", "青少年学生交流协会"),
        ("合作共建的“新时代国际传播研究院”今天成立。", "新时代国际传播研究院", None),
        # a goal or a slogan in quotes is none
        ("坚持“以人民为中心”，建设“法治政府”。", None, "以人民为中心"),
        ("坚持“以人民为中心”，建设“法治政府”。", None, "法治政府"),
        # named bodies the gazetteer lists
        ("国家森林草原防灭火指挥部办公室联合多部门部署。", "国家森林草原防灭火指挥部办公室", None),
        ("中国援外医疗队不畏艰苦。", "中国援外医疗队", None),
    ],
)
def test_extract_entities_quoted_and_listed_bodies(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("美国田纳西州孟菲斯市警方27日公布了视频。", "孟菲斯市警方"),  # the nearest place's police
        ("以色列警方称，袭击者已被击毙。", "以色列警方"),
    ],
)
def test_extract_entities_a_foreign_places_police(text: str, surface: str) -> None:
    orgs = _organizations(text)
    assert surface in orgs, sorted(orgs)
    assert (orgs[surface].label, orgs[surface].category, orgs[surface].parent) == (surface, "international", None)


def test_extract_entities_places_the_gazetteer_adds_are_no_people() -> None:
    for text in ("同时，舒兰还加紧推进水毁农田修复。", "导弹攻击克里米亚、罗斯托夫和卡卢加地区。"):
        assert not {"舒兰", "罗斯托夫"} & _people(text)


def test_extract_entities_chinas_permanent_missions_and_none_of_many_states() -> None:
    text = "中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团与70多个国家常驻日内瓦代表团共同举办活动。"
    labels = {m.label for m in _organizations_all(text)}
    assert "中国常驻联合国日内瓦办事处和瑞士其他国际组织代表团" in labels
    assert "日内瓦代表团" not in labels
    assert "中华人民共和国常驻欧盟使团" in {m.label for m in _organizations_all("中国常驻欧盟使团发言人表示。")}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("美国军火商洛克希德—马丁公司获得合同。", "洛克希德—马丁公司", "马丁公司"),  # a dash joins a name
        ("英国护士工会——英国皇家护理学院表示。", "英国皇家护理学院", "——英国皇家护理学院"),  # not a dash of a clause
        ("东北局地大到暴雪。", None, "东北局"),  # 局地: locally
        ("欧元区面临有史以来首次长期高通胀。", None, "欧元区人民政府"),  # a currency's area
        ("英国总工会表示，将举行罢工。", "英国总工会", None),
        ("全国政协副主席、中央改革办分管日常工作的副主任穆虹出席。", "中央全面深化改革委员会办公室", None),
    ],
)
def test_extract_entities_dashes_areas_and_short_names(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_own_outlet_only_as_a_word() -> None:
    """本台 / 本社 speak for the publisher's outlet only as words of their own (not 日本|社会)."""
    doc = Document(id="t", text="央视网消息（新闻联播）：日本社会正面临物价高涨等问题。", source="t.txt")
    extraction = extract_document(doc, load_settings())
    assert "中央广播电视总台" not in {m.label for m in extraction.mentions if m.kind == "organization"}


def test_extract_entities_a_government_named_by_what_it_is() -> None:
    assert ("德拜巴", "总理", "利比亚民族统一政府", False, False) in _posts("利比亚民族统一政府总理德拜巴表示。")
    assert "叙利亚过渡政府" in {m.label for m in _organizations_all("叙利亚过渡政府宣布新的任命。")}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # verbal nouns or an idiom opening the words, then a kind of body: no name
        ("优化升级跨国公司本外币跨境资金集中运营管理政策。", "优化升级跨国公司", None),
        ("习近平总书记高度重视中小学科学教育工作。", "高度重视中小学", None),
        ("全国中小学互联网接入率达到100%。", "全国中小学", None),
        # after a place, a unit named by what it does is a name
        ("辽宁省防汛抗旱指挥部发布通告。", None, "辽宁省防汛抗旱指挥部"),
    ],
)
def test_extract_entities_acts_and_kinds_are_no_names(text: str, absent: str | None, present: str | None) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_a_place_acts_after_a_day_in_brackets() -> None:
    orgs = _organizations("海南昨天（12月21日）启动2024届高校毕业生校招活动。")
    assert "海南" in orgs and orgs["海南"].label == "海南省人民政府"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("第3期《求是》杂志发表习近平总书记重要文章。", "求是杂志社", "求是杂志"),  # the publisher's name
        ("被科索沃当局逮捕。", "科索沃当局", None),
        ("向习近平主席、中华人民共和国政府以及中国人民致以衷心祝贺。", None, "国务院"),  # the state, in a greeting
        ("四川、海南、吉林等多地发布了文旅消费券。", "海南省人民政府", None),  # places of many that act
        ("香港特区立法会通过条例。", "香港特别行政区立法会", None),
    ],
)
def test_extract_entities_names_the_gold_gives(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_a_cpc_departments_short_form_in_a_foreign_partys_chain() -> None:
    text = "越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅出席。中组部部长李干杰出席。"
    posts = _posts(text)
    assert ("张氏梅", "部长", "越南共产党中央组织部", False, False) in posts
    assert ("李干杰", "部长", "中共中央组织部", False, False) in posts


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("众议院由民主党人主导，共和党人表示反对。", "美国民主党", None),  # a party's members are the party
        ("众议院由民主党人主导，共和党人表示反对。", "美国共和党", None),
        ("日本立宪民主党党首泉健太表示反对。", "日本立宪民主党", "美国民主党"),  # a foreign party's own name
        ("各民主党派中央和全国工商联负责人出席。", None, "美国民主党"),
        ("几内亚比绍人民团结大会—几比民主党主席纳比亚姆表示。", None, "美国民主党"),
        ("中国天主教爱国会、中国基督教三自爱国运动委员会负责人出席。", "中国天主教爱国会", None),
        ("国家版本馆的文脉赓续。", "中国国家版本馆", None),
        ("四川遂宁充分利用桥下、街旁等空间建设公园。", "遂宁市人民政府", None),  # 充分利用/n is a verb of doing
        ("黑龙江哈尔滨广泛动员各企事业单位参与。", "哈尔滨市人民政府", None),
        ("北京正式对外发布了今年的计划。", "北京市人民政府", None),
        ("今年，广州将谋划推动一批项目。", "广州市人民政府", None),  # 谋划/n is a verb of doing
    ],
)
def test_extract_entities_party_members_religious_bodies_and_places_doing(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_a_patriotic_association_is_no_foreign_body() -> None:
    text = "中国天主教爱国会、中国基督教三自爱国运动委员会负责人出席。"
    orgs = {m.label: m.category for m in _organizations_all(text)}
    assert orgs.get("中国天主教爱国会") == "other" and orgs.get("中国基督教三自爱国运动委员会") == "other"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("以警方逮捕了至少10人。", "以色列警方", None),  # a state's police by its one-character name
        ("中共中央台办发言人就此答问。", "中共中央台湾工作办公室", "中国共产党"),
        ("中国佛教协会西藏分会会长班禅出席。", "中国佛教协会西藏分会", None),  # a branch of a known body
        ("台湾劳动党主席吴荣元出席。", None, "朝鲜劳动党"),
    ],
)
def test_extract_entities_short_states_police_branches_and_party_names(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("教育部直属师范大学负责同志参加。", None, "教育部直属师范大学"),  # a kind of unit
        ("优化高等学校学科设置。", None, "优化高等学校"),  # what is done to bodies of a kind
        ("充分利用综合医院独立院区。", None, "充分利用综合医院"),
        ("中共中央直属机关供给部育英小学校。", "中共中央直属机关供给部", None),  # a unit's own name
        ("黎真主党武装一名炮兵部队指挥官死亡。", None, "黎真主党武装一名炮兵部队"),  # one of a kind
        ("记者从中国钢研科技集团获悉。", "中国钢研科技集团有限公司", "中国钢研科技集团"),  # more of its own name
        ("展现求是创新的躬耕态度。", None, "求是杂志社"),
        ("隆重庆祝中国共产党成立100周年。", None, "中国共产党"),  # an anniversary names a day
        ("第3期《求是》杂志发表文章。", "求是杂志社", None),
        ("黑龙江垦区今年把提高单产作为重点。", None, "黑龙江垦区人民政府"),  # a farming region has none
    ],
)
def test_extract_entities_kinds_of_units_and_more_of_a_known_name(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("中国驻非盟使团与联合国非洲经济委员会合作。", "中华人民共和国常驻非洲联盟使团"),
        ("中国驻德国汉堡总领馆近日也举办活动。", "中华人民共和国驻汉堡总领事馆"),  # the city after its state
    ],
)
def test_extract_entities_chinas_missions_to_unions_and_consulates_in_a_states_city(text: str, present: str) -> None:
    _assert_bodies(text, present, None)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("与此同时，辽宁、山东、江西等多个省市开展了企业培育。", "山东省人民政府"),  # these among many provinces
        ("目前，天津、重庆、青岛、宁波等多个城市已经开始征求意见。", "宁波市人民政府"),
        ("为了提高收麦进度，绵阳游仙区推行农村土地托管服务。", "绵阳市游仙区人民政府"),  # a district unknown
    ],
)
def test_extract_entities_places_among_many_and_a_citys_district_act(text: str, present: str) -> None:
    _assert_bodies(text, present, None)


def test_extract_entities_a_foreign_states_centre_that_speaks_and_a_province_acting_in_order() -> None:
    orgs = {m.label: m.category for m in _organizations_all("智利国家灾难预防和响应中心3日表示，火灾仍在蔓延。")}
    assert orgs.get("智利国家灾难预防和响应中心") == "international"
    _assert_bodies("安徽省有序调度15万台联合收割机。", "安徽省人民政府", None)


def test_extract_entities_chinas_team_at_one_sports_championship_is_that_sports_team() -> None:
    _assert_bodies("中国队夺得2022年体操世锦赛男团冠军。", "中国体操队", "中国队")
    _assert_bodies("杭州亚运会上，中国队再夺金。", "中国体育代表团", None)  # a games of many sports


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("记者从北京市交通委了解到。", "北京市交通委员会", None),
        ("中央政府赠送给香港特别行政区。", "中央人民政府", None),
        ("常委会法制工作委员会主任沈春耀作说明。", "全国人民代表大会常务委员会法制工作委员会", "法制工作委员会"),
        ("这里是当年晋察冀边区政府所在地。", None, "晋察冀边区人民政府"),  # a border region has no 人民政府
        ("中央政府驻港联络办、中央政府驻澳联络办分会场。", "中央人民政府驻澳门特别行政区联络办公室", "中央人民政府"),
    ],
)
def test_extract_entities_short_forms_of_central_and_local_bodies(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("韩国最高法裁决日企赔偿。", "韩国最高法", "最高人民法院"),  # a state organ's short name abroad
        ("经党的二十大代表资格审查委员会审查。", None, "全国人民代表大会常务委员会代表资格审查委员会"),
        ("审议全国人大常委会代表资格审查委员会的报告。", "全国人民代表大会常务委员会代表资格审查委员会", None),
    ],
)
def test_extract_entities_a_state_organs_short_name_abroad_and_a_congress_own_committee(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        ("贵州罗甸全面开展小流域治理。", {"罗甸县人民政府"}),  # a county by its short name after its province
        ("今年，浙江安吉加快打造乡村就业创业平台。", {"安吉县人民政府"}),
        ("河北平泉通过落实河长制推进治理。", {"平泉市人民政府"}),  # a county-level city
        ("罗甸县全面开展小流域治理。", {"罗甸县人民政府"}),  # by its full name
    ],
)
def test_extract_entities_a_county_acting_by_its_short_or_full_name(text: str, governments: set[str]) -> None:
    assert {m.label for m in _organizations_all(text) if m.rule == "place_acting"} == governments


@pytest.mark.parametrize(
    "text",
    [
        "广东罗甸全面开展小流域治理。",  # a county's short name after a province it is not in
        "平原全面开展小流域治理。",  # a short name alone is an ordinary word (平原, a plain)
    ],
)
def test_extract_entities_a_county_short_name_needs_its_own_province_or_city(text: str) -> None:
    labels = {m.label for m in _organizations_all(text)}
    assert not {"罗甸县人民政府", "平原县人民政府"} & labels


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        # a district the gazetteer lists acts as its government, named with its city
        ("在天津，蓟州区加强山洪沟巡查排险。", {"天津市蓟州区人民政府"}),
        ("福建厦门市思明区要求国有企业新增岗位。", {"厦门市思明区人民政府"}),  # after its city and province
        # two districts after their city (not two places alone: 北京和上海已是…)
        ("北京市房山区、门头沟区紧急转移风险地区群众。", {"北京市房山区人民政府", "北京市门头沟区人民政府"}),
        ("今年，酒泉市着力发展高效节水农田。", {"酒泉市人民政府"}),  # a noun of doing after 着力
        ("鄂西山区山大人稀、交通不便。", set()),  # 西山区 is a district only where no other word is
        ("北京昌平区、门头沟区、房山区受损地区国道相继打通。", set()),  # what befalls the places
    ],
)
def test_extract_entities_a_district_acting(text: str, governments: set[str]) -> None:
    assert {m.label for m in _organizations_all(text) if m.rule == "place_acting"} == governments


def test_gazetteer_names_a_districts_bodies_with_its_city() -> None:
    gaz = load_gazetteer()
    assert gaz.places["房山区"].kind == "district" and gaz.places["房山区"].parent == "北京市"
    assert gaz.org("房山区政府").name == "北京市房山区人民政府"
    assert gaz.org("房山区委").name == "中共北京市房山区委员会"
    assert "鼓楼区" not in gaz.places  # a name four cities' districts share: the text says which
    assert "解放区" not in gaz.places  # a common word


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("瑞典检察院当天还宣布封锁现场。", "瑞典检察院", None),  # an adverb before the verb of speech
        (
            "欧盟气候监测机构哥白尼气候变化服务局6日公布数据。",
            "哥白尼气候变化服务局",
            "欧盟气候监测机构哥白尼气候变化服务局",
        ),
        ("尼日利亚国家电视台报道称，选举平稳进行。", "尼日利亚国家电视台", None),  # the state's broadcaster
        ("民众在韩国国会大楼前举行集会。", None, "韩国国会"),  # a building named after a body
        ("民众在韩国总统府前举行集会。", None, "韩国总统府"),  # where a protest stands
        ("珠海边检站发布数据。", "珠海边检站", None),
        ("塔吉克斯坦议会大楼即将落成。", None, "塔吉克斯坦议会"),
        ("广东调动各方力量深入一线。", "广东省人民政府", None),
    ],
)
def test_extract_entities_bodies_by_their_words_around(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_a_body_after_what_kind_it_is_keeps_its_owners_category() -> None:
    found = {m.label: m.category for m in _organizations_all("欧盟气候监测机构哥白尼气候变化服务局6日公布数据。")}
    assert found.get("哥白尼气候变化服务局") == "international"


@pytest.mark.parametrize(
    "text",
    [
        "广西南宁抽水蓄能电站工地上，工人加紧施工。",  # a plant named after the place
        "他先后参加渡江战役、江西剿匪、抗美援朝战争。",  # an item of a list of other things
        "海南受台风影响，部分用户停电。",  # what befalls the place
    ],
)
def test_extract_entities_a_place_that_names_a_plant_or_suffers_does_not_act(text: str) -> None:
    assert not any(m.rule == "place_acting" for m in _organizations_all(text))


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("据海关统计，今年前7个月，我国对其他金砖国家进出口增长。", "海关总署", None),  # customs named alone
        ("据深圳海关统计，深圳出口居首位。", "深圳海关", "海关总署"),  # a place's customs
        ("江苏增长12.8%，浙江增长21.5%。", None, "江苏省人民政府"),  # a figure of the place, no act
        ("成都直达黄龙九寨站的动车今天通车。", None, "成都市人民政府"),  # a train's origin
    ],
)
def test_extract_entities_customs_by_its_figures_and_places_by_theirs(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_an_armed_police_corps_and_its_detachment() -> None:
    found = {m.label: m.parent for m in _organizations_all("武警广西总队桂林支队官兵参与救援。")}
    assert found.get("武警广西总队") == "中国人民武装警察部队"
    assert found.get("武警广西总队桂林支队") == "武警广西总队"
    assert "广西总队" not in found


@pytest.mark.parametrize(
    ("text", "county", "province"),
    [
        # a county nearer than its province, by its short name (jieba tags 富平 a name)
        ("在陕西富平，当地组织农技人员深入田间指导。", "富平县人民政府", "陕西省人民政府"),
        ("在山东新泰，当地投入6500台农机。", "新泰市人民政府", "山东省人民政府"),
        ("在湖北当阳，当地提前培训农机手。", "当阳市人民政府", "湖北省人民政府"),
    ],
)
def test_extract_entities_local_stands_for_the_county_named_after_its_province(
    text: str, county: str, province: str
) -> None:
    _assert_bodies(text, county, province)


def test_extract_entities_a_unit_after_its_foreign_body_and_a_gloss_in_brackets() -> None:
    text = "俄罗斯国家杜马（议会下院）国际事务委员会主席斯卢茨基表示。"
    found = {m.label: m.parent for m in _organizations_all(text)}
    assert found.get("俄罗斯国家杜马国际事务委员会") == "俄罗斯国家杜马"
    assert "国际事务委员会" not in found


def test_extract_entities_a_states_forces_stationed_abroad() -> None:
    found = {m.label: (m.category, m.parent) for m in _organizations_all("要求法国驻尼日尔军队9月3日前撤离。")}
    assert found.get("法国驻尼日尔军队") == ("international", "法国")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("中央第十巡回指导组紧紧围绕主题开展工作。", "中央第十巡回指导组"),
        ("王小洪及主题教育中央第十五指导组全体成员参加。", "主题教育中央第十五指导组"),
    ],
)
def test_extract_entities_the_party_centres_numbered_guiding_groups(text: str, group: str) -> None:
    found = {m.label: m.category for m in _organizations_all(text)}
    assert found.get(group) == "party"


def test_extract_entities_national_teams_by_their_short_names_and_no_bureau_in_a_score() -> None:
    found = {m.label for m in _organizations_all("中国女排直落三局战胜德国女排。")}
    assert found == {"中国女排", "德国女排"}


@pytest.mark.parametrize(
    "text",
    [
        "北京、天津、河北中南部、山东大部、河南等地有高温。",  # most of a place
        "北京开始降雨，气温下降。",  # the weather where the place stands
        "保定、石家庄等地达到大暴雨级别。",
        "被誉为“没有围墙的江南文化博物馆”的古镇。",  # an epithet in quotes
    ],
)
def test_extract_entities_no_body_in_weather_parts_of_places_or_epithets(text: str) -> None:
    assert not _organizations_all(text)


@pytest.mark.parametrize(
    "text",
    ["加快落实联合国2030年可持续发展议程。", "全面深入贯彻军委主席负责制。"],
)
def test_extract_entities_no_body_that_opens_a_known_initiatives_name(text: str) -> None:
    assert not _organizations_all(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("江苏省也启动了基础研究三年行动方案。", "江苏省人民政府", None),  # 也 before a verb of doing
        ("上海也是国际大都市。", None, "上海市人民政府"),  # 也是: what the place is
        ("郑州、西安等地超过了15℃。", None, "郑州市人民政府"),  # a figure of the places
    ],
)
def test_extract_entities_a_place_that_also_acts_or_only_measures(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


def test_extract_entities_a_state_before_a_movements_name_does_not_share_it() -> None:
    found = {m.label for m in _organizations_all("以色列和巴勒斯坦伊斯兰抵抗运动（哈马斯）达成停火协议。")}
    assert "以色列伊斯兰抵抗运动" not in found


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("重庆市商务委数据监测显示，消费增长。", "重庆市商务委员会"),  # a city's commerce commission
        ("黑龙江省气象台发布暴雨红色预警。", "黑龙江省气象台"),
        ("记者从黄埔海关了解到，进出口增长。", "黄埔海关"),  # a customs district named by no city
        ("杭州亚运会上，中国代表团共723人参赛。", "中国体育代表团"),  # China's delegation at a games
        (
            "成都第31届世界大学生夏季运动会中国大学生体育代表团成立。成都大运会中国代表团由700余人组成。",
            "中国大学生体育代表团",  # the delegation the story names in full
        ),
    ],
)
def test_extract_entities_local_bureaus_customs_and_delegations(text: str, present: str) -> None:
    _assert_bodies(text, present, None)


@pytest.mark.parametrize(
    ("text", "label", "state"),
    [
        ("乌克兰遭袭。乌国家电力公司27日说，电网受损。", "乌克兰国家电力公司", "乌克兰"),  # from the rules
        ("俄罗斯国内局势。俄国民近卫军28日称，行动顺利。", "俄罗斯国民近卫军", "俄罗斯"),  # from the tagger
    ],
)
def test_extract_entities_a_state_by_its_one_character_name_is_named_in_full(text: str, label: str, state: str) -> None:
    found = {m.label: m.parent for m in _organizations_all(text)}
    assert found.get(label) == state


def test_extract_entities_no_state_in_full_the_story_does_not_name() -> None:
    assert "乌克兰国家电力公司" not in {m.label for m in _organizations_all("乌国家电力公司27日说，电网受损。")}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("中央纪委国家监委宣传部部长王建新表示。", "中央纪委国家监委宣传部"),
        ("中央纪委国家监委追责问责审查调查组进行调查。", "中央纪委国家监委追责问责审查调查组"),
    ],
)
def test_extract_entities_a_unit_the_ccdi_and_the_nsc_share_is_one_body(text: str, unit: str) -> None:
    found = {m.label: (m.category, m.parent) for m in _organizations_all(text)}
    assert found.get(unit) == ("party", "中央纪律检查委员会")
    assert "国家监察委员会" not in found


def test_extract_entities_public_libraries_are_a_kind_of_body() -> None:
    assert not _organizations_all("所有公共图书馆、文化馆和博物馆免费开放。")
    assert "上海市公共卫生临床中心" in {m.label for m in _organizations_all("上海市公共卫生临床中心发布消息。")}


def test_extract_entities_a_foreign_partys_name_may_hold_yu_but_not_join_two_bodies() -> None:
    found = {m.label for m in _organizations_all("应缅甸联邦巩固与发展党邀请，代表团访问缅甸。")}
    assert "缅甸联邦巩固与发展党" in found
    assert "巴西政府与劳工党" not in {m.label for m in _organizations_all("巴西政府与劳工党举行会谈。")}


@pytest.mark.parametrize(
    "text",
    ["俄军打击了乌军指挥部集结点。", "袭击针对的是学校内的哈马斯指挥中心。", "真主党对以军指挥部等目标发动打击。"],
)
def test_extract_entities_an_armed_forces_command_post_is_a_target(text: str) -> None:
    assert not {m.label for m in _organizations_all(text) if m.label.endswith(("指挥部", "指挥中心"))}


@pytest.mark.parametrize(
    ("text", "delegation", "party"),
    [
        ("越南共产党代表团访问北京。", "越南共产党代表团", "越南共产党"),
        ("王沪宁会见朝鲜劳动党代表团。", "朝鲜劳动党代表团", "朝鲜劳动党"),
    ],
)
def test_extract_entities_a_foreign_partys_delegation(text: str, delegation: str, party: str) -> None:
    found = {m.label: (m.category, m.parent) for m in _organizations_all(text)}
    assert found.get(delegation) == ("international", party)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("同一天，“北溪”天然气管道公司表示，管道受损。", "北溪天然气管道公司"),  # a quoted word opens the name
        ("人们参观“红旗”渠纪念馆。", "红旗渠纪念馆"),
        ("本届大运会期间将举办“国宝新韵”博物馆文创大集。", None),  # a quoted word before the bare kind
        ("记者今天从中国铁路北京局获悉。", "中国铁路北京局集团有限公司"),  # a railway bureau by its short name
    ],
)
def test_extract_entities_a_quoted_word_that_opens_a_name(text: str, label: str | None) -> None:
    labels = {m.label for m in _organizations_all(text)}
    if label is None:
        assert not {x for x in labels if x.endswith("博物馆")}, labels
    else:
        assert label in labels, labels


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("国际人士指出，美国持续拱火乌克兰冲突。", "美国", None),  # a state does what only a state does
        ("美国否决了决议草案。", "美国", None),
        ("在美国宣布制裁后，油价上涨。", None, "美国"),  # after 在: where or when, not who
        ("美国已经派遣多艘舰船进行跟踪监视。", None, "美国"),  # not an act only a state does
        ("俄罗斯和乌克兰军方5月31日交换了战俘。", "俄罗斯军队", None),  # two states share the word
        ("芬兰加入北约及瑞典可能加入北约。", "瑞典", None),
        ("既展现新时代中国共产党人的政治引领。", None, "中国共产党"),  # the party's members
    ],
)
def test_extract_entities_states_acting_and_sharing_a_body(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("俄军称，俄防空部队均发现目标并实施拦截。", "俄罗斯军队"),  # a service of the army the story names
        ("俄防空部队均发现目标并实施拦截。", "俄罗斯"),  # else of its state
    ],
)
def test_extract_entities_a_foreign_armys_service_and_its_parent(text: str, parent: str) -> None:
    found = {m.label: m for m in _organizations_all(text)}
    assert found["俄罗斯防空部队"].parent == parent


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("美一架波音757客机因机翼受损中途备降。", None, "波音公司"),  # a model number names the aircraft
        ("全球最大的锂电生产企业宁德时代2022年全球市场占有率为37.0%。", "宁德时代新能源科技股份有限公司", None),
        ("贵阳大数据交易所完成首笔交易。", "贵阳大数据交易所", None),  # an exchange, by its place
        ("上海期货交易所要加快建成世界一流交易所。", None, "世界一流交易所"),  # a kind, not a name
        ("精度领先于国际同级别实验室的技术水平。", None, "级别实验室"),
        ("据加州林业和消防局17日的数据，山火仍在蔓延。", "加州林业和消防局", None),
        ("武警北京总队5000名官兵参加。", "武警北京总队", None),
    ],
)
def test_extract_entities_makers_models_exchanges_and_bodies_abroad(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)
    found = {m.label: m for m in _organizations_all(text)}
    if present == "加州林业和消防局":
        assert found[present].category == "international"  # a foreign region's organ
    if present == "武警北京总队":
        assert found[present].parent == "中国人民武装警察部队"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("主持召开中国—沙特高级别联合委员会第四次会议。", "中国—沙特高级别联合委员会"),  # states joined by a dash
        ("中国－委内瑞拉高级混合委员会举行会议。", "中国-委内瑞拉高级混合委员会"),  # (the dash as normalised)
    ],
)
def test_extract_entities_a_commission_of_china_and_a_state_named_with_a_dash(text: str, label: str) -> None:
    found = {m.label: m for m in _organizations_all(text)}
    assert found[label].category == "international", sorted(found)
    assert label.split("中国")[1][1:] not in found  # not the name cut after the dash


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        ("新疆塔城探索发展特色产业。", {"塔城地区行政公署"}),  # a prefecture's government is its office
        ("陕西渭南今年大面积推广玉米大豆带状复合种植。", {"渭南市人民政府"}),
        ("山东德州累计投入播种机械2万台。", {"德州市人民政府"}),  # a city's short name after its province
        ("安徽提出加快芜湖数据中心集群建设。", {"安徽省人民政府"}),  # another place's body after the verb
        ("江苏累计接待游客5000万人次。", set()),  # a figure of the place
        ("美国德州遭遇暴雪。", set()),
    ],
)
def test_extract_entities_places_acting_after_adverbs_and_short_names(text: str, governments: set[str]) -> None:
    assert {m.label for m in _organizations_all(text) if m.rule == "place_acting"} == governments


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # every state of a list that does what only a state does, up to 等 and a count
        ("伊拉克、阿联酋、科威特等多个产油国也宣布减产计划。", {"伊拉克", "阿联酋", "科威特"}),
        ("美国和英国宣布对伊朗实施制裁。", {"美国", "英国"}),
        ("沙特、卡塔尔、埃及等多个阿拉伯国家发表声明。", {"沙特阿拉伯", "卡塔尔", "埃及"}),
        # every state of a list that joins a body
        ("亚投行理事会批准萨尔瓦多、所罗门群岛、坦桑尼亚加入亚投行的申请。", {"萨尔瓦多", "所罗门群岛", "坦桑尼亚"}),
    ],
)
def test_extract_entities_lists_of_states_acting(text: str, states: set[str]) -> None:
    found = {m.label for m in _organizations_all(text) if m.rule in ("state_acting", "state_joining")}
    assert found == states


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("俄罗斯海军与空天军举行联合演习。", "俄罗斯空天军", None),  # a service joined to the state's
        ("白俄罗斯空军和防空部队发现并摧毁多个空中目标。", "白俄罗斯空军和防空部队", "白俄罗斯空军"),  # one service
        ("习近平出席金砖国家领导人第十五次会晤。", None, "金砖国家"),  # the states' leaders meet
        ("前7个月，我国对其他金砖国家进出口2.38万亿元。", None, "金砖国家"),  # their trade is counted
    ],
)
def test_extract_entities_services_joined_and_groups_of_states(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("据以色列陆军电台14日消息，袭击造成伤亡。", "以色列陆军"),  # a body named after the service
        ("中国与菲律宾政府间合作的旗舰项目。", "菲律宾政府"),  # between governments
        ("当前共有四支伊朗海军舰队在国际水域执行任务。", "伊朗海军舰队"),  # units counted
        ("“宁波帮”人士积极捐资。", "宁波市人民政府"),  # a quoted word the place starts
        ("穆迪还将另外11家美国银行的评级展望下调。", "美国银行"),  # banks of a state counted
    ],
)
def test_extract_entities_no_body_in_names_counts_and_quoted_words(text: str, absent: str) -> None:
    _assert_bodies(text, None, absent)


def test_extract_entities_a_states_armed_forces_by_its_short_name() -> None:
    _assert_bodies("瓦格纳雇佣兵集团向俄武装力量转移装备。", "俄罗斯军队", None)


def test_extract_entities_cctvs_channels_written_after_its_name() -> None:
    text = "届时，中央广播电视总台所属中央电视台综合频道、新闻频道、中文国际频道、4K超高清频道将进行现场直播。"
    found = {m.label: m for m in _organizations_all(text)}
    for channel in ("综合频道", "新闻频道", "中文国际频道", "4K超高清频道"):
        assert found["中央电视台" + channel].parent == "中央电视台", sorted(found)
    # written as 央视's, the channel is the broadcaster's
    found = {m.label: m for m in _organizations_all("央视综合频道今晚播出。")}
    assert found["央视综合频道"].parent == "中央广播电视总台"


def test_extract_entities_a_body_under_another_after_its_bracketed_short_name_and_de() -> None:
    found = {m.label: m for m in _organizations_all("巴勒斯坦伊斯兰抵抗运动（哈马斯）的下属武装派别卡桑旅发表声明。")}
    assert found["卡桑旅"].parent == "巴勒斯坦伊斯兰抵抗运动"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("尼加拉瓜桑地诺民族解放阵线总书记奥尔特加出席。", "尼加拉瓜桑地诺民族解放阵线"),  # a front, by its ending
        ("以及解放巴勒斯坦人民阵线（人阵）三个派别领导人。", "解放巴勒斯坦人民阵线"),  # with the word of liberation
    ],
)
def test_extract_entities_fronts_abroad(text: str, label: str) -> None:
    found = {m.label: m for m in _organizations_all(text)}
    assert found[label].category == "international", sorted(found)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("第一次到市图书馆借阅图书。", None, "市图书馆"),  # a level and the kind alone: no name
        ("市场监管总局（标准委）近日发布了6项国家标准。", "国家标准化管理委员会", None),  # the short name in brackets
    ],
)
def test_extract_entities_a_bare_kind_after_a_level_and_a_bracketed_short_name(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "label", "parent"),
    [
        # a state's office at a body of states is the state's
        ("伊朗驻伊斯兰合作组织代表处恢复工作。", "伊朗驻伊斯兰合作组织代表处", "伊朗"),
        # a body named after the question of a state is no body of it
        ("叙利亚问题阿拉伯部长级联络委员会会议14日在约旦举行。", "叙利亚问题阿拉伯部长级联络委员会", None),
    ],
)
def test_extract_entities_missions_at_bodies_of_states_and_bodies_on_a_question(
    text: str, label: str, parent: str | None
) -> None:
    found = {m.label: m for m in _organizations_all(text)}
    assert found[label].parent == parent, sorted(found)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("专家认为，中共二十届三中全会对进一步全面深化改革作出部署。", None, "中国共产党"),  # the plenum's name
        ("李克强曾任中共十七届、十八届中央政治局常委。", "中国共产党", None),  # the organs of its terms
    ],
)
def test_extract_entities_a_party_named_in_its_plenums_name(text: str, present: str | None, absent: str | None) -> None:
    _assert_bodies(text, present, absent)


def test_entities_a_service_belongs_to_the_armed_forces_by_the_name_the_story_gives_them() -> None:
    text = "乌克兰武装部队总参谋部6日称，乌空军对俄军实施打击。乌军继续推进。"
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs["乌克兰空军"].parent == "乌克兰武装部队"
    assert "乌克兰军队" not in orgs


def test_entities_a_body_whose_founding_is_celebrated_is_the_anniversarys_name_only() -> None:
    text = "要深入学习贯彻习近平总书记在庆祝中国人民政治协商会议成立75周年大会上的重要讲话精神。"
    assert "中国人民政治协商会议" not in {m.label for m in _organizations(text).values()}
    # named as a body elsewhere, it is one there
    text = "中国人民政治协商会议是统一战线组织。" + text
    assert "中国人民政治协商会议" in {m.label for m in _organizations(text).values()}


def test_entities_china_at_a_championship_by_its_short_name_is_that_sports_team() -> None:
    orgs = _organizations("成都世乒赛团体赛中，三名队员组成的中国队发挥出色。")
    assert orgs["中国队"].label == "中国乒乓球队"
    assert _organizations("世界海关组织第六届全球AEO大会在京举行。")["世界海关组织"].category == "international"


def test_entities_states_listed_before_many_states_act_on_the_day_written() -> None:
    orgs = {m.label for m in _organizations("伊朗、沙特、卡塔尔、伊拉克、埃及和约旦等多国9日发表声明。").values()}
    assert {"伊朗", "沙特阿拉伯", "卡塔尔", "伊拉克", "埃及", "约旦"} <= orgs
    assert "伊朗" in {m.label for m in _organizations("伊朗9日发表声明，谴责袭击。").values()}


def test_entities_a_hospital_a_level_above_is_no_name() -> None:
    assert not _organizations("接诊的医生立即联系了当地上级医院。")


def test_entities_a_place_told_what_it_must_do_is_not_acting() -> None:
    assert not _organizations("习近平总书记指出，广东要把水资源优化配置抓好。")
    assert "思明区" in _organizations("福建厦门市思明区要求国有企业新增岗位。")


@pytest.mark.parametrize(
    "text",
    [
        "安徽黄山凌晨起遭遇暴雨袭击。",  # the weather from a time on
        "今早，辽宁省开始了新一轮的大范围强降雨天气。",
        "春节假期前三天，内蒙古接待国内游客1262.80万人次。",  # the visitors it receives
        "一时间，宁德掀起了山海资源开发利用的热潮。",
    ],
)
def test_entities_what_befalls_a_place_is_not_its_government_acting(text: str) -> None:
    assert not _organizations(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("增加两国航班，推动人员往来。", "中国国际航空股份有限公司"),  # 两国|航班, not 国航
        ("前三季度，全国新办涉税经营主体达1257.8万户。", "国务院新闻办公室"),  # 全国|新办, not 国新办
        ("美国航空一波音客机爆胎。", "波音公司"),  # the aircraft
    ],
)
def test_entities_no_body_glued_across_words_or_standing_for_its_product(text: str, absent: str) -> None:
    assert absent not in {m.label for m in _organizations(text).values()}
    assert "中国国际航空股份有限公司" in {m.label for m in _organizations("国航将开通新航线。").values()}


def test_entities_the_two_american_parties_named_together() -> None:
    orgs = {m.label for m in _organizations("由于美国国会共和、民主两党在边境问题上分歧。").values()}
    assert {"美国共和党", "美国民主党"} <= orgs
    assert not _organizations("焦点是执政的自民、公明两党能否获得过半数。")


def test_entities_a_visitors_entourage_names_no_ministry_of_ours() -> None:
    text = "陪同佩特罗访华的有外交部部长、驻华大使、交通部部长等。"
    assert not {m.label for m in _organizations(text).values()} & {"外交部", "交通运输部"}


def test_entities_a_province_and_its_city_listed_both_act() -> None:
    orgs = {m.label for m in _organizations("云南省、昭通市组织力量开展救援。").values()}
    assert {"云南省人民政府", "昭通市人民政府"} <= orgs


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("浙江广播电视集团、哈尔滨日报社代表先后发言。", "哈尔滨日报社"),
        ("据工人日报报道。", "工人日报社"),
        ("中国记协主席何平出席。", "中华全国新闻工作者协会"),
    ],
)
def test_entities_papers_and_the_journalists_association_by_their_names(text: str, label: str) -> None:
    assert label in {m.label for m in _organizations(text).values()}
    assert not _organizations("人民海军报社记者采访。")  # the paper is named after the navy, no navy


@pytest.mark.parametrize("text", ["以色列国家安全部部长本-格维尔表示。", "以色列新任国家安全部部长本-格维尔表示。"])
def test_entities_a_states_body_by_a_name_of_ours_after_the_state(text: str) -> None:
    # (以色列国 is a name of the state: its 国 is no word before 国家安全部)
    assert "以色列国家安全部" in {m.label for m in _organizations(text).values()}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("李克强23日到发展改革委、财政部考察。", "国家发展和改革委员会"),
        ("浙江省召开会议。省发展改革委表示。", "浙江省发展和改革委员会"),  # a level's word: the place named before
        ("新疆维吾尔自治区召开会议。自治区发改委表示。", "新疆维吾尔自治区发展和改革委员会"),
    ],
)
def test_entities_the_development_commission_bare_or_after_a_levels_word(text: str, label: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert label in labels
    assert label == "国家发展和改革委员会" or "国家发展和改革委员会" not in labels


@pytest.mark.parametrize("text", ["以色列称打击黎真主党军事建筑。", "期望第七届区议会令政府能更有效地施政。"])
def test_entities_no_body_that_runs_over_a_clauses_verb(text: str) -> None:
    assert not any("称" in m.label or "令" in m.label for m in _organizations(text).values())


def test_entities_the_american_congress_by_its_short_name_and_no_body_ending_in_a_deadlock() -> None:
    labels = {m.label for m in _organizations("美国会众院议长选举陷入僵局。").values()}
    assert "美国国会" in labels
    assert not any(label.endswith("僵局") for label in labels)


def test_entities_a_foreign_military_district_by_its_quarter() -> None:
    orgs = {m.label: m for m in _organizations("俄南部军区已开始第一阶段演习。").values()}
    assert orgs["俄罗斯南部军区"].category == "international"
    assert orgs["俄罗斯南部军区"].parent == "俄罗斯"


def test_entities_a_committee_after_a_members_title_is_the_bodys() -> None:
    text = "十四届全国政协原常委、文化文史和学习委员会原主任吴英杰被开除党籍。"
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs["全国政协文化文史和学习委员会"].parent == "中国人民政治协商会议全国委员会"


def test_entities_a_universitys_branch_by_its_place() -> None:
    orgs = {m.label: m for m in _organizations("北京语言大学哈萨克斯坦分校揭牌仪式举行。").values()}
    assert orgs["北京语言大学哈萨克斯坦分校"].parent == "北京语言大学"
    assert "北京语言大学" in orgs
    assert all(not label.endswith("分院") for label in {m.label for m in _organizations("北京大学分析认为。").values()})


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("美中青少年学生交流协会主席表示。", "美中青少年学生交流协会"),
        ("英中贸易协会举办活动。", "英中贸易协会"),
        ("美中航空遗产基金会主席表示。", "美中航空遗产基金会"),
    ],
)
def test_entities_an_association_of_china_and_another_state_by_their_short_names(text: str, label: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs[label].category == "other"


@pytest.mark.parametrize("text", ["曾任苏州市财政局局长。", "昆明市民政局发布通知。"])
def test_entities_a_citys_bureau_is_no_word_ending_in_a_situation(text: str) -> None:
    assert any(m.label.endswith("政局") for m in _organizations(text).values())  # (财政局, not 政局 a situation)


def test_entities_two_states_with_one_side_word_each_act() -> None:
    orgs = {m.label for m in _organizations("美国和英国方面22日分别宣布了新的对俄制裁措施。").values()}
    assert {"美国", "英国"} <= orgs


@pytest.mark.parametrize(
    "text",
    [
        "有40多个国家的高级代表团访问德黑兰。",
        "伊朗正计划向沙特派遣高级商务代表团。",
        "丁薛祥会见土库曼斯坦高级别代表团。",
    ],
)
def test_entities_a_delegation_of_some_rank_is_no_name(text: str) -> None:
    assert not any(m.label.endswith("代表团") for m in _organizations(text).values())


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("英国工党赢得下议院选举 首相辞职。", "英国工党"),
        ("澳门协和医院是特区政府兴建的首家大型公立综合医院。", "澳门协和医院"),
    ],
)
def test_entities_a_copula_or_a_win_after_a_body_starts_a_clause(text: str, known: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert known in labels and not any(label.startswith(known) and label != known for label in labels)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("在上海中共一大纪念馆参观。", "中共一大纪念馆"),
        ("北京全国农业展览馆推出国际非遗周。", "全国农业展览馆"),
        ("位于张江科学城的长三角国家技术创新中心布局建设了。", "长三角国家技术创新中心"),
        ("上海国家会计学院举办培训。", "上海国家会计学院"),
    ],
)
def test_entities_a_national_institution_is_named_without_its_city(text: str, label: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert label in labels and not any(other.endswith(label) and other != label for other in labels)


@pytest.mark.parametrize(
    ("text", "label"),
    [("2022—2023赛季国际滑联短道速滑世界杯。", "国际滑冰联盟"), ("国际棋联主席表示。", "国际象棋联合会")],
)
def test_entities_sports_federations_by_their_short_names(text: str, label: str) -> None:
    assert label in {m.label for m in _organizations(text).values()}


def test_entities_a_side_before_a_direction_word_jieba_reads_across() -> None:
    labels = {m.label for m in _organizations("当天俄方向乌方移交了95名被扣押人员。").values()}
    assert {"俄罗斯", "乌克兰"} <= labels
    assert "俄罗斯" not in {m.label for m in _organizations("俄军在库皮扬斯克方向发起进攻。").values()}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("伊朗、叙利亚也对该袭击予以谴责。", {"伊朗", "叙利亚"}),
        ("伊朗对以色列的袭击表示强烈谴责。", {"伊朗"}),
        ("沙特、阿联酋、约旦等国强烈谴责。", {"沙特阿拉伯", "阿联酋", "约旦"}),
    ],
)
def test_entities_states_that_condemn_act(text: str, states: set[str]) -> None:
    assert states <= {m.label for m in _organizations(text).values()}


@pytest.mark.parametrize(
    ("text", "label", "category"),
    [
        ("习近平8日到78集团军视察。", "中国人民解放军陆军第78集团军", "government"),
        ("西南石油大学（成都校区）、四川大学参加。", "西南石油大学", "other"),
        ("与美国军火巨头雷神公司签署了协议。", "雷神公司", "enterprise"),
        ("中央宣传部、中央精神文明建设办公室向当地捐赠。", "中央精神文明建设办公室", "party"),
        ("中科院自动化所研究员表示。", "中国科学院自动化研究所", "other"),
        ("在帕米尔高原的苏约克边防连，官兵们巡逻。", "苏约克边防连", "government"),
        ("总台国重实验室发布成果。", "中央广播电视总台国重实验室", "other"),
        ("中国海军第45批护航编队抵达。", "中国海军第45批护航编队", "government"),
        ("北大荒集团查哈阳农场开始收割。", "查哈阳农场", "enterprise"),
        ("韩丽是吉林省二十大基层党代表宣讲团的一名成员。", "吉林省二十大基层党代表宣讲团", "other"),
    ],
)
def test_entities_bodies_by_their_form(text: str, label: str, category: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert label in orgs and orgs[label].category == category
    others = set(orgs) - {label}
    assert not any(label in other for other in others)  # not 美国军火巨头雷神公司
    assert not any(other in label and other[-2:] == label[-2:] for other in others)  # not 石油大学


@pytest.mark.parametrize("text", ["这户家庭农场今年种了大豆。", "建设5G智慧农场。", "培育智慧农业领军农场。"])
def test_entities_a_kind_of_farm_is_no_body(text: str) -> None:
    assert not _organizations(text)


def test_entities_two_escort_task_forces_share_one_ending() -> None:
    orgs = {m.label: m for m in _organizations("海军第42批、第43批护航编队在亚丁湾某海域举行。").values()}
    assert {"海军第42批护航编队", "海军第43批护航编队"} <= set(orgs)
    assert orgs["海军第43批护航编队"].parent == "中国人民解放军海军"


def test_entities_a_palace_where_a_meeting_is_held_is_no_body() -> None:
    assert "克里姆林宫" not in {m.label for m in _organizations("应约在克里姆林宫会见俄罗斯总统普京。").values()}
    assert "克里姆林宫" in {m.label for m in _organizations("克里姆林宫发言人佩斯科夫表示。").values()}


def test_entities_a_visitors_ministers_name_no_ministry_the_tagger_finds() -> None:
    text = "陪同马杜罗访华的有总统夫人、副总统、外交部部长等。"
    assert not any(m.label == "外交部" for m in _extract(text).mentions if m.kind == "organization")


@pytest.mark.parametrize("text", ["美方人士表示，美中贸委会支持中美合作。", "俄方官员称，谈判取得进展。"])
def test_entities_people_of_a_side_are_not_the_state_acting(text: str) -> None:
    assert not any(m.category == "international" for m in _organizations(text).values())


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("大部分都来自附近的国家先进功能纤维创新中心。", "国家先进功能纤维创新中心"),
        ("在国家生物育种产业创新中心，李强了解技术攻关。", "国家生物育种产业创新中心"),
        ("建设国家重点实验室10家。", None),
        ("组建国家级制造业创新中心。", None),
    ],
)
def test_entities_a_national_centre_named_by_its_field(text: str, present: str | None) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert present in labels if present else not any(label.startswith("国家") for label in labels)


@pytest.mark.parametrize(
    ("text", "china"),
    [
        ("中国代表发言，主张把巴勒斯坦问题置于首位。", True),
        ("中方代表在致辞中表示，中国作为主席国愿意合作。", True),
        ("中国代表团抵达。", False),
        ("中方表示，愿同各方合作。", False),
    ],
)
def test_entities_china_speaking_through_its_representative(text: str, china: bool) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert ("中国" in orgs) is china
    if china:
        assert orgs["中国"].category == "government"


@pytest.mark.parametrize(
    "text", ["北京举行“亮马河醒春启航”活动。", "四川成都举行了一场环城跑活动。", "湖北麦收结束，四川正在扫尾。"]
)
def test_entities_a_place_holding_an_activity_or_ending_a_harvest_is_no_government(text: str) -> None:
    assert not any(m.label.endswith("人民政府") for m in _organizations(text).values())


@pytest.mark.parametrize("text", ["巴勒斯坦政府部门及联合国机构数字显示。", "据摩洛哥政府部门发布的消息。"])
def test_entities_a_states_government_offices_are_no_one_body(text: str) -> None:
    assert not any(m.label.endswith("政府") for m in _organizations(text).values())


def test_entities_a_party_in_a_states_land_is_no_party_of_the_state() -> None:
    orgs = {m.label: m for m in _organizations("对伊拉克和叙利亚境内库尔德工人党的目标发动空袭。").values()}
    assert "库尔德工人党" in orgs and not any("境内" in label for label in orgs)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("俄罗斯卫星网等媒体11日报道称。", "俄罗斯卫星网"),
        ("在中国人大网和中国政府网上发布。", "中国政府网"),
        ("以及人民网、新华网、央视新闻客户端等中央主要新闻网站。", "央视新闻客户端"),
    ],
)
def test_entities_news_sites_by_their_names(text: str, label: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs[label].category == "media"
    assert "俄罗斯卫星网" not in {m.label for m in _organizations("他说，卫星网络产业发展方兴未艾。").values()}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("丹麦、瑞典和德国分别开始独立调查。", {"丹麦", "瑞典", "德国"}),
        ("伊拉克和美国当天启动首轮对话。", {"伊拉克", "美国"}),
        ("我国对东盟、欧盟、美国、韩国分别进出口5.26万亿元。", set()),
        ("吉尔吉斯斯坦、乌兹别克斯坦等举行“不朽军团”游行。", set()),
    ],
)
def test_entities_states_listed_at_a_clauses_start_act_together(text: str, states: set[str]) -> None:
    found = {m.label for m in _organizations(text).values() if m.rule == "state_acting"}
    assert found == states


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("要求驻尼日尔美军撤离。", "尼日尔美军"),
        ("美国国防部日前称，美国会继续向乌克兰提供武器装备。", "美国国会"),
        ("警方暂时封锁了事发学校。", "事发学校"),
        ("全国地方党委金融办主任会议召开。", "地方党委金融办"),
        ("各级人大常委会党组要始终坚持党的领导。", "人大常委会党组"),
    ],
)
def test_entities_no_body_from_where_a_force_stands_a_will_or_a_kind(text: str, absent: str) -> None:
    assert absent not in {m.label for m in _extract(text).mentions if m.kind == "organization"}


@pytest.mark.parametrize(
    "text",
    [
        "巴西、埃及、沙特以及联合国等国家和国际组织今天也呼吁各方保持克制。",
        "巴西、埃及、沙特等国家13日晚一度临时关闭领空。",
    ],
)
def test_entities_states_in_a_list_of_states_and_bodies_act(text: str) -> None:
    assert {"巴西", "埃及", "沙特阿拉伯"} <= {m.label for m in _organizations(text).values()}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("俄罗斯与白俄罗斯武装力量已开始演习。", "白俄罗斯武装力量", None),
        ("美国白宫和财政部当天表示强烈反对。", "美国财政部", "财政部"),
        ("外交部和财政部发布通知。", "财政部", None),
        ("陪同阿巴斯访华的有巴勒斯坦解放组织执行委员会委员、外交部长等。", None, "巴勒斯坦解放组织"),
        ("纳米比亚总统夫人根哥斯出席。", None, "纳米比亚"),
        ("国际评级机构惠誉1日将美国长期外币发行人违约评级下调。", "惠誉国际信用评级有限公司", None),
        ("英联邦26日发表联合声明。", "英联邦", None),
        ("不结盟运动于1961年成立。", "不结盟运动", None),
        ("在中央追逃办统筹协调下。", "中央反腐败协调小组国际追逃追赃工作办公室", None),
    ],
)
def test_entities_bodies_a_shared_state_a_spouse_or_an_entourage_decide(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("以色列情报与特勤局局长巴尔内亚22日称。", "以色列情报与特勤局"),
        ("泰山钢铁集团加氢母站建成。", "泰山钢铁集团"),
    ],
)
def test_entities_a_body_before_its_heads_title_or_a_company_by_its_proper_name(text: str, label: str) -> None:
    labels = {m.label for m in _organizations(text).values()}
    assert label in labels and not any(other in label and other != label for other in labels if other != "以色列")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("以色列对哈尼亚的暗杀不可能发生。", "以色列", None),
        ("美国对古巴的封锁禁运持续60多年。", "美国", None),
        ("与贩毒集团进行战争。", None, "贩毒集团"),
        ("打击电信诈骗集团。", None, "电信诈骗集团"),
        ("全国政协中共界委员表示。", None, "中国共产党"),
        ("九三学社界别委员小组讨论。", "九三学社", None),
        ("抵达克里姆林宫。", None, "克里姆林宫"),
        ("印尼国家抗灾署表示。", "印度尼西亚国家抗灾署", None),
        ("粮食主产省江苏加快推进高标准农田建设。", "江苏省人民政府", None),
        ("刚果（金）总统齐塞克迪出席。", "刚果民主共和国", None),
    ],
)
def test_entities_strikes_gangs_sectors_venues_and_full_state_names(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("山东全省先后派出8.6万人次农技人员。", "山东省人民政府", None),
        ("山东全省有耕地1亿亩。", None, "山东省人民政府"),
        ("部署各级团组织、少先队组织开展活动。", None, "中国少年先锋队"),
        ("世卫组织表示。", "世界卫生组织", None),
    ],
)
def test_entities_a_whole_province_acting_and_units_of_a_kind(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("以色列方面仍在对进入加沙地带的人道主义援助施加限制。", "以色列", None),
        ("也没有从俄罗斯和阿塞拜疆方面得到任何正式结论。", "阿塞拜疆", None),
        ("叙利亚方面，来自巴勒斯坦的多个政治团体代表18日集会。", None, "叙利亚"),
    ],
)
def test_entities_a_state_with_its_side_word_is_the_state_unless_it_names_a_topic(
    text: str, present: str | None, absent: str | None
) -> None:
    _assert_bodies(text, present, absent)


def test_entities_a_partys_short_name_is_the_one_the_story_named_with_its_state() -> None:
    text = "会见由日本社民党党首福岛瑞穗率领的代表团。福岛瑞穗表示，社民党愿推动两国友好。"
    _assert_bodies(text, "日本社民党", "德国社会民主党")
    _assert_bodies("社民党主席表示。", "德国社会民主党", None)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("美国华盛顿州林肯中学师生。", "林肯中学", "华盛顿州林肯中学"),
        ("美国布朗大学发布报告。", "布朗大学", "美国布朗大学"),
        ("多米尼克国立大学校长表示。", "多米尼克国立大学", "国立大学"),
    ],
)
def test_entities_a_school_abroad_by_its_own_name(text: str, present: str, absent: str) -> None:
    _assert_bodies(text, present, absent)


def test_entities_a_channel_written_bare_after_the_broadcaster_is_cctvs() -> None:
    text = "央视新闻频道将推出特别节目。综合频道将播出《2024中国诗词大会》，中文国际频道将推出《绝笔》。"
    orgs = {m.text: m for m in _organizations(text).values()}
    assert orgs["综合频道"].label == "央视综合频道" and orgs["中文国际频道"].label == "央视中文国际频道"
    assert orgs["综合频道"].parent == "中央广播电视总台"
    # no broadcaster named: a news channel of anyone's
    assert not _organizations("新闻频道推出节目。")
    # another broadcaster's channel is not CCTV's
    assert "央视新闻频道" not in {m.label for m in _organizations("央视报道，法国24新闻频道也作了报道。").values()}


@pytest.mark.parametrize(
    "text",
    [
        *("还说市政府给她开张支票就行。", "赢得了受援国政府和人民的高度赞誉。", "东道国政府表示欢迎。"),
        # a kind of bank, force, command or academy, or some of a kind, the tagger finds
        *("中央银行加息。", "边防军官兵巡逻。", "陆军司令部下令。", "农科院专家指导。", "组建联合政府。"),
        *("美国非法驻军撤出。", "打造公安铁军。", "众议院相关委员会审议。", "省区市纪委监委要加强。"),
    ],
)
def test_entities_a_government_of_no_named_place_is_no_body(text: str) -> None:
    # (陆军 alone is the PLA's army: only the command of no one's is no body)
    assert not [m for m in _organizations(text).values() if m.label != "中国人民解放军陆军"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("中国-东盟卫星遥感应用中心揭牌成立。", "中国-东盟卫星遥感应用中心"),
        ("中国－金砖国家人工智能发展与合作中心成立。", "中国-金砖国家人工智能发展与合作中心"),
    ],
)
def test_entities_a_joint_centre_is_named_whole(text: str, label: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert set(orgs) == {label} and orgs[label].category == "other" and orgs[label].parent is None


def test_entities_no_joint_centre_across_a_meeting_and_its_venue() -> None:
    labels = {m.label for m in _organizations("中国—东盟博览会在南宁国际会展中心举行。").values()}
    assert not any(label.endswith("中心") for label in labels)


def test_entities_a_state_and_its_own_body_joined_are_not_the_body_twice() -> None:
    orgs = _organizations("胡塞武装将坚定支持黎巴嫩和黎巴嫩真主党武装。")
    assert "黎巴嫩" not in orgs and orgs["黎巴嫩真主党武装"].label == "黎巴嫩真主党武装"


def test_entities_delegations_and_groups_of_every_kind_are_no_body() -> None:
    assert not _organizations("全国两会人大代表团、政协界别委员小组相继举行会议。")


@pytest.mark.parametrize(
    ("text", "label"),
    [("盱眙县调集了5000台收割机。", "盱眙县人民政府"), ("平利县大力发展富硒粮油。", "平利县人民政府")],
)
def test_entities_a_county_that_musters_or_develops_acts(text: str, label: str) -> None:
    assert label in {m.label for m in _organizations(text).values()}


def test_entities_the_northern_wilderness_group_by_its_full_name() -> None:
    orgs = {m.label: m for m in _organizations("在黑龙江北大荒集团五九七农场，农机正在收割。").values()}
    assert "北大荒农垦集团有限公司" in orgs
    assert any(m.parent == "北大荒农垦集团有限公司" for m in orgs.values())


@pytest.mark.parametrize(
    ("text", "label", "category"),
    [
        ("曹建明同志在参加河北代表团讨论时说，要学习党的二十大报告。", "河北代表团", "party"),
        ("党的二十大解放军和武警部队代表团16日下午开会。", "解放军和武警部队代表团", "party"),
        (
            "习近平在出席十四届全国人大一次会议解放军和武警部队代表团全体会议时强调。",
            "解放军和武警部队代表团",
            "government",
        ),
        ("在参加十四届全国人大一次会议江苏代表团审议时，习近平强调。", "江苏代表团", "government"),
    ],
)
def test_entities_a_delegation_to_the_partys_congress_is_the_partys(text: str, label: str, category: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs[label].category == category
    assert "中国人民解放军" not in orgs  # (the army inside the delegation's name is part of it)


def test_entities_the_young_pioneers_work_committee_by_its_official_name() -> None:
    assert {m.label for m in _organizations("全国少工委组织开展活动。").values()} == {"中国少年先锋队全国工作委员会"}


@pytest.mark.parametrize(
    ("text", "label", "parent"),
    [
        ("重庆客运段昨晚起加开列车。", "重庆客运段", None),
        ("中国铁路兰州局集团有限公司迎水桥机务段的职工。", "迎水桥机务段", "中国铁路兰州局集团有限公司"),
    ],
)
def test_entities_a_railway_depot_by_its_own_name(text: str, label: str, parent: str | None) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert orgs[label].category == "enterprise" and orgs[label].parent == parent


def test_entities_a_foreign_partys_city_committee_is_not_the_cpcs() -> None:
    posts = _posts("越南共产党中央政治局委员、河内市委书记丁进勇率领代表团访华。")
    assert not any(org and org.startswith("中共") for _, _, org, _, _ in posts)


def test_entities_the_china_celac_forum_is_a_body() -> None:
    labels = {m.label for m in _organizations("为中国－拉美和加勒比国家共同体论坛建设所作积极贡献。").values()}
    assert labels == {"中国-拉美和加勒比国家共同体论坛"}


@pytest.mark.parametrize(
    "text",
    ["展览在中国共产党历史展览馆开幕。", "开幕式27日上午在北京展览馆举行。", "驻京部队老干部在中国剧院欢聚一堂。"],
)
def test_entities_a_hall_where_something_is_held_is_a_place(text: str) -> None:
    assert not _organizations(text)


@pytest.mark.parametrize(
    "text",
    [
        *("北京位居第三，上海排名第五。", "美国和德国分别位列第二和第三。", "宁夏降下今冬首场雪。"),
        *("当地商务部门围绕消费开展活动。", "调研组调动全集团资源。", "在增进历代中央政府与藏传佛教联系方面。"),
        "第20届中国—东盟博览会进境展品。",
    ],
)
def test_entities_ranks_snow_kinds_and_past_ages_name_no_body(text: str) -> None:
    assert not _organizations(text)


def test_entities_states_that_vote_act() -> None:
    labels = {m.label for m in _organizations("美国和以色列投反对票，摩尔多瓦弃权。").values()}
    assert labels == {"美国", "以色列", "摩尔多瓦"}


def test_entities_a_foreign_body_speaks_in_the_evening() -> None:
    orgs = _organizations("伊朗最高国家安全委员会14日晚发表声明称。")
    assert orgs["伊朗最高国家安全委员会"].parent == "伊朗"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("中国铁道科学研究院集团有限公司首席研究员表示。", "中国铁道科学研究院集团有限公司"),
        ("大港油田加快开发。", "大港油田"),
    ],
)
def test_entities_a_company_named_after_an_institute_or_an_oilfield(text: str, label: str) -> None:
    orgs = {m.label: m for m in _organizations(text).values()}
    assert set(orgs) == {label} and orgs[label].category == "enterprise" and orgs[label].parent is None


def test_entities_a_kind_of_oilfield_is_no_body() -> None:
    assert not _organizations("海上油田开发加快。")


def test_entities_the_state_councils_accident_inquiry_by_its_full_name() -> None:
    text = "成立了国务院北京丰台长峰医院“4·18”火灾事故调查组。经国务院事故调查组调查认定，事故调查组查明了原因。"
    found = _organizations_all(text)
    label = "国务院北京丰台长峰医院“4·18”火灾事故调查组"
    assert {m.label for m in found} == {label}
    assert {m.text for m in found} == {label, "国务院事故调查组", "事故调查组"}
    assert all(m.parent == "国务院" and m.category == "government" for m in found)
    assert not _organizations("当地成立事故调查组。")  # (no inquiry named: none)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("格鲁吉亚“格鲁吉亚梦想—民主格鲁吉亚”党政治委员会成员表示。", "格鲁吉亚“格鲁吉亚梦想—民主格鲁吉亚”党"),
        ("所罗门群岛“我们的党”领袖、政府总理索加瓦雷表示。", "所罗门群岛“我们的党”"),
    ],
)
def test_entities_a_foreign_party_by_a_quoted_name_of_any_characters(text: str, label: str) -> None:
    labels = {m.label for m in _organizations_all(text)}
    assert label in labels
    assert not any(lab.count("“") != lab.count("”") for lab in labels)  # (no name cut inside the quotes)
