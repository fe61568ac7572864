#!/usr/bin/env python3
"""Write docs/ from the sources in src/: n25 (.docx built by make_n25.py), n26 (src/raw/n26.html, a UTF-8
source, re-encoded to GB18030 while its <meta> keeps declaring gb2312), n27 (JSON feed, make_n27.py)."""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.environ.get("HELDOUT7_DOCS") or os.path.join(HERE, "..", "docs")


def main():
    os.makedirs(DOCS, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(HERE, "make_n25.py")], check=True)
    src = open(os.path.join(HERE, "raw", "n26.html"), encoding="utf-8").read()
    with open(os.path.join(DOCS, "n26_jiading_kjdt2024.html"), "wb") as f:
        f.write(src.replace("\n", "\r\n").encode("gb18030"))  # CRLF, as saved by the site's Windows CMS
    print("wrote", os.path.join(DOCS, "n26_jiading_kjdt2024.html"))
    subprocess.run([sys.executable, os.path.join(HERE, "make_n27.py")], check=True)


if __name__ == "__main__":
    main()
