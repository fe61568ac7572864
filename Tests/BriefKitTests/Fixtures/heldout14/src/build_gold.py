"""Writes gold/n51–n54 from rows typed by hand. Row: (category, subject, year, value, measure, qualifier, quote, key, role).
n53 table quotes are cut from the document's own raw pipe row: mrow(L, LABEL, i) = the row whose 指标 cell is LABEL,
from the line start through cell i (cells counted after the leading `|`), e.g. `|  | 企业数（家） | 812`."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import decode
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD = os.path.join(HERE, "..", "docs"), os.path.join(HERE, "..", "gold")
FIELDS = ("category", "subject", "year", "value", "measure", "qualifier", "quote", "key", "role")
N51, N52, N53, N54 = ("n51_minhang_kw_jytablbg2025.txt", "n52_shfb_jszn_zcjd2025.html", "n53_sica_ndbg2025.md",
                      "n54_stic_rss2025.json")
X, Y, Z, S = 2024, 2025, 2026, 2027
E, T, F = "exact", True, False
O, A, NR, U = "over", "approx", "nearly", "under"


def facts(rows, extra=None):
    out = []
    for r in rows:
        assert len(r) == 9, r
        f = dict(zip(FIELDS, r))
        if extra:
            f.update(extra)
        out.append(f)
    return out


def H(title, level, recipient, issuer, year, quote, source="text", extra=None):
    h = dict(title=title, level=level, recipient=recipient, issuer=issuer, year=year, quote=quote, source=source)
    if extra:
        h.update(extra)
    return h


def write(name, top, fs, hs):
    g = dict(top, document=name, facts=fs, honours=hs)
    g = {k: g[k] for k in ("document", "kind", "unit", "aliases", "year", "published", "facts", "honours")}
    with open(os.path.join(GOLD, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]


def mrow(lines, label, i):
    rows = [l for l in lines if l.startswith("|") and len(cells(l)) > 1 and cells(l)[1] == label]
    assert len(rows) == 1, label
    l, pos = rows[0], 0
    for _ in range(i + 1):
        pos = l.index("|", pos) + 1
    end = l.index("|", pos)
    return l[:end].rstrip(" ")


def trow(lines, label, i):
    rows = [l for l in lines if "\t" in l and l.split("\t")[0] == label]
    assert len(rows) == 1, label
    return "\t".join(rows[0].split("\t")[: i + 1])


# ------------------------------------------------------------------ n51 建议提案办理情况报告
n51 = [
 ("service", "承办建议提案", Y, 58, "件", E, "提案（以下简称“建议提案”）58件", T, "actual"),
 ("service", "人大代表建议", Y, 26, "件", E, "其中人大代表建议26件", F, "actual"),
 ("service", "政协委员提案", Y, 32, "件", E, "政协委员提案32件", F, "actual"),
 ("service", "主办建议提案", Y, 41, "件", E, "主办41件", F, "actual"),
 ("service", "会办建议提案", Y, 17, "件", E, "会办17件", F, "actual"),
 ("service", "办结建议提案", Y, 58, "件", E, "58件建议提案已全部办结", F, "actual"),
 ("satisfaction", "建议提案办结率", Y, 100, "%", E, "办结率100%", T, "actual"),
 ("satisfaction", "建议提案按期答复率", Y, 100, "%", E, "按期答复率100%", F, "actual"),
 ("satisfaction", "建议提案反馈满意", Y, 52, "件", E, "“满意”52件", F, "actual"),
 ("satisfaction", "建议提案反馈基本满意", Y, 6, "件", E, "“基本满意”6件", F, "actual"),
 ("satisfaction", "建议提案满意率", Y, 89.7, "%", E, "满意率89.7%", T, "actual"),
 ("satisfaction", "建议提案满意和基本满意率", Y, 100, "%", E, "满意和基本满意率100%", T, "actual"),
 ("other", "建议提案已解决或采纳（A类）", Y, 35, "件", E, "所提问题已解决或采纳的（A类）35件", F, "actual"),
 ("other", "建议提案已解决或采纳（A类）占比", Y, 60.3, "%", E, "（A类）35件，占60.3%", T, "share"),
 ("other", "建议提案列入计划拟解决（B类）", Y, 17, "件", E, "列入计划拟解决的（B类）17件", F, "actual"),
 ("other", "建议提案列入计划拟解决（B类）占比", Y, 29.3, "%", E, "（B类）17件，占29.3%", F, "share"),
 ("other", "建议提案留作参考（C类）", Y, 6, "件", E, "因条件限制留作参考的（C类）6件", F, "actual"),
 ("other", "建议提案留作参考（C类）占比", Y, 10.3, "%", E, "（C类）6件，占10.3%", F, "share"),
 ("growth", "承办建议提案比上年增加", Y, 9, "件", E, "承办件数增加9件", F, "change"),
 ("service", "承办建议提案", X, 49, "件", E, "（2024年为49件）", F, "baseline"),
 ("growth", "承办建议提案同比增长", Y, 18.4, "%", E, "增长18.4%", T, "change"),
 ("growth", "建议提案已解决或采纳（A类）占比比上年提高", Y, 3.2, "个百分点", E, "A类占比提高3.2个百分点", F, "change"),
 ("other", "建议提案已解决或采纳（A类）占比", X, 57.1, "%", E, "（上年为57.1%）", F, "baseline"),
 ("other", "建议提案（科技企业培育）", Y, 19, "件", E, "涉及科技企业培育的19件", F, "actual"),
 ("other", "建议提案（科技金融）", Y, 12, "件", E, "科技金融的12件", F, "actual"),
 ("other", "建议提案（人才服务）", Y, 11, "件", E, "人才服务的11件", F, "actual"),
 ("other", "建议提案（创新载体）", Y, 9, "件", E, "创新载体的9件", F, "actual"),
 ("other", "建议提案（科普）", Y, 7, "件", E, "科普的7件", F, "actual"),
 ("service", "建议提案交办会", Y, 2, "次", E, "召开建议提案交办会2次", F, "actual"),
 ("service", "建议提案推进会", Y, 3, "次", E, "推进会3次", F, "actual"),
 ("service", "主要领导领衔督办建议提案", Y, 4, "件", E, "领衔督办重点建议提案4件", F, "actual"),
 ("service", "分管领导督办建议提案", Y, 14, "件", E, "分管领导督办14件", F, "actual"),
 ("service", "面商走访代表委员", Y, 126, "人次", E, "全年开展面商走访126人次", F, "actual"),
 ("service", "邀请代表委员现场调研", Y, 18, "次", E, "参加现场调研18次", F, "actual"),
 ("service", "专题座谈会", Y, 6, "场", E, "召开专题座谈会6场", F, "actual"),
 ("satisfaction", "建议提案平均办理周期", Y, 52, "天", E, "平均办理周期为52天", F, "actual"),
 ("growth", "建议提案平均办理周期较上年缩短", Y, 8, "天", E, "较上年缩短8天", F, "change"),
 ("service", "新增入库科技型中小企业", Y, 1860, "家", E, "新增入库科技型中小企业1,860家", F, "actual"),
 ("service", "新认定高新技术企业", Y, 412, "家", E, "新认定高新技术企业412家", F, "actual"),
 ("other", "有效高新技术企业", Y, 3215, "家", E, "全区有效高新技术企业达到3,215家", F, "actual"),
 ("growth", "有效高新技术企业同比增长", Y, 9.6, "%", E, "3,215家，同比增长9.6%", F, "change"),
 ("other", "新增市级众创空间", Y, 3, "家", E, "新增市级众创空间3家", F, "actual"),
 ("other", "新增区级科技企业孵化器", Y, 5, "家", E, "区级科技企业孵化器5家", F, "actual"),
 ("other", "新增孵化面积", Y, 4.2, "万平方米", E, "新增孵化面积4.2万平方米", F, "actual"),
 ("other", "在孵企业", Y, 1100, "家", O, "在孵企业超过1,100家", F, "actual"),
 ("service", "闵科贷发放贷款企业", Y, 186, "家", E, "为186家企业发放贷款", F, "actual"),
 ("finance", "闵科贷发放贷款", Y, 23.6, "亿元", E, "发放贷款23.6亿元", F, "actual"),
 ("growth", "闵科贷发放贷款同比增长", Y, 15.2, "%", E, "23.6亿元，同比增长15.2%", F, "change"),
 ("service", "闵科贷首贷企业", Y, 64, "家", E, "其中首贷企业64家", F, "actual"),
 ("finance", "区科技发展专项资金", Y, 2.85, "亿元", E, "区科技发展专项资金安排2.85亿元", F, "budget"),
 ("people", "青年科技人才租房补贴人数", Y, 320, "名", E, "为320名青年科技人才", F, "actual"),
 ("finance", "青年科技人才租房补贴", Y, 1152, "万元", E, "发放租房补贴1,152万元", F, "actual"),
 ("finance", "青年科技人才人均租房补贴", Y, 3.6, "万元", E, "人均3.6万元", F, "actual"),
 ("other", "新建社区科普站", Y, 7, "个", E, "新建社区科普站7个", F, "actual"),
 ("service", "科普活动", Y, 420, "场", E, "全年举办科普活动420场", F, "actual"),
 ("service", "科普活动服务居民", Y, 12.6, "万人次", A, "服务居民约12.6万人次", F, "actual"),
 ("satisfaction", "建议提案满意率", Z, 90, "%", O, "满意率保持在90%以上", F, "target"),
 ("other", "建议提案已解决或采纳（A类）占比", Z, 60, "%", O, "A类占比不低于60%", F, "target"),
 ("satisfaction", "建议提案平均办理周期", Z, 45, "天", U, "平均办理周期缩短至45天以内", F, "target"),
 ("other", "建议提案列入计划拟解决（B类）", Y, 17, "件", E, "对列入计划拟解决的17件B类件", F, "actual"),
]
h51 = [
 H("2025年度闵行区建议提案办理工作先进集体", "district", "上海市闵行区科学技术委员会", "闵行区人大常委会、闵行区人民政府", Y,
   "区科委被区人大常委会、区政府评为“2025年度闵行区建议提案办理工作先进集体”"),
 H("2025年度优秀提案承办人员", "district", "李敏（高新技术科科长）", "闵行区政协", Y,
   "高新技术科科长李敏获评区政协“2025年度优秀提案承办人员”"),
]

# ------------------------------------------------------------------ n52 政策解读 (上海发布)
def n52_rows(L):
    r = [
     ("finance", "具身智能核心产业规模", X, 128, "亿元", E, "核心产业规模达到128亿元", T, "actual"),
     ("growth", "具身智能核心产业规模同比增长", X, 32.6, "%", E, "同比增长32.6%", T, "change"),
     ("other", "具身智能整机企业", X, 36, "家", E, "集聚整机企业36家", F, "actual"),
     ("other", "具身智能关键零部件企业", X, 140, "家", O, "关键零部件企业140余家", F, "actual"),
     ("other", "人形机器人整机出货量", X, 1200, "台", A, "人形机器人整机出货量约1,200台", F, "actual"),
     ("other", "人形机器人整机出货量占全国比重", X, 27.5, "%", E, "占全国的27.5%", F, "share"),
     ("other", "具身智能示范应用场景", X, 12, "个", E, "全年落地示范应用场景12个", F, "actual"),
     ("other", "具身智能创新中心", X, 1, "个", E, "建成国家地方共建具身智能创新中心1个", F, "actual"),
     ("other", "开放训练数据集", X, 3, "个", E, "累计开放训练数据集3个", F, "actual"),
     ("other", "训练数据总量", X, 200, "万条", O, "数据总量超过200万条", F, "actual"),
     ("output", "具身智能发明专利授权", X, 1086, "件", E, "新增发明专利授权1,086件", F, "actual"),
     ("growth", "具身智能发明专利授权比上年增加", X, 248, "件", E, "较上年增加248件", F, "change"),
     ("growth", "具身智能发明专利授权增长", X, 29.6, "%", E, "增长29.6%", F, "change"),
     ("finance", "具身智能核心产业规模", S, 500, "亿元", O, "核心产业规模突破500亿元", F, "target"),
     ("growth", "具身智能核心产业规模年均增长", S, 57, "%", A, "年均增长57%左右", F, "target"),
     ("other", "具身智能整机企业", S, 60, "家", E, "整机企业达到60家", F, "target"),
     ("other", "具身智能龙头企业", S, 10, "家", O, "培育10家以上具有国际影响力的龙头企业", F, "target"),
     ("other", "关键零部件国产化率", S, 70, "%", E, "国产化率提高到70%", F, "target"),
    ]
    for lab, subj, meas, cat in (("核心产业规模（亿元）", "具身智能核心产业规模", "亿元", "finance"),
                                 ("整机企业（家）", "具身智能整机企业", "家", "other"),
                                 ("关键零部件国产化率（%）", "关键零部件国产化率", "%", "other"),
                                 ("示范应用场景（个）", "具身智能示范应用场景", "个", "other"),
                                 ("开放训练数据集（个）", "开放训练数据集", "个", "other")):
        c = trow(L, lab, 3).split("\t")
        r.append((cat, subj, X, float(c[1]) if "." in c[1] else int(c[1]), meas, E, trow(L, lab, 1), F, "actual"))
        r.append((cat, subj, S, int(c[2]), meas, E, trow(L, lab, 2), F, "target"))
    r += [
     ("other", "行动方案重点任务方面", Y, 5, "个", E, "部署了5个方面18项重点任务", F, "actual"),
     ("other", "行动方案重点任务", Y, 18, "项", E, "部署了5个方面18项重点任务", F, "actual"),
     ("output", "关键技术攻关项目", Y, 20, "项", O, "每年组织实施关键技术攻关项目20项以上", F, "target"),
     ("other", "具身智能示范应用场景", S, 100, "个", E, "累计开放示范应用场景100个", F, "target"),
     ("other", "具身智能规模化应用领域", S, 6, "", E, "养老等6大领域率先规模化应用", F, "target"),
     ("other", "开放训练数据集", S, 10, "个", E, "建成开放训练数据集10个", F, "target"),
     ("other", "训练数据总量", S, 1, "亿条", E, "数据总量达到1亿条", F, "target"),
     ("finance", "具身智能产业基金规模", S, 100, "亿元", E, "设立规模100亿元的具身智能产业基金", F, "target"),
     ("output", "配套实施细则", Y, 6, "项", E, "制定配套实施细则6项", F, "target"),
     ("other", "首批发布应用场景需求", Y, 30, "个", E, "首批发布应用场景需求30个", F, "target"),
    ]
    return r

# ------------------------------------------------------------------ n53 行业协会年度报告 (Markdown)
def n53_rows(L):
    r = [
     ("people", "会员单位", Y, 685, "家", E, "协会共有会员单位685家", T, "actual"),
     ("growth", "会员单位比上年末净增", Y, 52, "家", E, "较上年末净增52家", F, "change"),
     ("people", "理事单位", Y, 96, "家", E, "其中理事单位96家", F, "actual"),
     ("people", "副会长单位", Y, 18, "家", E, "副会长单位18家", F, "actual"),
     ("people", "秘书处专职工作人员", Y, 34, "人", E, "秘书处专职工作人员34人", F, "actual"),
     ("people", "秘书处硕士及以上学历人员", Y, 21, "人", E, "其中硕士及以上学历21人", F, "actual"),
     ("finance", "全市集成电路产业销售收入", Y, 3967.0, "亿元", E, "全市集成电路产业实现销售收入3,967.0亿元", T, "actual"),
     ("growth", "全市集成电路产业销售收入同比增长", Y, 11.0, "%", E, "同比增长11.0%", T, "change"),
     ("other", "全市集成电路产业销售收入占全国比重", Y, 22, "%", A, "占全国比重约22%", F, "share"),
    ]
    rows = [l for l in L if l.startswith("| ") and len(cells(l)) == 4 and cells(l)[0] in ("", "设计业", "制造业", "封装测试业", "装备材料业", "合计")]
    dom = None
    for l in rows:
        c = cells(l)
        dom = c[0] or dom  # an empty 领域 cell means "same as above"
        lab = c[1]
        name, meas = lab.split("（")[0], lab.split("（")[1].rstrip("）")
        subj = "全市集成电路产业销售收入" if dom == "合计" else dom + name
        if name == "国产装备验证":
            subj = "国产装备验证"
        cat = "finance" if name == "销售收入" else "service" if name == "国产装备验证" else "other"
        q2 = mrow(L, lab, 2) if lab != "销售收入（亿元）" else l[: l.index(" | ", l.index(lab)) + 3 + len(c[2])]
        v = float(c[2].replace(",", "")) if "." in c[2] else int(c[2])
        r.append((cat, subj, Y, v, meas, E, q2, F, "actual"))
        if c[3] != "—":
            q3 = l.rstrip(" |")
            r.append(("growth", subj + "同比增长", Y, float(c[3]), "%", E, q3, F, "change"))
    r += [
     ("service", "专业培训", Y, 86, "场", E, "全年举办专业培训86场", T, "actual"),
     ("service", "培训学员", Y, 1.2, "万人次", E, "培训学员1.2万人次", T, "actual"),
     ("service", "交流活动", Y, 42, "场", E, "等交流活动42场", F, "actual"),
     ("service", "交流活动参与企业", Y, 2300, "家次", O, "参与企业超过2,300家次", F, "actual"),
     ("output", "IP共享平台新增上架IP核", Y, 320, "个", E, "新增上架IP核320个", F, "actual"),
     ("output", "IP共享平台累计上架IP核", Y, 1480, "个", E, "累计达到1,480个", F, "actual"),
     ("service", "流片对接服务", Y, 156, "次", E, "流片对接服务156次", F, "actual"),
     ("finance", "帮助企业节约成本", Y, 1.8, "亿元", A, "帮助企业节约成本约1.8亿元", F, "actual"),
     ("satisfaction", "会员总体满意度", Y, 94.3, "%", E, "会员总体满意度为94.3%", T, "actual"),
     ("growth", "会员总体满意度较上年提高", Y, 1.5, "个百分点", E, "较上年提高1.5个百分点", F, "change"),
     ("finance", "总收入", Y, 2386.5, "万元", E, "2025年协会总收入2,386.5万元", T, "actual"),
     ("finance", "会费收入", Y, 1120.0, "万元", E, "其中会费收入1,120.0万元", F, "actual"),
     ("finance", "服务收入", Y, 1058.3, "万元", E, "服务收入1,058.3万元", F, "actual"),
     ("finance", "其他收入", Y, 208.2, "万元", E, "其他收入208.2万元", F, "actual"),
     ("finance", "总支出", Y, 2214.7, "万元", E, "总支出2,214.7万元", F, "actual"),
     ("finance", "收支结余", Y, 171.8, "万元", E, "收支结余171.8万元", F, "actual"),
     ("honour", "各级荣誉", Y, 4, "项", E, "全年获得各级荣誉4项", T, "actual"),
     ("honour", "国家级荣誉", Y, 1, "项", E, "其中国家级1项", T, "actual"),
     ("people", "会员单位", Z, 720, "家", O, "力争会员单位突破720家", F, "target"),
     ("service", "专业培训", Z, 90, "场", O, "举办培训不少于90场", F, "target"),
     ("satisfaction", "会员总体满意度", Z, 95, "%", A, "会员满意度保持在95%左右", F, "target"),
     ("other", "统计口径集成电路企业", Y, 1236, "家", E, "共1,236家", F, "actual"),
     ("other", "会员满意度调查有效问卷", Y, 612, "份", E, "回收有效问卷612份", F, "actual"),
    ]
    return r


def n53_honours(L):
    lv = {"国家级": "national", "市级": "municipal", "行业": "other"}
    out = []
    for l in L:
        c = cells(l) if l.startswith("| ") else []
        if len(c) == 4 and c[2] in lv:
            out.append(H(c[0], lv[c[2]], "上海市集成电路行业协会", c[1], int(c[3][:4]), l, "table"))
    return out

# ------------------------------------------------------------------ n54 RSS feed
def n54_rows(D):
    def art(guid, rows):
        return facts(rows, dict(article=guid, date=D[guid][0]))
    fs = []
    fs += art("stic-20251104", [
     ("service", "孵化器从业人员培训参训人员", Y, 218, "名", E, "218名孵化器从业人员参加培训", T, "actual"),
     ("other", "参训孵化器从业人员来源区", Y, 16, "个", E, "来自全市16个区", F, "actual"),
     ("service", "孵化器从业人员培训课程", Y, 12, "门", E, "培训共设置课程12门", F, "actual"),
     ("satisfaction", "孵化器从业人员培训考核合格率", Y, 96.8, "%", E, "考核合格率96.8%", F, "actual"),
     ("service", "培训", Y, 38, "场", E, "已累计举办各类培训38场", T, "actual"),
     ("service", "培训人次", Y, 4600, "人次", O, "培训4,600余人次", T, "actual"),
     ("people", "授课专家", Y, 9, "位", E, "邀请专家授课9位", F, "actual"),
     ("service", "实地观摩孵化器", Y, 3, "家", E, "组织实地观摩孵化器3家", F, "actual"),
     ("other", "孵化器从业人员持证上岗率", S, 90, "%", O, "持证上岗率达到90%以上", F, "target"),
    ])
    fs += art("stic-20250930", [
     ("other", "全国科技企业孵化器优秀服务机构入选机构", Y, 45, "家", E, "本次全国共有45家机构入选", F, "actual"),
     ("output", "孵化器服务规范团体标准", Y, 2, "项", E, "牵头制定孵化器服务规范团体标准2项", F, "actual"),
     ("other", "连续组织孵化器绩效评价", Y, 5, "年", E, "连续5年组织全市孵化器绩效评价", F, "actual"),
    ])
    fs += art("stic-20250718", [
     ("service", "新增在孵企业（上半年）（标题）", Y, 1326, "家", E, "上半年全市孵化载体新增在孵企业1,326家", F, "actual"),
     ("other", "市级以上孵化载体", Y, 186, "家", E, "全市186家市级以上孵化载体", F, "actual"),
     ("service", "新增在孵企业（上半年）", Y, 1326, "家", E, "新增在孵企业1,326家", T, "actual"),
     ("growth", "新增在孵企业同比增长（上半年）", Y, 8.7, "%", E, "同比增长8.7%", T, "change"),
     ("other", "在孵企业总数", Y, 1.05, "万家", E, "在孵企业总数达到1.05万家", F, "actual"),
     ("finance", "在孵企业获得融资（上半年）", Y, 42.6, "亿元", E, "上半年在孵企业获得融资42.6亿元", F, "actual"),
     ("growth", "在孵企业获得融资同比增长（上半年）", Y, 12.3, "%", E, "同比增长12.3%", F, "change"),
     ("output", "在孵企业新增知识产权（上半年）", Y, 2840, "件", E, "新增知识产权2,840件", F, "actual"),
     ("other", "新增毕业企业（上半年）", Y, 214, "家", E, "新增毕业企业214家", F, "actual"),
     ("service", "服务创业团队（上半年）", Y, 870, "个", E, "服务创业团队870个", F, "actual"),
     ("service", "创业活动（上半年）", Y, 320, "场", E, "举办创业活动320场", F, "actual"),
     ("service", "新增在孵企业（6月）", Y, 248, "家", E, "6月当月，新增在孵企业248家", F, "actual"),
     ("service", "浦东新区新增在孵企业（上半年）", Y, 312, "家", E, "分别为312家", F, "actual"),
     ("service", "闵行区新增在孵企业（上半年）", Y, 186, "家", E, "、186家", F, "actual"),
     ("service", "杨浦区新增在孵企业（上半年）", Y, 158, "家", E, "、158家", F, "actual"),
     ("other", "浦东闵行杨浦新增在孵企业占全市比重（上半年）", Y, 49.5, "%", E, "合计占全市的49.5%", F, "share"),
     ("service", "新增在孵企业", Y, 2600, "家", O, "力争全年新增在孵企业2,600家以上", F, "target"),
    ])
    fs += art("stic-20250609", [
     ("service", "创业在上海大赛半决赛路演项目", Y, 1120, "个", E, "1,120个项目参加路演", F, "actual"),
     ("people", "创业在上海大赛半决赛评审专家", Y, 260, "人次", E, "评审专家260人次", F, "actual"),
     ("service", "创业在上海大赛报名项目", Y, 5360, "个", E, "本届大赛共收到报名项目5,360个", T, "actual"),
     ("growth", "创业在上海大赛报名项目较上届增长", Y, 7.2, "%", E, "较上届增长7.2%", T, "change"),
     ("service", "创业在上海大赛海外报名项目", Y, 412, "个", E, "其中海外项目412个", F, "actual"),
     ("service", "创业在上海大赛晋级决赛项目", Y, 360, "个", E, "360个项目晋级决赛", F, "actual"),
    ])
    fs += art("stic-20250415", [
     ("service", "技术创新资金支持项目", Y, 800, "项", A, "计划支持项目800项左右", F, "target"),
     ("finance", "技术创新资金资助总额", Y, 2.4, "亿元", A, "资助总额约2.4亿元", F, "budget"),
    ])
    fs += art("stic-20250116", [
     ("service", "服务科技型中小企业", X, 5820, "家", E, "中心共服务科技型中小企业5,820家", T, "actual"),
     ("growth", "服务科技型中小企业同比增长", X, 6.4, "%", E, "同比增长6.4%", T, "change"),
     ("service", "受理创新资金项目", X, 2136, "项", E, "受理创新资金项目2,136项", F, "actual"),
     ("service", "创新资金立项", X, 786, "项", E, "立项786项", F, "actual"),
     ("finance", "创新资金立项资助", X, 2.31, "亿元", E, "立项资助2.31亿元", F, "actual"),
     ("other", "新认定市级孵化器", X, 14, "家", E, "全年新认定市级孵化器14家", F, "actual"),
     ("other", "在孵企业总数", X, 9870, "家", E, "全市在孵企业总数9,870家", F, "actual"),
     ("service", "培训", X, 52, "场", E, "举办培训52场", F, "actual"),
     ("service", "培训人次", X, 6300, "人次", E, "、6,300人次", F, "actual"),
     ("satisfaction", "服务对象满意度", X, 97.2, "%", E, "服务对象满意度97.2%", T, "actual"),
     ("growth", "服务对象满意度较上年提高", X, 0.6, "个百分点", E, "较上年提高0.6个百分点", F, "change"),
     ("service", "登记技术合同", X, 1245, "项", E, "全年登记技术合同1,245项", F, "actual"),
     ("finance", "技术合同成交金额", X, 38.6, "亿元", E, "成交金额38.6亿元", F, "actual"),
     ("growth", "技术合同成交金额同比增长", X, 10.9, "%", E, "同比增长10.9%", F, "change"),
     ("service", "服务科技型中小企业", Y, 6000, "家", O, "力争服务科技型中小企业6,000家以上", F, "target"),
    ])
    hs = [
     H("全国科技企业孵化器优秀服务机构", "national", "上海市科技创业中心", "科技部火炬中心", Y,
       "市科技创业中心获评“全国科技企业孵化器优秀服务机构”", extra=dict(article="stic-20250930", date=D["stic-20250930"][0])),
     H("国家级科技企业孵化器培育单位", "national", "上海市科技创业中心", None, 2023,
       "中心已于2023年入选“国家级科技企业孵化器培育单位”名单", extra=dict(article="stic-20250930", date=D["stic-20250930"][0])),
     H("2024年度上海市科技系统先进集体", "system", "上海市科技创业中心", None, X,
       "中心获评“2024年度上海市科技系统先进集体”", extra=dict(article="stic-20250116", date=D["stic-20250116"][0])),
    ]
    return fs, hs


def main():
    p = lambda n: os.path.join(DOCS, n)
    write(N51, dict(kind="other", unit="上海市闵行区科学技术委员会", aliases=["区科委", "闵行区科学技术委员会"], year=Y,
                    published="2025-12-10"), facts(n51), h51)
    L52 = decode.lines_for(p(N52))
    write(N52, dict(kind="other", unit="上海市经济和信息化委员会", aliases=["市经济信息化委"], year=Y, published="2025-06-18"),
          facts(n52_rows(L52)), [])
    L53 = decode.lines_for(p(N53))
    write(N53, dict(kind="other", unit="上海市集成电路行业协会", aliases=["协会"], year=Y, published="2026-03-06"),
          facts(n53_rows(L53)), n53_honours(L53))
    fs, hs = n54_rows(decode.lines_for(p(N54)))
    write(N54, dict(kind="article-feed", unit="上海市科技创业中心", aliases=["中心", "市科技创业中心"], year=None, published=None),
          fs, hs)


if __name__ == "__main__":
    main()
