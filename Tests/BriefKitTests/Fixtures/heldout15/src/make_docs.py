"""Writes docs/ from src/raw (H15_DOCS=dir writes elsewhere; byte-reproducible).
- raw/n55.txt copied as it is (UTF-8, LF, no BOM).
- raw/n56.html copied as it is (UTF-8, LF).
- raw/n57.txt (UTF-8 in the repo, laid out by wrap57.py from n57_paras.txt) encoded as GB18030 (LF, form feeds kept).
- raw/n58.md (UTF-8, LF) written with a UTF-8 BOM."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.environ.get("H15_DOCS") or os.path.join(HERE, "..", "docs")
NAMES = {"n55": "n55_fengxian_kw_nj2025.txt", "n56": "n56_scofcom_fbh2026.html",
         "n57": "n57_rdpsp_bmjs2024.txt", "n58": "n58_qingpu_kw_jh2026.md"}


def main():
    os.makedirs(OUT, exist_ok=True)
    rd = lambda n: open(os.path.join(RAW, n), "rb").read()
    wr = lambda k, b: open(os.path.join(OUT, NAMES[k]), "wb").write(b)
    wr("n55", rd("n55.txt"))
    wr("n56", rd("n56.html"))
    wr("n57", rd("n57.txt").decode("utf-8").encode("gb18030"))
    wr("n58", b"\xef\xbb\xbf" + rd("n58.md"))


if __name__ == "__main__":
    main()
