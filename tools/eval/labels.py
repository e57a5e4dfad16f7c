#!/usr/bin/env python3
"""The hand-labelled evaluation sets: one data file per set in tools/eval/labels/, and the TSVs of ids and offsets in
src/test/resources/eval/ that the Java evaluation reads, written from them. What the sets are, how they were chosen
and labelled, and the format of the data files: tools/eval/PROTOCOL.md.

  python3 tools/eval/labels.py write [--out DIR]   write every set's TSV (default: src/test/resources/eval)
  python3 tools/eval/labels.py check               locate every judgement in its text, check selections, counts,
                                                   disjoint sets and ids, and compare the TSVs with what write makes
  python3 tools/eval/labels.py agreement [--list]  agreement between the two annotators of the held-out metonym set

Texts are read from ../shared/data (relative to the project root; --shared DIR to read them elsewhere) and never
copied. Without them, check runs the checks that need no text and says which it skipped; write refuses.

Each kind of set is one class below (ActorMentionSet, MetonymSet); a new kind is one more subclass of LabelSet,
registered in KINDS, and one more section of PROTOCOL.md. Standard library only.
"""
import argparse
import gzip
import json
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
LABELS = PROJECT / "tools" / "eval" / "labels"
TSVS = PROJECT / "src" / "test" / "resources" / "eval"
SHARED = PROJECT / ".." / "shared" / "data"
REGISTRY = PROJECT / "src" / "main" / "resources" / "registry" / "actors.jsonl"
# The evaluation maps a few label ids to registry ids (ActorMatchEvaluation.ID_ALIASES); read from there, so that an
# id counts as known exactly when the evaluation can score it.
EVALUATION = PROJECT / "src" / "test" / "java" / "org" / "liveblog" / "analytics" / "eval" / "ActorMatchEvaluation.java"

NOT_A_MENTION = "no_mention"
NO_ACTOR = "-"


class LabelError(Exception):
    """Bad label data or a failed check; the message names the file, the line or field, and what was expected."""


def relative(path):
    try:
        return str(Path(path).resolve().relative_to(PROJECT))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------------------------------------------------
# Data files: a header of "# key: value" lines, a line of column names, then one judgement per line, tab-separated.

class LabelFile:
    """One data file, parsed but not yet interpreted: its header fields and its rows as column -> value."""

    def __init__(self, path):
        self.path = Path(path)
        self.name = relative(self.path)
        self.header = {}
        self.header_line = {}
        self.columns = None
        self.rows = []  # (line number, {column: value})
        with open(self.path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if self.columns is None and line.startswith("#"):
                    self._header_field(number, line)
                elif self.columns is None:
                    self.columns = line.split("\t")
                    self.columns_line = number
                elif line.startswith("#"):
                    raise LabelError(f"{self.name} line {number}: header lines come before the column names")
                elif not line.strip():
                    raise LabelError(f"{self.name} line {number}: empty line; expected one judgement per line")
                else:
                    self.rows.append((number, self._row(number, line)))
        if self.columns is None:
            raise LabelError(f"{self.name}: no line of column names after the header")

    def _header_field(self, number, line):
        match = re.fullmatch(r"# ([a-z][a-z ]*[a-z]): (.*\S)", line)
        if not match:
            raise LabelError(f"{self.name} line {number}: expected a header line '# key: value', found {line!r}")
        key, value = match.groups()
        if key in self.header:
            if key != "note":
                raise LabelError(f"{self.name} line {number}: '{key}' given twice (only 'note' may repeat)")
            value = self.header[key] + " " + value
        self.header[key] = value
        self.header_line.setdefault(key, number)

    def _row(self, number, line):
        fields = line.split("\t")
        # A trailing empty comment may be left out.
        if len(fields) == len(self.columns) - 1 and self.columns[-1] == "comment":
            fields.append("")
        if len(fields) != len(self.columns):
            raise LabelError(f"{self.name} line {number}: {len(fields)} tab-separated fields, expected "
                             f"{len(self.columns)} ({', '.join(self.columns)})")
        return dict(zip(self.columns, fields))

    def field(self, key, required=True):
        if key not in self.header:
            if required:
                raise LabelError(f"{self.name}: header field '# {key}: ...' missing")
            return None
        return self.header[key]

    def whole_number(self, key):
        value = self.field(key)
        if not re.fullmatch(r"\d+", value):
            raise LabelError(f"{self.name} line {self.header_line[key]} ({key}): expected a whole number, "
                             f"found {value!r}")
        return int(value)


# ---------------------------------------------------------------------------------------------------------------------
# Texts: documents of a source file under the shared data folder, by the kind of document id the set uses.

class Documents:
    """The documents of one source, in file order: id -> text, plus any fields a selection rule filters on."""

    def __init__(self, ids, texts, fields):
        self.ids = ids
        self.texts = texts
        self.fields = fields


class Corpus:
    """Reads sources from the shared data folder once each."""

    def __init__(self, shared):
        self.shared = Path(shared)
        self._documents = {}
        self._json = {}
        self._memo = {}

    def memo(self, key, make):
        """What make() returns, computed once per key: work that several sets share (candidates, word patterns)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def documents(self, source, doc_id, text_field, fields=()):
        key = (source, doc_id, text_field, tuple(fields))
        if key not in self._documents:
            self._documents[key] = self._read(source, doc_id, text_field, fields)
        return self._documents[key]

    def _read(self, source, doc_id, text_field, fields):
        path = self.shared / source
        if not path.is_file():
            raise LabelError(f"{path}: source file not found")
        ids, texts, values = [], {}, {f: {} for f in fields}
        if doc_id == "line":
            content = path.read_text(encoding="utf-8")
            lines = content.split("\n")
            if content.endswith("\n"):
                lines.pop()
            for number, line in enumerate(lines, 1):
                ids.append(str(number))
                texts[str(number)] = line
            return Documents(ids, texts, values)
        opener = gzip.open if source.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for number, line in enumerate(f):
                row = json.loads(line)
                if doc_id == "record":
                    identifier = str(number)
                else:
                    identifier = row.get(doc_id)
                    if not identifier:  # entries without an id cannot be labelled
                        continue
                ids.append(identifier)
                texts[identifier] = row.get(text_field) or ""
                for f in fields:
                    values[f][identifier] = row.get(f)
        return Documents(ids, texts, values)

    def json(self, source):
        if source not in self._json:
            with open(self.shared / source, encoding="utf-8") as f:
                self._json[source] = json.load(f)
        return self._json[source]


# ---------------------------------------------------------------------------------------------------------------------
# Locating: a judgement names a surface form and which of its whole-word occurrences in the document it is.

def is_boundary(text, i):
    return i < 0 or i >= len(text) or not text[i].isalnum()


def whole_word_starts(text, surface):
    """Start offsets of the surface in the text with no letter or digit on either side (overlapping ones included)."""
    starts = []
    start = text.find(surface)
    while start >= 0:
        if is_boundary(text, start - 1) and is_boundary(text, start + len(surface)):
            starts.append(start)
        start = text.find(surface, start + 1)
    return starts


# ---------------------------------------------------------------------------------------------------------------------
# Label sets. A kind adds its columns, judgement kinds, count fields and rules to what every set shares.

# The header fields every kind shares (their meaning: PROTOCOL.md, "Data files").
COMMON_FIELDS = ("set", "kind", "source", "doc id", "text field", "candidates less", "select", "select where",
                 "leave out", "disjoint from", "second annotator of", "labelled by", "labelled on", "documents",
                 "judgements", "tsv", "tsv doc column", "note")
OPTIONAL_FIELDS = {"text field", "select where", "candidates less", "leave out", "disjoint from", "second annotator of",
                   "tsv doc column", "note"}


class LabelSet:
    """A label set: its data file, the documents its selection rule picks from its source, and the TSV it writes."""

    kind = None
    columns = ()
    count_fields = ()  # header fields that count judgements of the kind, beyond documents and judgements
    tsv_columns = ()  # the TSV's columns after its document column

    def __init__(self, label_file):
        self.file = label_file
        self.name = label_file.field("set")
        expected = label_file.path.name[:-len(".tsv")]
        if self.name != expected:
            raise LabelError(f"{label_file.name} line {label_file.header_line['set']} (set): expected {expected!r}, "
                             f"the file's name, found {self.name!r}")
        known = set(COMMON_FIELDS) | set(self.count_fields)
        for key in label_file.header:
            if key not in known:
                raise LabelError(f"{label_file.name} line {label_file.header_line[key]}: unknown header field "
                                 f"'{key}'; known: {', '.join(sorted(known))}")
        for key in known - OPTIONAL_FIELDS:
            label_file.field(key)
        if label_file.columns != list(self.columns):
            raise LabelError(f"{label_file.name} line {label_file.columns_line}: expected the columns "
                             f"{' '.join(self.columns)!r} (tab-separated), found {' '.join(label_file.columns)!r}")
        self.doc_id = label_file.field("doc id")
        self.text_field = label_file.field("text field", required=False)
        if (self.doc_id == "line") != (self.text_field is None):
            raise LabelError(f"{label_file.name}: 'text field' is needed exactly when the documents are JSON records "
                             f"(doc id: {self.doc_id})")
        self.select = self._selection_rule()
        self.select_where = self._where()
        self.tsv = label_file.field("tsv")
        if self.tsv != "-" and not label_file.field("tsv doc column", required=False):
            raise LabelError(f"{label_file.name}: 'tsv doc column' missing; the TSV {self.tsv} needs its header")
        self.judgements = [self.parse_row(number, row) for number, row in label_file.rows]

    def names(self, key):
        value = self.file.field(key, required=False)
        return value.split() if value else []

    def _selection_rule(self):
        value = self.file.field("select")
        if value in ("all", "listed"):
            return value, None, None
        match = re.fullmatch(r"every (\d+) from (\d+)", value)
        if not match or int(match.group(1)) == 0:
            raise LabelError(f"{self.file.name} line {self.file.header_line['select']} (select): expected all, listed "
                             f"or 'every N from I', found {value!r}")
        return "every", int(match.group(1)), int(match.group(2))

    def _where(self):
        value = self.file.field("select where", required=False)
        if value is None:
            return None
        match = re.fullmatch(r"(\w+) in (.+)", value)
        if not match:
            raise LabelError(f"{self.file.name} line {self.file.header_line['select where']} (select where): "
                             f"expected 'FIELD in VALUE ...', found {value!r}")
        return match.group(1), set(match.group(2).split())

    # Hooks of a kind ------------------------------------------------------------------------------------------------

    def parse_row(self, number, row):
        raise NotImplementedError

    def counts(self):
        """Header count field -> the count in the judgements (documents are counted from the selection)."""
        return {"judgements": len(self.judgements)}

    def candidates(self, corpus, documents, ids):
        """The kind's own restriction of the candidate documents (after 'select where' and 'candidates less')."""
        return ids

    def locate(self, corpus, documents, selected):
        """Checks the judgements against the texts of the selected documents; returns what tsv_lines needs."""
        raise NotImplementedError

    def tsv_lines(self, located):
        raise NotImplementedError

    def actor_ids(self):
        """(line, column, actor id) of every actor the judgements name, to be checked against the registry."""
        raise NotImplementedError

    def check_second_annotator(self, first, located, first_located):
        raise LabelError(f"{self.file.name}: 'second annotator of' is not defined for {self.kind} sets")

    def agreement(self, first, show_disagreements):
        raise LabelError(f"{self.file.name}: agreement is not defined for {self.kind} sets")

    # Shared behaviour -----------------------------------------------------------------------------------------------

    def listed_documents(self):
        return list(dict.fromkeys(j.doc for j in self.judgements))

    def source_documents(self, corpus):
        fields = (self.select_where[0],) if self.select_where else ()
        return corpus.documents(self.file.field("source"), self.doc_id, self.text_field, fields)

    def selection(self, corpus, selections):
        """The documents the set's rule picks, in order; selections holds the other sets' (for 'leave out')."""
        documents = self.source_documents(corpus)
        rule, every, start = self.select
        if rule == "all":
            ids = list(documents.ids)
        elif rule == "listed":
            ids = self.listed_documents()
            for doc in ids:
                if doc not in documents.texts:
                    number = next(j.line for j in self.judgements if j.doc == doc)
                    raise LabelError(f"{self.file.name} line {number} (doc): {doc!r} is not a document of "
                                     f"{self.file.field('source')}")
        else:
            ids = corpus.memo(("candidates", self.kind, self.file.field("source"), self.doc_id, self.text_field,
                               self.file.field("select where", required=False),
                               self.file.field("candidates less", required=False)),
                              lambda: self._candidates(corpus, documents))[start::every]
        for other in self.names("leave out"):
            left_out = set(selections(other))
            ids = [d for d in ids if d not in left_out]
        return ids

    def _candidates(self, corpus, documents):
        ids = list(documents.ids)
        if self.select_where:
            field, values = self.select_where
            ids = [d for d in ids if documents.fields[field][d] in values]
        less = self.file.field("candidates less", required=False)
        if less:
            excluded = set(corpus.documents(less, self.doc_id, self.text_field).ids)
            ids = [d for d in ids if d not in excluded]
        return self.candidates(corpus, documents, ids)

    def check_documents_follow(self, selected):
        """Every judgement's document is selected, and the documents come one after another in selection order."""
        position = {doc: i for i, doc in enumerate(selected)}
        previous, seen = None, set()
        for j in self.judgements:
            if j.doc not in position:
                raise LabelError(f"{self.file.name} line {j.line} (doc): {j.doc!r} is not among the "
                                 f"{len(selected)} documents the set's selection picks "
                                 f"(select: {self.file.field('select')})")
            if j.doc != previous:
                if j.doc in seen:
                    raise LabelError(f"{self.file.name} line {j.line} (doc): the judgements of {j.doc!r} are split; "
                                     f"expected them on consecutive lines")
                if previous is not None and position[j.doc] < position[previous]:
                    raise LabelError(f"{self.file.name} line {j.line} (doc): {j.doc!r} comes before {previous!r} "
                                     f"in the selection; expected the documents in selection order")
                seen.add(j.doc)
                previous = j.doc

    def check_counts(self, documents=None):
        expected = dict(self.counts())
        if documents is not None:
            expected["documents"] = documents
        for key, count in expected.items():
            stated = self.file.whole_number(key)
            if stated != count:
                raise LabelError(f"{self.file.name} line {self.file.header_line[key]} ({key}): the header says "
                                 f"{stated}, the file holds {count}")

    def tsv_text(self, located):
        header = "\t".join((self.file.field("tsv doc column"),) + self.tsv_columns)
        return "".join(line + "\n" for line in [header] + self.tsv_lines(located))


# ---------------------------------------------------------------------------------------------------------------------
# Sets that judge surface forms in a text: each line a surface, which whole-word occurrence of it, and the judgement.

class Judgement:
    """One judged occurrence of a surface form: a mention of an actor (of a kind), or no mention."""

    __slots__ = ("line", "doc", "occurrence", "surface", "actor", "kind", "comment")

    def __init__(self, line, doc, occurrence, surface, actor, kind, comment):
        self.line, self.doc, self.occurrence, self.surface = line, doc, occurrence, surface
        self.actor, self.kind, self.comment = actor, kind, comment

    @property
    def is_mention(self):
        return self.kind != NOT_A_MENTION


class SurfaceJudgementSet(LabelSet):
    """Shared by the kinds whose lines judge occurrences of surface forms."""

    columns = ("doc", "occurrence", "surface", "actor", "kind", "comment")
    count_fields = ("mentions",)
    tsv_columns = ("start", "end", "actor", "kind")
    judgement_kinds = ()

    def parse_row(self, number, row):
        where = f"{self.file.name} line {number}"
        doc = row["doc"]
        if not doc or doc != doc.strip() or (self.doc_id in ("line", "record") and not doc.isdigit()):
            raise LabelError(f"{where} (doc): expected a document id ({self.doc_id}), found {doc!r}")
        if not re.fullmatch(r"[1-9]\d*", row["occurrence"]):
            raise LabelError(f"{where} (occurrence): expected a whole number from 1, found {row['occurrence']!r}")
        surface = row["surface"]
        if not surface or surface != surface.strip():
            raise LabelError(f"{where} (surface): expected the form as written, without spaces around it, "
                             f"found {surface!r}")
        kind, actor = row["kind"], row["actor"]
        if kind not in self.judgement_kinds:
            raise LabelError(f"{where} (kind): expected one of {', '.join(self.judgement_kinds)}, found {kind!r}")
        if kind == NOT_A_MENTION and actor != NO_ACTOR:
            raise LabelError(f"{where} (actor): a judgement of no mention has no actor; expected {NO_ACTOR!r}, "
                             f"found {actor!r}")
        if kind != NOT_A_MENTION and not re.fullmatch(r"[A-Za-z0-9_]+", actor):
            raise LabelError(f"{where} (actor): expected an actor id (letters, digits, _), found {actor!r}")
        return Judgement(number, doc, int(row["occurrence"]), surface, None if kind == NOT_A_MENTION else actor, kind,
                         row["comment"])

    def counts(self):
        return {"judgements": len(self.judgements), "mentions": sum(j.is_mention for j in self.judgements)}

    def locate(self, corpus, documents, selected):
        """Finds each judgement's span; judgements of a document must be in text order and not overlap."""
        located = []
        previous = None
        for j in self.judgements:
            text = documents.texts[j.doc]
            starts = whole_word_starts(text, j.surface)
            if j.occurrence > len(starts):
                raise LabelError(f"{self.file.name} line {j.line} (occurrence): {j.surface!r} occurs "
                                 f"{len(starts)} times as a whole word in document {j.doc}, expected at least "
                                 f"{j.occurrence}")
            start = starts[j.occurrence - 1]
            if previous is not None and previous[0].doc == j.doc and start < previous[2]:
                raise LabelError(f"{self.file.name} line {j.line}: this occurrence (offset {start}) does not come "
                                 f"after the one on line {previous[0].line} (ends at {previous[2]}); expected the "
                                 f"judgements of a document in text order, without overlap")
            previous = (j, start, start + len(j.surface))
            located.append(previous)
        by_doc = {}
        for entry in located:
            by_doc.setdefault(entry[0].doc, []).append(entry)
        for doc in selected:
            self.check_document(corpus, doc, documents.texts[doc], by_doc.get(doc, []))
        return located

    def check_document(self, corpus, doc, text, located):
        """A kind's rule over a whole document (every selected one, labelled or not)."""

    def tsv_lines(self, located):
        return [f"{j.doc}\t{start}\t{end}\t{j.actor}\t{j.kind}" for j, start, end in located if j.is_mention]

    def actor_ids(self):
        return [(j.line, "actor", j.actor) for j in self.judgements if j.is_mention]


class ActorMentionSet(SurfaceJudgementSet):
    """Every actor mention in a document, listed in order: names, demonyms, metonyms and titles (PROTOCOL.md)."""

    kind = "actor-mentions"
    judgement_kinds = ("name", "demonym", "metonym", "title")


class MetonymSet(SurfaceJudgementSet):
    """Every occurrence of a selection word judged: a metonym for a government or body, or no mention."""

    kind = "metonyms"
    judgement_kinds = ("metonym", NOT_A_MENTION)

    # Besides the capitals of countries-mledoze/countries.json: seats of government, and two spellings the corpus uses
    # for capitals that countries.json writes otherwise (Kyiv, Washington D.C.).
    SEATS = ["kremlin", "white house", "downing street", "pentagon", "whitehall", "elysee", "élysée", "bankova",
             "brussels", "westminster", "capitol hill", "zhongnanhai", "quai d'orsay", "foggy bottom", "number 10"]
    SPELLINGS = ["kiev", "washington"]
    CAPITALS = "countries-mledoze/countries.json"
    # A "the" before these belongs to a metonym's surface ("the kremlin"); the selection word is without it.
    WITH_ARTICLE = ("kremlin", "white house", "pentagon")

    def words(self, corpus):
        capitals = {c.lower() for country in corpus.json(self.CAPITALS) for c in country["capital"]}
        return sorted(capitals | set(self.SEATS) | set(self.SPELLINGS), key=lambda w: (-len(w), w))

    def selection_words(self, corpus):
        """The selection words as whole words (no letter or digit beside them), the longest tried first."""
        return corpus.memo("metonym selection words", lambda: re.compile(
            r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in self.words(corpus)) + r")(?![^\W_])"))

    def candidates(self, corpus, documents, ids):
        words = self.selection_words(corpus)
        # The pattern is slow over a whole corpus; a text can only match if one of its words (runs of letters and
        # digits) begins a selection word, which a set lookup decides first.
        firsts = [re.match(r"[^\W_]+", w) for w in self.words(corpus)]
        if not all(firsts):  # a word that begins with no letter or digit: no shortcut
            return [d for d in ids if words.search(documents.texts[d])]
        first_words = {m.group(0) for m in firsts}
        return [d for d in ids if not first_words.isdisjoint(re.findall(r"[^\W_]+", documents.texts[d]))
                and words.search(documents.texts[d])]

    def word_span(self, judgement, start, end):
        """The selection word a judgement covers: its surface, less a "the" that belongs to a seat's surface."""
        head, _, rest = judgement.surface.partition(" ")
        if head == "the" and rest in self.WITH_ARTICLE:
            return start + 4, end
        return start, end

    def check_document(self, corpus, doc, text, located):
        words = self.selection_words(corpus)
        occurrences = [(m.start(), m.end()) for m in words.finditer(text)]
        judged = [self.word_span(j, start, end) for j, start, end in located]
        if judged != occurrences:
            missing = [text[s:e] + f" at {s}" for s, e in occurrences if (s, e) not in judged]
            extra = [f"line {j.line} ({j.surface!r})" for (j, s, e), span in zip(located, judged)
                     if span not in occurrences]
            raise LabelError(f"{self.file.name}: document {doc}: every occurrence of a selection word must be judged "
                             f"once, in order; not judged: {', '.join(missing) or 'none'}; judged but not an "
                             f"occurrence of a selection word: {', '.join(extra) or 'none'}")

    def agreement(self, first, show_disagreements):
        """Cohen's kappa on metonym / not between two annotators of the same occurrences, and this one scored against
        the first as the system is (precision, recall): the ceiling for any classifier measured with these labels.
        Needs no text: the occurrences are paired in order, and their documents and words must agree."""
        if not isinstance(first, MetonymSet) or len(first.judgements) != len(self.judgements):
            raise LabelError(f"{self.file.name}: {len(self.judgements)} judgements, {first.file.name} has "
                             f"{len(first.judgements)}; expected the same occurrences of a metonym set")
        both = first_only = second_only = neither = same_actor = 0
        disagreements = []
        for a, b in zip(first.judgements, self.judgements):
            # For a judgement of no mention the annotators wrote a seat's "the" or left it out: compare the words.
            word_a = a.surface[first.word_span(a, 0, len(a.surface))[0]:]
            word_b = b.surface[self.word_span(b, 0, len(b.surface))[0]:]
            if a.doc != b.doc or word_a != word_b:
                raise LabelError(f"{self.file.name} line {b.line}: judges {b.doc} {b.surface!r}, {first.file.name} "
                                 f"line {a.line} judges {a.doc} {a.surface!r}; expected the same occurrence")
            if a.is_mention and b.is_mention:
                both += 1
                same_actor += a.actor == b.actor
            elif a.is_mention:
                first_only += 1
            elif b.is_mention:
                second_only += 1
            else:
                neither += 1
            if a.is_mention != b.is_mention:
                disagreements.append(f"{a.doc} {a.surface}: first {a.actor or '-'}, second {b.actor or '-'}")
        n = both + first_only + second_only + neither
        observed = (both + neither) / n
        p_first, p_second = (both + first_only) / n, (both + second_only) / n
        expected = p_first * p_second + (1 - p_first) * (1 - p_second)
        kappa = (observed - expected) / (1 - expected)
        precision, recall = both / (both + second_only), both / (both + first_only)
        print(f"{first.name} (first) and {self.name} (second)")
        print(f"{n} occurrences: both metonym {both}, first only {first_only}, second only {second_only}, "
              f"neither {neither}")
        print(f"raw agreement {observed:.3f}, Cohen's kappa {kappa:.3f}; same actor where both said metonym: "
              f"{same_actor} of {both}")
        print(f"second annotator against the first: precision {precision:.3f}, recall {recall:.3f}, "
              f"F1 {2 * precision * recall / (precision + recall):.3f}")
        if show_disagreements:
            print("\n".join(disagreements))

    def check_second_annotator(self, first, located, first_located):
        ours = [(j.doc, self.word_span(j, s, e)) for j, s, e in located]
        theirs = [(j.doc, first.word_span(j, s, e)) for j, s, e in first_located]
        if ours != theirs:
            at = next(i for i, (a, b) in enumerate(zip(ours + [None], theirs + [None])) if a != b)
            line = located[at][0].line if at < len(located) else "end"
            raise LabelError(f"{self.file.name} line {line}: the second annotator must judge the same occurrences "
                             f"as {first.file.name}, in the same order; they differ here")


KINDS = {cls.kind: cls for cls in (ActorMentionSet, MetonymSet)}


def load_sets(folder=LABELS):
    sets = {}
    paths = sorted(Path(folder).glob("*.tsv"))
    if not paths:
        raise LabelError(f"{relative(folder)}: no label sets (*.tsv) found")
    for path in paths:
        label_file = LabelFile(path)
        kind = label_file.field("kind")
        if kind not in KINDS:
            raise LabelError(f"{label_file.name} line {label_file.header_line['kind']} (kind): expected one of "
                             f"{', '.join(KINDS)}, found {kind!r}")
        label_set = KINDS[kind](label_file)
        sets[label_set.name] = label_set
    for label_set in sets.values():
        for key in ("leave out", "disjoint from", "second annotator of"):
            for other in label_set.names(key):
                if other not in sets:
                    raise LabelError(f"{label_set.file.name} line {label_set.file.header_line[key]} ({key}): no "
                                     f"label set {other!r} in {relative(folder)}")
    return sets


# ---------------------------------------------------------------------------------------------------------------------
# Checks that need no text, then the ones that read the texts.

def known_actor_ids():
    ids = set()
    with open(REGISTRY, encoding="utf-8") as f:
        for line in f:
            ids.add(json.loads(line)["actor_id"])
    source = EVALUATION.read_text(encoding="utf-8")
    table = re.search(r"ID_ALIASES\s*=\s*Map\.of\((.*?)\);", source, re.S)
    if not table:
        raise LabelError(f"{relative(EVALUATION)}: expected the table 'ID_ALIASES = Map.of(...)' that maps label ids "
                         f"to registry ids")
    strings = re.findall(r'"([^"]*)"', table.group(1))
    aliases = dict(zip(strings[::2], strings[1::2]))
    for label_id, registry_id in aliases.items():
        if registry_id not in ids:
            raise LabelError(f"{relative(EVALUATION)} (ID_ALIASES): {label_id} maps to {registry_id}, which is not in "
                             f"{relative(REGISTRY)}")
    return ids | set(aliases)


def check_without_texts(sets):
    known = known_actor_ids()
    tsvs = {}
    for label_set in sets.values():
        label_set.check_counts(len(label_set.listed_documents()) if label_set.select[0] == "listed" else None)
        for line, column, actor in label_set.actor_ids():
            if actor not in known:
                raise LabelError(f"{label_set.file.name} line {line} ({column}): {actor!r} is neither in "
                                 f"{relative(REGISTRY)} nor in ID_ALIASES of {relative(EVALUATION)}")
        if label_set.tsv != "-":
            if label_set.tsv in tsvs:
                raise LabelError(f"{label_set.file.name} (tsv): {label_set.tsv} is also written by "
                                 f"{tsvs[label_set.tsv].file.name}")
            tsvs[label_set.tsv] = label_set
    for path in sorted(TSVS.glob("*.tsv")):
        if path.name not in tsvs:
            raise LabelError(f"{relative(path)}: written by no label set in {relative(LABELS)}; expected every TSV "
                             f"there to come from a set's 'tsv' field")
    return tsvs


def build(sets, corpus):
    """Reads the texts and checks every set against them; returns set name -> (selected documents, located)."""
    selections, building = {}, set()

    def selection(name):
        if name not in selections:
            if name in building:
                raise LabelError(f"{sets[name].file.name} (leave out): the sets leave each other out in a cycle")
            building.add(name)
            selections[name] = sets[name].selection(corpus, selection)
        return selections[name]

    result = {}
    for name, label_set in sets.items():
        selected = selection(name)
        label_set.check_counts(len(selected))
        label_set.check_documents_follow(selected)
        result[name] = (selected, label_set.locate(corpus, label_set.source_documents(corpus), selected))
        print(f"{name}: {len(selected)} documents, "
              + ", ".join(f"{count} {key}" for key, count in label_set.counts().items()), file=sys.stderr)
    for name, label_set in sets.items():
        for other in label_set.names("disjoint from"):
            shared = set(result[name][0]) & set(result[other][0])
            if shared:
                raise LabelError(f"{label_set.file.name} (disjoint from): {len(shared)} documents also in "
                                 f"{sets[other].file.name}, e.g. {sorted(shared)[0]}; expected none")
        for first in label_set.names("second annotator of"):
            if result[name][0] != result[first][0]:
                raise LabelError(f"{label_set.file.name} (second annotator of): the selection differs from "
                                 f"{sets[first].file.name}'s; expected the same documents")
            label_set.check_second_annotator(sets[first], result[name][1], result[first][1])
    return result


def shared_folder(args):
    folder = Path(args.shared) if args.shared else SHARED
    return folder if folder.is_dir() else None


def command_write(args):
    sets = load_sets()
    check_without_texts(sets)
    shared = shared_folder(args)
    if shared is None:
        raise LabelError(f"{args.shared or relative(SHARED)} is absent: the texts are needed to locate the labels; "
                         f"nothing written")
    built = build(sets, Corpus(shared))
    out = Path(args.out) if args.out else TSVS
    out.mkdir(parents=True, exist_ok=True)
    for name, label_set in sets.items():
        if label_set.tsv != "-":
            (out / label_set.tsv).write_text(label_set.tsv_text(built[name][1]), encoding="utf-8", newline="\n")
            print(f"wrote {relative(out / label_set.tsv)}", file=sys.stderr)


def command_check(args):
    sets = load_sets()
    tsvs = check_without_texts(sets)
    shared = shared_folder(args)
    if shared is None:
        print(f"{args.shared or relative(SHARED)} is absent: checked the data files, counts of judgements and ids "
              f"only; skipped locating the judgements, the selections, disjoint sets and the TSVs", file=sys.stderr)
        return
    built = build(sets, Corpus(shared))
    for tsv, label_set in tsvs.items():
        path = TSVS / tsv
        expected = label_set.tsv_text(built[label_set.name][1])
        if not path.is_file():
            raise LabelError(f"{relative(path)}: missing; 'labels.py write' makes it from {label_set.file.name}")
        found = path.read_text(encoding="utf-8")
        if found != expected:
            expected_lines, found_lines = expected.split("\n"), found.split("\n")
            at = next(i for i, (a, b) in enumerate(zip(expected_lines + [None], found_lines + [None])) if a != b)
            raise LabelError(f"{relative(path)} line {at + 1}: differs from what {label_set.file.name} gives: "
                             f"expected {(expected_lines + [None])[at]!r}, found {(found_lines + [None])[at]!r}; "
                             f"run 'labels.py write' after changing labels")
    print(f"{len(sets)} label sets checked; {len(tsvs)} TSVs in {relative(TSVS)} are what write produces",
          file=sys.stderr)


def command_agreement(args):
    sets = load_sets()
    pairs = [(s.names("second annotator of")[0], s.name) for s in sets.values() if s.names("second annotator of")]
    if args.sets:
        for name in args.sets:
            if name not in sets:
                raise LabelError(f"no label set {name!r} in {relative(LABELS)}")
        pairs = [tuple(args.sets)]
    if len(pairs) != 1:
        raise LabelError(f"expected one set with 'second annotator of' (or two set names), found {len(pairs)}")
    first, second = (sets[name] for name in pairs[0])
    second.agreement(first, args.list)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write", help="write the TSVs from the data files")
    write.add_argument("--out", help="folder to write to (default: src/test/resources/eval)")
    check = commands.add_parser("check", help="check the data files against the texts and the TSVs")
    for command in (write, check):
        command.add_argument("--shared", help="the shared data folder (default: ../shared/data from the project)")
    agreement = commands.add_parser("agreement", help="agreement between two annotators of the same occurrences")
    agreement.add_argument("sets", nargs="*", help="first and second set (default: the set that names its first)")
    agreement.add_argument("--list", action="store_true", help="list the occurrences the annotators disagree on")
    args = parser.parse_args(argv)
    if args.command == "agreement" and len(args.sets) not in (0, 2):
        parser.error("agreement takes no set names or two")
    try:
        {"write": command_write, "check": command_check, "agreement": command_agreement}[args.command](args)
    except LabelError as error:
        print(f"labels.py {args.command}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
