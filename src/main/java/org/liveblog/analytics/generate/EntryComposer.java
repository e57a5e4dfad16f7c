package org.liveblog.analytics.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the paragraphs of one entry from what was drawn for it (actors, stance statements, topics), mentioning
 * exactly the drawn actors and topics and using the speaker patterns the segmenter learns from.
 */
final class EntryComposer {

  /** One paragraph; quotes become a blockquote in HTML bodies. */
  record Paragraph(String text, boolean quote) {}

  private static final int STATEMENT = 0;
  private static final int SPEAKER = 1;
  private static final int TOPIC = 2;
  private static final int AGENCY_NEUTRAL = 3;
  private static final int COMPOUND = 4;

  private static final double EXTRA_SPEAKER_PROBABILITY = 0.25;
  private static final double ADDED_PROBABILITY = 0.35;
  /** Live-blog entries run to two to six paragraphs. */
  private static final int MIN_PARAGRAPHS = 2;
  private static final int MAX_PARAGRAPHS = 6;

  private final SplittableRandom rng;
  private final boolean[] introduced = new boolean[ActorCatalogue.size()];
  private final List<Paragraph> paragraphs = new ArrayList<>(8);
  private final StringBuilder current = new StringBuilder(256);
  private int currentSentences;
  private int maxSentences;
  /** A quote block takes two to five paragraphs, so an entry gets at most one (the others quote inline). */
  private int blocksLeft;

  EntryComposer(SplittableRandom rng) {
    this.rng = rng;
  }

  /**
   * @param mentioned  which actors the entry mentions (all of them, and no other)
   * @param statements {source, target, score} triples; source and target are among {@code mentioned}
   * @param topics     which topics the entry carries
   */
  List<Paragraph> compose(boolean[] mentioned, List<int[]> statements, boolean[] topics) {
    List<int[]> units = plan(mentioned, statements, topics);
    shuffle(units);
    maxSentences = 2 + rng.nextInt(3);
    blocksLeft = 1;
    for (int[] unit : units) {
      render(unit);
    }
    flush();
    int target = MIN_PARAGRAPHS + rng.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    while (paragraphs.size() < target) {
      int first = rng.nextInt(TextTemplates.FILLER.length);
      int second = (first + 1 + rng.nextInt(TextTemplates.FILLER.length - 1)) % TextTemplates.FILLER.length;
      Paragraph filler = new Paragraph(TextTemplates.FILLER[first]
          + (rng.nextBoolean() ? "" : " " + TextTemplates.FILLER[second]), false);
      paragraphs.add(rng.nextBoolean() ? 0 : paragraphs.size(), filler);
    }
    mergeDownTo(MAX_PARAGRAPHS);
    return paragraphs;
  }

  /** Joins neighbouring plain paragraphs (never a quote, nor a lead ending in ':') until few enough remain. */
  private void mergeDownTo(int max) {
    for (int i = paragraphs.size() - 2; i >= 0 && paragraphs.size() > max; i--) {
      Paragraph first = paragraphs.get(i);
      Paragraph second = paragraphs.get(i + 1);
      if (!first.quote() && !second.quote() && !first.text().endsWith(":") && !second.text().endsWith(":")) {
        paragraphs.set(i, new Paragraph(first.text() + " " + second.text(), false));
        paragraphs.remove(i + 1);
      }
    }
  }

  private List<int[]> plan(boolean[] mentioned, List<int[]> statements, boolean[] topics) {
    List<int[]> units = new ArrayList<>(12);
    boolean[] covered = new boolean[mentioned.length];
    for (int[] statement : statements) {
      units.add(new int[] {STATEMENT, statement[0], statement[1], statement[2]});
      covered[statement[0]] = true;
      covered[statement[1]] = true;
    }
    int[] compoundable = new int[mentioned.length];
    int compoundCount = 0;
    for (int a = 0; a < mentioned.length; a++) {
      if (!mentioned[a]) {
        continue;
      }
      if (!covered[a] || rng.nextDouble() < EXTRA_SPEAKER_PROBABILITY) {
        units.add(new int[] {SPEAKER, a});
      }
      if (ActorCatalogue.get(a).compoundForm() != null) {
        compoundable[compoundCount++] = a;
      }
    }
    if (compoundCount >= 2 && rng.nextBoolean()) {
      int first = rng.nextInt(compoundCount);
      int second = (first + 1 + rng.nextInt(compoundCount - 1)) % compoundCount;
      units.add(new int[] {COMPOUND, compoundable[first], compoundable[second]});
    }
    for (int t = 0; t < topics.length; t++) {
      if (topics[t]) {
        int sentences = TopicCatalogue.get(t).sentences().length;
        int first = rng.nextInt(sentences);
        units.add(new int[] {TOPIC, t, first});
        if (rng.nextDouble() < 0.3) {
          units.add(new int[] {TOPIC, t, (first + 1 + rng.nextInt(sentences - 1)) % sentences});
        }
      }
    }
    if (rng.nextDouble() < 0.1) {
      units.add(new int[] {AGENCY_NEUTRAL});
    }
    return units;
  }

  private void render(int[] unit) {
    switch (unit[0]) {
      case STATEMENT -> sentence(statement(unit[1], unit[2], unit[3]));
      case SPEAKER -> speaker(unit[1]);
      case TOPIC -> sentence(TopicCatalogue.get(unit[1]).sentences()[unit[2]]);
      case AGENCY_NEUTRAL -> sentence(pick(TextTemplates.AGENCY_LEADS) + pick(TextTemplates.AGENCY_NEUTRAL));
      case COMPOUND -> sentence(ActorCatalogue.get(unit[1]).compoundForm() + "-"
          + ActorCatalogue.get(unit[2]).compoundForm() + pick(TextTemplates.COMPOUND_TAILS));
      default -> throw new IllegalStateException("unknown unit " + unit[0]);
    }
  }

  private String statement(int source, int target, int score) {
    String[] templates = score > 0 ? TextTemplates.COOPERATIVE_STATEMENTS : TextTemplates.HOSTILE_STATEMENTS;
    String template = pick(templates);
    String subject = sentenceStart(surface(source));
    String object = surface(target);
    if (TextTemplates.possessiveTarget(template)) {
      object = object + (rng.nextBoolean() ? "'s" : "’s");
    }
    return subject + " " + template.replace("%s", object);
  }

  /** One of the attribution patterns: block patterns make their own paragraphs, the others are sentences. */
  private void speaker(int actor) {
    int pattern = rng.nextInt(11);
    if (pattern <= 3) {
      if (blocksLeft == 0) {
        pattern = 4 + rng.nextInt(7);
      } else {
        blocksLeft--;
      }
    }
    switch (pattern) {
      case 0, 1 -> {
        block(pick(TextTemplates.CONTEXT_SENTENCES) + " " + sentenceStart(surface(actor)) + " "
            + pick(TextTemplates.SAID_COLON_VERBS), quote(true));
        maybeAdded(actor);
      }
      case 2 -> {
        block(pick(TextTemplates.TOLD_REPORTERS_LEADS) + " " + surface(actor) + " told reporters:", quote(true));
        maybeAdded(actor);
      }
      case 3 -> {
        flush();
        paragraphs.add(new Paragraph(sentenceStart(surface(actor)) + " said:", false));
        paragraphs.add(new Paragraph(quote(false), true));
        paragraphs.add(new Paragraph(quote(true), true));
      }
      case 4, 5 -> sentence("“" + pick(TextTemplates.QUOTES) + ",” " + surface(actor) + " said.");
      case 6 -> sentence(pick(TextTemplates.ACCORDING_TO_CLAUSES) + ", according to " + surface(actor) + ".");
      case 7, 8 -> {
        SyntheticActor a = ActorCatalogue.get(actor);
        if (a.isPerson()) {
          introduced[actor] = true;
          sentence(a.firstForms()[0] + " " + pick(TextTemplates.ACTIVITIES) + " “" + pick(TextTemplates.QUOTES)
              + ",” " + pick(a.laterForms()) + " said.");
        } else {
          sentence("“" + pick(TextTemplates.QUOTES) + ",” " + surface(actor) + " said.");
        }
      }
      case 9 -> sentence(pick(TextTemplates.AGENCY_LEADS) + surface(actor) + " "
          + pick(TextTemplates.AGENCY_PREDICATES));
      default -> {
        String template = pick(TextTemplates.PLAIN_MENTIONS);
        String name = template.startsWith("%s") ? sentenceStart(surface(actor)) : surface(actor);
        sentence(template.replace("%s", name));
      }
    }
  }

  /** "X added:" needs an earlier mention of X, so it only follows another block by the same speaker. */
  private void maybeAdded(int actor) {
    if (rng.nextDouble() < ADDED_PROBABILITY) {
      block(sentenceStart(surface(actor)) + " added:", quote(true));
    }
  }

  private String quote(boolean closing) {
    return "“" + pick(TextTemplates.QUOTES) + (closing ? ".”" : ".");
  }

  private void block(String lead, String quoted) {
    flush();
    paragraphs.add(new Paragraph(lead, false));
    paragraphs.add(new Paragraph(quoted, true));
  }

  private void sentence(String text) {
    if (currentSentences > 0) {
      current.append(' ');
    }
    current.append(text);
    if (++currentSentences >= maxSentences) {
      flush();
    }
  }

  private void flush() {
    if (currentSentences > 0) {
      paragraphs.add(new Paragraph(current.toString(), false));
      current.setLength(0);
      currentSentences = 0;
    }
  }

  /** Full name on first mention in the entry, a short form afterwards. */
  private String surface(int actor) {
    SyntheticActor a = ActorCatalogue.get(actor);
    if (!introduced[actor]) {
      introduced[actor] = true;
      return pick(a.firstForms());
    }
    return pick(a.laterForms());
  }

  /** Sentences never start with a lower-case article or particle ("the EU", "von der Leyen"). */
  private String sentenceStart(String surface) {
    return Character.isLowerCase(surface.charAt(0)) ? pick(TextTemplates.LEAD_INS) + surface : surface;
  }

  private String pick(String[] options) {
    return options[rng.nextInt(options.length)];
  }

  private void shuffle(List<int[]> units) {
    for (int i = units.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int[] tmp = units.get(i);
      units.set(i, units.get(j));
      units.set(j, tmp);
    }
  }
}
