#!/usr/bin/env python3
"""Fills translations into the nb and nn catalogues.

Reads lines "source<TAB>bokmål<TAB>nynorsk[<TAB>English]" from the files named (or stdin) and sets them on every
message with that English source text, in any context, marking them finished. For a source with %n,
give the two plural forms separated by " || " (singular || plural). Backslash escapes \\n and \\t
are understood in every column. The English column is only needed for plural forms
("%n change || %n changes"), as the source text is English. Run update_translations first so the entries exist.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def load(lines):
    table = {}
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) not in (3, 4):
            sys.exit(f"need 3 or 4 tab-separated columns: {line!r}")
        table[unescape(parts[0])] = tuple(unescape(p) for p in parts[1:])
    return table


def apply(ts_path, table, column):
    tree = ET.parse(ts_path)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source not in table or column >= len(table[source]):
            continue
        text = table[source][column]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = [f.strip() for f in text.split("||")]
            if len(forms) != 2:
                sys.exit(f"plural source needs 'singular || plural': {source!r}")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = text
        changed += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return changed


def main():
    lines = []
    if len(sys.argv) > 1:
        for name in sys.argv[1:]:
            lines += Path(name).read_text(encoding="utf-8").splitlines()
    else:
        lines = sys.stdin.read().splitlines()
    table = load(lines)
    for column, lang in enumerate(("nb", "nn", "en")):
        n = apply(HERE / f"hnadmin_{lang}.ts", table, column)
        print(f"hnadmin_{lang}.ts: {n} entries set")


if __name__ == "__main__":
    main()
