"""Writes docs/ from src/raw (H14_DOCS=dir writes elsewhere; byte-reproducible).
- raw/n51.txt (LF in the repo copy) -> docs/n51_…txt with CRLF line ends, UTF-8, no BOM.
- raw/n52.html, raw/n53.md copied as they are (UTF-8, LF).
- raw/n54_feed.py FEED dumped with indent=2, ensure_ascii=False, final newline."""
import importlib.util, json, os
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.environ.get("H14_DOCS") or os.path.join(HERE, "..", "docs")
NAMES = {"n51": "n51_minhang_kw_jytablbg2025.txt", "n52": "n52_shfb_jszn_zcjd2025.html",
         "n53": "n53_sica_ndbg2025.md", "n54": "n54_stic_rss2025.json"}


def main():
    os.makedirs(OUT, exist_ok=True)
    t = open(os.path.join(RAW, "n51.txt"), encoding="utf-8").read()
    open(os.path.join(OUT, NAMES["n51"]), "wb").write(t.replace("\n", "\r\n").encode("utf-8"))
    for k, ext in (("n52", "html"), ("n53", "md")):
        open(os.path.join(OUT, NAMES[k]), "wb").write(open(os.path.join(RAW, f"{k}.{ext}"), "rb").read())
    spec = importlib.util.spec_from_file_location("n54_feed", os.path.join(RAW, "n54_feed.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    s = json.dumps(m.FEED, ensure_ascii=False, indent=2) + "\n"
    open(os.path.join(OUT, NAMES["n54"]), "wb").write(s.encode("utf-8"))


if __name__ == "__main__":
    main()
