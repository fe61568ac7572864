#!/usr/bin/env python3
"""Writes gold/ for n103–n106 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Table facts: n103's come from pcell(label, i) = the pdftotext table row from its label through cell i (the layout spaces
kept); n106's honours from hrow(i) = HTML row i from its 序号 cell through the last cell, `</td><td>` kept.
n104 facts carry two more fields, `article` (mid_idx from the article's link) and `date` (its publish_time as a
YYYY-MM-DD date in UTC+8), set by A(...) below.
"""
import datetime as dt, json, os, re, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
os.makedirs(GOLD, exist_ok=True)
YEAR = None
CELL = "</td><td>"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def lines_of(name):
    return open(os.path.join(DOCS, name), encoding="utf-8").read().split("\n")


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n103 部门决算 as pdftotext output (budget ※)
N103 = "n103_minhang_kjfwzx_bmjs2024.txt"
YEAR = 2024
L103 = lines_of(N103)


def pcell(label, i):
    """Row text from its label through the end of numeric cell i (1 = 年初预算数, 2 = 调整预算数, 3 = 决算数)."""
    row = next(l for l in L103 if l.startswith(label + " "))
    cells = list(re.finditer(r"\S+", row))
    m = cells[i]
    return row[:m.end()], float(m.group().replace(",", ""))


n103 = [
    # 第一部分 部门概况
    F("people", "核定事业编制", 38, "名", "exact", "单位核定事业编制38名"),
    F("people", "实有在职人员", 35, "人", "exact", "实有在职人员35人"),
]
for label, subj in [("一、财政拨款收入", "财政拨款收入"), ("二、事业收入", "事业收入"),
                    ("本年收入合计", "本年收入合计"), ("本年支出合计", "本年支出合计")]:
    for i, (suffix, role) in enumerate([("年初预算数", "budget"), ("调整预算数", "budget"), ("", "actual")], 1):
        q, v = pcell(label, i)  # cells: measure "" (QUANTITIES rule 1 ※); the 单位：万元 line supplies the unit
        n103.append(F("finance", subj + suffix, v, "", "exact", q, role=role))
n103 += [
    # 一、总体情况 (key paragraph, lines 24–27 of the file)
    F("finance", "收入总计", 1356.82, "万元", "exact", "2024年度收入总计1,356.82万元", True),
    F("finance", "本年收入合计", 1297.48, "万元", "exact", "其中本年收入合计1,297.48万元", True),
    F("finance", "年初结转和结余", 59.34, "万元", "exact", "59.34万元；收入总计"),
    F("growth", "收入总计比上年决算数增加", 112.45, "万元", "exact", "收入总计比上年决算数增加112.45万元", True, "change"),
    F("growth", "收入总计比上年决算数增长", 9.0, "%", "exact", "112.45万元，增长9.0%", True, "change"),
    F("finance", "支出总计", 1356.82, "万元", "exact", "支出总计1,356.82万元，其中", True),
    F("finance", "本年支出合计", 1279.07, "万元", "exact", "其中本年支出合计1,279.07万元", True),
    F("finance", "年末结转和结余", 77.75, "万元", "exact", "结转和结余77.75万元"),
    # 二、收入
    F("other", "财政拨款收入占本年收入合计比重", 88.1, "%", "exact", "财政拨款收入占88.1%", role="share"),
    F("other", "事业收入占本年收入合计比重", 11.9, "%", "exact", "事业收入占11.9%", role="share"),
    # 三、支出
    F("growth", "本年支出合计比上年决算数增加", 86.21, "万元", "exact", "本年支出合计比上年决算数增加86.21万元", role="change"),
    F("growth", "本年支出合计比上年决算数增长", 7.2, "%", "exact", "86.21万元，增长7.2%", role="change"),
    F("finance", "项目支出", 726.40, "万元", "exact", "其中项目支出726.40"),          # ※ 万元 on the next line
    F("other", "项目支出占本年支出合计比重", 56.8, "%", "exact", "占本年支出合计的56.8%", role="share"),
    # 四、财政拨款
    F("growth", "财政拨款收入决算数比年初预算数增加", 56.20, "万元", "exact", "比年初预算数增加56.20万元", role="change"),
    F("growth", "财政拨款收入决算数比年初预算数增长", 5.2, "%", "exact", "56.20万元，增长5.2%", role="change"),
    F("finance", "科技成果转化与扩散支出年初预算数", 612.00, "万元", "exact", "年初预算为612.00万元", role="budget"),
    F("finance", "科技成果转化与扩散支出", 648.75, "万元", "exact", "支出决算为648.75万元"),
    F("other", "科技成果转化与扩散支出完成年初预算比例", 106.0, "%", "exact", "106.0%，主要原因是年中追加", role="share"),
    # 五、“三公”经费
    F("finance", "“三公”经费财政拨款年初预算数", 8.80, "万元", "exact", "“三公”经费财政拨款年初预算8.80万元", role="budget"),
    F("finance", "“三公”经费财政拨款支出", 6.84, "万元", "exact", "支出决算6.84万元"),
    F("other", "“三公”经费财政拨款支出完成预算比例", 77.7, "%", "exact", "77.7%，比年初预算减少", role="share"),
    F("growth", "“三公”经费财政拨款支出比年初预算减少", 1.96, "万元", "exact", "比年初预算减少1.96万元", role="change"),
    F("finance", "“三公”经费财政拨款支出", 7.35, "万元", "exact", "比上年决算数7.35万元", role="baseline", year=2023),
    F("growth", "“三公”经费财政拨款支出比上年下降", 6.9, "%", "exact", "7.35万元下降6.9%", role="change"),
    F("finance", "公务用车运行费", 5.92, "万元", "exact", "公务用车运行费5.92万元"),
    F("finance", "公务接待费", 0.92, "万元", "exact", "公务接待费0.92万元"),
    # 六、政府采购
    F("finance", "政府采购支出总额", 186.40, "万元", "exact", "政府采购支出总额186.40万元"),
    F("finance", "授予中小企业合同金额", 158.62, "万元", "exact", "授予中小企业合同金额158.62万元"),
    F("other", "授予中小企业合同金额占政府采购支出总额比重", 85.1, "%", "exact", "府采购支出总额的85.1%", role="share"),
    # 七、国有资产
    F("other", "车辆", 2, "辆", "exact", "本单位共有车辆2辆"),
    F("other", "单价100万元以上设备", 5, "台", "exact", "单价100万元以上设备5台"),
    # 八、绩效
    F("other", "开展绩效自评项目", 8, "个", "exact", "本单位对2024年度8个项目开展绩效自评"),
    F("other", "“科技企业孵化服务”项目绩效自评得分", 96.5, "分", "exact", "“科技企业孵化服务”项目自评得分96.5"),  # ※ 分 next line
    F("other", "“科技成果转化服务”项目重点绩效评价得分", 88.5, "分", "exact", "分88.5分，评价等级为“良”"),
]
write(N103, "budget", "上海市闵行区科技创新服务中心", [], 2024, "2025-07", n103, [])

# ---------------------------------------------------------------- n104 WeChat export, other schema (article-feed)
N104 = "n104_songjiang_kw_feed2025.json"
FEED = json.load(open(os.path.join(DOCS, N104), encoding="utf-8"))
SH = dt.timezone(dt.timedelta(hours=8))


def art(title_start):
    a = next(x for x in FEED if x["title"].startswith(title_start))
    mid = re.search(r"[?&]mid=(\d+)", a["link"]).group(1)
    idx = re.search(r"[?&]idx=(\d+)", a["link"]).group(1)
    return f"{mid}_{idx}", dt.datetime.fromtimestamp(a["publish_time"], SH).strftime("%Y-%m-%d")


def A(facts, title_start):
    aid, date = art(title_start)
    for f in facts:
        f["article"], f["date"] = aid, date
    return facts


YEAR = 2025
n104 = []
n104 += A([  # 人物专访: the person's and the centre's figures, none of them the 区科委's (key false ※)
    F("output", "陈立群主持国家重点研发计划项目", 2, "项", "exact", "先后主持国家重点研发计划项目2项"),
    F("output", "陈立群发表SCI论文", 130, "篇", "over", "发表SCI论文130余篇"),
    F("output", "陈立群获授权发明专利", 41, "项", "exact", "获授权发明专利41项"),
    F("people", "上海柔性电子技术创新中心研发人员", 86, "人", "exact", "现有研发人员86人"),
    F("people", "上海柔性电子技术创新中心研发人员中博士", 32, "人", "exact", "其中博士32人"),
    F("finance", "上海柔性电子技术创新中心技术服务和成果转化收入", 1.28, "亿元", "exact",
      "中心实现技术服务和成果转化收入1.28亿元", year=2024),
    F("growth", "上海柔性电子技术创新中心技术服务和成果转化收入同比增长", 36.2, "%", "exact", "同比增长36.2%",
      role="change", year=2024),
    F("service", "上海柔性电子技术创新中心签订技术开发合同企业", 17, "家", "exact", "已与17家企业签订技术开发合同"),
], "科创人物")
n104 += A([  # 5月要闻
    F("service", "5月区科委组织开展各类活动", 92, "场", "exact", "共组织开展各类活动92场", True),
    F("service", "5月服务企业和市民", 4, "万人次", "over", "服务企业和市民超过4万人次", True),
    F("service", "高新技术企业认定申报辅导会参加企业", 126, "家", "exact", "126家企业参加"),
    F("other", "1—5月提交高新技术企业认定申报材料企业", 412, "家", "exact", "今年已提交高新技术企业认定申报材料412家"),
    F("growth", "1—5月提交高新技术企业认定申报材料企业同比增长", 8.4, "%", "exact", "412家，同比增长8.4%", role="change"),
    F("other", "1—5月提交高新技术企业认定申报材料企业", 380, "家", "exact", "（去年同期为380家）", role="baseline", year=2024),
    F("output", "G60科创走廊科技成果拍卖会成交项目", 19, "项", "exact", "现场成交项目19项"),
    F("finance", "G60科创走廊科技成果拍卖会成交金额", 5860, "万元", "exact", "成交金额5,860万元"),
    F("service", "科技活动周科普活动", 65, "场", "exact", "全区开展科普活动65场"),
    F("service", "科技活动周科普活动参与人次", 3.2, "万人次", "exact", "参与市民3.2万人次"),
    F("other", "5月新建区级科普基地", 2, "家", "exact", "新建区级科普基地2家"),
    F("other", "区级以上科普基地", 38, "家", "exact", "全区区级以上科普基地达到38家"),
    F("service", "5月“松江科创贷”新增放款企业", 28, "家", "exact", "5月新增放款企业28家"),
    F("finance", "5月“松江科创贷”放款金额", 3.4, "亿元", "exact", "放款金额3.4亿元"),
], "松江科创｜5月")
n104 += A([  # 活动通知: dates, times, room numbers, seats, phone, address are traps (※ the seat count is a capacity)
    F("service", "科技成果转化对接会（生物医药专场）已报名企业", 45, "家", "exact", "已有45家企业报名"),
], "报名｜")
n104 += A([  # 喜报
    F("honour", "获上海市科学技术奖成果", 2, "项", "exact", "松江2项成果获2024年度上海市科学技术奖"),   # title, restated below
    F("honour", "获上海市科学技术奖成果", 2, "项", "exact", "松江区共有2项成果获奖", True),
    F("honour", "获上海市科学技术奖一等奖成果", 1, "项", "exact", "其中一等奖1项"),
    F("honour", "获上海市科学技术奖二等奖成果", 1, "项", "exact", "二等奖1项，获奖数量"),
    F("growth", "获上海市科学技术奖成果比上一年度增加", 1, "项", "exact", "获奖数量比上一年度增加1项", role="change"),
], "喜报｜")
n104 += A([  # 数说上半年 (key paragraph = its first <p>)
    F("output", "1—6月技术合同认定登记", 1386, "项", "exact", "全区技术合同认定登记1,386项", True),
    F("finance", "1—6月技术合同成交额", 96.4, "亿元", "exact", "成交额96.4亿元", True),
    F("growth", "1—6月技术合同成交额同比增长", 18.6, "%", "exact", "96.4亿元，同比增长18.6%", True, "change"),
    F("other", "1—6月技术合同成交额完成全年目标比例", 53.6, "%", "exact", "完成全年目标的53.6%", True, "share"),
    F("other", "1—6月新增科技型中小企业评价入库", 1052, "家", "exact", "新增科技型中小企业评价入库1,052家", True),
    F("growth", "1—6月新增科技型中小企业评价入库同比增长", 11.2, "%", "exact", "1,052家，同比增长11.2%", True, "change"),
    F("finance", "1—6月技术开发合同成交额", 52.7, "亿元", "exact", "技术开发合同成交额52.7亿元"),
    F("other", "1—6月技术开发合同成交额占比", 54.7, "%", "exact", "52.7亿元，占54.7%", role="share"),
    F("finance", "1—6月技术服务合同成交额", 31.5, "亿元", "exact", "技术服务合同成交额31.5亿元"),
    F("other", "1—6月技术服务合同成交额占比", 32.7, "%", "exact", "31.5亿元，占32.7%", role="share"),
    F("finance", "1—6月技术转让和技术许可合同成交额", 12.2, "亿元", "exact", "合同成交额12.2亿元"),
    F("other", "1—6月技术转让和技术许可合同成交额占比", 12.7, "%", "exact", "12.2亿元，占12.7%", role="share"),
    F("other", "1—6月提交高新技术企业认定申报材料企业", 486, "家", "exact", "全区提交高新技术企业认定申报材料486家"),
    F("growth", "1—6月提交高新技术企业认定申报材料企业同比增长", 9.5, "%", "exact", "486家，同比增长9.5%", role="change"),
    F("other", "有效期内高新技术企业", 2318, "家", "exact", "有效期内高新技术企业达到2,318家"),
    F("other", "1—6月新增市级科技小巨人（含培育）企业", 8, "家", "exact", "新增市级科技小巨人（含培育）企业8家"),
    F("finance", "1—6月区级科技创新专项资金拨付", 2.16, "亿元", "exact", "区级科技创新专项资金拨付2.16亿元"),
    F("growth", "1—6月区级科技创新专项资金拨付同比增长", 14.3, "%", "exact", "2.16亿元，同比增长14.3%", role="change"),
    F("service", "1—6月区级科技创新专项资金惠及企业", 683, "家", "exact", "惠及企业683家"),
    F("finance", "技术合同成交额", 180, "亿元", "over", "全年技术合同成交额突破180亿元", role="target"),
    F("other", "有效期内高新技术企业", 2500, "家", "over", "有效期内高新技术企业突破2,500家", role="target"),
], "数说上半年")


def HA(h, title_start):
    h["article"], h["date"] = art(title_start)
    return h


n104h = [
    HA(H("上海市优秀学术带头人计划", "municipal", "陈立群", None, 2022, "2022年入选上海市优秀学术带头人计划"), "科创人物"),
    HA(H("上海市技术发明奖一等奖", "municipal", "陈立群团队", "上海市人民政府", 2025,
         "陈立群团队完成的“高灵敏柔性触觉传感关键技术及应用”项目获上海市技术发明奖一等奖"), "喜报｜"),
    HA(H("上海市科技进步奖二等奖", "municipal", "上海松江飞象智能装备有限公司", "上海市人民政府", 2025,
         "上海松江飞象智能装备有限公司完成的“大型复杂构件机器人智能焊接成套装备”项目获上海市科技进步奖二等奖"), "喜报｜"),
]
write(N104, "article-feed", "上海市松江区科学技术委员会", ["区科委"], None, None, n104, n104h)

# ---------------------------------------------------------------- n105 上半年工作总结 (work-summary)
N105 = "n105_jinshan_jw_bnzj2025.txt"
YEAR = 2025
n105 = [
    # opening paragraph (key)
    F("finance", "1—6月规模以上工业总产值", 1012.6, "亿元", "exact", "全区完成规模以上工业总产值1,012.6亿元", True),
    F("growth", "1—6月规模以上工业总产值同比增长", 4.8, "%", "exact", "1,012.6亿元，同比增长4.8%，完成", True, "change"),
    F("other", "1—6月规模以上工业总产值完成全年目标比例", 48.7, "%", "exact", "完成全年目标的48.7%", True, "share"),
    F("finance", "1—6月工业固定资产投资", 86.3, "亿元", "exact", "完成工业固定资产投资86.3亿元", True),
    F("growth", "1—6月工业固定资产投资同比增长", 12.5, "%", "exact", "86.3亿元，同比增长12.5%，完成", True, "change"),
    F("other", "1—6月工业固定资产投资完成全年目标比例", 52.3, "%", "exact", "完成全年目标的52.3%", True, "share"),
    F("other", "1—6月新增“专精特新”中小企业", 35, "家", "exact", "新增“专精特新”中小企业35家。", True),
    # （一）
    F("finance", "1—6月规模以上工业总产值", 1012.6, "亿元", "exact", "全区规模以上工业总产值1,012.6亿元（去年同期为"),
    F("finance", "1—6月规模以上工业总产值", 966.2, "亿元", "exact", "（去年同期为966.2亿元）", role="baseline", year=2024),
    F("growth", "1—6月规模以上工业总产值同比增长", 4.8, "%", "exact", "966.2亿元），同比增长4.8%。", role="change"),
    F("finance", "1—6月新材料产业产值", 412.5, "亿元", "exact", "新材料产业产值412.5亿元"),
    F("growth", "1—6月新材料产业产值同比增长", 6.2, "%", "exact", "412.5亿元，同比增长6.2%", role="change"),
    F("other", "1—6月新材料产业产值占规模以上工业总产值比重", 40.7, "%", "exact", "占全区规模以上工业总产值的40.7%", role="share"),
    F("finance", "1—6月生物医药产业产值", 186.4, "亿元", "exact", "生物医药产业产值186.4亿元"),
    F("growth", "1—6月生物医药产业产值同比增长", 9.1, "%", "exact", "186.4亿元，同比增长9.1%", role="change"),
    F("other", "1—6月生物医药产业产值占规模以上工业总产值比重", 18.4, "%", "exact", "同比增长9.1%，占18.4%", role="share"),
    F("finance", "1—6月智能制造装备产业产值", 128.9, "亿元", "exact", "智能制造装备产业产值128.9亿元"),
    F("growth", "1—6月智能制造装备产业产值同比下降", 2.3, "%", "exact", "128.9亿元，同比下降2.3%", role="change"),
    F("finance", "6月规模以上工业总产值", 178.6, "亿元", "exact", "全区规模以上工业总产值178.6亿元，环比"),
    F("growth", "6月规模以上工业总产值环比增长", 5.4, "%", "exact", "环比增长5.4%", role="change"),
    # （二）
    F("finance", "1—6月工业固定资产投资", 86.3, "亿元", "exact", "全区工业固定资产投资86.3亿元（去年同期为"),
    F("finance", "1—6月工业固定资产投资", 76.7, "亿元", "exact", "（去年同期为76.7亿元）", role="baseline", year=2024),
    F("growth", "1—6月工业固定资产投资同比增长", 12.5, "%", "exact", "76.7亿元），同比增长12.5%。", role="change"),
    F("service", "1—6月新开工亿元以上产业项目", 14, "个", "exact", "新开工亿元以上产业项目14个"),
    F("finance", "1—6月新开工亿元以上产业项目总投资", 128.6, "亿元", "exact", "总投资128.6亿元"),
    F("service", "1—6月新签约产业项目", 37, "个", "exact", "全区新签约产业项目37个"),
    F("finance", "1—6月新签约产业项目协议投资额", 216.5, "亿元", "exact", "协议投资额216.5亿元"),
    F("service", "1—6月新签约10亿元以上产业项目", 6, "个", "exact", "其中10亿元以上项目6个"),
    # （三）
    F("other", "1—6月新增“专精特新”中小企业", 35, "家", "exact", "新增“专精特新”中小企业35家，累计"),
    F("other", "“专精特新”中小企业", 486, "家", "exact", "累计达到486家"),
    F("other", "1—6月新增国家级专精特新“小巨人”企业", 3, "家", "exact", "新增国家级专精特新“小巨人”企业3家，累计"),
    F("other", "国家级专精特新“小巨人”企业", 28, "家", "exact", "累计达到28家"),
    F("other", "1—6月新认定市级企业技术中心", 4, "家", "exact", "新认定市级企业技术中心4家"),
    # （四）
    F("finance", "1—6月工业税收收入", 42.8, "亿元", "exact", "全区工业税收收入42.8亿元"),
    F("growth", "1—6月工业税收收入同比增长", 3.6, "%", "exact", "42.8亿元，同比增长3.6%", role="change"),
    F("other", "1—6月工业税收收入占全区税收总收入比重", 31.5, "%", "exact", "占全区税收总收入的31.5%", role="share"),
    F("growth", "1—6月规模以上工业单位增加值能耗同比下降", 3.2, "%", "exact", "规模以上工业单位增加值能耗同比下降3.2%", role="change"),
    # （五）
    F("service", "1—6月走访服务企业", 1260, "家次", "exact", "上半年走访服务企业1,260家次"),
    F("service", "1—6月收集企业诉求", 218, "件", "exact", "收集企业诉求218件"),
    F("service", "1—6月办结企业诉求", 211, "件", "exact", "已办结211件"),
    F("satisfaction", "1—6月企业诉求办结率", 96.8, "%", "exact", "办结率96.8%"),
    F("finance", "1—6月兑现产业扶持资金", 3.46, "亿元", "exact", "兑现各类产业扶持资金3.46亿元"),
    F("service", "1—6月产业扶持资金惠及企业", 532, "家", "exact", "惠及企业532家"),
    # 三、下半年工作打算 (targets of 2025 itself ※)
    F("finance", "规模以上工业总产值", 2080, "亿元", "exact", "确保全年规模以上工业总产值达到2,080亿元", role="target"),
    F("growth", "规模以上工业总产值同比增长", 5, "%", "approx", "同比增长5%左右", role="target"),
    F("finance", "工业固定资产投资", 165, "亿元", "exact", "全年工业固定资产投资完成165亿元", role="target"),
    F("service", "下半年新开工亿元以上产业项目", 15, "个", "over", "新开工亿元以上产业项目不少于15个", role="target"),
    F("other", "新增“专精特新”中小企业", 60, "家", "over", "全年新增“专精特新”中小企业60家以上", role="target"),
    F("other", "新增国家级专精特新“小巨人”企业", 5, "家", "exact", "力争新增国家级专精特新“小巨人”企业5家", role="target"),
]
write(N105, "work-summary", "上海市金山区经济委员会", ["金山区经济委员会", "区经委"], 2025, "2025-07-10", n105, [])

# ---------------------------------------------------------------- n106 拟表彰名单公示 (other)
N106 = "n106_jingan_kw_njgs2025.html"
YEAR = 2025
L106 = lines_of(N106)
n106 = [
    F("service", "静安区科学技术奖受理申报", 86, "项", "exact", "本届评选共受理申报86项", True),
    F("service", "静安区科学技术进步奖受理申报", 62, "项", "exact", "其中科学技术进步奖申报62项"),
    F("service", "静安区科技人才和团队类受理申报", 24, "项", "exact", "科技人才和团队类申报24项"),
    F("honour", "拟表彰静安区科学技术进步奖", 12, "项", "exact", "拟表彰静安区科学技术进步奖12项", True),
    F("honour", "拟表彰静安区科学技术进步奖一等奖", 2, "项", "exact", "一等奖2项"),
    F("honour", "拟表彰静安区科学技术进步奖二等奖", 4, "项", "exact", "二等奖4项"),
    F("honour", "拟表彰静安区科学技术进步奖三等奖", 6, "项", "exact", "三等奖6项"),
    F("other", "静安区科学技术进步奖授奖率", 19.4, "%", "exact", "授奖率为19.4%", role="share"),
    F("honour", "拟表彰静安区科学技术进步奖", 10, "项", "exact", "比2023年度（第九届）的10项", role="baseline", year=2023),
    F("growth", "拟表彰静安区科学技术进步奖比上届增加", 2, "项", "exact", "的10项增加2项", role="change"),
    F("honour", "拟表彰静安区科技创新领军人才", 3, "名", "exact", "拟表彰静安区科技创新领军人才3名", True),
    F("honour", "拟表彰静安区青年科技英才", 3, "名", "exact", "静安区青年科技英才3名", True),
    F("honour", "拟表彰静安区优秀科技创新团队", 2, "个", "exact", "静安区优秀科技创新团队2个", True),
]
n106h = []
for l in L106:
    m = re.fullmatch(r"<tr><td>(\d+)</td><td>(.*)</td></tr>", l)
    if not m:
        continue
    title, what, unit = m.group(2).split(CELL)
    # ※ awards go to the 完成单位 (column 4); personal titles to the person, team titles to the team (column 3)
    recipient = unit if "科学技术进步奖" in title else what
    n106h.append(H(title, "district", recipient, "静安区人民政府", 2025, l[len("<tr><td>"):-len("</td></tr>")], "table"))
write(N106, "other", "上海市静安区科学技术委员会", ["区科委"], 2025, "2025-11-07", n106, n106h)
print("gold written")
