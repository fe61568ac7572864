#!/usr/bin/env python3
"""Writes gold/ for n119–n122 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Table facts: n121's come from mcell(label, i) = the Markdown row's text from its label (after the leading `| `) through
cell i, the ` | ` separators kept; n122's from hcell(label, i) = the HTML row's text from its label (after `<tr><td>`)
through cell i, the `</td><td>` markup kept (heldout23's n89 convention). The value is read from cell i.
"""
import json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"
MSEP = " | "


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def lines_of(name):
    return open(os.path.join(DOCS, name), encoding="utf-8").read().split("\n")


def num(s):
    v = float(s.replace(",", ""))
    return int(v) if v.is_integer() and "." not in s else v


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n119 two-year development report (other)
N119 = "n119_sheitc_rgzn_fzbg2025.txt"
YEAR = 2025
n119 = [
    # 一、opening paragraph (key): 2025 figures; the 2024 figures beside them are baselines of 2024 ※
    F("finance", "人工智能产业规模", 4301.9, "亿元", "exact", "2024年，全市人工智能产业规模为4,301.9亿元", role="baseline", year=2024),
    F("finance", "人工智能产业规模", 4852.6, "亿元", "exact", "2025年达到4,852.6亿元", True),
    F("growth", "人工智能产业规模同比增长", 12.8, "%", "exact", "4,852.6亿元，同比增长12.8%", True, "change"),
    F("other", "规模以上人工智能企业", 374, "家", "exact", "规模以上人工智能企业2024年为374家", role="baseline", year=2024),
    F("other", "规模以上人工智能企业", 412, "家", "exact", "2025年达到412家", True),
    F("growth", "规模以上人工智能企业净增", 38, "家", "exact", "412家，净增38家", True, "change"),
    F("people", "人工智能产业从业人员", 29.8, "万人", "exact", "产业从业人员2024年为29.8万人", role="baseline", year=2024),
    F("people", "人工智能产业从业人员", 32.6, "万人", "exact", "2025年达到32.6万人", True),
    F("growth", "人工智能产业从业人员增长", 9.4, "%", "exact", "32.6万人，增长9.4%", role="change"),
    # five-year series (each value its own year ※; 2021–2024 baselines, 2025 a restatement)
    F("finance", "人工智能产业规模", 3056.2, "亿元", "exact", "2021—2025年全市人工智能产业规模分别为3,056.2亿元", role="baseline", year=2021),
    F("finance", "人工智能产业规模", 3412.8, "亿元", "exact", "3,056.2亿元、3,412.8亿元", role="baseline", year=2022),
    F("finance", "人工智能产业规模", 3806.5, "亿元", "exact", "3,412.8亿元、3,806.5亿元", role="baseline", year=2023),
    F("finance", "人工智能产业规模", 4301.9, "亿元", "exact", "3,806.5亿元、4,301.9亿元", role="baseline", year=2024),
    F("finance", "人工智能产业规模", 4852.6, "亿元", "exact", "4,301.9亿元和4,852.6亿元"),
    F("growth", "人工智能产业规模2021—2025年年均增长", 12.3, "%", "exact", "年均增长12.3%", role="change"),
    F("growth", "人工智能产业规模相当于2021年的倍数", 1.6, "倍", "exact", "2025年产业规模是2021年的1.6倍", role="change"),
    # structure
    F("finance", "人工智能基础层营业收入", 1068.2, "亿元", "exact", "分别为1,068.2亿元"),
    F("finance", "人工智能技术层营业收入", 1526.3, "亿元", "exact", "1,068.2亿元、1,526.3亿元"),
    F("finance", "人工智能应用层营业收入", 2258.1, "亿元", "exact", "1,526.3亿元和2,258.1亿元"),
    F("other", "人工智能基础层营业收入占产业规模比重", 22.0, "%", "exact", "比重分别为22.0%", role="share"),
    F("other", "人工智能技术层营业收入占产业规模比重", 31.5, "%", "exact", "22.0%、31.5%", role="share"),
    F("other", "人工智能应用层营业收入占产业规模比重", 46.5, "%", "exact", "31.5%和46.5%", role="share"),
    # districts
    F("finance", "浦东新区人工智能产业规模", 1486.3, "亿元", "exact", "产业规模分别为1,486.3亿元"),
    F("finance", "徐汇区人工智能产业规模", 982.4, "亿元", "exact", "1,486.3亿元、982.4亿元"),
    F("finance", "闵行区人工智能产业规模", 656.1, "亿元", "exact", "982.4亿元和656.1亿元"),
    F("finance", "浦东新区、徐汇区、闵行区人工智能产业规模合计", 3124.8, "亿元", "exact", "合计3,124.8亿元"),
    F("other", "浦东新区、徐汇区、闵行区人工智能产业规模占全市比重", 64.4, "%", "exact", "占全市的64.4%", role="share"),
    # 二、重点领域
    F("finance", "智能芯片领域营业收入", 612.4, "亿元", "exact", "智能芯片领域营业收入2024年为612.4亿元", role="baseline", year=2024),
    F("finance", "智能芯片领域营业收入", 718.9, "亿元", "exact", "2025年达到718.9亿元"),
    F("growth", "智能芯片领域营业收入同比增长", 17.4, "%", "exact", "718.9亿元，同比增长17.4%", role="change"),
    F("other", "智能芯片领域营业收入占基础层营业收入比重", 67.3, "%", "exact", "占基础层营业收入的67.3%", role="share"),
    F("other", "通过国家生成式人工智能服务备案的大模型", 42, "个", "exact", "2024年末为42个", role="baseline", year=2024),
    F("other", "通过国家生成式人工智能服务备案的大模型", 86, "个", "exact", "2025年末达到86个"),
    F("finance", "大模型相关企业营业收入", 386.5, "亿元", "exact", "大模型相关企业营业收入386.5亿元"),
    F("growth", "大模型相关企业营业收入同比增长", 41.2, "%", "exact", "386.5亿元，同比增长41.2%", role="change"),
    F("other", "人工智能应用场景", 1320, "个", "exact", "累计建成人工智能应用场景1,320个"),
    F("other", "新增人工智能应用场景", 286, "个", "exact", "其中2025年新增286个"),
    # 三、创新能力
    F("output", "人工智能领域发明专利授权", 6218, "件", "exact", "人工智能领域发明专利授权6,218件"),
    F("output", "人工智能领域发明专利授权", 5327, "件", "exact", "比2024年的5,327件", role="baseline", year=2024),
    F("growth", "人工智能领域发明专利授权同比增长", 16.7, "%", "exact", "5,327件增长16.7%", role="change"),
    F("finance", "规模以上人工智能企业研发投入", 465.8, "亿元", "exact", "规模以上人工智能企业研发投入465.8亿元"),
    F("other", "规模以上人工智能企业研发投入占营业收入比重", 9.6, "%", "exact", "占营业收入的比重为9.6%", role="share"),
    # 四、企业与投融资
    F("other", "人工智能领域股权融资事件", 318, "起", "exact", "发生股权融资事件318起"),
    F("finance", "人工智能领域股权融资金额", 426, "亿元", "approx", "融资金额约426亿元"),
    F("honour", "入选人工智能赋能新型工业化典型应用案例的企业", 5, "家", "exact", "本市5家企业入选"),
    # 五、2026年发展展望 (targets of 2026)
    F("finance", "人工智能产业规模", 5400, "亿元", "over", "产业规模突破5,400亿元", role="target", year=2026),
    F("growth", "人工智能产业规模同比增长", 12, "%", "approx", "增长12%左右", role="target", year=2026),
    F("other", "规模以上人工智能企业", 450, "家", "over", "规模以上人工智能企业超过450家", role="target", year=2026),
    F("other", "新增人工智能应用场景", 300, "个", "exact", "新增人工智能应用场景300个", role="target", year=2026),
]
n119h = [
    H("国家人工智能产业创新孵化器", "national", "徐汇区“模速空间”", "工业和信息化部", 2025,
      "徐汇区“模速空间”入选工业和信息化部“国家人工智能产业创新孵化器”名单"),
    H("人工智能赋能新型工业化典型应用案例", "national", "本市5家企业", "工业和信息化部", 2025,
      "本市5家企业入选工业和信息化部“人工智能赋能新型工业化典型应用案例”"),
]
write(N119, "other", "上海市经济和信息化委员会", ["市经济信息化委"], 2025, "2026-03", n119, n119h)

# ---------------------------------------------------------------- n120 项目申报指南通知 (other)
N120 = "n120_stcsm_swyy_sbzn2025.html"
YEAR = 2025
n120 = [
    # 一、实施成效 (key paragraph): the programme's 2024 round, facts of 2024 (actual ※)
    F("service", "受理申报项目", 1082, "项", "exact", "共受理申报项目1,082项", True, year=2024),
    F("service", "支持项目", 126, "项", "exact", "经评审共支持项目126项", True, year=2024),
    F("other", "立项率", 11.6, "%", "exact", "立项率11.6%", role="share", year=2024),
    F("service", "支持项目", 108, "项", "exact", "比2023年的108项", role="baseline", year=2023),
    F("growth", "支持项目比上年增加", 18, "项", "exact", "108项增加18项", True, "change", 2024),
    F("finance", "资助金额", 2.3, "亿元", "exact", "资助金额2.3亿元", True, year=2024),
    F("finance", "资助金额", 1.9, "亿元", "exact", "（2023年为1.9亿元）", role="baseline", year=2023),
    F("finance", "带动承担单位自筹研发投入", 18.6, "亿元", "exact", "带动承担单位自筹研发投入18.6亿元", True, year=2024),
    F("other", "自筹研发投入相当于财政资助金额的倍数", 8.1, "倍", "exact", "是财政资助金额的8.1倍", year=2024),
    F("service", "企业牵头项目", 104, "项", "exact", "企业牵头项目104项", year=2024),
    F("other", "企业牵头项目占支持项目比重", 82.5, "%", "exact", "104项，占82.5%", role="share", year=2024),
    F("service", "高校和科研院所牵头项目", 22, "项", "exact", "高校和科研院所牵头项目22项", year=2024),
    F("output", "在研项目累计申请发明专利", 1046, "件", "exact", "累计申请发明专利1,046件", year=2024),
    F("output", "在研项目获得临床试验批件", 37, "项", "exact", "获得临床试验批件37项", year=2024),
    F("service", "2021—2023年度立项项目", 312, "个", "exact", "2021—2023年度立项的312个项目", year=2024),
    F("service", "2021—2023年度立项项目通过结题验收", 276, "个", "exact", "已有276个通过结题验收", year=2024),
    F("satisfaction", "2021—2023年度立项项目验收通过率", 88.5, "%", "exact", "验收通过率88.5%", year=2024),
    # 二、2025年度支持计划: counts planned = target, money planned = budget (same year ※)
    F("service", "支持项目", 150, "项", "approx", "拟支持项目约150项，拟安排", role="target"),
    F("finance", "资助金额", 2.8, "亿元", "approx", "拟安排市级财政资金约2.8亿元", True, "budget"),
    F("growth", "资助金额比上年增长", 21.7, "%", "exact", "约2.8亿元，比上年增长21.7%", role="change"),
    F("other", "申报指南专题", 3, "个", "exact", "本年度指南设置3个专题"),
    F("other", "申报指南方向", 9, "个", "exact", "3个专题、9个方向"),
    F("service", "专题一“创新药物研发”支持项目", 60, "项", "approx", "拟支持项目约60项", role="target"),
    F("finance", "专题一“创新药物研发”资助金额", 1.2, "亿元", "exact", "拟安排资金1.2亿元", role="budget"),
    F("service", "专题二“高端医疗器械”支持项目", 50, "项", "approx", "拟支持项目约50项", role="target"),
    F("finance", "专题二“高端医疗器械”资助金额", 0.9, "亿元", "exact", "拟安排资金0.9亿元", role="budget"),
    F("service", "专题三“生物医药关键技术平台”支持项目", 40, "项", "approx", "拟支持项目约40项", role="target"),
    F("finance", "专题三“生物医药关键技术平台”资助金额", 0.7, "亿元", "exact", "拟安排资金0.7亿元", role="budget"),
]
write(N120, "other", "上海市科学技术委员会", ["市科委"], 2025, "2025-03-06", n120, [])

# ---------------------------------------------------------------- n121 SOE annual report (other)
N121 = "n121_skcg_ndbg2025.md"
YEAR = 2025
L121 = lines_of(N121)


def mcell(label, i):
    row = next(l for l in L121 if l.startswith("| " + label + " |"))
    cells = row[2:-2].split(MSEP)
    return MSEP.join(cells[:i + 1]), num(cells[i])


n121 = [
    # 一、年度经营概况 (key paragraph)
    F("finance", "营业收入", 38.62, "亿元", "exact", "实现营业收入38.62亿元", True),
    F("growth", "营业收入同比增长", 13.1, "%", "exact", "38.62亿元，同比增长13.1%", True, "change"),
    F("finance", "利润总额", 12.48, "亿元", "exact", "利润总额12.48亿元", True),
    F("growth", "利润总额同比增长", 13.9, "%", "exact", "12.48亿元，同比增长13.9%", role="change"),
    F("finance", "资产总额", 1286.4, "亿元", "exact", "年末资产总额1,286.4亿元", True),
    F("growth", "资产总额比上年末增长", 11.6, "%", "exact", "比上年末增长11.6%", role="change"),
    F("other", "加权平均净资产收益率", 5.8, "%", "exact", "加权平均净资产收益率5.8%，比上年"),
    F("growth", "加权平均净资产收益率比上年提高", 0.5, "个百分点", "exact", "比上年提高0.5个百分点", role="change"),
    F("service", "新增投资项目", 186, "个", "exact", "全年新增投资项目186个，投资金额142.6亿元；", True),
    F("finance", "投资金额", 142.6, "亿元", "exact", "投资金额142.6亿元；年末在管", True),
    F("finance", "在管基金规模", 1128, "亿元", "exact", "年末在管基金规模1,128亿元，比上年末", True),
    F("growth", "在管基金规模比上年末增加", 96, "亿元", "exact", "比上年末增加96亿元", role="change"),
    # 二、投资业务 (restatements key false)
    F("service", "新增投资项目", 186, "个", "exact", "全年新增投资项目186个，投资金额142.6亿元，其中"),
    F("finance", "投资金额", 142.6, "亿元", "exact", "投资金额142.6亿元，其中投向"),
    F("service", "投向先导产业的投资项目", 112, "个", "exact", "先导产业的项目112个"),
    F("finance", "投向先导产业的投资金额", 98.4, "亿元", "exact", "金额98.4亿元"),
    F("other", "投向先导产业的投资金额占投资金额比重", 69.0, "%", "exact", "占投资金额的69.0%", role="share"),
    F("service", "累计投资项目", 2356, "个", "exact", "集团累计投资项目2,356个"),
    F("other", "被投企业累计上市", 86, "家", "exact", "累计已有86家在境内外上市"),
    F("other", "被投企业新增上市", 9, "家", "exact", "其中2025年新增上市9家"),
    # 三、基金管理
    F("finance", "在管基金规模", 1128, "亿元", "exact", "年末在管基金规模1,128亿元（上年末为"),
    F("finance", "在管基金规模", 1032, "亿元", "exact", "（上年末为1,032亿元）", role="baseline", year=2024),
    F("finance", "政府引导基金及母基金规模", 612, "亿元", "exact", "政府引导基金及母基金规模612亿元"),
    F("other", "政府引导基金及母基金规模占在管基金规模比重", 54.3, "%", "exact", "612亿元，占54.3%", role="share"),
    # 四、科技创新与人才
    F("finance", "研发投入", 1.05, "亿元", "exact", "集团全年研发投入1.05亿元"),
    F("other", "研发投入占营业收入比重", 2.7, "%", "exact", "占营业收入的2.7%", role="share"),
    F("finance", "被投企业研发投入", 312.5, "亿元", "exact", "被投企业研发投入合计312.5亿元"),
    F("people", "在岗职工", 628, "人", "exact", "年末在岗职工628人"),
    F("people", "硕士及以上学历职工", 447, "人", "exact", "硕士及以上学历447人"),
    F("other", "硕士及以上学历职工占比", 71.2, "%", "exact", "447人，占71.2%", role="share"),
]
COLS121 = [(2023, "baseline"), (2024, "baseline"), (2025, "actual")]
for label, subj, cat, meas in [("营业收入", "营业收入", "finance", "亿元"), ("利润总额", "利润总额", "finance", "亿元"),
                               ("资产总额", "资产总额", "finance", "亿元"),
                               ("加权平均净资产收益率", "加权平均净资产收益率", "other", "%")]:
    for i, (y, role) in enumerate(COLS121, 2):
        q, v = mcell(label, i)
        n121.append(F(cat, subj, v, meas, "exact", q, role=role, year=y))
n121 += [
    # 六、ESG
    F("other", "范围一和范围二温室气体排放量", 1862, "吨二氧化碳当量", "exact", "温室气体排放量1,862吨二氧化碳当量"),
    F("growth", "范围一和范围二温室气体排放量比上年下降", 6.4, "%", "exact", "比上年下降6.4%", role="change"),
    F("other", "单位营业收入碳排放强度", 48.2, "吨/亿元", "exact", "单位营业收入碳排放强度为48.2吨/亿元"),
    F("finance", "投向绿色低碳领域项目金额", 23.8, "亿元", "exact", "投向绿色低碳领域项目金额23.8亿元"),
    F("other", "投向绿色低碳领域项目金额占全年投资金额比重", 16.7, "%", "exact", "占全年投资金额的16.7%", role="share"),
    F("finance", "公益捐赠", 586, "万元", "exact", "全年公益捐赠586万元"),
    # 七、荣誉
    F("honour", "集团及所属企业获得市级以上荣誉", 12, "项", "exact", "获得市级以上荣誉12项"),
]
U121 = "上海市科创投资集团有限公司"
n121h = [
    H("上海市文明单位", "municipal", U121, None, 2025, "集团获评“上海市文明单位”"),
    H("上海市先进基层党组织", "municipal", "集团党委", "中共上海市委", 2025,
      "集团党委荣获中共上海市委授予的“上海市先进基层党组织”称号"),
    H("上海市五一劳动奖状", "municipal", "上海科创基金管理有限公司", "上海市总工会", 2025,
      "所属上海科创基金管理有限公司荣获上海市总工会授予的“上海市五一劳动奖状”"),
    H("2025年度中国最佳国资投资机构TOP20", "other", U121, "投中信息", 2025,
      "集团入选投中信息“2025年度中国最佳国资投资机构TOP20”"),
]
write(N121, "other", U121, ["集团"], 2025, "2026-04-28", n121, n121h)

# ---------------------------------------------------------------- n122 statistical yearbook table (other)
N122 = "n122_shtjj_tjnj_rd2025.html"
YEAR = 2025
L122 = lines_of(N122)


def hcell(label, i):
    row = next(l for l in L122 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    return CELL.join(cells[:i + 1]), num(cells[i])


# label → (subject, category, measure, kind); measure = the row's 单位 cell, or the unit line's 亿元 when blank ※
ROWS = [
    ("地区生产总值", "全市地区生产总值", "finance", "亿元", "level"),
    ("研究与试验发展经费支出", "全市研究与试验发展经费支出", "finance", "亿元", "level"),
    ("其中：基础研究", "全市基础研究经费支出", "finance", "亿元", "level"),
    ("应用研究", "全市应用研究经费支出", "finance", "亿元", "level"),
    ("试验发展", "全市试验发展经费支出", "finance", "亿元", "level"),
    ("研究与试验发展经费投入强度", "全市研究与试验发展经费投入强度", "other", "%", "level"),
    ("研究与试验发展经费支出增长速度", "全市研究与试验发展经费支出同比增长", "growth", "%", "change"),
    ("基础研究经费占研究与试验发展经费比重", "全市基础研究经费占研究与试验发展经费比重", "other", "%", "share"),
    ("研究与试验发展人员全时当量", "全市研究与试验发展人员全时当量", "people", "万人年", "level"),
]
# ※ key: the 2025 column of the headline rows (total R&D spending, intensity, growth, basic-research share, personnel)
KEY122 = {"研究与试验发展经费支出", "研究与试验发展经费投入强度", "研究与试验发展经费支出增长速度",
          "基础研究经费占研究与试验发展经费比重", "研究与试验发展人员全时当量"}
n122 = []
for label, subj, cat, meas, kind in ROWS:
    for i, y in enumerate(range(2019, 2026), 2):
        q, v = hcell(label, i)
        # ※ earlier columns: levels are baselines; growth rates and shares keep their role in every year
        role = {"level": "actual" if y == 2025 else "baseline", "change": "change", "share": "share"}[kind]
        n122.append(F(cat, subj, v, meas, "exact", q, y == 2025 and label in KEY122, role, y))
write(N122, "other", "上海市统计局", [], 2025, "2026-03-20", n122, [])
print("gold written")
