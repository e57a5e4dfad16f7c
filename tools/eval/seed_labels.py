#!/usr/bin/env python3
"""Hand labels of actor mentions in ../shared/data/seed-liveblog/guardian-2023-04-06-excerpt.txt (1-based line
numbers), written by a project developer reading the excerpt; offsets are found by this script and written to
src/test/resources/eval/seed-mentions.tsv (line numbers, offsets, actor ids and kinds only, no text).

Usage: python3 tools/eval/seed_labels.py ../shared/data/seed-liveblog/guardian-2023-04-06-excerpt.txt > src/test/resources/eval/seed-mentions.tsv
"""
import sys

from headline_labels import locate

N, D, M, T = "name", "demonym", "metonym", "title"

LABELS = {
    1: [("Russia", "RUS", N), ("Nato", "NATO", N), ("Kremlin", "RUS", M)],
    2: [("The Kremlin", "RUS", M), ("Russia", "RUS", N), ("Belarus", "BLR", N)],
    3: [("Kremlin", "RUS", M), ("Dmitry Peskov", "peskov", N), ("Nato secretary general", "stoltenberg", T),
        ("Jens Stoltenberg", "stoltenberg", N), ("Russia", "RUS", N), ("China", "CHN", N)],
    4: [("Peskov", "peskov", N)],
    5: [("Nato", "NATO", N), ("Russia", "RUS", N), ("Russia", "RUS", N), ("Nato", "NATO", N)],
    6: [("Finland", "FIN", N), ("Nato", "NATO", N), ("Russia", "RUS", N), ("Sweden", "SWE", N)],
    7: [("Peskov", "peskov", N), ("Russia", "RUS", N), ("Nato", "NATO", N), ("Finland", "FIN", N)],
    8: [("Nato", "NATO", N)],
    9: [("Russia", "RUS", N), ("Interfax", "interfax", N), ("Russia", "RUS", N)],
    10: [("Alexander Bogomaz", "bogomaz", N)],
    11: [("FSB", "rus_fsb", N), ("Russia", "RUS", N), ("Russian Federation", "RUS", N), ("Ukrainian", "UKR", D)],
    12: [("Russian Federation", "RUS", N)],
    14: [("Reuters", "reuters", N), ("Von der Leyen", "von_der_leyen", N), ("China", "CHN", N), ("Russian", "RUS", D),
         ("Vladimir Putin", "putin", N), ("Ukraine", "UKR", N)],
    15: [("EU", "EU", N), ("China", "CHN", N), ("EU", "EU", N), ("Belarus", "BLR", N), ("China", "CHN", N),
         ("UN security council", "unsc", N), ("Russia", "RUS", N)],
    16: [("AFP", "afp", N), ("Von der Leyen", "von_der_leyen", N), ("Chinese", "CHN", D), ("Li Qiang", "li_qiang", N),
         ("EU", "EU", N), ("China", "CHN", N)],
}


def main(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    print("line\tstart\tend\tactor\tkind")
    for number in sorted(LABELS):
        locate(number, lines[number - 1], LABELS[number])


if __name__ == "__main__":
    main(sys.argv[1])
