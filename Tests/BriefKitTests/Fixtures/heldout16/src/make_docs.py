"""Writes docs/ from src/raw (H16_DOCS=dir writes elsewhere; byte-reproducible).
- raw/n59.txt (UTF-8, LF in the repo) written as UTF-16 LE with BOM and CRLF line ends.
- raw/n60.txt, raw/n61.txt, raw/n62.json copied as they are (UTF-8, LF)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.environ.get("H16_DOCS") or os.path.join(HERE, "..", "docs")
NAMES = {"n59": "n59_hongkou_swj_yjd2026.txt", "n60": "n60_baoshan_zx_dybg2025.txt",
         "n61": "n61_changning_sjj_sjbg2024.txt", "n62": "n62_jiading_tjj_api2025.json"}


def main():
    os.makedirs(OUT, exist_ok=True)
    rd = lambda n: open(os.path.join(RAW, n), "rb").read()
    wr = lambda k, b: open(os.path.join(OUT, NAMES[k]), "wb").write(b)
    wr("n59", b"\xff\xfe" + rd("n59.txt").decode("utf-8").replace("\n", "\r\n").encode("utf-16-le"))
    wr("n60", rd("n60.txt"))
    wr("n61", rd("n61.txt"))
    wr("n62", rd("n62.json"))


if __name__ == "__main__":
    main()
