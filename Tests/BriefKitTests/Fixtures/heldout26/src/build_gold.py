#!/usr/bin/env python3
"""Writes gold/ for n99–n102 from rows typed by hand (read off the documents, never from any tool's output).

F(category, subject, value, measure, qualifier, quote, key=False, role="actual", year=report year)
Quotes are substrings of one line of the document's text as check.py reads it:
  n99  .docx   one line per <w:p> (its <w:t> runs joined), one line per table row <w:tr> (cells joined by TAB)
  n100 .txt    decoded from GB18030
  n101 .html   the file as is; table facts from hcell(label, i) = the row's text from its label through cell i,
               the `</td><td>` markup kept (heldout20's n77, heldout23's n89)
  n102 .md     the file as is; table facts from mcell(label, i) = the pipe row's text from its 指标 cell through
               cell i (` | ` kept); prose quotes never straddle `**`
Table cells take the unit their header or unit column gives (※ also for the .docx table).
"""
import json, os, sys, zipfile
import xml.etree.ElementTree as ET
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS, GOLD = os.path.join(ROOT, "docs"), os.path.join(ROOT, "gold")
YEAR = None
CELL = "</td><td>"
WNS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def F(cat, subj, val, meas, qual, quote, key=False, role="actual", year=None):
    return {"category": cat, "subject": subj, "year": YEAR if year is None else year, "value": val, "measure": meas,
            "qualifier": qual, "quote": quote, "key": key, "role": role}


def H(title, level, recipient, issuer, year, quote, source="text"):
    return {"title": title, "level": level, "recipient": recipient, "issuer": issuer, "year": year, "quote": quote,
            "source": source}


def docx_lines(path):
    def ptext(p):
        return "".join(t.text or "" if t.tag == WNS + "t" else "\t" for t in p.iter() if t.tag in (WNS + "t", WNS + "tab"))
    body = ET.fromstring(zipfile.ZipFile(path).read("word/document.xml")).find(WNS + "body")
    out = []
    for el in body:
        if el.tag == WNS + "p":
            out.append(ptext(el))
        elif el.tag == WNS + "tbl":
            for tr in el.findall(WNS + "tr"):
                out.append("\t".join("".join(ptext(p) for p in tc.findall(WNS + "p")) for tc in tr.findall(WNS + "tc")))
    return out


def lines_of(name):
    path = os.path.join(DOCS, name)
    if name.endswith(".docx"):
        return docx_lines(path)
    enc = "gb18030" if name.startswith("n100") else "utf-8"
    return open(path, encoding=enc).read().split("\n")[:-1]


def write(name, kind, unit, aliases, year, published, facts, honours):
    g = {"document": name, "kind": kind, "unit": unit, "aliases": aliases, "year": year, "published": published,
         "facts": facts, "honours": honours}
    out = os.path.join(GOLD, os.path.splitext(name)[0] + ".json")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


# ---------------------------------------------------------------- n99 大事记 (.docx, kind other ※)
N99 = "n99_jingan_kw_dsj2025.docx"
YEAR = 2025
n99 = [
    # the opening paragraph (key)
    F("service", "科技活动", 186, "场", "exact", "全年组织各类科技活动186场", True),
    F("service", "服务企业", 2350, "家次", "exact", "服务企业2,350家次", True),
    F("other", "新认定高新技术企业", 268, "家", "exact", "全区新认定高新技术企业268家", True),
    F("other", "有效期内高新技术企业", 1105, "家", "exact", "有效期内高新技术企业达到1,105家", True),
    F("finance", "区级科技专项资金拨付", 1.86, "亿元", "exact", "全年拨付区级科技专项资金1.86亿元", True),
    F("finance", "技术合同成交额", 438.6, "亿元", "exact", "全区技术合同成交额438.6亿元", True),
    F("growth", "技术合同成交额同比增长", 12.5, "%", "exact", "438.6亿元，同比增长12.5%", True, "change"),
    # 第一季度
    F("service", "全区科技创新工作会议参会人员", 230, "人", "over", "企业代表230余人参加会议"),
    F("output", "登记技术合同", 2846, "项", "exact", "2024年全区登记技术合同2,846项", role="baseline", year=2024),
    F("finance", "技术合同成交额", 389.9, "亿元", "exact", "成交额389.9亿元", role="baseline", year=2024),
    F("other", "区级科技专项资金绩效评价项目", 46, "个", "exact", "共评价项目46个"),
    F("other", "绩效评价结果为“优良”的项目", 41, "个", "exact", "评价结果为“优良”的41个"),
    F("other", "绩效评价结果为“优良”的项目占比", 89.1, "%", "exact", "的41个，占89.1%", role="share"),
    # 第二季度
    F("service", "科技节科普活动", 120, "场", "over", "全区举办科普活动120余场"),
    F("service", "科技节参与市民", 8.5, "万人次", "approx", "参与市民约8.5万人次"),
    F("service", "科技金融对接会参会科技企业", 150, "家", "exact", "与150家科技企业参加"),
    F("finance", "科技金融对接会现场签约意向融资金额", 6.2, "亿元", "exact", "现场签约意向融资金额6.2亿元"),
    F("service", "科技创新券受理企业申请", 312, "家", "exact", "共受理企业申请312家"),
    F("service", "科技创新券审核通过企业", 286, "家", "exact", "审核通过286家"),
    F("finance", "上半年区级科技专项资金拨付", 0.92, "亿元", "exact", "拨付上半年区级科技专项资金0.92亿元"),
    F("service", "上半年区级科技专项资金支持项目", 138, "个", "exact", "支持项目138个"),
    # 第三季度
    F("other", "高新技术企业认定申报企业", 386, "家", "exact", "全区申报企业386家"),
    F("growth", "高新技术企业认定申报企业同比增加", 41, "家", "exact", "同比增加41家", role="change"),
    F("service", "静安国际科创大会参会嘉宾", 600, "名", "approx", "约600名中外嘉宾参会"),
    F("service", "科技创新券兑付企业", 205, "家", "exact", "兑付企业205家"),
    F("finance", "科技创新券兑付金额", 1230, "万元", "exact", "兑付金额1,230万元"),
    F("finance", "科技创新券平均每家企业兑付金额", 6.0, "万元", "approx", "平均每家企业约6.0万元"),
    # 第四季度
    F("other", "新增市级科技小巨人（含培育）企业", 12, "家", "exact", "新增市级科技小巨人（含培育）企业12家"),
    F("other", "市级科技小巨人（含培育）企业", 146, "家", "exact", "累计达到146家"),
    F("service", "“静安杯”科技创新创业大赛参赛项目", 420, "个", "exact", "共吸引参赛项目420个"),
    F("service", "“静安杯”科技创新创业大赛获奖项目", 36, "个", "exact", "评出获奖项目36个"),
    F("finance", "下半年区级科技专项资金拨付", 0.94, "亿元", "exact", "拨付下半年区级科技专项资金0.94亿元"),
    F("service", "下半年区级科技专项资金支持项目", 149, "个", "exact", "支持项目149个"),
    F("finance", "区级科技专项资金拨付", 1.86, "亿元", "exact", "全年累计拨付1.86亿元"),
    F("service", "区级科技专项资金支持项目", 287, "个", "exact", "支持项目287个"),
    # 12月26日 务虚会: next year's targets
    F("finance", "技术合同成交额", 480, "亿元", "over", "全区技术合同成交额突破480亿元", role="target", year=2026),
    F("other", "有效期内高新技术企业", 1200, "家", "over", "有效期内高新技术企业达到1,200家以上", role="target", year=2026),
    F("other", "新增市级科技小巨人（含培育）企业", 15, "家", "exact", "新增市级科技小巨人（含培育）企业15家",
      role="target", year=2026),
]
L99 = lines_of(N99)
for r in L99:  # 附表: TAB-joined rows of the docx table; measure from the header ※
    c = r.split("\t")
    if len(c) == 3 and c[0] != "季度":
        pre = "" if c[0] == "合计" else c[0]
        n99.append(F("service", pre + "科技活动", int(c[1]), "场", "exact", "\t".join(c[:2])))
        n99.append(F("service", pre + "服务企业", int(c[2].replace(",", "")), "家次", "exact", r))
n99h = [
    H("2024年度上海市科技管理工作先进集体", "municipal", "上海市静安区科学技术委员会", None, 2025,
      "区科委获评“2024年度上海市科技管理工作先进集体”"),
    H("国家知识产权强县建设示范县（区）", "national", "静安区", "国家知识产权局", 2025,
      "国家知识产权局公布新一批国家知识产权强县建设示范县（区）名单，静安区入选"),
    H("上海市科技系统优秀共产党员", "system", "陈晓燕", None, 2025, "科长陈晓燕获评“上海市科技系统优秀共产党员”"),
    H("上海市优秀科技园区", "municipal", "市北高新技术服务业园区", "市科委", 2025,
      "市北高新技术服务业园区被市科委评为“上海市优秀科技园区”"),
]
write(N99, "other", "上海市静安区科学技术委员会", ["静安区科学技术委员会", "区科委"], 2025, "2026-01-20", n99, n99h)

# ---------------------------------------------------------------- n100 工作会议讲话 (GB18030, kind work-summary ※)
N100 = "n100_shmdi_ldjh2025.txt"
YEAR = 2025
n100 = [
    # 过去的一年 paragraph (key)
    F("service", "检验检测报告", 32468, "份", "exact", "全年完成检验检测报告32,468份", True),
    F("growth", "检验检测报告同比增长", 9.3, "%", "exact", "32,468份，同比增长9.3%", True, "change"),
    F("finance", "业务收入", 4.12, "亿元", "exact", "实现业务收入4.12亿元", True),
    F("growth", "业务收入同比增长", 8.7, "%", "exact", "4.12亿元，同比增长8.7%", True, "change"),
    F("service", "服务医疗器械企业", 1200, "家", "over", "服务医疗器械企业一千二百余家", True),
    F("satisfaction", "报告按时出具率", 98, "%", "exact", "报告按时出具率达到百分之九十八", True),
    F("satisfaction", "客户满意度", 96.5, "分", "exact", "客户满意度96.5分", True),
    F("honour", "省部级以上集体和个人荣誉", 8, "项", "exact", "荣获省部级以上集体和个人荣誉8项", True),
    # 一是 … 五是
    F("other", "新增检验项目", 186, "项", "exact", "全年新增检验项目186项"),
    F("other", "新增承检产品标准", 97, "项", "exact", "新增承检产品标准97项"),
    F("other", "具备检验能力的产品标准", 1086, "项", "exact", "累计具备检验能力的产品标准达到一千零八十六项"),
    F("service", "实验室资质认定扩项评审", 2, "次", "exact", "通过实验室资质认定扩项评审两次"),
    F("service", "医疗器械注册检验", 12650, "批次", "exact", "完成医疗器械注册检验12,650批次"),
    F("service", "创新医疗器械优先检验", 320, "批次", "exact", "创新医疗器械优先检验三百二十批次"),
    F("growth", "创新医疗器械优先检验同比增长", 2, "成", "exact", "同比增长两成", role="change"),
    F("other", "平均检验周期", 62, "个工作日", "exact", "由2024年的62个工作日", role="baseline", year=2024),
    F("other", "平均检验周期", 45, "个工作日", "exact", "缩短至45个工作日"),
    F("growth", "平均检验周期比上年缩短", 3, "成", "nearly", "缩短近三成", role="change"),
    F("service", "医疗器械监督抽检任务", 1850, "批次", "exact", "承担国家和本市医疗器械监督抽检任务1,850批次"),
    F("other", "监督抽检发现不合格产品", 63, "批次", "exact", "发现不合格产品63批次"),
    F("other", "监督抽检不合格率", 3.4, "%", "exact", "不合格率3.4%", role="share"),
    F("output", "承担国家级和市级科研项目", 42, "项", "exact", "承担国家级和市级科研项目四十二项"),
    F("output", "承担国家重点研发计划项目", 5, "项", "exact", "其中国家重点研发计划项目五项"),
    F("output", "主导或参与制修订国家和行业标准", 23, "项", "exact", "主导或参与制修订国家和行业标准二十三项"),
    F("output", "授权发明专利", 15, "件", "exact", "授权发明专利15件"),
    F("finance", "科研投入", 3200, "万元", "exact", "全年科研投入三千二百万元"),
    F("growth", "科研投入同比增长", 15, "%", "exact", "比上年增长百分之十五", role="change"),
    F("people", "在职职工", 612, "人", "exact", "全院在职职工612人"),
    F("people", "高级职称人员", 184, "人", "exact", "其中高级职称人员184人"),
    F("other", "高级职称人员占在职职工比重", 3, "成", "approx", "约占三成", role="share"),
    F("people", "引进博士研究生", 9, "名", "exact", "全年引进博士研究生9名"),
    # 回顾“十四五” (cumulative → report year; 十三五末 → 2020)
    F("service", "“十四五”期间累计出具检验检测报告", 140000, "份", "over", "累计出具检验检测报告十四万余份"),
    F("finance", "业务收入", 2.06, "亿元", "exact", "从“十三五”末的2.06亿元", role="baseline", year=2020),
    F("finance", "业务收入", 4.12, "亿元", "exact", "增长到4.12亿元"),
    F("growth", "业务收入较“十三五”末翻番", 1, "番", "exact", "翻了一番", role="change"),
    F("other", "国家药监局重点实验室", 2, "个", "exact", "建成国家药监局重点实验室2个"),
    # 三、2026年 (targets)
    F("service", "检验检测报告", 35000, "份", "over", "检验检测报告突破三万五千份", role="target", year=2026),
    F("finance", "业务收入", 4.5, "亿元", "approx", "业务收入达到4.5亿元左右", role="target", year=2026),
    F("satisfaction", "报告按时出具率", 98, "%", "over", "报告按时出具率保持在百分之九十八以上", role="target", year=2026),
    F("other", "平均检验周期", 40, "个工作日", "under", "平均检验周期控制在40个工作日以内", role="target", year=2026),
    F("other", "新增检验项目", 150, "项", "over", "新增检验项目不少于150项", role="target", year=2026),
    F("other", "新建专业实验室", 2, "个", "exact", "年内建成专业实验室2个", role="target", year=2026),
    F("service", "“送检上门”服务", 20, "场次", "over", "全年开展不少于二十场次", role="target", year=2026),
    F("other", "创新医疗器械优先检验覆盖率", 100, "%", "exact", "优先检验覆盖率达到百分之百", role="target", year=2026),
    F("output", "申报国家和市级科研项目", 30, "项", "over", "申报国家和市级科研项目三十项以上", role="target", year=2026),
    F("output", "主导制修订标准", 10, "项", "over", "主导制修订标准十项以上", role="target", year=2026),
    F("people", "引进高层次人才", 10, "名", "exact", "全年引进高层次人才10名", role="target", year=2026),
    F("service", "专业技术培训", 120, "学时", "over", "组织专业技术培训一百二十学时以上", role="target", year=2026),
]
n100h = [
    H("上海市五一劳动奖状", "municipal", "上海市医疗器械检验研究院", None, 2025, "全院获评“上海市五一劳动奖状”"),
    H("全国巾帼文明岗", "national", "有源器械检验室", None, 2025, "有源器械检验室获评“全国巾帼文明岗”"),
]
write(N100, "work-summary", "上海市医疗器械检验研究院", [], 2025, "2026-01-09", n100, n100h)

# ---------------------------------------------------------------- n101 saved HTML page (kind other)
N101 = "n101_jiading_kw_zbbj2025.html"
YEAR = 2025
L101 = lines_of(N101)


def hcell(label, i):
    row = next(l for l in L101 if l.startswith("<tr><td>" + label + "</td>"))
    cells = row[len("<tr><td>"):-len("</td></tr>")].split(CELL)
    return CELL.join(cells[:i + 1]), float(cells[i].replace(",", "")), cells[1]


n101 = [
    # the first <p> (key): 嘉定区's own figures and the 区科委's funds
    F("finance", "嘉定区技术合同成交额", 402.3, "亿元", "exact", "全区技术合同成交额达到402.3亿元", True),
    F("growth", "嘉定区技术合同成交额同比增长", 12.8, "%", "exact", "402.3亿元，同比增长12.8%", True, "change"),
    F("other", "嘉定区有效期内高新技术企业", 2842, "家", "exact", "有效期内高新技术企业2,842家", True),
    F("growth", "嘉定区有效期内高新技术企业净增", 227, "家", "exact", "比上年净增227家", True, "change"),
    F("finance", "嘉定区规模以上工业企业研发费用", 162.4, "亿元", "exact", "规模以上工业企业研发费用162.4亿元", True),
    F("growth", "嘉定区规模以上工业企业研发费用同比增长", 9.3, "%", "exact", "162.4亿元，同比增长9.3%", True, "change"),
    F("finance", "区级科技专项资金拨付", 3.28, "亿元", "exact", "全年拨付区级科技专项资金3.28亿元", True),
    F("service", "区级科技专项资金支持项目", 526, "个", "exact", "支持项目526个", True),
]
IND = [("技术合同成交额", "finance"), ("有效期内高新技术企业", "other"), ("规模以上工业企业研发费用", "finance")]
for ind, cat in IND:  # table: 2024 → baseline, 2025 → actual, 增速 → change (unit column / 增速（%） ※)
    for j, d in enumerate(["嘉定区", "青浦区", "松江区"]):
        q, v, unit = hcell(ind, 2 + 3 * j)
        n101.append(F(cat, d + ind, v, unit, "exact", q, role="baseline", year=2024))
        q, v, unit = hcell(ind, 3 + 3 * j)
        n101.append(F(cat, d + ind, v, unit, "exact", q))
        q, v, unit = hcell(ind, 4 + 3 * j)
        n101.append(F("growth", d + ind + "同比增长", v, "%", "exact", q, role="change"))
n101 += [
    F("finance", "嘉定区、青浦区、松江区技术合同成交额合计", 896.1, "亿元", "exact", "技术合同成交额合计896.1亿元"),
    F("other", "嘉定区技术合同成交额占三区合计比重", 44.9, "%", "exact", "其中嘉定区占44.9%", role="share"),
    F("growth", "青浦区技术合同成交额同比增长", 14.3, "%", "exact", "青浦区技术合同成交额增速达到14.3%", role="change"),
    F("other", "嘉定区、青浦区、松江区有效期内高新技术企业合计", 6730, "家", "exact", "有效期内高新技术企业合计6,730家"),
    F("growth", "嘉定区、青浦区、松江区有效期内高新技术企业合计比上年增加", 521, "家", "exact", "比上年增加521家",
      role="change"),
    F("other", "嘉定区有效期内高新技术企业数量相当于青浦区", 1.9, "倍", "exact", "是青浦区的1.9倍"),
    F("other", "嘉定区规模以上工业企业研发费用相当于青浦区", 2.8, "倍", "exact", "分别是青浦区、松江区的2.8倍和1.6倍"),
    F("other", "嘉定区规模以上工业企业研发费用相当于松江区", 1.6, "倍", "exact", "分别是青浦区、松江区的2.8倍和1.6倍"),
    F("finance", "嘉定区技术合同成交额", 450, "亿元", "over", "全区技术合同成交额突破450亿元", role="target", year=2026),
    F("other", "嘉定区有效期内高新技术企业", 3000, "家", "over", "有效期内高新技术企业达到3,000家以上", role="target",
      year=2026),
    F("growth", "嘉定区规模以上工业企业研发费用同比增长", 8, "%", "approx", "规模以上工业企业研发费用增长8%左右",
      role="target", year=2026),
]
write(N101, "other", "上海市嘉定区科学技术委员会", ["嘉定区科学技术委员会", "区科委"], 2025, "2026-02-10", n101, [])

# ---------------------------------------------------------------- n102 2026年工作要点 (Markdown, kind other)
N102 = "n102_shxjs_gzyd2026.md"
YEAR = 2026
L102 = lines_of(N102)


def mcell(label, i):
    row = next(l for l in L102 if l.startswith("| ") and l.split(" | ")[1:2] == [label])
    cells = row.strip("| ").split(" | ")[1:]
    return " | ".join(cells[:i + 1]), float(cells[i]), cells[1]


n102 = [
    # the opening paragraph: 2025 results (key), one 2024 baseline
    F("service", "检验检测样品", 8.62, "万批次", "exact", "完成纤维及纺织品检验检测样品8.62万批次", True, year=2025),
    F("growth", "检验检测样品同比增长", 6.8, "%", "exact", "8.62万批次，同比增长6.8%", True, "change", 2025),
    F("service", "棉花公证检验", 46.8, "万吨", "exact", "完成棉花公证检验46.8万吨", True, year=2025),
    F("finance", "检验检测收入", 2.35, "亿元", "exact", "实现检验检测收入2.35亿元", True, year=2025),
    F("finance", "检验检测收入", 2.19, "亿元", "exact", "（2024年为2.19亿元）", role="baseline", year=2024),
    F("growth", "检验检测收入同比增长", 7.3, "%", "exact", "2.19亿元），同比增长7.3%", True, "change", 2025),
    F("satisfaction", "客户满意度", 95.6, "分", "exact", "客户满意度95.6分", True, year=2025),
    # 十四五 paragraph
    F("service", "检验检测样品", 6.35, "万批次", "exact", "由2021年的6.35万批次", role="baseline", year=2021),
    F("service", "检验检测样品", 8.62, "万批次", "exact", "增长到8.62万批次", year=2025),
    F("growth", "检验检测样品“十四五”期间年均增长", 7.9, "%", "exact", "年均增长7.9%", role="change", year=2025),
    # 一、主要目标 (targets of 2026 itself ※)
    F("service", "检验检测样品", 9.2, "万批次", "over", "检验检测样品9.2万批次以上", role="target"),
    F("growth", "检验检测样品同比增长", 6.7, "%", "approx", "同比增长6.7%左右", role="target"),
    F("service", "棉花公证检验", 48, "万吨", "exact", "棉花公证检验48万吨", role="target"),
    F("finance", "检验检测收入", 2.52, "亿元", "exact", "检验检测收入2.52亿元", role="target"),
    F("growth", "检验检测收入同比增长", 7.2, "%", "exact", "同比增长7.2%", role="target"),
    F("satisfaction", "报告按时出具率", 99, "%", "over", "报告按时出具率不低于99%", role="target"),
    F("satisfaction", "报告按时出具率", 98.7, "%", "exact", "（2025年为98.7%）", year=2025),
    F("satisfaction", "客户满意度", 95, "分", "over", "客户满意度保持在95分以上", role="target"),
    F("satisfaction", "有效投诉办结率", 100, "%", "exact", "有效投诉办结率100%", role="target"),
    F("output", "承担科研项目", 15, "项", "over", "承担科研项目不少于15项", role="target"),
    F("output", "主导或参与制修订标准", 12, "项", "over", "主导或参与制修订标准12项以上", role="target"),
]
CAT102 = {"检验检测样品": "service", "棉花公证检验": "service", "检验检测收入": "finance", "客户满意度": "satisfaction",
          "主导或参与制修订标准": "output"}
for ind, cat in CAT102.items():  # pipe table: 2025年完成 → actual 2025, 2026年目标 → target (unit column ※)
    q, v, unit = mcell(ind, 2)
    n102.append(F(cat, ind, v, unit, "exact", q, year=2025))
    q, v, unit = mcell(ind, 3)
    n102.append(F(cat, ind, v, unit, "exact", q, role="target"))
n102 += [
    # 二、重点任务 (targets)
    F("other", "新增检验检测参数", 80, "项", "exact", "新增检验检测参数80项", role="target"),
    F("other", "实验室认可复评审通过率", 100, "%", "exact", "评审通过率100%", role="target"),
    F("finance", "设备购置资金", 1200, "万元", "exact", "设备购置资金1,200万元", role="target"),
    F("other", "新购大型仪器设备", 25, "台套", "exact", "大型仪器设备25台套", role="target"),
    F("service", "质量提升帮扶服务企业", 300, "家", "over", "300家以上纺织服装企业", role="target"),
    F("service", "“检验检测进企业”活动", 40, "场", "over", "“检验检测进企业”活动不少于40场", role="target"),
    F("other", "常规检测报告平均出具周期", 5, "个工作日", "under", "常规检测报告平均出具周期压缩至5个工作日以内",
      role="target"),
    F("other", "常规检测报告平均出具周期", 6.5, "个工作日", "exact", "（2025年为6.5个工作日）", year=2025),
    F("output", "申报各级科研项目", 20, "项", "over", "申报各级科研项目不少于20项", role="target"),
    F("other", "内部质量审核", 2, "次", "exact", "全年开展内部质量审核2次", role="target"),
    F("other", "管理评审", 1, "次", "exact", "管理评审1次", role="target"),
    F("output", "申请发明专利", 8, "件", "exact", "申请发明专利8件", role="target"),
    F("people", "在编在岗人员", 186, "人", "under", "全所在编在岗人员控制在186人以内", role="target"),
    F("people", "引进硕士以上专业技术人员", 6, "名", "exact", "硕士以上专业技术人员6名", role="target"),
    F("service", "业务培训", 1500, "人次", "over", "业务培训不少于1,500人次", role="target"),
]
write(N102, "other", "上海市纤维检验所", ["市纤检所"], 2026, "2026-01-15", n102, [])
print("gold written")
