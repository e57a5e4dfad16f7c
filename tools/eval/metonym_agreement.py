#!/usr/bin/env python3
"""Agreement between the two annotators of the held-out metonym set (docs/EVALUATION.md): the first annotator's
judgements (metonym_heldout_labels.py, the labels the evaluation scores against) and a second annotator's independent
judgements of the same occurrences (metonym_heldout_second_annotator.py, made without seeing the first).

For every occurrence of a selection word, each annotator said metonym (with an actor) or not a mention. Printed:
raw agreement and Cohen's kappa on metonym / not, agreement on the actor where both said metonym, and the second
annotator scored like the system is scored (precision and recall against the first annotator's metonyms): what a
careful human reaches against these labels, the ceiling for any classifier measured with them. Standard library
only. Usage: python3 tools/eval/metonym_agreement.py
"""
import sys

from metonym_heldout_labels import LABELS as FIRST
from metonym_heldout_second_annotator import LABELS as SECOND


def word(surface):
    return surface[4:] if surface.startswith("the ") and surface != "the bottom" else surface


def main():
    assert list(FIRST) == list(SECOND), "the two annotators judged different entries"
    both = first_only = second_only = neither = same_actor = 0
    disagreements = []
    for doc in FIRST:
        a, b = FIRST[doc], SECOND[doc]
        # A "the" before kremlin, white house or pentagon is part of a metonym's surface; for an occurrence that is
        # no mention the annotators wrote it or not, so occurrences are compared without it.
        assert [word(s) for s, _, _ in a] == [word(s) for s, _, _ in b], f"{doc}: different occurrences"
        for (surface, actor_a, _), (_, actor_b, _) in zip(a, b):
            if actor_a and actor_b:
                both += 1
                same_actor += actor_a == actor_b
            elif actor_a:
                first_only += 1
            elif actor_b:
                second_only += 1
            else:
                neither += 1
            if bool(actor_a) != bool(actor_b):
                disagreements.append(f"{doc} {surface}: first {actor_a or '-'}, second {actor_b or '-'}")
    n = both + first_only + second_only + neither
    observed = (both + neither) / n
    p_first = (both + first_only) / n
    p_second = (both + second_only) / n
    expected = p_first * p_second + (1 - p_first) * (1 - p_second)
    kappa = (observed - expected) / (1 - expected)
    precision = both / (both + second_only)
    recall = both / (both + first_only)
    print(f"{n} occurrences: both metonym {both}, first only {first_only}, second only {second_only}, "
          f"neither {neither}")
    print(f"raw agreement {observed:.3f}, Cohen's kappa {kappa:.3f}; same actor where both said metonym: "
          f"{same_actor} of {both}")
    print(f"second annotator against the first: precision {precision:.3f}, recall {recall:.3f}, "
          f"F1 {2 * precision * recall / (precision + recall):.3f}")
    if "--list" in sys.argv:
        print("\n".join(disagreements))


if __name__ == "__main__":
    main()
