#!/usr/bin/env python3
"""Build the default actor registry (src/main/resources/registry/actors.jsonl).

Usage (from the project root):
    python3 tools/registry/build_countries.py > src/main/resources/registry/actors.jsonl

Part 1, the state records, is derived from mledoze/countries (ODbL 1.0; see
src/main/resources/registry/LICENSE-countries-ODbL.txt): canonical name, official name, English
alternative spellings and English demonyms, filtered and curated by the tables below.
Capital-city metonyms, case rules and extra English aliases are the project's own curation.
Part 2 is tools/registry/handwritten.jsonl (organisations, agencies, media, armed groups, bodies,
places and persons), appended verbatim after validation.

Standard library only. Output is deterministic (states sorted by actor_id, then the handwritten
file in its own order).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SOURCE = "/work/shared/data/countries-mledoze/countries.json"
SOURCE = os.environ.get("COUNTRIES_JSON", DEFAULT_SOURCE)
HANDWRITTEN = os.path.join(HERE, "handwritten.jsonl")

# Sovereign states beyond the UN members flagged in the data: observers and partly recognised.
EXTRA_STATES = {"PSE", "TWN", "UNK"}
# mledoze uses UNK for Kosovo; the registry uses the user-assigned code XKX (EU, IMF, ...).
ID_RENAME = {"UNK": "XKX"}

# Canonical English name when the data's common name is not the one English news uses.
NAME = {
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "TUR": "Turkey",
    "VAT": "Holy See",
    "CPV": "Cape Verde",
}

# English alternative spellings kept from altSpellings by the rule below (official-style English
# names). Everything else in altSpellings (ISO codes, native-language and transliterated forms) is
# dropped unless listed in KEEP_ALT.
ENGLISH_FORM = re.compile(
    r"^(The )?(Republic|Kingdom|State|Commonwealth|Federal|Federated|Federation|Islamic|People's|"
    r"Democratic|Union|United|Principality|Grand Duchy|Sultanate|Hashemite|Independent|"
    r"Co-operative|Plurinational|Bolivarian|Socialist|Oriental|Most Serene|Arab|Swiss|Lebanese|"
    r"Gabonese|Argentine|Togolese|Syrian|Slovak|Kyrgyz|Hellenic|Yemeni|Tunisian|Italian|French|"
    r"Portuguese|Russian|Czech|Dominican|Central African|Solomon|Marshall|Lao|Nation)\b")
KEEP_ALT = {
    "ARE": ["UAE"], "BIH": ["Bosnia-Herzegovina"], "BRN": ["Brunei Darussalam"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"], "COD": ["DR Congo", "Democratic Republic of Congo", "DRC",
    "Congo-Kinshasa"], "COG": ["Congo", "Congo-Brazzaville"], "GBR": ["UK", "Great Britain"],
    "MKD": ["Macedonia"], "MMR": ["Burma"], "NLD": ["Holland", "The Netherlands"], "PRK": ["DPRK"],
    "SWZ": ["Swaziland"], "TLS": ["East Timor"], "TUR": ["Turkiye", "Republic of Turkey"],
    "USA": ["US", "USA"], "VAT": ["Vatican City State", "Vatican"], "VNM": ["Viet Nam"],
    "TWN": ["Chinese Taipei"], "STP": ["Sao Tome and Principe"], "ZAF": [],
}
# Forms matched by ENGLISH_FORM that are dropped anyway.
DROP_ALT = {
    "BRN": ["Nation of Brunei", "Nation of Brunei, Abode of Peace"],
    "TWN": ["Republic of China", "Republic of China (Taiwan)"], "KGZ": ["Kyrgyz Respublikasy"],
    "COM": ["Union des Comores"], "IND": ["Bharat Ganrajya"],
    "LAO": ["Lao"], "ARE": ["Emirates"], "SAU": ["Saudi"], "THA": ["Thai"], "TGO": ["Togolese"],
}
# Aliases the data lacks (project curation).
ADD_ALIAS = {
    "GBR": ["Britain", "U.K."], "USA": ["America", "U.S.", "U.S.A."], "CZE": ["Czech Republic"],
    "TUR": ["Türkiye", "Republic of Türkiye"], "CPV": ["Cabo Verde"], "COD": ["Congo"],
    "VAT": ["Vatican City"], "XKX": ["Republic of Kosovo"], "PSE": ["Palestine"],
    "KOR": ["South Korea", "S. Korea"], "PRK": ["North Korea", "N. Korea"], "MMR": ["Myanmar"],
    "MDA": ["Moldova"], "RUS": ["Russian Federation"],
}
# Aliases (and demonyms) that are ordinary English words or common first names: only the
# capitalised form matches.
# In the lower-cased mode a sensitive form is dropped only when its lower-case reading is listed in
# src/main/resources/registry/ordinary-words.txt (turkey, china, chile, guinea, us, ...).
SENSITIVE = {
    "Turkey", "Chad", "Jordan", "Georgia", "Guinea", "China", "Niger", "Japan", "Chile", "Panama",
    "UK", "U.K.", "US", "USA", "U.S.", "U.S.A.", "UAE", "DRC", "DPRK",
}
ACRONYMS = {"UK", "U.K.", "US", "USA", "U.S.", "U.S.A.", "UAE", "DRC", "DPRK"}

# English demonyms: corrections and additions to demonyms.eng (adjective and people forms).
DEMONYMS = {
    "TJK": ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"],
    "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "UZB": ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"],
    "CPV": ["Cape Verdean", "Cape Verdeans"],
    "ECU": ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"],
    "MDV": ["Maldivian", "Maldivians"], "COM": ["Comorian", "Comorians"],
    "DJI": ["Djiboutian", "Djiboutians"], "SVN": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SAU": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"],
    "ISL": ["Icelandic", "Icelander", "Icelanders"], "GBR": ["British", "Briton", "Britons", "Brits"],
    "USA": ["American", "Americans"], "FRA": ["French"], "NLD": ["Dutch"], "IRL": ["Irish"],
    "CHE": ["Swiss"], "ESP": ["Spanish", "Spaniard", "Spaniards"], "DNK": ["Danish", "Dane", "Danes"],
    "POL": ["Polish", "Pole", "Poles"], "FIN": ["Finnish", "Finn", "Finns"],
    "SWE": ["Swedish", "Swede", "Swedes"], "TUR": ["Turkish", "Turk", "Turks"],
    "CZE": ["Czech", "Czechs"], "SVK": ["Slovak", "Slovaks", "Slovakian"],
    "CHN": ["Chinese"], "JPN": ["Japanese"], "VNM": ["Vietnamese"], "LBN": ["Lebanese"],
    "PRT": ["Portuguese"], "SDN": ["Sudanese"], "SSD": ["South Sudanese"],
    "THA": ["Thai", "Thais"], "PHL": ["Filipino", "Filipinos", "Philippine"],
    "NZL": ["New Zealander", "New Zealanders"], "BWA": ["Motswana", "Batswana"],
    "LSO": ["Mosotho", "Basotho"], "VAT": [], "BIH": ["Bosnian", "Bosnians"],
    "KNA": ["Kittitian", "Nevisian"], "ATG": ["Antiguan"], "XKX": ["Kosovar", "Kosovars", "Kosovan"],
    "MMR": ["Burmese"], "KIR": ["I-Kiribati"], "VUT": ["Ni-Vanuatu"],
    "BGD": ["Bangladeshi", "Bangladeshis"], "NPL": ["Nepali", "Nepalese"],
    "ARE": ["Emirati", "Emiratis"], "TWN": ["Taiwanese"], "PSE": ["Palestinian", "Palestinians"],
    "ISR": ["Israeli", "Israelis"], "IRQ": ["Iraqi", "Iraqis"], "GNB": ["Bissau-Guinean"],
    "BFA": ["Burkinabe", "Burkinabè"], "MDG": ["Malagasy"], "SYC": ["Seychellois"],
    "TKM": ["Turkmen"], "SEN": ["Senegalese"], "TGO": ["Togolese"], "GAB": ["Gabonese"],
    "BEN": ["Beninese"], "BTN": ["Bhutanese"], "GUY": ["Guyanese"], "MHL": ["Marshallese"],
    "SMR": ["Sammarinese"], "LKA": ["Sri Lankan", "Sri Lankans"], "MCO": ["Monegasque", "Monégasque"],
    "LUX": ["Luxembourger", "Luxembourgers", "Luxembourgish"], "SUR": ["Surinamese"],
    "GRC": ["Greek", "Greeks"], "COD": ["Congolese"], "COG": ["Congolese"],
    "MKD": ["North Macedonian", "Macedonian"], "SLB": ["Solomon Islander", "Solomon Islanders"],
    "TLS": ["Timorese", "East Timorese"], "HRV": ["Croatian", "Croatians", "Croat", "Croats"],
    "SRB": ["Serbian", "Serbians", "Serb", "Serbs"],
}
# Demonyms that are words with another common meaning: capitalised only.
SENSITIVE_DEMONYMS = {"Pole", "Poles", "Polish", "Swede", "Swedes"}
NO_PLURAL = re.compile(r"(ese|ish|ch|ss|sy|que|ai|z)$")

# Government metonyms (capital cities, seats of government). Conservative: omitted where the
# capital is also a common word, first name or the country name, and for Jerusalem (contested).
METONYMS = {
    "RUS": ["the Kremlin", "Kremlin", "Moscow"], "UKR": ["Kyiv", "Kiev", "Bankova"],
    "CHN": ["Beijing", "Zhongnanhai"], "USA": ["Washington", "the White House", "White House"],
    "GBR": ["Downing Street", "No 10", "Number 10", "Whitehall"],
    "FRA": ["the Élysée", "Élysée", "Elysée", "Elysee", "Élysée Palace", "Elysée Palace", "Matignon", "Paris"],
    "DEU": ["Berlin"], "IRN": ["Tehran", "Teheran"], "TUR": ["Ankara"], "JPN": ["Tokyo"],
    "IND": ["New Delhi"], "PRK": ["Pyongyang"], "KOR": ["Seoul", "Blue House"], "BLR": ["Minsk"],
    "GEO": ["Tbilisi"], "POL": ["Warsaw"], "HUN": ["Budapest"], "SYR": ["Damascus"],
    "SAU": ["Riyadh"], "PAK": ["Islamabad"], "AFG": ["Kabul"], "VEN": ["Caracas"],
    "CUB": ["Havana"], "TWN": ["Taipei"], "CAN": ["Ottawa"], "AUS": ["Canberra"],
    "ITA": ["Rome", "Palazzo Chigi"],
    "ESP": ["Madrid"], "LTU": ["Vilnius"], "LVA": ["Riga"], "EST": ["Tallinn"], "FIN": ["Helsinki"],
    "SWE": ["Stockholm"], "MDA": ["Chisinau", "Chișinău", "Chişinău"], "ROU": ["Bucharest"],
    "ARM": ["Yerevan"], "AZE": ["Baku"], "KAZ": ["Astana"], "EGY": ["Cairo"], "IRQ": ["Baghdad"],
    "LBN": ["Beirut"], "QAT": ["Doha"], "ARE": ["Abu Dhabi"], "JOR": ["Amman"], 
    "NOR": ["Oslo"], "DNK": ["Copenhagen"], "AUT": ["Vienna"],
    "CZE": ["Prague"], "SVK": ["Bratislava"], "GRC": ["Athens"], "SRB": ["Belgrade"],
    "BRA": ["Brasília", "Brasilia"], "ARG": ["Buenos Aires"], "ZAF": ["Pretoria"],
    "NGA": ["Abuja"], "ETH": ["Addis Ababa"], "TKM": ["Ashgabat"], "UZB": ["Tashkent"],
    "KGZ": ["Bishkek"], "TJK": ["Dushanbe"],
    "MMR": ["Naypyidaw", "Naypyitaw"], "THA": ["Bangkok"], "VNM": ["Hanoi"], "IDN": ["Jakarta"],
    "PHL": ["Manila", "Malacañang", "Malacanang"], "NZL": ["Wellington"], "IRL": ["Dublin"], "PRT": ["Lisbon"],
    "HRV": ["Zagreb"], "SVN": ["Ljubljana"], "ALB": ["Tirana"], "MKD": ["Skopje"],
    "MNE": ["Podgorica"], "BIH": ["Sarajevo"], "XKX": ["Pristina"], "NIC": ["Managua"],
    "COL": ["Bogotá", "Bogota"], "DZA": ["Algiers"], "MAR": ["Rabat"], "TUN": ["Tunis"],
    "SDN": ["Khartoum"], "KEN": ["Nairobi"], "OMN": ["Muscat"], "BHR": ["Manama"],
}
SENSITIVE_METONYMS = {"Washington", "Wellington", "Manila", "Muscat", "No 10", "Number 10", "Blue House"}
# Seats of government (buildings, palaces, streets): a seat stands for its body unless used as a place. Every other
# metonym above is a city ("kind": "city"), more often a place: the metonym model weighs the kind with the context.
SEATS = {"the Kremlin", "Kremlin", "Bankova", "Zhongnanhai", "the White House", "White House", "Downing Street",
         "No 10", "Number 10", "Whitehall", "the Élysée", "Élysée", "Elysée", "Elysee", "Élysée Palace",
         "Elysée Palace", "Matignon", "Blue House", "Palazzo Chigi", "Malacañang", "Malacanang"}


def fold(text):
    """ASCII folding of Latin diacritics (Côte -> Cote)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def form(text, kind=None, sensitive=False):
    f = {"text": text}
    if sensitive:
        f["case"] = "sensitive"
    if kind and kind != "name":
        f["kind"] = kind
    return f


def add(forms, seen, text, **kw):
    if text and text not in seen:
        seen.add(text)
        forms.append(form(text, **kw))


def plural(word):
    if NO_PLURAL.search(word) or " " in word and word.split()[-1][0].islower():
        return None
    return word + "s"


def demonyms_for(cca3, rec):
    if cca3 in DEMONYMS:
        base = list(DEMONYMS[cca3])
    else:
        eng = (rec.get("demonyms") or {}).get("eng") or {}
        base = []
        for key in ("m", "f"):
            for part in re.split(r", | or ", eng.get(key, "")):
                part = part.strip()
                if part and part not in base:
                    base.append(part)
        for word in list(base):
            p = plural(word)
            if p and p not in base:
                base.append(p)
    out, seen = [], set()
    for d in base:
        add(out, seen, d, sensitive=d in SENSITIVE_DEMONYMS)
        fd = fold(d)
        if fd != d:
            add(out, seen, fd, sensitive=d in SENSITIVE_DEMONYMS)
    return out


def state_record(rec):
    src_id = rec["cca3"]
    aid = ID_RENAME.get(src_id, src_id)
    name = NAME.get(aid, rec["name"]["common"])
    texts = [name, rec["name"]["common"], rec["name"]["official"]]
    for alt in rec.get("altSpellings", []):
        if alt in DROP_ALT.get(aid, []) or "," in alt:
            continue
        if alt in KEEP_ALT.get(aid, []) or (ENGLISH_FORM.match(alt) and all(ord(c) < 0x250 for c in alt)):
            texts.append(alt)
    texts += ADD_ALIAS.get(aid, [])
    texts = [t for t in texts if t == name or t not in DROP_ALT.get(aid, [])]
    if aid == "TUR":
        texts = [t for t in texts if t != "Türkiye"] + ["Türkiye"]
    if aid == "VAT":
        texts = [t for t in texts if not t.startswith("Holy See (")]
    aliases, seen = [], set()
    for t in texts:
        if t.startswith("The "):
            if t[4:] in texts:
                continue  # "The Netherlands": the bare name is there, and the article is not part of a mention
            t = "the " + t[4:]
        kind = "acronym" if t in ACRONYMS else None
        add(aliases, seen, t, kind=kind, sensitive=t in SENSITIVE)
        ft = fold(t)
        if ft != t:
            add(aliases, seen, ft, kind=kind, sensitive=t in SENSITIVE)
    out = {"actor_id": aid, "name": name, "type": "state", "country": aid, "aliases": aliases}
    dem = demonyms_for(aid, rec)
    dem = [d for d in dem if d["text"] not in seen]
    if dem:
        out["demonyms"] = dem
    met, mseen = [], set(seen) | {d["text"] for d in dem}
    for m in METONYMS.get(aid, []):
        add(met, mseen, m, kind=None if m in SEATS else "city", sensitive=m in SENSITIVE_METONYMS)
    if met:
        out["metonyms"] = met
    return out


def main():
    with open(SOURCE, encoding="utf-8") as fh:
        data = json.load(fh)
    states = [state_record(c) for c in data if c.get("unMember") or c["cca3"] in EXTRA_STATES]
    states.sort(key=lambda r: r["actor_id"])
    lines = [json.dumps(r, ensure_ascii=False) for r in states]
    with open(HANDWRITTEN, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            json.loads(line)  # fail early, with the line number, on a broken line
            lines.append(line)
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
