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

/// Wall and CPU seconds of `body`: on a shared machine CPU time is the steadier figure.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
    let clock = ContinuousClock()
    let cpu0 = cpuNow(), wall0 = clock.now
    try body()
    let wall = clock.now - wall0
    return (Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18, cpuNow() - cpu0)
}

/// FNV-1a of the output, so two builds can be checked to render the same bytes.
func checksum(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

let source = makeTemplate()
let data = makeData()
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 2000

var template = try Template(source: source, name: "bench.md.mustache")
let parse = try measure {
    for _ in 0..<count { template = try Template(source: source, name: "bench.md.mustache") }
}
var size = 0
let render = try measure {
    for _ in 0..<count { size &+= try template.render(data).utf8.count }
}
let sample = try template.render(data)
let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count - 1
print("template: \(lineCount) lines, \(source.utf8.count) bytes; output \(size / count) bytes, checksum \(String(checksum(sample), radix: 16))")
print(String(format: "parse:  %.3f ms per parse (%.3f ms CPU; %d parses)", parse.wall * 1000 / Double(count),
             parse.cpu * 1000 / Double(count), count))
print(String(format: "render: %.0f renders/s (%.0f per CPU-second; %.3f ms each)", Double(count) / render.wall,
             Double(count) / render.cpu, render.wall * 1000 / Double(count)))
