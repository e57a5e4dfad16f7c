package org.liveblog.analytics.stance.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.liveblog.analytics.stance.lexicon.SentenceTokens;
import org.liveblog.analytics.stance.lexicon.StanceLexicon;

/**
 * The default, interpretable stance scorer: a candidate statement's score from the words of its sentence, with the
 * cues that decided it. Two kinds of evidence, in VADER's units (valence -4..+4):
 *
 * <p><b>The linking verb</b> (conflict/cooperation). When the source is named before the target, the first CAMEO
 * verb phrase after the source mention and before the target that belongs to the source (no other actor mention in
 * between: in "Nato said Russia threatened Ukraine", "threatened" is Russia's); a reporting verb ("said") is taken
 * only when nothing else is there, and then no verb counts (that something was said is no stance). Otherwise (no
 * source mention, as in a quote; the target named first; another actor in between) the CAMEO verb ending nearest
 * before the target, at most {@value #VERB_REACH} tokens away in its clause, so that the target is its object ("we
 * condemn Nato"). A verb after the target is the target's own action ("Nato is expanding"), not a stance toward it,
 * and never links. Its evidence is {@value #GOLDSTEIN_SCALE} × the Goldstein weight of its event code (so -10..+10
 * maps onto -4..+4): "condemned" (111, -2.0) gives -0.8.
 *
 * <p><b>Sentiment words.</b> The VADER valence of the words around the target in its clause, from
 * {@value #WINDOW_BEFORE} tokens before it (the words that modify it: "the hostile Nato") to {@value #WINDOW_AFTER}
 * after it (what is said of it: "Nato of reckless behaviour"), and of every word between the source and the target
 * when the source comes first and no other actor is named in between (the predicate: "Russia reacted with fury to
 * Nato"); not the words of actor mentions, nor the linking verb (it counts once), nor the modifiers below. Clauses
 * end at ; : ( ) [ ] — – and at the conjunctions of {@code function-words.tsv} (but, while, whereas, although, ...).
 *
 * <p><b>Modifiers</b>, VADER's rules, on each cue from the {@value #REACH} tokens before it in its clause: a booster
 * adds and a dampener subtracts {@value #BOOST} in the cue's direction (× 0.95 two tokens away, × 0.9 three); each
 * negation (not, n't, never, no, …) multiplies it by {@value #NEGATION_SCALAR}; a hedge (may, could, reportedly, …)
 * multiplies it by {@value #HEDGE_SCALAR}. "did not condemn" gives -0.8 × -0.74 = +0.592.
 *
 * <p><b>Score.</b> The evidence is summed and squashed as VADER's compound score: {@code score = x / sqrt(x² + 15)}.
 * Label: positive from {@value #THRESHOLD}, negative from -{@value #THRESHOLD}, neutral between (VADER's thresholds).
 * Confidence: {@code (1 - 0.5^m) × |Σ x| / Σ |x|}, m the number of cues with non-zero evidence, × {@value
 * #HEDGE_CONFIDENCE} when any cue was hedged: one cue 0.5, two that agree 0.75, cues that cancel out near 0, no cue 0.
 *
 * <p>Not implemented from VADER: capitals and exclamation marks as emphasis, the "but" rule's weights, idioms. Not
 * thread-safe (token buffers); one instance per partition.
 */
public final class LexiconScorer {

  /** The value of stance_statements.method for this scorer. */
  public static final String METHOD = "lexicon";

  static final double GOLDSTEIN_SCALE = 0.4;
  static final double ALPHA = 15.0;
  static final double BOOST = 0.293;
  static final double NEGATION_SCALAR = -0.74;
  static final double HEDGE_SCALAR = 0.5;
  static final double HEDGE_CONFIDENCE = 0.75;
  static final double THRESHOLD = 0.05;
  static final int WINDOW_BEFORE = 2;
  static final int WINDOW_AFTER = 5;
  static final int VERB_REACH = 4;
  static final int REACH = 3;
  private static final double[] BOOST_DISTANCE = {0, 1.0, 0.95, 0.9};
  private static final int MODIFIERS = StanceLexicon.NEGATION | StanceLexicon.BOOSTER | StanceLexicon.DAMPENER
      | StanceLexicon.HEDGE;
  /** What {@link #verbBetween} returns when only a reporting verb lies between source and target. */
  private static final int REPORTING_ONLY = -2;

  private final StanceLexicon lexicon;
  private final SentenceTokens tokens = new SentenceTokens();
  private String tokenized;
  private int[] mentionAt = new int[64];
  // The cue being built: its value, whether a hedge touched it, and the modifier tokens that changed it.
  private double value;
  private boolean hedged;
  // Per token before a cue: a booster or dampener, a negation, a hedge.
  private final int[] modifiers = new int[3 * REACH];
  private int modifierCount;
  /** Where the verb found by {@link #verbBetween} or {@link #verbNear} starts. */
  private int verbMatchStart;

  public LexiconScorer(StanceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Scores the statement of mention {@code source} (-1 when the source is not named in the sentence) about mention
   * {@code target}, among the sentence's {@code mentionCount} mentions at UTF-16 offsets {@code [starts[m], ends[m])}.
   */
  public StanceScore score(String text, int[] starts, int[] ends, int mentionCount, int source, int target) {
    if (target < 0 || target >= mentionCount || source >= mentionCount) {
      throw new IllegalArgumentException("target " + target + " and source " + source + " must be mentions 0.."
          + (mentionCount - 1));
    }
    if (!text.equals(tokenized)) {
      tokens.read(text, lexicon);
      tokenized = text;
    }
    int n = tokens.count();
    if (mentionAt.length < n) {
      mentionAt = new int[Math.max(n, mentionAt.length * 2)];
    }
    Arrays.fill(mentionAt, 0, n, -1);
    for (int m = 0; m < mentionCount; m++) {
      long range = tokens.overlapping(starts[m], ends[m]);
      for (int t = (int) (range >>> 32); t < (int) range; t++) {
        mentionAt[t] = m;
      }
    }
    long targetRange = tokens.overlapping(starts[target], ends[target]);
    int t0 = (int) (targetRange >>> 32);
    int t1 = Math.max(t0 + 1, (int) targetRange);
    // The token after the source mention (only the end matters: what lies between source and target).
    int s1 = source >= 0 ? (int) tokens.overlapping(starts[source], ends[source]) : -1;
    boolean sourceFirst = source >= 0 && s1 <= t0;

    List<String> cues = new ArrayList<>(4);
    double sum = 0;
    double absolute = 0;
    int evidence = 0;
    boolean anyHedge = false;

    int verbMatch = sourceFirst ? verbBetween(s1, t0) : -1;
    boolean reportingOnly = verbMatch == REPORTING_ONLY;
    if (verbMatch < 0 && !reportingOnly) {
      verbMatch = verbNear(t0);
    }
    int verbStart = -1;
    int verbEnd = -1;
    String cameoCode = null;
    Double goldstein = null;
    if (verbMatch >= 0) {
      verbStart = verbMatchStart;
      int verb = StanceLexicon.verbIndex(verbMatch);
      verbEnd = verbStart + StanceLexicon.verbLength(verbMatch);
      cameoCode = lexicon.verbCode(verb);
      goldstein = lexicon.goldstein(verb);
      cue(GOLDSTEIN_SCALE * goldstein, verbStart);
      if (value != 0) {
        cues.add(cueText(verbStart, verbEnd));
        sum += value;
        absolute += Math.abs(value);
        evidence++;
        anyHedge |= hedged;
      }
    }

    int clauseStart = t0;
    while (clauseStart > 0 && !isBreak(clauseStart - 1)) {
      clauseStart--;
    }
    int clauseEnd = t1;
    while (clauseEnd < n && !isBreak(clauseEnd)) {
      clauseEnd++;
    }
    int lo = Math.max(clauseStart, t0 - WINDOW_BEFORE);
    int hi = Math.min(clauseEnd, t1 + WINDOW_AFTER);
    boolean predicate = sourceFirst && noMentionBetween(s1, t0);
    int from = predicate ? Math.min(lo, s1) : lo;
    for (int i = from; i < hi; i++) {
      boolean inWindow = i >= lo || (predicate && i >= s1 && i < t0);
      if (!inWindow || mentionAt[i] >= 0 || (i >= verbStart && i < verbEnd) || !tokens.isWord(i)) {
        continue;
      }
      int word = tokens.word(i);
      double valence = lexicon.valence(word);
      if (Double.isNaN(valence) || lexicon.isAny(word, MODIFIERS)) {
        continue;
      }
      cue(valence, i);
      if (value != 0) {
        cues.add(cueText(i, i + 1));
        sum += value;
        absolute += Math.abs(value);
        evidence++;
        anyHedge |= hedged;
      }
    }

    double score = sum == 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA);
    String label = score >= THRESHOLD ? StanceScore.POSITIVE
        : score <= -THRESHOLD ? StanceScore.NEGATIVE : StanceScore.NEUTRAL;
    double confidence = evidence == 0 ? 0
        : (1 - Math.pow(0.5, evidence)) * Math.abs(sum) / absolute * (anyHedge ? HEDGE_CONFIDENCE : 1);
    return new StanceScore(score, label, confidence, List.copyOf(cues), cameoCode, goldstein);
  }

  /**
   * The source's verb between the source's last token and the target's first: a CAMEO phrase match (its start in
   * {@link #verbMatchStart}), {@link #REPORTING_ONLY} when only a reporting verb is there, or -1.
   */
  private int verbBetween(int from, int to) {
    boolean reporting = false;
    for (int i = from; i < to; i++) {
      if (mentionAt[i] >= 0) {
        break;
      }
      if (!tokens.isWord(i)) {
        continue;
      }
      if (lexicon.is(tokens.word(i), StanceLexicon.REPORTING)) {
        reporting = true;
        continue;
      }
      int match = lexicon.verbAt(tokens.words(), i, to);
      if (match >= 0) {
        verbMatchStart = i;
        return match;
      }
    }
    return reporting ? REPORTING_ONLY : -1;
  }

  /** The CAMEO verb ending nearest before the target, within {@link #VERB_REACH} tokens of its clause, or -1. */
  private int verbNear(int t0) {
    int best = -1;
    int bestStart = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = t0 - 1; k >= 0 && k >= t0 - VERB_REACH && !isBreak(k); k--) {
      if (mentionAt[k] >= 0 || !isActionWord(k)) {
        continue;
      }
      int match = lexicon.verbAt(tokens.words(), k, t0);
      if (match >= 0 && t0 - (k + StanceLexicon.verbLength(match)) < bestDistance) {
        best = match;
        bestStart = k;
        bestDistance = t0 - (k + StanceLexicon.verbLength(match));
      }
    }
    verbMatchStart = bestStart;
    return best;
  }

  private boolean noMentionBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (mentionAt[i] >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code k} ends a clause: ; : ( ) [ ] — – or a conjunction such as "but" or "while". */
  private boolean isBreak(int k) {
    return tokens.type(k) == SentenceTokens.BREAK || lexicon.is(tokens.word(k), StanceLexicon.CLAUSE);
  }

  private boolean isActionWord(int token) {
    return tokens.isWord(token) && !lexicon.is(tokens.word(token), StanceLexicon.REPORTING);
  }

  /** Sets {@link #value} to {@code base} changed by the modifiers before token {@code at}, VADER's way. */
  private void cue(double base, int at) {
    value = base;
    hedged = false;
    modifierCount = 0;
    double sign = Math.signum(base);
    for (int d = 1; d <= REACH && at - d >= 0 && !isBreak(at - d); d++) {
      int word = tokens.word(at - d);
      if (lexicon.is(word, StanceLexicon.BOOSTER)) {
        value += sign * BOOST * BOOST_DISTANCE[d];
        modifiers[modifierCount++] = at - d;
      } else if (lexicon.is(word, StanceLexicon.DAMPENER)) {
        value -= sign * BOOST * BOOST_DISTANCE[d];
        modifiers[modifierCount++] = at - d;
      }
    }
    for (int d = 1; d <= REACH && at - d >= 0 && !isBreak(at - d); d++) {
      int word = tokens.word(at - d);
      if (lexicon.is(word, StanceLexicon.NEGATION)) {
        value *= NEGATION_SCALAR;
        modifiers[modifierCount++] = at - d;
      }
      if (lexicon.is(word, StanceLexicon.HEDGE)) {
        value *= HEDGE_SCALAR;
        hedged = true;
        modifiers[modifierCount++] = at - d;
      }
    }
  }

  /** The cue as written: its modifiers, then its tokens, in text order. */
  private String cueText(int from, int to) {
    Arrays.sort(modifiers, 0, modifierCount);
    StringBuilder text = new StringBuilder();
    for (int m = 0; m < modifierCount; m++) {
      if (m == 0 || modifiers[m] != modifiers[m - 1]) {
        text.append(tokens.surface(modifiers[m])).append(' ');
      }
    }
    for (int t = from; t < to; t++) {
      if (t > from && tokens.start(t) > tokens.end(t - 1)) {
        text.append(' ');
      }
      text.append(tokens.surface(t));
    }
    return text.toString();
  }
}
