"""Source of docs/n45: five items of the 崇明科协 account in the shape of WeChat's freepublish/batchget answer.
Paragraph helpers write the HTML that the WeChat editor produces; make_docs.py dumps the result."""
import datetime

CST = datetime.timezone(datetime.timedelta(hours=8))
BIZ = "MzI1NjQ3ODkxMg=="


def ts(s):
    """'2025-09-20 00:12:36' in Asia/Shanghai -> Unix seconds."""
    return int(datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=CST).timestamp())


def p(html):
    return f'<p style="text-indent:2em;line-height:1.75em;"><span style="font-size:15px;color:#3f3f3f;">{html}</span></p>'


def img(name):
    return (f'<p style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-type="jpeg" '
            f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{name}/640?wx_fmt=jpeg" data-w="1080" /></p>')


def cap(text):
    return f'<p style="text-align:center;"><span style="font-size:12px;color:#888888;">{text}</span></p>'


def card(num_html, unit, label):
    return (f'<section style="display:inline-block;width:48%;text-align:center;vertical-align:top;">'
            f'<section style="font-size:26px;color:#0b7a3e;"><strong>{num_html}</strong><span style="font-size:14px;">{unit}</span></section>'
            f'<section style="font-size:13px;color:#666666;">{label}</section></section>')


def body(*parts):
    return '<section style="margin:0 8px;">' + "".join(parts) + "</section>"


def news(title, digest, content, mid, idx, sn, deleted=False, author="崇明科协"):
    return {"title": title, "author": author, "digest": digest, "content": content,
            "content_source_url": "", "thumb_media_id": f"Zq8{sn[:6]}_thumb{idx}", "show_cover_pic": 0,
            "url": f"http://mp.weixin.qq.com/s?__biz={BIZ}&mid={mid}&idx={idx}&sn={sn}#rd",
            "thumb_url": f"http://mmbiz.qpic.cn/mmbiz_jpg/{sn[:10]}/0?wx_fmt=jpeg",
            "need_open_comment": 0, "only_fans_can_comment": 0, "is_deleted": deleted}


def item(article_id, created, updated, news_items):
    u = ts(updated)
    return {"article_id": article_id,
            "content": {"news_item": news_items, "create_time": ts(created), "update_time": u},
            "update_time": u}


ITEMS = [
 item("Qm3Fv8tR2aXk9LpN0cWsE7yU4iHjB6dG1oZrT5nKqPw", "2025-12-30 16:05:12", "2025-12-31 17:40:00", [
  news("数说2025｜崇明科协这一年",
       "2025年崇明区举办科普活动1386场，参与公众42.5万人次。",
       body('<section style="text-align:center;"><strong>数说2025</strong></section>',
            '<section style="margin:12px 0;">',
            card('<span style="color:#0b7a3e;">1,3</span><span style="color:#0b7a3e;">86</span>', "场", "科普活动"),
            card("42.5", "万人次", "参与公众"),
            card("16", "家", "院士专家工作站"),
            card("21.6", "%", "公民具备科学素质比例"),
            "</section>",
            p("2025年，全区各级科协组织共举办科普活动1,386场，同比增长20.3%；参与公众42.5万人次，比上年增长30.4%。"),
            p("新建院士专家工作站2家，累计达16家；院士专家团队全年在崇明开展技术攻关项目27项。"),
            p("全区公民具备科学素质比例达到21.6%，较上年提高1.8个百分点，超额完成年初确定的21%目标。"),
            p("全年发展科普志愿者4,260名，注册科普志愿服务队伍58支。<br/>全年全区科普工作获国家级荣誉2项、市级荣誉4项。"),
            img("Qm3Fv8tR2a/aX9Lp0c"),
            cap("▲2025年全国科普日崇明区主场活动")),
       "2247490518", 1, "8f3c1a7d2e9b04c6a5f1d3e7b9c2a4f6"),
  news("2026年崇明区科协工作要点发布",
       "力争全年举办科普活动1500场以上。",
       body(p("2026年，区科协将聚焦世界级生态岛建设，力争全年举办科普活动1,500场以上，参与公众突破45万人次。"),
            p("一是新建院士专家工作站2家以上；二是全区公民具备科学素质比例达到23%左右；三是新增上海市科普教育基地2家。"),
            p("区财政2026年安排科普专项经费1,280万元，比上年增加160万元。"),
            p('<span style="font-size:12px;color:#888888;">编辑：黄蕾　审核：沈建华</span>')),
       "2247490518", 2, "1b2c3d4e5f60718293a4b5c6d7e8f901"),
 ]),
 item("Hk7Wq2Ze5nRb8TyX1mVc4Lp0Os9Ua3Ji6Gd2Fh7EkNs", "2025-09-19 23:41:05", "2025-09-20 00:12:36", [
  news("2025全国科普日崇明主场活动举行，126场活动覆盖全岛",
       "科普日期间全区组织科普活动126场。",
       body(p("9月19日，2025年全国科普日崇明区主场活动在区科技馆举行。"),
            p("科普日期间，全区共组织各类科普活动<strong>126场</strong>，其中线下活动98场、线上活动28场，参与公众12.4&nbsp;万人次，同比增长15.3%。"),
            p("主场活动设置互动展位46个，发放科普资料1.8万份；组织“科学家进社区”宣讲32场，邀请院士专家11位。"),
            p("现场还发布了崇明“科普+生态”精品线路10条。"),
            img("Hk7Wq2Ze5n/b8TyX1m"),
            cap("▲9月19日，崇明区全国科普日主场活动现场"),
            p('<span style="font-size:12px;color:#888888;">来源：崇明区科协</span>')),
       "2247490233", 1, "c4d5e6f708192a3b4c5d6e7f8091a2b3"),
 ]),
 item("Tp4Ns8Kd1yFv6Rq3Xw9Bc2Mh5Jz0Lg7Ue4Ai1Oo8Ye", "2025-07-14 10:02:33", "2025-07-15 18:20:00", [
  news("喜报｜崇明区科协获评全国科普日活动优秀组织单位",
       "崇明东滩湿地科普馆入选全国科普教育基地。",
       body(p("近日，中国科协办公厅公布2024年全国科普日活动表扬名单，崇明区科协获评“全国科普日活动优秀组织单位”。"),
            p("同时，崇明东滩湿地科普馆入选中国科协“2025—2029年度第一批全国科普教育基地”，成为本区第3家全国科普教育基地。"),
            p("在上海市科协近期开展的表彰中，区科协科普部王晓燕获评“上海市科普工作先进个人”。"),
            img("Tp4Ns8Kd1y/v6Rq3Xw"),
            cap("▲崇明东滩湿地科普馆"),
            p("截至目前，全区共有全国科普教育基地3家、上海市科普教育基地17家。")),
       "2247489871", 1, "d5e6f708192a3b4c5d6e7f8091a2b3c4"),
  news("第40届上海青少年科技创新大赛 崇明学子获一等奖5项",
       "崇明区34件作品获奖。",
       body(p("在第40届上海青少年科技创新大赛中，崇明区共有34件作品获奖，其中一等奖5项、二等奖11项、三等奖18项，获奖总数创历史新高。"),
            p("区科协获大赛“优秀组织单位”称号，区青少年活动中心科技辅导员陆佳敏获评“优秀科技辅导员”。"),
            img("Tp4Ns8Kd1y/x2Bc9Mh"),
            cap("▲崇明区获奖学生代表"),
            p("据悉，本届大赛全市共有1,860件作品参赛。")),
       "2247489871", 2, "e6f708192a3b4c5d6e7f8091a2b3c4d5"),
 ]),
 item("Zr1Yc5Vb9Nm3Kx7Lq2Wt6Ps0Ho4Dg8Fj1Ea5Ui9Sk3", "2025-05-23 15:26:40", "2025-05-24 20:15:00", [
  news("2025年崇明区科技活动周开幕 62项活动邀你参与",
       "全区18个乡镇同步推出科普活动62项。",
       body(p("5月24日，以“科技创新 美好生活”为主题的2025年崇明区科技活动周在长兴岛开幕。"),
            p("本届活动周为期8天，全区18个乡镇同步推出科普活动62项，预计吸引市民游客5万人次以上参与。"),
            p("开幕式上，区科协与6家驻区科研院所签订科普合作协议，并为新命名的3家崇明区科普教育基地授牌。"),
            img("Zr1Yc5Vb9N/m3Kx7Lq"),
            cap("▲5月24日，活动周开幕式现场"),
            p("活动周期间，长兴岛海洋装备科普馆、东滩湿地科普馆等23家场馆免费开放。"),
            p("咨询电话：021-69691234")),
       "2247489402", 1, "f708192a3b4c5d6e7f8091a2b3c4d5e6"),
  news("科技活动周活动安排（草稿）",
       "共推出科普活动58项。",
       body(p("本届活动周共推出科普活动58项，预计参与4万人次。")),
       "2247489402", 2, "08192a3b4c5d6e7f8091a2b3c4d5e6f7", deleted=True),
 ]),
 item("Bd6Xe0Cf4Gh8Ij2Kl6Mn0Op4Qr8St2Uv6Wx0Yz4Ab8", "2025-03-17 21:48:10", "2025-03-18 09:30:00", [
  news("2025年崇明区科协工作会议召开",
       "2024年全区举办科普活动1152场。",
       body(p("3月17日，2025年崇明区科协工作会议召开。会议总结2024年工作，部署2025年重点任务。"),
            p("2024年，全区各级科协组织共举办科普活动<strong>1,152场</strong>，参与公众<strong>32.6万人次</strong>，比上年增长8.7%。"),
            p("全年新建院士专家工作站2家，累计达14家；新增基层科协组织9个，覆盖全区18个乡镇。"),
            p("全区公民具备科学素质比例达到19.8%，较上年提高1.3个百分点。"),
            img("Bd6Xe0Cf4G/h8Ij2Kl"),
            cap("▲3月17日，2025年崇明区科协工作会议现场"),
            p("2025年，区科协将力争举办科普活动1,200场以上，全区公民具备科学素质比例达到21%。"),
            p('<span style="font-size:12px;color:#888888;">编辑：黄蕾　审核：沈建华</span>')),
       "2247488960", 1, "192a3b4c5d6e7f8091a2b3c4d5e6f708"),
 ]),
]

FEED = {"item": ITEMS, "total_count": 236, "item_count": len(ITEMS)}
