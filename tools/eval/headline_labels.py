#!/usr/bin/env python3
"""Hand labels of actor mentions in a sample of ../shared/data/headlines-fwd-news-2022/headlines.jsonl.

The sample: every 45th record (0-based line numbers) among the categories worldnews, ukraine and politics; 105
headlines. For each one, the labeller (a project developer, reading the headline) listed the actor mentions in order of
appearance as (surface form, actor, kind); this script finds their character offsets in the headline and writes
src/test/resources/eval/headline-mentions.tsv with line numbers, offsets, actor ids and kinds only (no headline text).
Headlines with no entry here were read and found to mention no actor in scope (see docs/EVALUATION.md for the scope).

Usage: python3 tools/eval/headline_labels.py ../shared/data/headlines-fwd-news-2022/headlines.jsonl > src/test/resources/eval/headline-mentions.tsv
"""
import json
import sys

N, D, M, T = "name", "demonym", "metonym", "title"

LABELS = {
    5: [("Vladimir Putin", "putin", N), ("Russia", "RUS", N)],
    137: [("Ukraine", "UKR", N), ("Czech Republic", "CZE", N), ("Russian", "RUS", D)],
    416: [("Michael Flynn", "michael_flynn", N), ("Russia", "RUS", N), ("Turkey", "TUR", N)],
    522: [("Oath Keepers", "oath_keepers", N)],
    653: [("Trump", "trump", N), ("IRS", "us_irs", N), ("Comey", "james_comey", N), ("McCabe", "andrew_mccabe", N),
          ("Comey", "james_comey", N), ("McCabe", "andrew_mccabe", N)],
    780: [("European Parliament", "eu_parliament", N), ("EU", "EU", N)],
    915: [("Congress", "us_congress", N)],
    1035: [("Supreme Court", "us_supreme_court", N), ("Supreme Court", "us_supreme_court", N),
           ("Supreme Court", "us_supreme_court", N)],
    1166: [("Russian", "RUS", D), ("Russia", "RUS", N)],
    1292: [("Ukrainians", "UKR", D), ("Russia", "RUS", N)],
    1440: [("Ukrainian", "UKR", D), ("Russian", "RUS", D)],
    1590: [("U.S.", "USA", N), ("Canada", "CAN", N)],
    1730: [("Russian", "RUS", D)],
    2280: [("Lithuania", "LTU", N), ("Moscow", "RUS", M)],
    2515: [("Prince Charles", "king_charles", N)],
    2597: [("Russia", "RUS", N)],
    2682: [("Supreme Court", "us_supreme_court", N)],
    2761: [("GOP", "us_republican_party", N), ("Trump", "trump", N), ("Republicans", "us_republican_party", N)],
    2857: [("Nigerian", "NGA", D)],
    2956: [("House", "us_house", N)],
    3043: [("Trump", "trump", N)],
    3147: [("Francis", "pope_francis", N)],
    3245: [("Moscow", "RUS", M), ("Lithuania", "LTU", N)],
    3339: [("Lebanon", "LBN", N)],
    3519: [("Putin", "putin", N)],
    3621: [("Russia", "RUS", N), ("Ukrainians", "UKR", D)],
    3738: [("S. Korea", "KOR", N), ("American", "USA", D)],
    3851: [("Belarusians", "BLR", D), ("Vladimir Putin", "putin", N), ("Ukraine", "UKR", N)],
    3984: [("Ukraine", "UKR", N), ("Zelenskyy", "zelenskyy", N), ("Russia", "RUS", N)],
    4077: [("Ron Johnson", "ron_johnson", N)],
    4151: [("U.S.", "USA", N)],
    4228: [("Macron", "macron", N), ("France", "FRA", N)],
    4305: [("Trump", "trump", N), ("Biden", "biden", N)],
    4389: [("Vladimir Putin", "putin", N), ("Ukraine", "UKR", N), ("NATO", "NATO", N)],
    4463: [("Germany", "DEU", N)],
    4538: [("US", "USA", N)],
    4603: [("Trump", "trump", N), ("GOP", "us_republican_party", N)],
    4677: [("Cuba", "CUB", N), ("US", "USA", N)],
    4833: [("Boris Johnson", "boris_johnson", N), ("Russia", "RUS", N), ("Ukraine", "UKR", N), ("Georgia", "GEO", N),
           ("Moldova", "MDA", N)],
    4910: [("Chinese", "CHN", D), ("Sierra Leone", "SLE", N)],
    5208: [("Biden", "biden", N)],
    5284: [("Germany", "DEU", N), ("Ukraine", "UKR", N)],
    5361: [("U.S.", "USA", N)],
    5512: [("Netherlands", "NLD", N), ("Bulgaria", "BGR", N), ("Ukraine", "UKR", N)],
    5578: [("Russian", "RUS", D), ("Boris Johnson", "boris_johnson", N)],
    5651: [("Republican", "us_republican_party", N), ("Kyrsten Sinema", "kyrsten_sinema", N),
           ("Joe Manchin", "joe_manchin", N)],
    5724: [("Russian", "RUS", D)],
    5805: [("Biden", "biden", N), ("GOP", "us_republican_party", N), ("Republicans", "us_republican_party", N)],
    5875: [("Russia", "RUS", N), ("Ukraine", "UKR", N), ("AP", "ap", N)],
    5957: [("Russian", "RUS", D), ("Alexei Navalny", "navalny", N), ("Navalny", "navalny", N)],
    6033: [("UK", "GBR", N)],
    6114: [("Chile", "CHL", N)],
    6210: [("Hillary Clinton", "hillary_clinton", N), ("Hillary", "hillary_clinton", N), ("Trump", "trump", N)],
    6295: [("Joe Biden", "biden", N)],
    6392: [("Trump", "trump", N), ("SEC", "us_sec", N)],
    6491: [("India", "IND", N)],
    6579: [("GOP", "us_republican_party", N)],
    6668: [("Republican", "us_republican_party", N)],
    6762: [("Democrats", "us_democratic_party", N), ("Boebert", "lauren_boebert", N)],
    6850: [("GOP", "us_republican_party", N), ("Biden", "biden", N)],
    6944: [("Pakistan", "PAK", N), ("Sri Lankan", "LKA", D)],
    7043: [("Austrian", "AUT", D), ("Sebastian Kurz", "sebastian_kurz", N)],
    7137: [("Supreme Court", "us_supreme_court", N)],
    7240: [("Republicans", "us_republican_party", N), ("Supreme Court", "us_supreme_court", N)],
    7321: [("Mueller", "robert_mueller", N), ("Trump", "trump", N), ("Russia", "RUS", N)],
    7424: [("Russia", "RUS", N)],
    7517: [("CIA", "us_cia", N), ("Trump", "trump", N)],
    7814: [("Michael Cohen", "michael_cohen", N), ("Donald", "trump", N), ("Don Jr.", "donald_trump_jr", N),
           ("Eric", "eric_trump", N), ("Ivanka", "ivanka_trump", N)],
    7891: [("Netherlands", "NLD", N), ("Australia", "AUS", N)],
    8048: [("Republicans", "us_republican_party", N)],
    8129: [("UNESCO", "UNESCO", N)],
    8286: [("Afghan", "AFG", D), ("Italy", "ITA", N)],
    8385: [("South Korea", "KOR", N)],
    8651: [("House", "us_house", N), ("Proud Boys", "proud_boys", N), ("Oath Keepers", "oath_keepers", N)],
    8765: [("Russian", "RUS", D), ("Ukraine", "UKR", N)],
    8850: [("Roger Stone", "roger_stone", N), ("House", "us_house", N)],
    8971: [("Sinema", "kyrsten_sinema", N), ("Manchin", "joe_manchin", N)],
    9055: [("Afghan", "AFG", D)],
    9132: [("Poland", "POL", N), ("Belarus", "BLR", N)],
    9224: [("Iranian", "IRN", D)],
    9311: [("Vietnamese", "VNM", D), ("Chinese", "CHN", D), ("Serbia", "SRB", N)],
    9393: [("Norway", "NOR", N)],
    9476: [("Hamas", "hamas", N), ("UK", "GBR", N)],
    9566: [("Taiwan", "TWN", N), ("China", "CHN", N)],
    9661: [("Gabon", "GAB", N)],
    9757: [("House", "us_house", N), ("Gosar", "paul_gosar", N), ("AOC", "ocasio_cortez", N)],
    9951: [("House", "us_house", N), ("GOP", "us_republican_party", N)],
}


def is_boundary(text, i):
    return i < 0 or i >= len(text) or not text[i].isalnum()


def locate(doc, text, labels):
    """Prints doc, start, end, actor, kind for each (surface, actor, kind), found in order on token boundaries."""
    position = 0
    for surface, actor, kind in labels:
        start = text.find(surface, position)
        while start >= 0 and not (is_boundary(text, start - 1) and is_boundary(text, start + len(surface))):
            start = text.find(surface, start + 1)
        if start < 0:
            sys.exit(f"{doc}: '{surface}' not found after offset {position}")
        print(f"{doc}\t{start}\t{start + len(surface)}\t{actor}\t{kind}")
        position = start + len(surface)


def main(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    sample = [i for i, r in enumerate(rows) if r["category"] in ("worldnews", "ukraine", "politics")][::45]
    assert all(line in sample for line in LABELS), "a label names a line outside the sample"
    print("line\tstart\tend\tactor\tkind")
    for line in sample:
        locate(line, rows[line]["title"], LABELS.get(line, []))
    print(f"# sample lines: {' '.join(str(i) for i in sample)}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
