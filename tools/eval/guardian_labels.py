#!/usr/bin/env python3
"""Hand labels of actor mentions in lower-cased, tokenised Guardian live-blog entries
(../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl, entries chosen as every 350th from the 7th,
plus the last one printed; keyed by block_id). Written by a project developer reading each entry; misspellings in the
source ("msy" for May, "skripol") are labelled as what they refer to. Offsets are found by this script and written to
src/test/resources/eval/guardian-mentions.tsv (block ids, offsets, actor ids and kinds only, no text).

Usage: python3 tools/eval/guardian_labels.py ../shared/data/liveblogs-guardian-ukp/entries_russia_ukraine_subset.jsonl > src/test/resources/eval/guardian-mentions.tsv
"""
import json
import sys

from headline_labels import locate

N, D, M = "name", "demonym", "metonym"

LABELS = {
    "block-53d11795e4b0348329ae72d6": [
        ("russian", "RUS", D), ("roman abramovich", "abramovich", N), ("yakovenko", "yakovenko", N),
        ("russians", "RUS", D), ("conservatives", "gbr_conservative_party", N), ("yakovenko", "yakovenko", N),
        ("conservatives", "gbr_conservative_party", N), ("cameron", "david_cameron", N), ("putin", "putin", N),
        ("yakovenko", "yakovenko", N), ("russians", "RUS", D), ("russian", "RUS", D)],
    "block-5540e423e4b042fe665d7294": [("nasa", "us_nasa", N), ("russian", "RUS", D)],
    "block-5654a62ce4b0393477b371c0": [
        ("russians", "RUS", D), ("turkish", "TUR", D), ("russian", "RUS", D),
        ("russian military general staff", "rus_general_staff", N), ("ria", "ria_novosti", N)],
    "block-54088041e4b0754557470b23": [("david cameron", "david_cameron", N)],
    "block-585d185fe4b0d460757ebdd3": [
        ("russian", "RUS", D), ("putin", "putin", N), ("kremlin", "RUS", M), ("igor sechin", "sechin", N),
        ("putin", "putin", N), ("novaya gazeta", "novaya_gazeta", N), ("putin", "putin", N), ("sechin", "sechin", N),
        ("donald trump", "trump", N), ("rex tillerson", "tillerson", N), ("putin", "putin", N)],
    "block-5aaa5efee4b0acd9bdfd4f4a": [
        ("sergei lavrov", "lavrov", N), ("russian", "RUS", D), ("russia", "RUS", N), ("uk", "GBR", N),
        ("british", "GBR", D), ("associated press", "ap", N), ("sergei lavrov", "lavrov", N), ("moscow", "RUS", M),
        ("britain", "GBR", N), ("russian", "RUS", D), ("russian", "RUS", D), ("lavrov", "lavrov", N),
        ("ria novosti", "ria_novosti", N), ("russia", "RUS", N), ("british", "GBR", D), ("moscow", "RUS", M),
        ("london", "GBR", M), ("reuters", "reuters", N), ("lavrov", "lavrov", N), ("sergei skripal", "skripal", N),
        ("sergei lavrov", "lavrov", N), ("russian", "RUS", D), ("tass", "tass", N)],
    "block-5aa6b419e4b0d60f07ce457a": [
        ("may", "theresa_may", N), ("national security council", "gbr_nsc", N), ("may", "theresa_may", N),
        ("sergei skripal", "skripal", N), ("russia", "RUS", N), ("msy", "theresa_may", N), ("russia", "RUS", N),
        ("russia", "RUS", N), ("russia", "RUS", N), ("sergie", "skripal", N), ("yulia skripol", "yulia_skripal", N),
        ("may", "theresa_may", N), ("russia", "RUS", N), ("russia", "RUS", N), ("may", "theresa_may", N),
        ("russia", "RUS", N), ("boris johnson", "boris_johnson", N), ("russian", "RUS", D),
        ("foreign office", "gbr_foreign_office", N), ("russia", "RUS", N), ("may", "theresa_may", N),
        ("russia", "RUS", N), ("may", "theresa_may", N), ("russia", "RUS", N), ("russian", "RUS", D),
        ("united kingdom", "GBR", N), ("may", "theresa_may", N), ("commons", "gbr_house_of_commons", N)],
    "block-561cf877e4b0178bcbce8ac1": [
        ("britain", "GBR", N), ("philip hammond", "philip_hammond", N), ("philip hammond", "philip_hammond", N),
        ("dutch safety board", "nld_safety_board", N), ("ukraine", "UKR", N), ("russian", "RUS", D),
        ("hennadiy zubko", "zubko", N), ("russian", "RUS", D), ("russian", "RUS", D),
        ("hennadiy zubko", "zubko", N)],
}


def main(path):
    texts = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        texts[row["block_id"]] = row["text"]
    print("block_id\tstart\tend\tactor\tkind")
    for block in LABELS:
        locate(block, texts[block], LABELS[block])


if __name__ == "__main__":
    main(sys.argv[1])
