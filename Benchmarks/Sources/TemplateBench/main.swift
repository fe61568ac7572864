import BriefKit
import Foundation

// Parse and render a realistic 200-line briefing template with 50 table rows of Chinese text.

func makeTemplate() -> String {
    var lines: [String] = [
        "# {{单位}} {{年度}} 年度简报",
        "",
        "{{! 本模板用于基准测试：结构与真实简报相同 }}",
        "> 生成自 {{#来源}}{{文件}}、{{/来源}}共 {{文档数}} 份文件。",
        "",
        "## 核心指标",
        "",
        "| 指标 | 本年 | 上年 | 变化 | 来源 |",
        "|---|---:|---:|---:|---|",
        "{{#指标}}",
        "| {{名称}} | {{本年}}{{计量}} | {{#上年}}{{上年}}{{计量}}{{/上年}}{{^上年}}—{{/上年}} | {{#变化}}{{变化}}{{/变化}} | [^{{脚注}}] |",
        "{{/指标}}",
        "",
    ]
    for i in 0..<60 {
        lines.append("### 第\(i)节 {{#章节.标题}}{{章节.标题}}{{/章节.标题}}")
        lines.append("{{#章节.段落}}{{.}} {{/章节.段落}}")
        lines.append("- 说明：{{章节.说明}}（{{年度}}）")
    }
    lines += [
        "## 荣誉",
        "{{#荣誉}}",
        "- {{级别}}：{{名称}}（{{授予}}）{{#新}}**新**{{/新}}",
        "{{/荣誉}}",
        "",
        "## 脚注",
        "{{#指标}}",
        "[^{{脚注}}]: {{文件}} 第 {{行}} 行：“{{引文}}”",
        "{{/指标}}",
    ]
    while lines.count < 200 { lines.append("{{! 填充行 }}") }
    return lines.joined(separator: "\n") + "\n"
}

func makeData() -> MustacheValue {
    var rows: [MustacheValue] = []
    for i in 0..<50 {
        rows.append([
            "名称": .string("专业技术服务项目\(i)"), "本年": .int(5514 + i), "上年": i % 5 == 0 ? nil : .int(5483 + i),
            "计量": "项", "变化": .string("+\(31 + i)（+0.6%）"), "脚注": .int(i + 1),
            "文件": "samples/000_d87a536be5b8778f.txt", "行": .int(100 + i),
            "引文": "全年共完成各类专业技术服务项目 5514 项，服务企业 2599 家<script>",
        ])
    }
    let honours: [MustacheValue] = (0..<20).map { i in
        ["级别": "市级", "名称": .string("上海市文明单位\(i)"), "授予": "上海市精神文明建设委员会", "新": .bool(i % 3 == 0)]
    }
    return [
        "单位": "上海计算机软件技术开发中心", "年度": 2023, "文档数": 5,
        "来源": [["文件": "000.txt"], ["文件": "001.txt"]],
        "指标": .list(rows), "荣誉": .list(honours),
        "章节": ["标题": "服务行业", "段落": ["坚持服务行业", "发展产业", "创新驱动"], "说明": "数据来自社会责任报告"],
    ]
}

let source = makeTemplate()
let data = makeData()
let clock = ContinuousClock()

var template = try Template(source: source, name: "bench.md.mustache")
let parses = 2000
let parseTime = clock.measure {
    for _ in 0..<parses { template = try! Template(source: source, name: "bench.md.mustache") }
}
var size = 0
let renders = 2000
let renderTime = clock.measure {
    for _ in 0..<renders { size &+= try! template.render(data).utf8.count }
}
func ms(_ d: Duration) -> Double { Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15 }
let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count - 1
print("template: \(lineCount) lines, \(source.utf8.count) bytes; output \(size / renders) bytes")
print(String(format: "parse:  %.3f ms per parse (%d parses)", ms(parseTime) / Double(parses), parses))
print(String(format: "render: %.0f renders/s (%.3f ms each)", Double(renders) / (ms(renderTime) / 1000), ms(renderTime) / Double(renders)))
