"""The initiatives extractor on hand-written sentences: what is a named initiative, what is not."""

from __future__ import annotations

import pytest

from kgbuild.config import load_settings
from kgbuild.extract.initiatives import strip_quotes
from kgbuild.model import Document
from kgbuild.pipeline import extract_document


def _initiatives(text: str) -> dict[str, str | None]:
    """Label (quotes removed) -> broader initiative of every initiative mention found in `text`."""
    extraction = extract_document(Document(id="t", text=text, source="test"), load_settings())
    found = {}
    for m in extraction.mentions:
        if m.kind == "initiative":
            assert extraction.norm.text[m.start : m.end] == m.text  # offsets slice the normalised text
            found[strip_quotes(m.label)] = m.parent
    return found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a law in 《》, a draft's words dropped from its name
        ("常委会将审议《中华人民共和国渔业资源法（修订草案）》。", "中华人民共和国渔业资源法"),
        # a treaty in 《》
        (
            "会议批准了《中国和某国关于民事司法协助的条约》。",
            "中国和某国关于民事司法协助的条约",
        ),
        # a notice in 《》
        ("税务总局发布《关于延续小微企业税费优惠政策的公告》。", "关于延续小微企业税费优惠政策的公告"),
        # a plan in 《》 with its years after the name
        ("各地要落实《城乡供水保障规划纲要（2025－2030年）》。", "城乡供水保障规划纲要"),
        # a law named without 《》 before its draft
        ("会议审议了湿地养护法修订草案和森林防火法草案。", "湿地养护法"),
        ("会议审议了湿地养护法修订草案和森林防火法草案。", "森林防火法"),
        # a short law's name after a verb acting on it; one jieba keeps whole though it ends in 司法
        ("会议通过了关于修改慈善法的决定。", "慈善法"),
        ("会议通过了新修订的公司法。", "公司法"),
        # quoted programme names
        ("该市启动“青苗护航”专项行动，为期三个月。", "青苗护航专项行动"),
        ("团省委发起“乡村小课堂”计划。", "乡村小课堂计划"),
        ("我国深入推进“放管服”改革。", "放管服改革"),
        ("省里实施“先看病后结算”等便民措施。", "先看病后结算"),
        ("双方签署“2030年联合科考合作协议”。", "2030年联合科考合作协议"),
        ("港口推广集装箱“一箱制”运输。", "集装箱一箱制"),
        ("“南海明珠”输油管道今天完成检修。", "南海明珠输油管道"),
        # the project named after its kind, or after the group it is one of
        ("国家重大水利工程之一——青溪水库工程今天开工。", "青溪水库工程"),
        # the project named after its kind
        ("国家重点工程——青川跨江大桥今天合龙。", "青川跨江大桥"),
        # a community of two countries
        ("双方愿共同构建新时代中蒙命运共同体。", "中蒙命运共同体"),
        # the parts of a coordination before 专项行动
        ("部门部署乡村道路提质和城市停车优化等专项行动。", "乡村道路提质专项行动"),
        ("部门部署乡村道路提质和城市停车优化等专项行动。", "城市停车优化专项行动"),
        # a report named with its year
        ("国家统计局发布2031年全国渔业发展统计公报。", "2031年全国渔业发展统计公报"),
        # known national terms, matched on the text
        ("全党要坚持以习近平新时代中国特色社会主义思想为指导。", "习近平新时代中国特色社会主义思想"),
        ("要完整准确全面贯彻新发展理念。", "新发展理念"),
        ("财政部今天发行超长期特别国债。", "超长期特别国债"),
        ("要实施积极应对人口老龄化国家战略。", "积极应对人口老龄化国家战略"),
        # a numbered round of a central inspection campaign, the short form under its full name
        ("第二轮中央生态环保督察整改情况今天公开。", "第二轮中央生态环境保护督察"),
        ("二十届中央第三轮巡视今天启动。", "二十届中央第三轮巡视"),
        # a national survey named with its year or number
        ("统计局将开展2031年人口变动情况抽样调查。", "2031年人口变动情况抽样调查"),
        ("第九次全国经济普查即将开始。", "第九次全国经济普查"),
        # a theme year of two countries
        ("今年是中阿友好合作年。", "中阿友好合作年"),
        # named benefit schemes and subsidy policies
        ("各省建立高龄津贴制度和个人养老金制度。", "高龄津贴制度"),
        ("各省建立高龄津贴制度和个人养老金制度。", "个人养老金制度"),
        ("新一轮专精特新中小企业财政奖补政策将实施。", "专精特新中小企业财政奖补政策"),
        # a named coordination or dialogue mechanism
        ("各地完善城市房地产融资协调机制。", "城市房地产融资协调机制"),
        ("两党通过中俄执政党对话机制加强交流。", "中俄执政党对话机制"),
        ("经济困难老年人服务补贴制度实现全覆盖。", "经济困难老年人服务补贴制度"),
        # a joint statement named by the two countries
        ("会后发表了中新总理会晤联合成果声明。", "中新总理会晤联合成果声明"),
        ("两国发表中甲关于深化伙伴关系的联合声明。", "中甲关于深化伙伴关系的联合声明"),
        # a quoted platform name
        ("展会首次上线“数字云展”平台。", "数字云展平台"),
        # a rule named without 《》 after what it governs
        ("省里正在研究规范中小企业志愿服务管理办法。", "规范中小企业志愿服务管理办法"),
        # a pilot named before 试点工作
        ("各地做好国家数字乡村试点工作。", "国家数字乡村试点工作"),
        # a hydropower project named by its own name
        ("青海玛尔挡水电站大坝填筑完成。", "玛尔挡水电站"),
        # a plan's duration inside its name
        ("省里出台产业链现代化建设三年行动计划。", "产业链现代化建设三年行动计划"),
        # a name ending presented as a programme: after a verb that carries it out, a count between
        ("河北深入实施百万亩造林绿化工程。", "造林绿化工程"),
        ("全省开展万亿级智能农机集群培育行动。", "智能农机集群培育行动"),
        # a round magnitude and verbs inside a name carried out right after 实施 or 启动
        ("全省实施千万吨油料增产计划。", "千万吨油料增产计划"),
        ("人社部启动实施百万大学生实习岗位募集计划。", "百万大学生实习岗位募集计划"),
        # a part of the country opens a name
        ("当地接续实施东部沙地综合治理工程。", "东部沙地综合治理工程"),
        # a known programme inside a longer known one is named too
        (
            "全省开展学习贯彻习近平新时代中国特色社会主义思想主题教育。",
            "习近平新时代中国特色社会主义思想",
        ),
        # a campaign (攻坚战) after the verb that fights it
        ("全省要打好关键核心技术攻坚战。", "关键核心技术攻坚战"),
        # one phase of a known programme
        ("这颗卫星将为探月工程五期提供服务。", "探月工程五期"),
        # a zone or pilot named in full needs no verb before it
        ("作为国家数据要素综合试点,该市先行先试。", "国家数据要素综合试点"),
        # ... or as the subject of its own launch
        ("乡村教师素养培育计划正式启动。", "乡村教师素养培育计划"),
        # a theme year with the partner named first
        ("双方表示,俄中文化交流年成果丰硕。", "俄中文化交流年"),
        # an agenda in 《》 is a document
        ("双方将对接《2063年议程》,推进务实合作。", "2063年议程"),
        # laws listed after a law, named without 《》
        ("会议听取审议了湿地保护法、科学技术进步法执法检查报告。", "科学技术进步法"),
        ("执法检查涉及种子法、安全生产法等多部法律。", "安全生产法"),
        ("执法检查涉及种子法、安全生产法等多部法律。", "种子法"),
        ("会议通过了行政复议法、关于修改民事诉讼法的决定。", "民事诉讼法"),
        # a law or treaty named inside a document's title in 〈〉
        ("《全国人民代表大会常务委员会关于修改〈中华人民共和国统计法〉的决定》已通过。", "中华人民共和国统计法"),
        ("会议通过了《关于批准〈关于汞的水俣公约〉的决定》。", "关于汞的水俣公约"),
        # a charter, a consensus, a study text and a list in 《》
        ("双方恪守《联合国宪章》宗旨和原则。", "联合国宪章"),
        ("论坛发布《上合组织传统医学论坛南昌共识》。", "上合组织传统医学论坛南昌共识"),
        ("总政治工作部组织编修《军委主席负责制学习读本》。", "军委主席负责制学习读本"),
        ("良渚古城遗址列入《世界遗产名录》。", "世界遗产名录"),
        # 推进好/实施好 present a programme too
        ("各地要推进好乡村建设行动。", "乡村建设行动"),
        # a name with verbs inside, listed after another programme
        ("国家推进蓝色海湾整治行动、海岸带保护修复工程。", "海岸带保护修复工程"),
        # a campaign named with its year, and a nationwide week of one
        ("部里启动2031年全国林草防火隐患排查专项行动。", "2031年全国林草防火隐患排查专项行动"),
        ("2031年全国科学普及宣传周活动今天启动。", "2031年全国科学普及宣传周活动"),
        ("今天是第九个全国节约用水宣传周。", "全国节约用水宣传周"),
        # a quoted campaign with words between its name and its kind
        ("团市委开展“青春护河”志愿服务主题活动。", "青春护河志愿服务主题活动"),
        ("部门开展校外培训“清风护苗”2031年暑期专项行动。", "清风护苗2031年暑期专项行动"),
        # a space mission named by its craft
        ("神舟二十号载人飞行任务取得圆满成功。", "神舟二十号载人飞行任务"),
        # a zone or pilot named after the place it is in, verbs of its name and all
        ("要加快推进新疆喀什经济开发开放试验区建设。", "新疆喀什经济开发开放试验区"),
        # a quoted programme before 建设
        ("山东深化“黄河粮仓”建设。", "黄河粮仓建设"),
        # a plant named after its kind, with either dash
        ("全国最大的抽水蓄能电站——青溪抽水蓄能电站开工。", "青溪抽水蓄能电站"),
        ("关键控制性工程――青溪跨海大桥全面动工。", "青溪跨海大桥"),
        # carried out, 重大 opens a long programme's name
        ("今年将深入开展重大农机装备攻关工程。", "重大农机装备攻关工程"),
        # a draft for comment: its label dropped from the name
        ("《城市停车设施管理办法（征求意见稿）》今天公布。", "城市停车设施管理办法"),
        # a law whose last word jieba tags as a name (安全法/nr)
        ("执法检查组检查特种设备安全法实施情况。", "特种设备安全法"),
        # a quoted numeral name after a verb that builds it
        ("上海要加快建设“五个中心”。", "五个中心"),
        # a quoted plan of a region's development (构想)
        ("双方推进落实“东非高原互联互通构想”。", "东非高原互联互通构想"),
        # a railway or motorway named by the places it joins
        ("连接两地的渝黔高铁今天开通运营。", "渝黔高铁"),
        ("安庆至九江高速公路今天建成通车。", "安庆至九江高速公路"),
        ("这标志着济郑高铁全线贯通。", "济郑高铁"),
        # a province's pilot free trade zone, by its official name however it is written
        ("新疆自贸试验区挂牌一年来成效显著。", "中国（新疆）自由贸易试验区"),
        ("上海自贸试验区建设十周年。", "中国（上海）自由贸易试验区"),
        ("广东省自由贸易试验区扩区。", "中国（广东）自由贸易试验区"),
        ("中国（上海）自由贸易试验区临港新片区挂牌。", "中国（上海）自由贸易试验区"),
        # places' first characters jieba reads as a name (兰新/nr), first of a list or after 至
        ("兰张三四线铁路连接兰新高铁、宝兰高铁、银兰高铁。", "兰新高铁"),
        ("贵州德江至余庆高速公路控制性工程完工。", "德江至余庆高速公路"),
        # a leader's body of thought on one field, the leader's name inside it
        ("会议学习习近平总书记关于加强和改进统计工作的重要思想。", "习近平总书记关于加强和改进统计工作的重要思想"),
        # a battle named by a quoted numeral name, and one whose name holds verbs after 打好
        ("当地全力打好“三江”攻坚战。", "三江攻坚战"),
        ("各地打好城市黑臭水体综合治理攻坚战。", "城市黑臭水体综合治理攻坚战"),
        # a quoted numeral name inside a plan's name, and the plan named before the goals it sets
        ("工信部印发民航业“十四五”发展规划。", "民航业十四五发展规划"),
        ("提前完成了物流业“十四五”发展规划目标。", "物流业十四五发展规划"),
        # national social insurance schemes, by their short names too
        ("参加职工医保的人数继续增加。", "职工基本医疗保险"),
        ("各地推进长期护理保险试点。", "长期护理保险"),
        # a regulation's full title opening with its issuer, whatever verb comes before it
        ("各级党组织认真学习中国共产党党员教育管理工作条例。", "中国共产党党员教育管理工作条例"),
        # a regulation named without 《》 anywhere, verbs of its title and all
        ("要认真贯彻新修订的督查工作条例。", "督查工作条例"),
        ("今年将修订风景名胜区条例。", "风景名胜区条例"),
        # a known programme's line (二线, 三线) is narrower than it
        ("西气东输五线今天开工。", "西气东输五线"),
        # a free trade agreement of China and a partner
        ("双方加快中蒙自由贸易协定谈判。", "中蒙自由贸易协定"),
        ("两国签署中秘自贸协定升级议定书。", "中秘自贸协定升级议定书"),
        # a quoted policy put into force, a slogan of counts or a pattern
        ("当地全面推行“一窗一码”后，办事更快。", "一窗一码"),
        ("全国实施“甲类甲管”以来，各地调整防控。", "甲类甲管"),
        # a pilot named before its cities or its list
        ("部里公布国家文化消费试点城市名单。", "国家文化消费试点"),
        # a quoted corridor of development, and a quoted framework of cooperation
        ("双方推进“农业发展走廊”建设。", "农业发展走廊"),
        ("双方充实中越“三角六边”合作架构。", "三角六边合作架构"),
        # a quoted vision of a partner country (构想)
        ("双方推动倡议同“东方海洋走廊”构想对接。", "东方海洋走廊构想"),
        # principles of governing Hong Kong and Macao, known by name
        ("要全面落实“爱国者治港”原则。", "爱国者治港"),
        # an advisory body's plan for one year, named with its year
        ("会议通过了全国政协2031年协商计划。", "全国政协2031年协商计划"),
        # a project named by a place first, wherever it is written
        ("记者来到岷江水利枢纽工程，了解建设进展。", "岷江水利枢纽工程"),
        # a numbered scientific expedition and a national survey of time use
        ("第三次青藏科考队今天出发。", "第三次青藏科考"),
        ("统计局开展第五次全国时间利用调查。", "第五次全国时间利用调查"),
        # what is raised to a national strategy is one
        ("党中央将推进海洋强省建设上升为国家战略。", "推进海洋强省建设"),
        # a campaign launched for a set time (为期三个月的)
        ("部里在全国开展为期三个月的河湖清四乱专项行动。", "河湖清四乱专项行动"),
        # a document named without 《》 by its kind (规划纲要, 总体方案)
        ("要实施长三角地区发展规划纲要。", "长三角地区发展规划纲要"),
        # a law's numbered amendment, in 《》 or not, is named whole (not the law it amends)
        ("会议审议了刑法修正案（十二）草案。", "刑法修正案(十二)"),
        ("会议通过了《中华人民共和国刑法修正案（十二）》。", "中华人民共和国刑法修正案(十二)"),
        # a set of measures named by its count of articles, in figures or in words
        ("新区发布“光电15条”，提出了举措。", "光电15条"),
        ("市里密集发布了“人才八条”“纾困十条”等政策。", "纾困十条"),
        # a quoted global framework
        ("大会通过的“全球海洋保护框架”意义重大。", "全球海洋保护框架"),
        # named national programmes and doctrines the gazetteer lists, quoted or not
        ("中方提出的三大全球倡议得到广泛支持。", "三大全球倡议"),
        ("要严格落实耕地占补平衡制度。", "耕地占补平衡制度"),
        ("中国共产党提出和发展全过程人民民主。", "全过程人民民主"),
        ("深刻领悟“两个确立”的决定性意义。", "两个确立"),
        ("双方推进中国—东盟自贸区3.0版谈判。", "中国东盟自贸区3.0版"),
    ],
)
def test_extract_initiatives_finds_named(text: str, label: str) -> None:
    found = _initiatives(text)
    assert any(label in name for name in found), found


@pytest.mark.parametrize(
    "text",
    [
        "各地要拿出实际行动，采取有力措施。",  # 实际行动: a phrase
        "该公司计划明年扩大生产，相关工作平台已经上线。",  # 计划 a verb, 工作平台 generic
        "当地建设了多个电商平台和数据平台。",  # kinds of platform
        "我们要加强城市规划，推进水利工程建设。",  # kinds of plan and project
        "部队随即展开地面行动。",  # an operation, not a programme
        "他用这个方法想方设法解决问题。",  # 方法, 想方设法: not laws
        "有关方面要求将肇事者绳之以法。",  # an idiom ending in 法
        "大会举行宪法宣誓仪式。",  # 宪法 names the ceremony here
        "他们对进口施加“非法限制”。",  # a quoted complaint, not a system
        "这是一项“面子工程”。",  # a judgement, not a programme
        "各方表示要“早发现、早行动”。",  # a slogan
        "第三轮巡视发现问题。",  # whose round is not said
        "今年全面开展普查。",  # no survey named
        "中央文化年年举办。",  # 中央 is no pair of countries
        "要完善社会保险制度和财政补贴政策。",  # kinds of scheme
        "当地新建大型水电站和梯级水电站。",  # kinds of plant
        "制定未来三年行动计划。",  # a duration alone names no plan
        "双方加强能源合作机制。",  # a field's mechanism
        "双方探讨建立减贫交流合作机制。",  # one still to be made
        "国家成立工作协调机制。",  # a kind of mechanism
        "中俄两国元首签署联合声明。",  # a clause, not a title
        "中方发表联合声明。",  # one side's statement
        "政府上线“一站式”平台。",  # what kind of platform
        "要完善安全管理办法。",  # a kind of rule
        "在医疗领域开展扩大开放试点工作。",  # a kind of pilot
        "开展医保支付方式改革试点工作。",  # the walk stops inside the name: better none than a part
        # a name ending nothing presents as a programme
        "老人只能依靠轮椅行动。",  # moving about
        "今天,全国铁路计划加开旅客列车。",  # 计划 a verb
        "后续环节都交给了跨境电商平台。",  # a kind of platform
        "游客要提前做好出行路线规划。",  # a plan of one's own
        "这是大湾区又一超大型交通工程。",  # a kind of project
        "“三农”工作取得新成效。",  # a field of work, not a programme
        "中国载人航天工程办公室今天发布消息。",  # a body's name, not the programme
        "各地要加快制定实施计划。",  # verbs after no programme verb name nothing
        "宣讲团宣讲全会《决定》精神。",  # which 决定 is not said
        "各国要维护国际法和国际关系基本准则。",  # a body of law, not a law with a name
        "要充分发挥国家根本法的作用。",  # what kind of law the constitution is
        "要依法办事、严格执法、公正司法。",  # ways of acting under law, listed
        "双方深化“东亚”战略伙伴关系。",  # 战略 says what kind of partnership
        "军方称在该地区进行了“局部行动”。",  # a kind of operation, quoted
        "要推出稳增长“一揽子”政策。",  # how many policies, not which
        "以军称将实施“有针对性的军事行动”。",  # an operation described, not named
        "两国将共同推进气候行动。",  # action in a field
        "他参加了“中乌友好”开幕式活动。",  # one event of a campaign, not the campaign
        "该厂举行2031年第一季度项目推进活动。",  # an event of a quarter
        "双方举行2031年港口合作签约活动。",  # a signing, not a campaign
        "各地推出“沉浸式”体验活动。",  # what kind of activity
        "今天，全国铁路发送旅客超千万人次。",  # the lines of a country
        "西藏铁路建设取得新进展。",  # the lines of a region
        "前三个月满洲里铁路口岸通行班列增长。",  # a port
        "该趟高铁列车全程运行五小时。",  # which train, not which line
        "已建成投用铁路客运车站。",  # a clause before the lines of a country
        "上海要推动建设国家级示范区。",  # no place names the zone
        "积极推进沿江沿海高铁建设。",  # lines along a coast, none by name
        "浙江瓯海等示范区展示了进展。",  # zones of several places
        "局长王立法出席会议。",  # a person's name ending in 法
        "医院实施新疗法。",  # a method after a verb that may act on a law
        "要公正司法。",  # the act, not a law
        "主席复信孟加拉国儿童阿里法·沁。",  # a foreign person's name with 法 in it
        "油田正在加速推进试验工程。",  # a kind of project
        "祁连山国家公园全面完成试点。",  # a clause, not a pilot's name
        "市民在“九·一八”历史博物馆举行悼念活动。",  # a place and a clause after the quote
        "各地严格执行相关条例。",  # which regulation is not said
        "军方对港口实施“精确打击”。",  # scare quotes after 实施, not a policy
        "我国已与多个国家签署自贸协定。",  # no pair of countries names it
        "会议研究了2031年工作要点。",  # whose work plan is not said
        "以军控制了“阿里姆走廊”。",  # a strip of land, not a programme
        "该条例“第十条”作出规定。",  # an article of a law, not a set of measures
        "行政长官22日签署这一条例。",  # the one told before, no name
        "国际能源署署长法提赫·比罗尔日前表示，价格将上涨。",  # 法 starts a person's name
    ],
)
def test_extract_initiatives_skips_generic(text: str) -> None:
    assert _initiatives(text) == {}


def test_extract_initiatives_theme_year_with_the_partner_first_is_whole() -> None:
    assert set(_initiatives("两国领导人出席俄中体育交流年闭幕式。")) == {"俄中体育交流年"}


def test_extract_initiatives_links_broader_when_stated() -> None:
    found = _initiatives("高标准农田建设是新一轮千亿斤粮食产能提升行动的重要支撑。")
    assert found["高标准农田建设"] == "新一轮千亿斤粮食产能提升行动"


def test_extract_initiatives_project_under_known_programme() -> None:
    found = _initiatives("“西电东送”重点工程——甲地送乙地特高压直流输电工程投产。")
    assert "西电东送" in found
    assert found["甲地送乙地特高压直流输电工程"] == "西电东送"
    assert not any(name.endswith("重点工程") for name in found)


def test_extract_initiatives_parts_of_known_pair() -> None:
    found = _initiatives("资金用于支持大规模设备更新和消费品以旧换新。")
    assert "大规模设备更新和消费品以旧换新" in found
    assert found["以旧换新"] == "大规模设备更新和消费品以旧换新"  # the gazetteer's name for it
    assert found["大规模设备更新"] == "大规模设备更新和消费品以旧换新"


def test_extract_initiatives_partner_word_for_a_community_is_the_same_one() -> None:
    found = _initiatives("双方推进中蒙命运共同体建设。蒙方表示,愿深化蒙中命运共同体建设。")
    assert set(found) == {"中蒙命运共同体"}


def test_extract_initiatives_kind_of_document_alone_is_none() -> None:
    found = _initiatives("两部门印发《关于加强甲乙工作的通知》。部里另发《指导意见》。")
    assert set(found) == {"关于加强甲乙工作的通知"}


def test_extract_initiatives_short_title_refers_to_full_one() -> None:
    found = _initiatives("两办印发《关于加强甲乙工作的意见》。《意见》提出三项任务。")
    assert set(found) == {"关于加强甲乙工作的意见"}


def test_extract_initiatives_quoted_slogan_is_not_a_name() -> None:
    found = _initiatives("要“深入实施区域协调发展战略”。")
    assert "深入实施区域协调发展战略" not in found and "区域协调发展战略" in found, found


@pytest.mark.parametrize(
    ("date", "found"),
    [("2023-06-01", True), ("2025-06-01", False)],
)
def test_extract_initiatives_short_form_of_a_campaign_of_its_time(date: str, found: bool) -> None:
    """主题教育 alone, in the months of the campaign on Xi Jinping Thought, is that campaign."""
    extraction = extract_document(
        Document(id="t", text="主题教育开展以来，各地把主题教育同工作结合。", source="test", date=date), load_settings()
    )
    labels = {m.label for m in extraction.mentions if m.kind == "initiative"}
    assert ("学习贯彻习近平新时代中国特色社会主义思想主题教育" in labels) is found, labels


def test_extract_initiatives_known_programme_inside_a_term_is_named_too() -> None:
    found = _initiatives("中方宣布支持高质量共建“一带一路”的八项行动。")
    assert found["高质量共建“一带一路”八项行动".replace("“", "").replace("”", "")] == "“一带一路”倡议"
    assert "一带一路倡议" in found


@pytest.mark.parametrize(("date", "found"), [("2023-06-01", True), ("2024-01-31", True), ("2022-06-01", False)])
def test_initiatives_campaign_named_by_its_kind_only_while_it_runs(date: str, found: bool) -> None:
    """主题教育 alone is the campaign of gazetteer/campaigns.tsv only in the months it ran."""
    text = "各地扎实开展主题教育，推动工作落实。"
    extraction = extract_document(Document(id="t", text=text, source="test", date=date), load_settings())
    labels = {m.label for m in extraction.mentions if m.kind == "initiative"}
    assert ("学习贯彻习近平新时代中国特色社会主义思想主题教育" in labels) is found


def test_initiatives_campaigns_table_rejects_bad_months(tmp_path) -> None:
    import shutil

    from kgbuild.config import ontology_dir
    from kgbuild.errors import ConfigError
    from kgbuild.gazetteer import load_gazetteer

    folder = tmp_path / "gazetteer"
    shutil.copytree(ontology_dir() / "gazetteer", folder)
    (folder / "campaigns.tsv").write_text("short\tfirst\tlast\tname\n主题教育\t2023-13\t2024-01\tX\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="YYYY-MM"):
        load_gazetteer(str(folder))


def test_extract_initiatives_list_after_a_law_takes_laws_only() -> None:
    # a way of working or acting listed after a law is no law; the verb before a law is no part of it
    assert set(_initiatives("会议修改慈善法、创新做法、严格执法。")) == {"慈善法"}
    assert set(_initiatives("尊崇宪法、维护宪法、恪守宪法。")) == {"宪法"}


def test_extract_initiatives_how_well_a_verb_acts_on_a_law_is_no_part_of_its_name() -> None:
    assert set(_initiatives("要全面实施好滨海基本法，执行好安全生产法。")) == {"滨海基本法", "安全生产法"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国务院新闻办公室今天发布《中国的海洋生态环境保护》白皮书。", "中国的海洋生态环境保护"),
        ("中国贸促会发布《跨国公司在中国》系列研究报告。", "跨国公司在中国"),
        ("《闽山闽水物华新》一书出版发行。", "闽山闽水物华新"),
        ("《习近平著作选读》（第一卷）出版发行。", "习近平著作选读"),
    ],
)
def test_extract_initiatives_a_title_made_a_white_paper_report_or_book_by_the_words_after_it(
    text: str, name: str
) -> None:
    assert name in _initiatives(text)


def test_extract_initiatives_a_programme_aired_is_no_book() -> None:
    assert _initiatives("《新闻联播》今晚播出。") == {}


def test_extract_initiatives_a_laws_own_word_after_a_verb_is_its_whole_name() -> None:
    assert set(_initiatives("暂时调整适用计量法有关规定。")) == {"计量法"}
    assert "基本法" in _initiatives("香港特区顺利完成基本法第二十三条立法。")
    # a kind of law after a verb needs the words before it (突发事件应对管理法)
    assert "突发事件应对管理法" in _initiatives("通过突发事件应对管理法。")


def test_extract_initiatives_a_numbered_un_resolution_is_one_by_its_number() -> None:
    assert set(_initiatives("安理会25日表决通过第2799号决议，要求立即停火。")) == {"第2799号决议"}
    assert "第2758号决议" in _initiatives("各方坚持联合国大会第2758号决议。")
    # a numbered resolution of no UN body (a company's, a city's) is none
    assert _initiatives("公司董事会通过第12号决议。") == {}
