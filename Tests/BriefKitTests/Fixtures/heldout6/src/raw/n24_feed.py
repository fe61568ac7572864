"""n24: a WeChat official-account export in the shape of the freepublish/batchget API answer
(上海市商务委员会, account 上海商务). render() returns the JSON text: indented, UTF-8,
every "/" escaped as "\\/" as the WeChat API does."""
import json
from datetime import datetime, timezone, timedelta

CST = timezone(timedelta(hours=8))


def ts(s):
    """'2025-01-23 10:00' Beijing time -> Unix seconds."""
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CST).timestamp())


IMG = '<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/{0}/640?wx_fmt=png" data-ratio="0.5625" data-w="1080" style="width: 100%;"></p>'
SRC = '<p style="text-align: right;"><span style="font-size: 12px;color: rgb(136, 136, 136);">来源：{0}</span></p>'
END = '<p><span style="font-size: 12px;color: rgb(136, 136, 136);">编辑：上海商务&nbsp;&nbsp;|&nbsp;&nbsp;审核：市商务委办公室</span></p>'


def para(*parts):
    return '<p style="text-align: justify;"><span style="font-size: 15px;letter-spacing: 1px;">' + "".join(parts) + "</span></p>"


def b(x):
    return '<strong><span style="color: rgb(0, 112, 192);">' + x + "</span></strong>"


A1 = "".join([
    IMG.format("Q1aXw3Vb0kXo9"),
    para("1月22日，市商务委召开2024年全市商务工作总结会。会议通报，2024年，面对复杂严峻的外部环境，全市商务系统坚决贯彻落实市委、市政府决策部署，推动商务运行总体平稳、稳中有进。"),
    '<h3 style="text-align: center;"><strong>消费市场</strong></h3>',
    para("2024年，全市实现社会消费品零售总额", b("18,162.5亿元"), "，同比增长", b("0.6%"), "。其中，网络零售额", b("3,812.4亿元"), "，同比增长11.7%，占社会消费品零售总额的比重为21.0%，较上年提高", b("2.1"), "个百分点。"),
    para("全市商品销售总额突破15万亿元，规模保持全国城市首位。"),
    '<h3 style="text-align: center;"><strong>对外贸易</strong></h3>',
    para("2024年，全市货物进出口总额", b("4.26"), "<span>万亿元</span>，同比增长1.1%。其中，出口1.79万亿元，增长4.6%；进口2.47万亿元，下降1.3%。"),
    para("民营企业进出口1.32万亿元，增长9.2%，占全市进出口总额的31.0%。<br>“新三样”产品出口增长18.5%。"),
    '<h3 style="text-align: center;"><strong>利用外资</strong></h3>',
    para("2024年，全市实际使用外资158.6亿美元；新设外资企业6,015家，同比增长12.4%。新认定跨国公司地区总部62家、外资研发中心30家，累计分别达到1,018家和591家。"),
    para("会议要求，2025年要进一步扩大内需、稳外贸稳外资，为全市经济持续回升向好作出商务贡献。"),
    SRC.format("市商务委综合处"),
    END,
])

A2 = "".join([
    IMG.format("Fd3sK0pLq8Hn2"),
    para("首发经济是上海建设国际消费中心城市的“金名片”。记者从市商务委获悉，2024年，上海新开各类首店1,269家，比2023年的1,149家增加120家，同比增长10.4%。"),
    para("从能级看，全球首店和亚洲首店", b("28"), "家，全国首店179家，高能级首店数量约占全国的三成；从业态看，餐饮类首店占比达到52.6%，零售类首店占比31.8%。"),
    para("全年举办各类首发活动2,000余场，发布首发新品超3,000款。其中，“全球新品首发季”期间，上海共举办品牌首发活动380余场。"),
    para("从区域看，黄浦、静安、浦东新开首店合计占全市的61.7%；嘉定、青浦、松江、奉贤、南汇新城新开首店142家。"),
    para("下一步，本市将继续办好“全球新品首发季”，力争2025年新开各类首店1,300家以上。"),
    SRC.format("市商务委商贸处"),
    END,
])

A3 = "".join([
    para("<strong>编者按：</strong>消费品以旧换新是扩内需、促消费的重要抓手。2025年，国家将加力扩围实施以旧换新政策。我们回顾一下2024年本市工作成效。"),
    IMG.format("Mn7vC2wUu5Ty1"),
    para("2024年，全市累计受理汽车以旧换新补贴申请", b("17.6万份"), "，带动新车销售额426.8亿元。"),
    para("家电以旧换新方面，冰箱、洗衣机、空调等家电合计销售186万台，带动销售额超300亿元，参与活动的商户万余家。消费者平均每单获得补贴约￥1,260。"),
    para("此外，全年举办各类促消费活动1万2千余场，发放“乐品上海”餐饮、体育、文旅等消费券2.5亿元。"),
    para("2025年，本市将统筹安排以旧换新资金，力争带动相关商品销售超500亿元。"),
    SRC.format("市商务委市场运行调节处"),
    END,
])

A4 = "".join([
    IMG.format("Zp4gH6eRr1Lm8"),
    para("4月9日，2025年上海市跨境电商发展推进会召开。会议发布，2024年，上海跨境电商进出口额达到", b("2,186.4亿元"), "，同比增长28.6%，约占全国的8.8%。"),
    para("上海企业在全球布局海外仓230余个，面积超过300万平方米；全市跨境电商主体超过1.2万家。<br>跨境电商综合试验区线上综合服务平台备案企业5,846家。"),
    para("会上还通报，第七届进博会按一年计意向成交800.1亿美元，比上届增长2.0%；“6天+365天”常年展示交易平台已达到", b("62"), "个。"),
    para("会议提出，2025年本市跨境电商进出口额力争增长15%左右。"),
    SRC.format("市商务委电子商务处"),
    END,
])

A5 = "".join([
    IMG.format("Kw9dE3fYt6Pc4"),
    para("近日，商务部等部门公布第三批中华老字号名单，上海37家企业入选，入选数量位居全国第一。至此，上海共有中华老字号217家，数量居全国城市首位。"),
    para("同期，商务部公布2024年度全国供应链创新与应用示范企业名单，上海5家企业入选“全国供应链创新与应用示范企业”。"),
    para("在人力资源社会保障部、商务部联合开展的表彰中，市商务委市场运行调节处获评“全国商务系统先进集体”，老凤祥首饰研究所首席技师沈国华获评“全国商务系统劳动模范”。"),
    para("按照《上海市促进老字号创新发展的若干措施》，对新获认定的中华老字号企业、获评国家级夜间文化和旅游消费集聚区的街区，市级财政按规定给予一次性奖励。"),
    SRC.format("市商务委商贸处"),
    END,
])

A6 = "".join([
    IMG.format("Tr2bN8mWq3Xs7"),
    para("2024年，上海服务进出口总额", b("2,486.7亿美元"), "，同比增长9.8%。其中，出口1,084.3亿美元，进口1,402.4亿美元。"),
    para("数字服务进出口1,152.6亿美元，约占服务进出口总额的46.4%；知识密集型服务进出口增长12.3%。"),
    para("全年离岸服务外包执行额158.3亿美元，同比增长6.1%；技术出口合同登记1,836项，合同金额62.7亿美元。"),
    para("2025年，本市将深入实施服务贸易创新发展行动，力争服务进出口总额增长8%以上。"),
    SRC.format("市商务委服务贸易处"),
    END,
])

A7 = "".join([
    IMG.format("Hy5cU1oIp7Vb3"),
    para("7月24日，市商务委召开上半年商务运行分析会。今年上半年，全市社会消费品零售总额9,215.6亿元，同比增长2.4%；货物进出口总额2.16万亿元，增长3.0%；实际使用外资86.4亿美元。"),
    para("上半年新认定跨国公司地区总部28家，累计达到1,046家；新开各类首店705家。"),
    para("会议指出，下半年要抓住暑期消费旺季，确保全年社会消费品零售总额增长3%左右。"),
    SRC.format("市商务委综合处"),
    END,
])

A8 = "".join([
    para("会展业是上海“五个中心”建设的重要支撑。2024年，上海共举办各类展会712个，总展览面积1,912万平方米，同比增长11.6%。"),
    para("其中，国际展436个，展览面积1,526万平方米，约占总展览面积的80%；10万平方米以上的大型展会42个。"),
    para("2025年，本市计划举办各类展会750个左右。"),
    SRC.format("市商务委会展处"),
    END,
])


def news(title, digest, content, mid, idx, author="上海商务"):
    return {
        "title": title,
        "author": author,
        "digest": digest,
        "content": content,
        "content_source_url": "",
        "thumb_media_id": "Xy3n0Q-" + mid + "-" + str(idx),
        "show_cover_pic": 0,
        "url": "http://mp.weixin.qq.com/s?__biz=MzA5NjE2MTQ0MA==&mid=" + mid + "&idx=" + str(idx) + "&sn=0",
        "thumb_url": "http://mmbiz.qpic.cn/mmbiz_jpg/" + mid + "/0?wx_fmt=jpeg",
        "need_open_comment": 0,
        "only_fans_can_comment": 0,
        "is_deleted": False,
    }


ITEMS = [
    ("2_pNwE7kQh3aVdLs0Yt1cR", "2025-07-25 18:30", [
        ("上半年全市商务运行稳中有进", "上半年商务运行分析会召开", A7, "2247520001", 1),
        ("会展业为“五个中心”建设赋能", "会展业发展回顾", A8, "2247520001", 2),
    ]),
    ("2_kLm9Xc2Vb7Nq1Zs4Df8G", "2025-06-20 17:00", [
        ("服务贸易量质齐升 数字服务占比近半", "2024年上海服务贸易发展情况", A6, "2247519876", 1),
    ]),
    ("2_Qw3Er5Ty7Ui9Op1As2Df", "2025-05-16 11:45", [
        ("上海37家企业入选第三批中华老字号", "第三批中华老字号名单公布", A5, "2247519702", 1),
    ]),
    ("2_Gh4Jk6Lz8Xc0Vb2Nm4Qw", "2025-04-10 20:15", [
        ("2024年上海跨境电商进出口额同比增长28.6%", "跨境电商发展推进会召开", A4, "2247519533", 1),
    ]),
    ("2_Rt6Yu8Io0Pa2Sd4Fg6Hj", "2025-03-05 00:30", [
        ("回眸2024 | 以旧换新带动消费提质扩容", "以旧换新工作成效", A3, "2247519390", 1),
    ]),
    ("2_Zx7Cv9Bn1Mq3We5Rt7Yu", "2025-02-14 09:00", [
        ("首发经济持续领跑！2024年上海新开各类首店1,269家", "首发经济", A2, "2247519204", 1),
    ]),
    ("2_As8Df0Gh2Jk4Lz6Xc8Vb", "2025-01-23 10:00", [
        ("2024年上海商务运行总体平稳、稳中有进", "全市商务工作总结会召开", A1, "2247519011", 1),
    ]),
]


def render():
    items = []
    for aid, when, news_list in ITEMS:
        t = ts(when)
        items.append({
            "article_id": aid,
            "content": {
                "news_item": [news(*n) for n in news_list],
                "create_time": t,
                "update_time": t + 120,
            },
            "update_time": t + 120,
        })
    doc = {"total_count": 186, "item_count": len(items), "item": items}
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return text.replace("/", "\\/")
