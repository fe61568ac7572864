"""Decoding rules of h16 (see README "Decoding"): what a quote is a substring of.

lines_for(path) ->
  .txt n59 (一季度工作情况) **UTF-16 LE with BOM**, CRLF. Decode with `utf-16` (the BOM selects LE and is dropped),
        split on "\r\n"; lines kept exactly (U+3000 indents).
  .txt n60 (区政协调研报告), n61 (审计工作报告) UTF-8, no BOM, LF. Split on "\n"; lines kept exactly; n61's
        classification table is TAB-separated (`违规问题⇥23,600.0⇥23.1`).
  .json n62 (data-API export) parse the JSON. Decoded lines: data.title; the TAB-joined data.columns; one line per
        row `name⇥value⇥yoy` (the yoy cell is left out when yoy is ""); data.note. Everything else (code, id,
        period, unit, level, unit/yoy_unit fields, source, contact, page fields, prev, updated, ts, version) is
        metadata: it sets measures (row `unit` else data.unit; yoy `%`, or `个百分点` when yoy_unit is 百分点) but
        is never quoted."""
import json


def json_lines(raw):
    d = json.loads(raw.decode("utf-8"))["data"]
    out = [d["title"], "\t".join(d["columns"])]
    for r in d["rows"]:
        out.append("\t".join([r["name"], r["value"]] + ([r["yoy"]] if r["yoy"] != "" else [])))
    out.append(d["note"])
    return out


def lines_for(path):
    raw = open(path, "rb").read()
    if path.endswith(".json"):
        return json_lines(raw)
    if "n59" in path.rsplit("/", 1)[-1]:
        return raw.decode("utf-16").split("\r\n")
    return raw.decode("utf-8").split("\n")
