"""The metrics extractor on hand-written sentences, run through the real pipeline's
`extract_document`: values in the unit's base, units, growth and decline, comparators and
periods; what is not a metric (years, dates, ordinals, numbers inside names); Chinese
numerals; and dates resolved against the document's date."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pytest

from kgbuild.config import load_settings
from kgbuild.extract.dates import find_date
from kgbuild.extract.numbers import parse_chinese
from kgbuild.model import Document, Metric
from kgbuild.pipeline import extract_document


@cache
def _metrics(text: str) -> tuple[Metric, ...]:
    extraction = extract_document(Document(id="t", text=text, source="t.txt", date="2024-05-10"), load_settings())
    metrics = tuple(r for r in extraction.relations if isinstance(r, Metric))
    for metric in metrics:
        assert extraction.norm.text[metric.clause_start : metric.clause_end] == metric.text
    return metrics


def _only(text: str) -> Metric:
    metrics = _metrics(text)
    assert len(metrics) == 1, metrics
    return metrics[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # magnitudes: 万, 亿, 万亿
        ("截至9月末，广义货币余额达33.61万亿元。", Decimal("33610000000000"), "元", "="),
        # Chinese numerals
        ("全市新增市场主体两千家。", Decimal("2000"), "家", "="),
        ("制造业重点行业骨干企业普及率达七十一点五%。", Decimal("71.5"), "%", "="),
        ("该项目总投资近百亿元。", Decimal("10000000000"), "元", "~"),
        # currencies and units
        ("全年实际使用外资超过1200亿美元。", Decimal("120000000000"), "美元", ">"),
        ("全年完成发电量1500亿千瓦时。", Decimal("150000000000"), "千瓦时", "="),
        ("接待游客2.5亿人次。", Decimal("250000000"), "人次", "="),
        ("今年前三季度，全省签约重大项目120项。", Decimal("120"), "项", "="),
        # growth and decline
        ("今年前三季度，全省地区生产总值同比增长5.0%。", Decimal("5.0"), "%", "="),
        ("全国居民消费价格指数同比下降0.2%。", Decimal("-0.2"), "%", "="),
        ("全市工业企业单位产值能耗降低了4.5%。", Decimal("-4.5"), "%", "="),
        ("央行决定下调金融机构存款准备金率0.5个百分点。", Decimal("-0.5"), "个百分点", "="),
        ("该行此前已降低存款利率10基点。", Decimal("-10"), "基点", "="),
        # comparators
        ("全省共有高新技术企业约3.2万家。", Decimal("32000"), "家", "~"),
        ("“十四五”期间，累计建成充电桩200万个以上。", Decimal("2000000"), "个", ">="),
        ("城镇调查失业率不到5.5%。", Decimal("5.5"), "%", "<"),
        ("截至目前，全国已建成5G基站超过380万个。", Decimal("3800000"), "个", ">"),
        ("全省现有养老机构3000余家。", Decimal("3000"), "家", ">"),
        ("该企业年营业收入不低于2000万元。", Decimal("20000000"), "元", ">="),
        # about a round hundred or thousand (not 成千上万)
        ("上万人参加活动。", Decimal("10000"), "人", "~"),
        ("展会吸引上百家企业参展。", Decimal("100"), "家", "~"),
        # shares written as fractions
        ("全省超过三分之二的村庄通了公交。", Decimal("66.67"), "%", ">"),
        ("参展企业中约五分之一来自海外。", Decimal("20"), "%", "~"),
        # runs of years and days; the magnitude of an earthquake
        ("该市空气质量连续三年位居全省第一。", Decimal("3"), "年", "="),
        ("这次巡航历时12天。", Decimal("12"), "天", "="),
        ("为期3天的博览会今天开幕。", Decimal("3"), "天", "="),
        ("双方同意将停火期限延长两天。", Decimal("2"), "天", "="),
        ("两岸航线共开行12班次。", Decimal("12"), "班次", "="),
        ("全省夏粮收获进度已过六成。", Decimal("6"), "成", ">"),
        ("当地发生里氏6.2级地震。", Decimal("6.2"), "级", "="),
        ("新航线开通后，货物最快仅需30个小时即可运抵。", Decimal("30"), "小时", "="),
        # 员额 and 名额 are counts of posts, not money
        ("全市精简机关员额1.2万。", Decimal("12000"), "个", "="),
    ],
)
def test_extract_metrics_value_unit_comparator(text: str, value: Decimal, unit: str, comparator: str) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


def test_extract_metrics_two_in_one_sentence_with_a_point_decline() -> None:
    metrics = _metrics("城镇调查失业率为5.0%，比上月下降0.2个百分点。")
    assert [(m.value, m.unit, m.comparator, m.text) for m in metrics] == [
        (Decimal("5.0"), "%", "=", "城镇调查失业率为5.0%"),
        (Decimal("-0.2"), "个百分点", "=", "比上月下降0.2个百分点"),
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("今年前三季度，全省地区生产总值同比增长5.0%。", "今年前三季度"),
        ("“十四五”期间，累计建成充电桩200万个以上。", "“十四五”期间"),
        ("2024年一季度，全国规上工业增加值同比增长6.1%。", "2024年一季度"),
        ("截至目前，全国已建成5G基站超过380万个。", "截至目前"),
        ("迄今，已有150多个国家参与合作。", "迄今"),
        ("第三季度，全省工业增加值同比增长4.2%。", "第三季度"),
        ("到2025年，全省森林覆盖率达到25%。", "到2025年"),
        ("今年春节期间，景区接待游客12万人次。", "今年春节期间"),
        ("过去10年，两国贸易额增长了3倍。", "过去10年"),
        # no period written
        ("粮食产量达到6.9亿吨。", None),
    ],
)
def test_extract_metrics_period(text: str, period: str | None) -> None:
    assert _only(text).period == period


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("城镇调查失业率不到5.5%。", "城镇调查失业率"),
        ("制造业重点行业骨干企业普及率达七十一点五%。", "制造业重点行业骨干企业普及率"),
    ],
)
def test_extract_metrics_indicator(text: str, indicator: str) -> None:
    assert _only(text).indicator == indicator


@pytest.mark.parametrize(
    "text",
    [
        # years and dates
        "2023年，全市经济保持平稳。",
        "会议将于6月22日在北京举行。",
        # ordinals
        "第十届中国国际进口博览会在上海举行。",
        "党的二十届三中全会在北京召开。",
        # numbers inside names
        "“十四五”规划实施以来成效明显。",
        "中国一汽发布新车型。",
        "5G基站建设加快推进。",
        "全面推进“百千万工程”。",
        # durations are not facts about a quantity of the story
        "会议持续了三个小时。",
    ],
)
def test_extract_metrics_not_a_metric(text: str) -> None:
    assert _metrics(text) == ()


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("七十一点五", Decimal("71.5")),
        ("两千", Decimal("2000")),
        ("三亿五千万", Decimal("350000000")),
        ("万", None),
        ("七十一点五元", None),
    ],
)
def test_extract_metrics_chinese_numerals(numeral: str, value: Decimal | None) -> None:
    assert parse_chinese(numeral) == value


@pytest.mark.parametrize(
    ("text", "doc_date", "date"),
    [
        ("国务院常务会议今天召开。", "2024-05-10", "2024-05-10"),
        ("昨天，论坛在京开幕。", "2024-05-10", "2024-05-09"),
        # across a month end, and a leap day
        ("昨天，论坛在京开幕。", "2024-03-01", "2024-02-29"),
        # across a year end
        ("明天，新规正式施行。", "2024-12-31", "2025-01-01"),
        # a day of the document's month
        ("研讨会22日在杭州举行。", "2024-06-23", "2024-06-22"),
        ("该条例于2023年12月31日起施行。", "2024-01-05", "2023-12-31"),
        # without a year only the month and day are known
        ("研讨会22日在杭州举行。", "--06-23", "--06-22"),
        ("昨天，论坛在京开幕。", "--06-23", None),
        # without a document date a relative day cannot be resolved
        ("国务院常务会议今天召开。", None, None),
        # not a date of the month
        ("研讨会31日在杭州举行。", "2024-02-10", None),
    ],
)
def test_extract_metrics_dates_resolve_against_document_date(text: str, doc_date: str | None, date: str | None) -> None:
    assert find_date(text, 0, len(text), doc_date) == date


def test_extract_metrics_period_runs_to_the_end_of_month() -> None:
    assert _only("截至9月末，广义货币余额达33.61万亿元。").period == "截至9月末"


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一万零五百", Decimal(10500)), ("一百零五", Decimal(105)), ("三千零二十", Decimal(3020)), ("零", Decimal(0))],
)
def test_extract_metrics_chinese_numerals_with_an_empty_place(numeral: str, value: Decimal) -> None:
    assert parse_chinese(numeral) == value


@pytest.mark.parametrize(
    ("text", "doc_date", "date"),
    [
        ("今晚开播", "2024-10-10", "2024-10-10"),
        ("昨晚举行", "2024-10-10", "2024-10-09"),
        ("今晨启动", "2024-10-10", "2024-10-10"),
    ],
)
def test_extract_metrics_evening_and_morning_dates(text: str, doc_date: str, date: str) -> None:
    assert find_date(text, 0, len(text), doc_date) == date


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("养老床位数比十年前翻了一番。", Decimal(1), "番", "="),  # doublings, 1 included
        ("养老机构数量翻了三番。", Decimal(3), "番", "="),
        ("产量比往年翻了近一番。", Decimal(1), "番", "~"),
        ("高标准农田占耕地面积一半以上。", Decimal(50), "%", ">="),  # half is 50 per cent
        ("超过一半的企业实现盈利。", Decimal(50), "%", ">"),
        ("到位率在八成以上。", Decimal(8), "成", ">="),  # the unit as written
        ("产业项目数量占比近半。", Decimal(50), "%", "~"),  # near half
        ("以不到千分之四的国土面积养活了众多人口。", Decimal("0.4"), "%", "<"),  # per mille, in per cent
        ("民营企业比例过半。", Decimal(50), "%", ">"),
        # measure words as written (盏, 孔, 单) and a ship's class (吨级, not 吨)
        ("两岸的1万余盏彩灯点亮了城市。", Decimal(10000), "盏", ">"),
        ("三峡水库已开启九孔泄洪。", Decimal(9), "孔", "="),
        ("两千吨级以上的船舶可以通航。", Decimal(2000), "吨级", ">="),
    ],
)
def test_extract_metrics_doublings_halves_and_tenths(text: str, value: Decimal, unit: str, comparator: str) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize("text", ["他们三番五次上门。", "另一半时间在家里度过。", "全年实现时间过半、任务过半。"])
def test_extract_metrics_no_doubling_or_half_in_set_phrases(text: str) -> None:
    assert _metrics(text) == ()


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # a magnitude and no unit word: 个 (tests/gold/xwlb/CONVENTIONS.md)
        ("全省60岁以上人口有1.8亿。", Decimal("180000000"), "个", "="),
        ("活动吸引了近16万观众。", Decimal("160000"), "个", "~"),
        # the trips an indicator counts, and money an indicator names
        ("全年观影人次为3.2亿。", Decimal("320000000"), "人次", "="),
        ("电影总票房已超80亿。", Decimal("8000000000"), "元", ">"),
        # units added with the corpus in view
        ("大桥主跨长约1200米。", Decimal("1200"), "米", "~"),
        ("全市新增确诊病例35例。", Decimal("35"), "例", "="),
        ("全市新增养老床位1.2万张。", Decimal("12000"), "张", "="),
        ("当日成交量为5.2亿手。", Decimal("520000000"), "手", "="),
        ("9月份物流指数为108.5点。", Decimal("108.5"), "点", "="),
        ("全程运行时间缩短约40分钟。", Decimal("-40"), "分钟", "~"),
        ("局地最低气温降至零下12度。", Decimal("-12"), "度", "="),
        ("全年累计供应疫苗2.3亿剂次。", Decimal("230000000"), "剂次", "="),
        ("新建储能电站累计出货量为80吉瓦时。", Decimal("80"), "吉瓦时", "="),
        # counts of departments, with a numeral in words
        ("教育部等七部门联合印发通知。", Decimal("7"), "个", "="),
        ("全省水稻收获已过八成。", Decimal("8"), "成", ">"),
        ("全年新增风电装机的四成多来自西部。", Decimal("4"), "成", ">"),
        ("共有十多个省份参加。", Decimal("10"), "个", ">"),
        ("叶片重量减轻百分之二十。", Decimal("-20"), "%", "="),
        ("全书共分六大类。", Decimal("6"), "类", "="),
        # casualties without a noun
        ("当地发生袭击事件致5死8伤。", Decimal("5"), "人", "="),
        # a round magnitude after a comparator
        ("现场近万名群众观看演出。", Decimal("10000"), "名", "~"),
        ("全年营业收入突破万亿元。", Decimal("1000000000000"), "元", ">"),
        # 两 counts concrete things
        ("乘组两名航天员出舱。", Decimal("2"), "名", "="),
        ("白皮书共约2.4万字。", Decimal("24000"), "字", "~"),
    ],
)
def test_extract_metrics_units_without_a_unit_word_and_new_units(
    text: str, value: Decimal, unit: str, comparator: str
) -> None:
    metric = _metrics(text)[0]
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    "text",
    [
        # numerals written digit by digit name or code something
        "他在二〇五所工作多年。",
        "两岸同胞坚持九二共识。",
        "三四线城市房价平稳。",
        # vague counts and set phrases
        "战机击落数十架无人机。",
        "全国有几十万名志愿者。",
        "要做好二套住房贷款工作。",
        "这是造船业的三颗“皇冠上的明珠”。",
        "推进“一中心四平台”建设。",
        # sessions, sports events, classes, times of day, quarters, spans
        "十四届全国人大二次会议今天开幕。",
        "他夺得男子100米蛙泳金牌。",
        "她在世锦赛上包揽50、100、200米蛙泳金牌。",
        "龙舟队包揽了100米、200米、500米。",
        "我国自主研制的7000米级载人潜水器下水。",
        "节目在今晚8点档播出。",
        "前两个季度经济平稳运行。",
        "两国领导人两度会面。",
        "唯一一座反映新四军全史的纪念馆开馆。",
        "该地区水质稳定在三类。",
        "增长速度达到两位数。",
        # 两 with 个, 种 or a bare noun: a pair in a set phrase
        "用好国内国际两个市场两种资源。",
        "住房城乡建设部、金融监管总局两部门联合部署。",
        "走进永嘉县河二村。",
        "坚持“十六字”方针和十六字方针。",
        "成千上万名群众走上街头。",
        "四分之三个世纪前，两国建立了外交关系。",
        "全省启动实施百万亩造林工程。",
        "各地24小时值守。",
        "他在一分之差落败后表示。",
    ],
)
def test_extract_metrics_not_a_metric_in_the_corpus(text: str) -> None:
    assert _metrics(text) == ()


def test_extract_metrics_list_shares_the_unit_and_the_indicator() -> None:
    metrics = _metrics("工业、服务业和消费增速分别加快0.6、0.1和2.1个百分点。")
    assert [(m.value, m.unit) for m in metrics] == [
        (Decimal("0.6"), "个百分点"),
        (Decimal("0.1"), "个百分点"),
        (Decimal("2.1"), "个百分点"),
    ]
    assert len({m.indicator for m in metrics}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decline before a list is each one's
        ("两项指标分别下降0.5%、1.2%和2%。", [("-0.5", "%"), ("-1.2", "%"), ("-2", "%")]),
        ("能耗和排放分别下降0.5、1.2个百分点。", [("-0.5", "个百分点"), ("-1.2", "个百分点")]),
        ("出口增长8.1%、进口下降0.5%。", [("8.1", "%"), ("-0.5", "%")]),
        # 个 before the list's last, written in full as 个百分点
        ("分别比2017年提高3.5个和6个百分点。", [("3.5", "个百分点"), ("6", "个百分点")]),
        ("全市新增12个和8个项目。", [("12", "个"), ("8", "个")]),
        # the ten-thousands after the hundred millions
        ("公路发送1亿6325万人次。", [("163250000", "人次")]),
        ("总量为2亿6971.6万人次。", [("269716000", "人次")]),
    ],
)
def test_extract_metrics_lists_and_compound_magnitudes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.value, m.unit) for m in _metrics(text)] == [(Decimal(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("本次选拔12至14名预备队员。", Decimal("12"), "名"),
        ("局地累计降雨量80—100毫米。", Decimal("80"), "毫米"),
        ("每户补贴3万至5万元。", Decimal("30000"), "元"),
        ("北方地区将有5—6级大风。", Decimal("5"), "级"),
        ("沿海部分地区阵风达7—8级。", Decimal("7"), "级"),
        ("中东部地区气温将下降6~8℃。", Decimal("-6"), "℃"),
        ("市场每天销售鲜菜两三吨。", Decimal("2"), "吨"),
    ],
)
def test_extract_metrics_range_is_its_lower_end_at_least(text: str, value: Decimal, unit: str) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, ">=")


@pytest.mark.parametrize("text", ["今年1—4月，全省投资平稳增长。", "印发实施方案（2024—2027年）。"])
def test_extract_metrics_range_of_months_or_years_is_no_metric(text: str) -> None:
    assert _metrics(text) == ()


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # runs of months and quarters, with 多 after the number
        ("全国居民消费价格连续21个月同比上涨。", Decimal("21"), "个月", "="),
        ("该国经济连续四个季度负增长。", Decimal("4"), "个季度", "="),
        ("冬捕活动将持续40多天。", Decimal("40"), "天", ">"),
        ("本届运动会赛期12天。", Decimal("12"), "天", "="),
        # 两 with a share, a discount or points of a proposal
        ("旅游订单同比增长超两成。", Decimal("2"), "成", ">"),
        ("部分车次票价最低三折。", Decimal("3"), "折", ">="),
        ("他就深化合作提出四点建议。", Decimal("4"), "点", "="),
        # counts of areas and aspects, units as written
        ("江苏、安徽等5省启动应急响应。", Decimal("5"), "省", "="),
        ("项目在济南、青岛等6地同时开工。", Decimal("6"), "地", "="),
        ("两部门出台8方面政策措施。", Decimal("8"), "方面", "="),
        ("全省现有4省份参与试点。", Decimal("4"), "个", "="),
        ("列车有3节车厢脱轨。", Decimal("3"), "节", "="),
        ("该项目年产能120万吨/年。", Decimal("1200000"), "吨/年", "="),
        ("银行资产减少至800亿瑞郎。", Decimal("80000000000"), "瑞郎", "="),
    ],
)
def test_extract_metrics_runs_shares_and_units_as_written(
    text: str, value: Decimal, unit: str, comparator: str
) -> None:
    metric = _metrics(text)[0]
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # a span of days is a quantity when it is a change or a bound
        ("今年快递业务量比去年提前了18天。", Decimal("18"), "天", "="),
        ("当地插秧进度缩短3—5天。", Decimal("-3"), "天", ">="),
        ("该地区全年大风天气多达120天。", Decimal("120"), "天", "="),
        # half a tenth, a fall told by its size, people counted by an indicator of people
        ("全省秋粮收获已过七成半。", Decimal("7.5"), "成", ">"),
        ("按年率计算降幅为1.5%。", Decimal("-1.5"), "%", "="),
        ("参与投票人数已超过30万。", Decimal("300000"), "人", ">"),
        ("一个9亿多人口的大国。", Decimal("900000000"), "个", ">"),
        # ages of people, not brackets of ages
        ("老人于昨天逝世，享年92岁。", Decimal("92"), "岁", "="),
        ("今年58岁的王某仍坚守岗位。", Decimal("58"), "岁", "="),
        # a number at the very start of a text
        ("120名代表出席会议。", Decimal("120"), "名", "="),
        # half of a whole after 占, a fall by a fraction, 人民币 as written
        ("该市粮食产量约占全省的一半。", Decimal("50"), "%", "~"),
        ("公司市值缩水约三分之一。", Decimal("-33.33"), "%", "~"),
        ("双边贸易额约合1200亿人民币。", Decimal("120000000000"), "人民币", "~"),
        # a count of editions held
        ("该博览会已成功举办8届。", Decimal("8"), "届", "="),
        # 十几 is more than ten
        ("现场十几名工人配合作业。", Decimal("10"), "名", ">"),
        # a travel time, a period of an orbit
        ("通车后两地间2小时即可通达。", Decimal("2"), "小时", "="),
        ("卫星进入12小时周期的环月轨道。", Decimal("12"), "小时", "="),
        # the age of a civilisation or a craft in years
        ("这座古城已有2500多年历史。", Decimal("2500"), "年", ">"),
        ("考古实证了一万年的文化史。", Decimal("10000"), "年", "="),
        # shares written with a slash; 约 before 占 makes a share about
        ("该区域创造了全国近1/4的经济总量。", Decimal("25"), "%", "~"),
        ("高铁里程约占全国的1/6。", Decimal("16.67"), "%", "~"),
        # storeys and songs
        ("集装箱最高可堆放25层。", Decimal("25"), "层", "="),
        ("音乐会上演了12首曲目。", Decimal("12"), "首", "="),
        # chapters, sets, cubic metres of gas
        ("新修订的条例共9章86条。", Decimal("9"), "章", "="),
        ("灯会展出200组花灯。", Decimal("200"), "组", "="),
        ("天然气产量增产超百亿方。", Decimal("10000000000"), "方", ">"),
        # a count of fields or systems written with 大
        ("该市聚焦五大领域推进改革。", Decimal("5"), "个", "="),
        # the value of an index without a unit word
        ("9月份中小企业发展指数为89.2，比上月上升0.1点。", Decimal("89.2"), "个", "="),
    ],
)
def test_extract_metrics_spans_of_days_and_index_values(text: str, value: Decimal, unit: str, comparator: str) -> None:
    metric = _metrics(text)[0]
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    "text",
    [
        "节目今晚七点半播出。",
        "冬至是二十四节气之一。",
        "省委召开常委会议。",
        "防汛四级应急响应启动。",
        "这是不到十天以来的第三次事故。",
        "全面落实16—24岁青年就业政策。",
        "纽约股市三大股指全线下跌。",
        "三方举行会谈。",
        "回顾两国建交60年的珍贵历史。",
        "人们向新中国75岁华诞献上祝福。",
        "已经过去了十几年。",
        "过去5年是澳门历史上很不平凡的5年。",
        "将发布2024年网络文明发展报告。",
        "依托4K/8K超高清技术。",
        "歼-20首次亮相。",
        "双方约法三章。",
        "他把会议的一半时间用于讨论。",
        "深入贯彻落实党的十九大精神。",
        "参观中共七大会址。",
        "为3岁以下婴幼儿提供照护服务。",
        "未来三天北方大部有雨雪。",
    ],
)
def test_extract_metrics_not_a_count_of_points_areas_or_levels(text: str) -> None:
    assert _metrics(text) == ()


def test_extract_metrics_headline_restated_in_the_body_is_one_fact() -> None:
    text = "今年前10个月全省外贸进出口总值3.6万亿元\n今年前10个月，全省外贸进出口总值3.6万亿元，同比增长5.2%。"
    metrics = _metrics(text)
    assert [(m.value, m.unit) for m in metrics] == [(Decimal("3600000000000"), "元"), (Decimal("5.2"), "%")]
    assert metrics[0].start > text.index("\n")  # the body's statement, not the headline's


def test_extract_metrics_headline_rounding_a_body_figure_is_one_fact() -> None:
    text = "全省秋粮收购超1.6亿吨\n记者了解到，全省累计收购秋粮1.62亿吨。"
    assert [(m.value, m.unit) for m in _metrics(text)] == [(Decimal("162000000"), "吨")]


def test_extract_metrics_same_fact_twice_in_the_body_is_one() -> None:
    text = "目前已有1300多名中国公民安全撤离。据介绍，截至目前，已有1300多名中国公民安全撤离。"
    assert len(_metrics(text)) == 1


def test_extract_metrics_period_carries_over_the_news_item_but_not_past_its_headline() -> None:
    text = "今年前三季度，全省进出口总值2.1万亿元。\n其中，出口1.3万亿元。\n全市新建5G基站\n全市新建5G基站1200个。"
    periods = [m.period for m in _metrics(text)]
    assert periods == ["今年前三季度", "今年前三季度", None]


def test_extract_metrics_base_of_comparison_is_no_period() -> None:
    metric = _metrics("这十年，参保人数从2012年的7.9亿人增加到10.4亿人。")[-1]
    assert (metric.value, metric.period) == (Decimal("1040000000"), "这十年")


def test_extract_metrics_subject_is_the_whole_not_the_reporting_body() -> None:
    metric = _only("海关总署今天发布数据，今年前10个月，我国货物贸易进出口总值36万亿元。")
    assert metric.subject == "我国"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("黑龙江省农业农村厅介绍，全省已建成监测点6000个。", "黑龙江省"),
        ("在河南，小麦机收正在展开，全省已收获小麦3000万亩。", "河南"),
        ("全省新增就业20万人。", "全省"),
    ],
)
def test_extract_metrics_subject_whole_province_is_the_place_named_before(text: str, subject: str) -> None:
    assert _only(text).subject == subject


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # measure words counted as written
        ("广场上鸣礼炮21响。", Decimal("21"), "响", "="),
        ("今晚加开夜间动车组列车46趟。", Decimal("46"), "趟", "="),
        ("调图后全路开行旅客列车5120对。", Decimal("5120"), "对", "="),
        ("议会又进行了4轮投票。", Decimal("4"), "轮", "="),
        ("这部纪录片共12集。", Decimal("12"), "集", "="),
        ("新党在议会选举中获得86席。", Decimal("86"), "席", "="),
        ("油田今年计划新钻45口井。", Decimal("45"), "口", "="),
        ("小区共有36幢住宅楼。", Decimal("36"), "幢", "="),
        ("充满电只需不到8秒钟。", Decimal("8"), "秒钟", "<"),
        ("探测器带回月壤样品1200克。", Decimal("1200"), "克", "="),
        # a round number with a magnitude is no year
        ("超过2000万居民将从中受益。", Decimal("20000000"), "人", ">"),
    ],
)
def test_extract_metrics_measure_words_as_written(text: str, value: Decimal, unit: str, comparator: str) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize(
    "text",
    ["该片将于22:30档播出。", "2024对中国经济是关键一年。", "女子冰球3对3比赛今天举行。", "他们组成一个三口之家。"],
)
def test_extract_metrics_measure_words_that_start_a_word_or_tell_a_time(text: str) -> None:
    assert not [m for m in _metrics(text) if m.unit in ("档", "对", "口")]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # how long something lasted, told before what lasted
        ("经过约6.5小时的出舱活动，航天员安全返回。", [(Decimal("6.5"), "小时", "~")]),
        ("一名被困120个小时的女子获救。", [(Decimal("120"), "个小时", "=")]),
        ("经过7个多小时的抢修，道路恢复通行。", [(Decimal("7"), "个小时", ">")]),
        ("经过30天的检修，船闸恢复通航。", [(Decimal("30"), "天", "=")]),
        ("在5天的航渡中遇到大浪。", [(Decimal("5"), "天", "=")]),
        # both ends of a change of a span of time
        ("两地车程将由目前的4小时缩短至2小时。", [(Decimal("4"), "小时", "="), (Decimal("2"), "小时", "=")]),
        # when, not how long
        ("过去24小时的降雨量很大。", []),
        ("街角有一家24小时的书店。", []),
        ("抢修队伍24小时值守。", []),
    ],
)
def test_extract_metrics_spans_of_time_that_are_quantities(text: str, values: list) -> None:
    assert [(m.value, m.unit, m.comparator) for m in _metrics(text) if m.unit in ("小时", "个小时", "天")] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("国家主席应邀对法国、德国、意大利三国进行国事访问。", [(Decimal("3"), "个")]),
        ("支持四川、云南两省做好抗旱工作。", [(Decimal("2"), "个")]),
        # not a pair of one-character names, nor a count that is not the list's
        ("军乐队奏中、法两国国歌。", []),
        ("军乐队奏中、印尼两国国歌。", []),
        ("工作组奔赴河南、山东两省督导。工作组审阅了河南、山东两省的材料。", [(Decimal("2"), "个")]),
        ("浙江、江苏三地游客增多。", []),
    ],
)
def test_extract_metrics_count_of_the_places_a_list_names(text: str, values: list) -> None:
    assert [(m.value, m.unit) for m in _metrics(text)] == values


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("服装、家电、家具等销售额同比增长都超过10%。", 3),
        ("客流量和销售额同比增长也都超过五成。", 2),
        ("北京、上海和广州的销售额均超过20%。", 3),
        # not 年均, not 都 that ends a name, not 和 inside an item
        ("地区生产总值年均增长5.3%。", 1),
        ("火炬还将在重庆、宜宾和成都三座城市传递。", 1),
        ("汽车制造、通信和其他设备制造增长均超过10%。", 2),
    ],
)
def test_extract_metrics_one_value_told_of_each_thing_listed(text: str, count: int) -> None:
    assert len(_metrics(text)) == count
    assert len({(m.start, m.end) for m in _metrics(text)}) == count  # each its own span


def test_extract_metrics_quarterfinal_is_no_share() -> None:
    assert _metrics("拳手均在四分之一决赛中晋级。") == ()


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        # how long it took or lasted, with one and with a comparator between
        ("这次督查历时一周。", Decimal("1"), "周", "="),
        ("代表团在当地停留了一个小时。", Decimal("1"), "小时", "="),
        ("全场默哀一分钟。", Decimal("1"), "分钟", "="),
        ("全体人员默哀3分钟。", Decimal("3"), "分钟", "="),
        ("这次科考将历时近5个月。", Decimal("5"), "个月", "~"),
        ("这场危机已延宕三年多。", Decimal("3"), "年", ">"),
        ("火箭飞行20分钟后，星箭分离。", Decimal("20"), "分钟", "="),
    ],
)
def test_extract_metrics_how_long_it_lasted(text: str, value: Decimal, unit: str, comparator: str) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit, metric.comparator) == (value, unit, comparator)


@pytest.mark.parametrize("text", ["试点为期一年。", "冲突已持续近两个月。", "他在这里工作20年来从未请假。"])
def test_extract_metrics_a_term_or_a_state_is_no_length(text: str) -> None:
    assert _metrics(text) == ()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("当局要求居民在48小时内撤离。", [(Decimal("48"), "小时", "<=")]),
        ("过去24小时内，当地普降暴雨。", []),
        ("项目带动5镇12村增收。", [(Decimal("5"), "镇", "="), (Decimal("12"), "村", "=")]),
    ],
)
def test_extract_metrics_upper_bound_of_a_span_and_towns_and_villages(text: str, values: list) -> None:
    assert [(m.value, m.unit, m.comparator) for m in _metrics(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("暴风雪致上百万用户断电。", Decimal("1000000"), "个"),
        ("上万群众自发参加活动。", Decimal("10000"), "人"),
        ("澳门金融业资产达2.7万亿澳门元。", Decimal("2700000000000"), "澳门元"),
    ],
)
def test_extract_metrics_round_magnitudes_of_a_counted_noun_and_currencies(
    text: str, value: Decimal, unit: str
) -> None:
    metric = _only(text)
    assert (metric.value, metric.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("选手以9秒97的成绩夺冠。", [(Decimal("9.97"), "秒")]),
        ("选手以2分04秒27的成绩夺冠。", []),
        ("双方同意临时停火4天。", [(Decimal("4"), "天")]),
        ("新条例共六章48条。", [(Decimal("6"), "章"), (Decimal("48"), "条")]),
        ("办理时间压缩至3个工作日内。", [(Decimal("3"), "个工作日")]),
    ],
)
def test_extract_metrics_race_times_and_ceasefires(text: str, values: list) -> None:
    assert [(m.value, m.unit) for m in _metrics(text)] == values


def test_extract_metrics_headline_small_count_in_another_unit_is_its_own_fact() -> None:
    metrics = _metrics("两艘货船在红海遇袭\n当地时间3日，2家航运公司通报，一艘货船起火。")
    assert (Decimal("2"), "艘") in [(m.value, m.unit) for m in metrics]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("4月29日，消费促进月启动。活动当晚还举办了论坛。", "2024-04-29"),  # the day told before
        ("进博会11月2日完成搭展。线上国家展同日启动。", "2024-11-02"),
        ("晚会将于中秋节当晚播出。", None),  # the feast's own day, which no date written says
    ],
)
def test_extract_metrics_that_evening_and_the_same_day_are_the_day_told_before(text: str, date: str | None) -> None:
    at = max(text.find("当晚"), text.find("同日"))
    assert find_date(text, at, len(text), "2024-10-10") == date
