#!/usr/bin/env python3
"""Writes gold/ for n123–n126 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Table facts: n123's from hcell(label, i) = the HTML row's text from its label (after `<tr><td>`) through cell i, the
`</td><td>` markup kept (heldout23's n89 / heldout31's n122 convention); n124's from scell(label, i) = the space-aligned
row's text from its label (after the leading spaces) through the i-th figure, the spaces kept; n126's from
tcell(label, i) = the TAB-joined row line from its first cell through cell i. The value is read from cell i, which
is checked against the value typed in the row.
Lines are those of check.doc_lines (n125 decoded from UTF-16LE, n126 read from word/document.xml).
"""
import json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
from check import doc_lines  # noqa: E402
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def num(s):
    s = re.sub(r"[^\d.]", "", s)
    return float(s)


def same(v, cell):
    if abs(num(cell) - v) > 1e-9:
        sys.exit(f"typed value {v} != cell {cell!r}")


# ---------------------------------------------------------------- n123 政府信息公开工作年度报告 (HTML)
N123 = "n123_xuhui_kw_zfxxgk2025.html"
L123 = doc_lines(os.path.join(DOCS, N123))


def hcell(label, i, v):
    row = next(l for l in L123 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    same(v, cells[i])
    return CELL.join(cells[:i + 1])


YEAR = 2025
A1 = "三、本年度办理结果（一）予以公开"
n123 = [
    # 一、总体情况 (key paragraphs: 主动公开 and 依申请公开)
    F("service", "主动公开政府信息", 412, "条", "exact", "主动公开政府信息412条", True),
    F("service", "主动公开政策文件", 26, "条", "exact", "其中政策文件26条"),
    F("service", "主动公开工作动态", 238, "条", "exact", "工作动态238条"),
    F("service", "主动公开通知公告", 148, "条", "exact", "通知公告148条"),
    F("output", "政策解读材料", 31, "篇", "exact", "发布政策解读材料31篇", True),
    F("output", "图文解读", 18, "篇", "exact", "其中图文解读18篇"),
    F("output", "视频解读", 7, "篇", "exact", "视频解读7篇"),
    F("output", "专家解读", 6, "篇", "exact", "专家解读6篇"),
    F("service", "政策吹风会和新闻发布会", 5, "场", "exact", "组织政策吹风会和新闻发布会5场"),
    F("service", "收到政府信息公开申请", 48, "件", "exact", "共收到政府信息公开申请48件", True),
    F("growth", "收到政府信息公开申请同比增长", 20.0, "%", "exact", "48件，同比增长20.0%", True, "change"),
    F("service", "收到政府信息公开申请", 40, "件", "exact", "（2024年为40件）", role="baseline", year=2024),
    F("service", "自然人政府信息公开申请", 31, "件", "exact", "其中自然人申请31件"),
    F("service", "法人或其他组织政府信息公开申请", 17, "件", "exact", "法人或其他组织申请17件"),
    F("service", "上年结转政府信息公开申请", 3, "件", "exact", "加上年结转3件"),
    F("service", "需办理政府信息公开申请", 51, "件", "exact", "共需办理51件"),
    F("service", "办结政府信息公开申请", 49, "件", "exact", "已办结49件", True),
    F("service", "结转下年度继续办理政府信息公开申请", 2, "件", "exact", "结转下年度继续办理2件"),
    F("satisfaction", "政府信息公开申请按时办结率", 100, "%", "exact", "按时办结率100%", True),
    F("service", "政务公开专栏访问量", 18.6, "万人次", "exact", "全年访问量18.6万人次"),
    F("growth", "政务公开专栏访问量同比增长", 12.0, "%", "exact", "18.6万人次，同比增长12.0%", role="change"),
    F("service", "微信公众号发布信息", 326, "条", "exact", "微信公众号发布信息326条"),
    F("service", "政务公开专题培训", 4, "场", "exact", "组织政务公开专题培训4场"),
    F("service", "政务公开专题培训参训", 156, "人次", "exact", "参训156人次"),
    # 二、主动公开 table: only the non-zero row (行政规范性文件); the zero rows are not labelled ※
    F("output", "本年制发行政规范性文件", 2, "件", "exact", hcell("行政规范性文件", 1, 2)),
    F("output", "本年废止行政规范性文件", 1, "件", "exact", hcell("行政规范性文件", 2, 1)),
    F("output", "现行有效行政规范性文件", 9, "件", "exact", hcell("行政规范性文件", 3, 9)),
    # 三、依申请 table: the 总计 column of the non-zero rows ※ (the 自然人/法人 cells lie inside these quotes)
    F("service", "收到政府信息公开申请", 48, "件", "exact", hcell("一、本年新收政府信息公开申请数量", 3, 48)),
    F("service", "上年结转政府信息公开申请", 3, "件", "exact", hcell("二、上年结转政府信息公开申请数量", 3, 3)),
    F("service", "政府信息公开申请予以公开", 21, "件", "exact", hcell(A1, 3, 21)),
    F("service", "政府信息公开申请部分公开", 6, "件", "exact", hcell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 3, 6)),
    F("service", "政府信息公开申请不予公开", 3, "件", "exact", hcell("（三）不予公开", 3, 3)),
    F("service", "政府信息公开申请无法提供", 12, "件", "exact", hcell("（四）无法提供", 3, 12)),
    F("service", "政府信息公开申请不予处理", 2, "件", "exact", hcell("（五）不予处理", 3, 2)),
    F("service", "政府信息公开申请其他处理", 5, "件", "exact", hcell("（六）其他处理", 3, 5)),
    F("service", "办结政府信息公开申请", 49, "件", "exact", hcell("（七）总计", 3, 49)),
    F("service", "结转下年度继续办理政府信息公开申请", 2, "件", "exact", hcell("四、结转下年度继续办理", 3, 2)),
    # 五、2026 plan
    F("output", "政策解读材料", 35, "篇", "over", "计划发布政策解读材料不少于35篇", role="target", year=2026),
    F("service", "政务公开专题培训", 4, "场", "over", "开展政务公开专题培训不少于4场", role="target", year=2026),
    # 六、其他需要报告的事项 (prose zeros are labelled ※)
    F("service", "发出收费通知", 0, "件", "exact", "发出收费通知0件"),
    F("finance", "收取信息处理费", 0, "元", "exact", "收取信息处理费0元"),
    F("service", "承办区人大代表建议", 9, "件", "exact", "全年承办区人大代表建议9件"),
    F("service", "承办区政协提案", 14, "件", "exact", "区政协提案14件"),
    F("satisfaction", "人大代表建议和政协提案办结率", 100, "%", "exact", "区政协提案14件，办结率100%"),
]
write(N123, "other", "上海市徐汇区科学技术委员会", ["区科委", "徐汇区科委"], 2025, "2026-01-20", n123, [])

# ---------------------------------------------------------------- n124 知识产权白皮书 (pdftotext -layout)
N124 = "n124_sipo_zscq_bps2025.txt"
L124 = doc_lines(os.path.join(DOCS, N124))


def scell(label, i, v):
    row = next(l for l in L124 if l.strip().startswith(label + "（"))
    body = row.lstrip()
    figs = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", body[body.index("）"):]))
    m = figs[i - 1]
    same(v, m.group())
    return body[:body.index("）") + m.end()]


YEAR = 2025
T1, T2, T3, T4, T5 = "专利授权量", "发明专利授权量", "有效发明专利拥有量", "每万人口高价值发明专利拥有量", "知识产权质押融资金额"
n124 = [
    # 一、知识产权创造 (key paragraph)
    F("output", "专利授权量", 11.06, "万件", "exact", "全市专利授权量11.06万件", True),
    F("growth", "专利授权量同比增长", 5.1, "%", "exact", "11.06万件，同比增长5.1%", role="change"),
    F("output", "发明专利授权量", 4.8, "万件", "exact", "其中发明专利授权量4.8", True),            # ※ 万件 on the next line
    F("growth", "发明专利授权量同比增长", 7.6, "%", "exact", "万件，同比增长7.6%", True, "change"),
    F("other", "发明专利授权量占专利授权量比重", 43.4, "%", "exact", "占专利授权量的43.4%", role="share"),
    F("output", "有效发明专利拥有量", 24.35, "万件", "exact", "利拥有量24.35万件", True),             # ※ 有效发明专 on the line before
    F("output", "每万人口高价值发明专利拥有量", 58.6, "件", "exact", "每万人口高价值发明专利拥有量达到58.6件", True),
    F("growth", "每万人口高价值发明专利拥有量比上年增加", 6.3, "件", "exact", "6.3件。全年PCT", role="change"),  # ※ 比上年增加 before
    F("output", "PCT国际专利申请量", 6842, "件", "exact", "全年PCT国际专利申请量6,842件", True),
    F("growth", "PCT国际专利申请量同比增长", 10.1, "%", "exact", "6,842件，同比增长10.1%", role="change"),
    F("output", "商标注册量", 36.52, "万件", "exact", "全年商标注册量36.52万件"),
    F("growth", "商标注册量同比增长", 6.8, "%", "exact", "36.52万件，同比增长6.8%", role="change"),
    F("output", "有效商标注册量", 291.7, "万件", "exact", "册量291.7万件"),                         # ※ 有效商标注 before
    F("growth", "有效商标注册量同比增长", 8.6, "%", "exact", "291.7万件，同比增长8.6%", role="change"),
    # 二、知识产权运用 (key paragraph)
    F("service", "专利转让许可备案", 3.62, "万次", "exact", "许可备案3.62万次"),
    F("growth", "专利转让许可备案同比增长", 15.3, "%", "exact", "3.62万次，同比增长15.3%", role="change"),
    F("finance", "知识产权质押融资金额", 538.2, "亿元", "exact", "538.2亿元，同比增长30.4%", True),    # ※ subject on the line before
    F("growth", "知识产权质押融资金额同比增长", 30.4, "%", "exact", "同比增长30.4%，惠及企业", role="change"),
    F("service", "知识产权质押融资惠及企业", 2186, "家", "exact", "惠及企业2,186家"),
    F("other", "知识产权质押融资惠及企业中中小微企业占比", 86.5, "%", "exact", "86.5%。全市", role="share"),  # ※ subject before
    # 表1 (space-aligned): 2024 baselines, 2025 copies, growth column
    F("output", "专利授权量", 10.52, "万件", "exact", scell(T1, 1, 10.52), role="baseline", year=2024),
    F("output", "专利授权量", 11.06, "万件", "exact", scell(T1, 2, 11.06)),
    F("growth", "专利授权量同比增长", 5.1, "%", "exact", scell(T1, 3, 5.1), role="change"),
    F("output", "发明专利授权量", 4.46, "万件", "exact", scell(T2, 1, 4.46), role="baseline", year=2024),
    F("output", "发明专利授权量", 4.8, "万件", "exact", scell(T2, 2, 4.80)),
    F("growth", "发明专利授权量同比增长", 7.6, "%", "exact", scell(T2, 3, 7.6), role="change"),
    F("output", "有效发明专利拥有量", 21.86, "万件", "exact", scell(T3, 1, 21.86), role="baseline", year=2024),
    F("output", "有效发明专利拥有量", 24.35, "万件", "exact", scell(T3, 2, 24.35)),
    F("growth", "有效发明专利拥有量同比增长", 11.4, "%", "exact", scell(T3, 3, 11.4), role="change"),
    F("output", "每万人口高价值发明专利拥有量", 52.3, "件", "exact", scell(T4, 1, 52.3), role="baseline", year=2024),
    F("output", "每万人口高价值发明专利拥有量", 58.6, "件", "exact", scell(T4, 2, 58.6)),
    F("growth", "每万人口高价值发明专利拥有量同比增长", 12.0, "%", "exact", scell(T4, 3, 12.0), role="change"),
    F("finance", "知识产权质押融资金额", 412.6, "亿元", "exact", scell(T5, 1, 412.6), role="baseline", year=2024),
    F("finance", "知识产权质押融资金额", 538.2, "亿元", "exact", scell(T5, 2, 538.2)),
    F("growth", "知识产权质押融资金额同比增长", 30.4, "%", "exact", scell(T5, 3, 30.4), role="change"),
    # 三、知识产权保护
    F("service", "专利侵权纠纷行政裁决案件", 1126, "件", "exact", "办理专利侵权纠纷行政裁决案件1,126件"),
    F("growth", "专利侵权纠纷行政裁决案件同比增长", 9.9, "%", "exact", "增长9.9%", role="change"),  # ※ 同比 before
    F("satisfaction", "专利侵权纠纷行政裁决案件结案率", 96.2, "%", "exact", "结案率96.2%"),
    F("service", "专利快速预审", 4862, "件", "exact", "完成专利快速预审4,862件"),
    F("other", "发明专利平均授权周期", 3.2, "个月", "exact", "3.2个月"),                       # ※ 缩短至 before
    F("service", "法院受理知识产权民事一审案件", 4.1, "万件", "over", "4.1万件"),              # ※ 超过 before
    F("service", "上海海关查扣侵权嫌疑货物", 1580, "批次", "exact", "查扣侵权嫌疑货物1,580批次"),
    # 四、知识产权服务与环境
    F("other", "知识产权服务机构", 2960, "家", "exact", "知识产权服务机构达到2,960家"),
    F("people", "执业专利代理师", 5128, "人", "exact", "执业专利代理师5,128"),                  # ※ 人 on the next line
    F("honour", "入选国家知识产权示范企业的企业", 46, "家", "exact", "本市46家企业入选"),
    # 五、2026年工作展望 (targets)
    F("output", "发明专利授权量", 5, "万件", "over", "发明专利授权量达到5万件以上", role="target", year=2026),
    F("output", "每万人口高价值发明专利拥有量", 63, "件", "exact", "拥有量达到63件", role="target", year=2026),  # ※ split
    F("finance", "知识产权质押融资金额", 600, "亿元", "over", "知识产权质押融资金额突破600亿元", role="target", year=2026),
]
n124h = [
    H("国家知识产权示范企业", "national", "本市46家企业", "国家知识产权局", 2025,
      "全年本市46家企业入选国家知识产权局认定的国家知识产权示范企业"),
    H("国家知识产权强市建设示范城市", "national", "上海市", "国家知识产权局", 2025,
      "上海市入选国家知识产权局“国家知识产权强市建设示范城市”"),
    H("全国知识产权快速维权优秀单位", "national", "中国（浦东）知识产权保护中心", None, 2025,
      "中国（浦东）知识产权保护中心获评“全国知识产权快速维权优秀单位”"),
]
write(N124, "other", "上海市知识产权局", [], 2025, "2026-04", n124, n124h)

# ---------------------------------------------------------------- n125 科普工作年度报告 (UTF-16LE, CRLF)
N125 = "n125_minhang_kx_kpnb2025.txt"
YEAR = 2025
SCI = "公民具备科学素质的比例"
n125 = [
    # opening paragraph (key)
    F("service", "科普活动", 2846, "场次", "exact", "全年组织开展各类科普活动2,846场次", True),
    F("service", "科普活动参与公众", 186.4, "万人次", "exact", "参与公众186.4万人次", True),
    F("growth", "科普活动参与公众同比增长", 8.7, "%", "exact", "186.4万人次，同比增长8.7%", True, "change"),
    F("other", "科普基地", 68, "个", "exact", "全区科普基地总数达到68个", True),
    F("other", SCI, 27.86, "%", "exact", "全区公民具备科学素质的比例达到27.86%", True),
    F("growth", SCI + "比上年提高", 1.32, "个百分点", "exact", "比上年提高1.32个百分点", True, "change"),
    # 一、科普活动
    F("other", "全国科普日同步开展活动的街镇和功能区", 14, "个", "exact", "全区14个街镇和功能区"),
    F("service", "全国科普日主题活动", 326, "场", "exact", "同步开展主题活动326场"),
    F("service", "全国科普日参与公众", 42.6, "万人次", "exact", "参与公众42.6万人次"),
    F("service", "闵行科普大讲堂讲座", 48, "场", "exact", "讲座48场"),
    F("service", "闵行科普大讲堂线下听众", 1.2, "万人次", "exact", "线下听众1.2万人次"),
    F("service", "科技活动周活动", 215, "场", "exact", "科技活动周期间开展活动215场"),
    F("people", "闵行区科普讲解大赛参赛选手", 86, "名", "exact", "86名选手参赛"),
    F("honour", "上海市科普讲解大赛二等奖", 2, "项", "exact", "另获二等奖2项"),
    F("honour", "上海市科普讲解大赛三等奖", 3, "项", "exact", "三等奖3项"),
    # 二、科普阵地
    F("other", "科普基地", 68, "个", "exact", "全区共有科普基地68个"),
    F("other", "全国科普教育基地", 5, "个", "exact", "其中全国科普教育基地5个"),
    F("other", "上海市科普教育基地", 23, "个", "exact", "上海市科普教育基地23个"),
    F("other", "区级科普基地", 40, "个", "exact", "区级科普基地40个"),
    F("other", "新认定上海市科普教育基地", 3, "个", "exact", "新认定上海市科普教育基地3个"),
    F("other", "社区科普e站", 126, "个", "exact", "社区科普e站126个"),
    F("other", "科普画廊", 412, "块", "exact", "科普画廊412块"),
    F("service", "科普场馆接待参观", 38.5, "万人次", "exact", "全年接待参观38.5万人次"),
    # 三、科普队伍
    F("people", "注册科普志愿者", 1.86, "万人", "exact", "注册科普志愿者达到1.86万人"),
    F("people", "注册科普志愿者", 1.65, "万人", "exact", "（2024年底为1.65万人）", role="baseline", year=2024),
    F("growth", "注册科普志愿者新增", 2100, "人", "exact", "一年新增2,100人", role="change"),
    F("service", "科普志愿服务时长", 24.6, "万小时", "exact", "志愿服务时长24.6万小时"),
    F("people", "专兼职科普人员", 3280, "人", "exact", "专兼职科普人员3,280人"),
    # 四、公民科学素质 (restatements, key false; the 2024 level a baseline)
    F("other", "公民科学素质监测调查有效样本", 3600, "份", "exact", "有效样本3,600份"),
    F("other", SCI, 27.86, "%", "exact", "比例为27.86%"),
    F("other", SCI, 26.54, "%", "exact", "较2024年的26.54%", role="baseline", year=2024),
    F("growth", SCI + "比上年提高", 1.32, "个百分点", "exact", "26.54%提高1.32个百分点", role="change"),
    F("other", "全市" + SCI, 26.10, "%", "exact", "高于全市26.10%的平均水平"),
    # 五、荣誉
    F("honour", "市级以上科普荣誉", 17, "项", "exact", "全年全区获市级以上科普荣誉17项"),
    # 六、2026年工作计划 (targets)
    F("service", "科普活动", 3000, "场次", "over", "开展科普活动3,000场次以上", role="target", year=2026),
    F("service", "科普活动参与公众", 200, "万人次", "over", "参与公众200万人次以上", role="target", year=2026),
    F("other", SCI, 29, "%", "exact", "全区公民具备科学素质的比例达到29%", role="target", year=2026),
    F("other", "新认定上海市科普教育基地", 2, "个", "over", "新增上海市科普教育基地2个以上", role="target", year=2026),
    F("people", "注册科普志愿者", 2, "万人", "over", "注册科普志愿者突破2万人", role="target", year=2026),
]
UNIT125 = "上海市闵行区科学技术协会"
n125h = [
    H("上海市科普讲解大赛一等奖", "municipal", "李晓雯", None, 2025, "区科技馆讲解员李晓雯获2025年上海市科普讲解大赛一等奖"),
    H("优秀组织奖", "municipal", UNIT125, None, 2025, "区科协获大赛优秀组织奖"),
    H("全国科普示范区", "national", "闵行区", "中国科协", 2025, "闵行区通过中国科协复查，继续保持“全国科普示范区”称号"),
    H("2025年全国科普日活动优秀组织单位", "national", UNIT125, "中国科协", 2025,
      "区科协被中国科协评为“2025年全国科普日活动优秀组织单位”"),
    H("上海市科普示范街镇", "municipal", "吴泾镇", "上海市科学技术协会", 2025, "吴泾镇被上海市科学技术协会命名为“上海市科普示范街镇”"),
]
write(N125, "work-summary", UNIT125, ["区科协", "闵行区科学技术协会"], 2025, "2026-01-16", n125, n125h)

# ---------------------------------------------------------------- n126 述职述廉报告 (.docx)
N126 = "n126_sstc_zgfzr_szbg2025.docx"
L126 = doc_lines(os.path.join(DOCS, N126))


def tcell(label, i, v):
    row = next(l for l in L126 if l.startswith(label + "\t"))
    cells = row.split("\t")
    same(v, cells[i])
    return "\t".join(cells[:i + 1])


YEAR = 2025
P = "分管部门"
n126 = [
    # 一、opening paragraph (key)
    F("service", P + "软件测试项目", 1268, "项", "exact", "完成软件测试项目1,268项", True),
    F("growth", P + "软件测试项目同比增长", 12.6, "%", "exact", "1,268项，同比增长12.6%", True, "change"),
    F("finance", P + "营业收入", 1.86, "亿元", "exact", "实现营业收入1.86亿元", True),
    F("growth", P + "营业收入同比增长", 9.4, "%", "exact", "1.86亿元，同比增长9.4%", True, "change"),
    F("other", P + "营业收入占中心营业收入比重", 42.3, "%", "exact", "占中心营业收入的42.3%", role="share"),
    F("satisfaction", P + "客户满意度", 97.6, "分", "exact", "客户满意度达到97.6分", True),
    F("growth", P + "客户满意度比上年提高", 0.8, "分", "exact", "比上年提高0.8分", role="change"),
    # （一）–（四）
    F("service", P + "软件产品登记测试", 536, "项", "exact", "完成软件产品登记测试536项"),
    F("service", P + "信息系统验收测试", 418, "项", "exact", "信息系统验收测试418项"),
    F("service", P + "密码应用安全性评估", 314, "项", "exact", "密码应用安全性评估314项"),
    F("output", P + "出具测试报告", 1302, "份", "exact", "出具测试报告1,302份"),
    F("service", P + "承接国家和市级重大项目测试", 27, "项", "exact", "承接国家和市级重大项目测试27项"),
    F("finance", P + "新签合同额", 2.05, "亿元", "exact", "新签合同额2.05亿元"),
    F("service", P + "新增客户", 186, "家", "exact", "新增客户186家"),
    F("service", P + "服务客户总数", 1420, "家", "exact", "服务客户总数达到1,420家"),
    F("output", P + "参与制定标准", 16, "项", "exact", "牵头或参与制定标准16项"),
    F("output", P + "参与制定国家标准", 3, "项", "exact", "其中国家标准3项"),
    F("output", P + "参与制定行业标准", 5, "项", "exact", "行业标准5项"),
    F("output", P + "参与制定团体标准", 8, "项", "exact", "团体标准8项"),
    F("output", P + "已发布标准", 6, "项", "exact", "年内已发布6项"),
    F("people", P + "员工", 148, "人", "exact", "分管部门现有员工148人"),
    F("people", P + "高级职称人员", 36, "人", "exact", "具有高级职称的36人"),
    F("other", P + "高级职称人员占员工比重", 24.3, "%", "exact", "36人，占24.3%", role="share"),
    # 表1 (TAB rows): 2024 baselines, 2025 copies, 2026 targets
    F("service", P + "软件测试项目", 1126, "项", "exact", tcell("软件测试项目", 1, 1126), role="baseline", year=2024),
    F("service", P + "软件测试项目", 1268, "项", "exact", tcell("软件测试项目", 2, 1268)),
    F("service", P + "软件测试项目", 1400, "项", "exact", tcell("软件测试项目", 3, 1400), role="target", year=2026),
    F("finance", P + "营业收入", 1.7, "亿元", "exact", tcell("营业收入", 1, 1.70), role="baseline", year=2024),
    F("finance", P + "营业收入", 1.86, "亿元", "exact", tcell("营业收入", 2, 1.86)),
    F("finance", P + "营业收入", 2.0, "亿元", "exact", tcell("营业收入", 3, 2.00), role="target", year=2026),
    F("satisfaction", P + "客户满意度", 96.8, "分", "exact", tcell("客户满意度", 1, 96.8), role="baseline", year=2024),
    F("satisfaction", P + "客户满意度", 97.6, "分", "exact", tcell("客户满意度", 2, 97.6)),
    F("satisfaction", P + "客户满意度", 98.0, "分", "exact", tcell("客户满意度", 3, 98.0), role="target", year=2026),
    F("output", P + "参与制定标准", 11, "项", "exact", tcell("参与制定标准", 1, 11), role="baseline", year=2024),
    F("output", P + "参与制定标准", 16, "项", "exact", tcell("参与制定标准", 2, 16)),
    F("output", P + "参与制定标准", 18, "项", "exact", tcell("参与制定标准", 3, 18), role="target", year=2026),
    # 二、团队荣誉
    F("honour", P + "市级以上荣誉", 5, "项", "exact", "分管部门共获市级以上荣誉5项"),
    # 三、廉政 counts: labelled, never key ※
    F("other", "本人参加中心党委理论学习中心组学习", 12, "次", "exact", "理论学习中心组学习12次"),
    F("other", "本人讲廉政党课", 2, "次", "exact", "讲廉政党课2次"),
    F("other", "本人开展廉政谈话", 18, "人次", "exact", "开展廉政谈话18人次"),
    F("other", P + "梳理廉政风险点", 23, "个", "exact", "梳理风险点23个"),
    F("other", P + "制定廉政风险防控措施", 31, "条", "exact", "制定防控措施31条"),
    # 六、2026年工作打算 (targets)
    F("service", P + "软件测试项目", 1400, "项", "exact", "完成软件测试项目1,400项", role="target", year=2026),
    F("finance", P + "营业收入", 2.0, "亿元", "exact", "营业收入2.00亿元", role="target", year=2026),
    F("satisfaction", P + "客户满意度", 98.0, "分", "over", "客户满意度达到98.0分以上", role="target", year=2026),
    F("other", "新建人工智能测评实验室", 1, "个", "exact", "新建人工智能测评实验室1个", role="target", year=2026),
    F("output", P + "参与制定标准", 18, "项", "exact", "参与制定标准18项", role="target", year=2026),
]
n126h = [
    H("上海市工人先锋号", "municipal", "测评一部", "上海市总工会", 2025, "测评一部获评上海市总工会“上海市工人先锋号”"),
    H("上海市青年文明号", "municipal", "标准研究室", "共青团上海市委", 2025, "标准研究室获评共青团上海市委“上海市青年文明号”"),
    H("2025年度优秀共产党员", "other", "张立新", "上海市软件评测中心", 2025, "本人获评中心“2025年度优秀共产党员”"),
]
write(N126, "work-summary", "上海市软件评测中心", ["中心"], 2025, "2026-01-12", n126, n126h)
