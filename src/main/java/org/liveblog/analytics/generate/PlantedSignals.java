package org.liveblog.analytics.generate;

import java.io.Serializable;
import java.util.List;

/**
 * The planted actor trends, spike and stance pairs of one corpus, placed on the settings' period; both the
 * entry factory (to draw) and the manifest (to state) read them, so the two cannot disagree.
 */
final class PlantedSignals implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A linear change of an actor's per-entry mention probability from day 0 to the last day. */
  record Trend(int actor, double startProbability, double endProbability) implements Serializable {}

  /** On one day an actor's mention probability is multiplied. */
  record Spike(int actor, int day, double multiplier) implements Serializable {}

  /**
   * Statements by source about target: score +1 (cooperative) or -1 (hostile); from {@code flipDay} on (when not
   * negative) the score is {@code scoreAfter}.
   */
  record StancePair(int source, int target, int scoreBefore, int scoreAfter, int flipDay) implements Serializable {

    boolean flips() {
      return flipDay >= 0;
    }

    int scoreOn(int day) {
      return flips() && day >= flipDay ? scoreAfter : scoreBefore;
    }
  }

  static final int COOPERATIVE = 1;
  static final int HOSTILE = -1;

  /** Chance that an entry mentioning both actors of a stance pair holds a statement of source about target. */
  static final double STATEMENT_PROBABILITY = 0.9;
  /** Share of a pair's statements that carry the planted polarity; the rest carry the opposite, as noise. */
  static final double DOMINANT_SHARE = 0.9;

  static final List<String> COOPERATIVE_CUES = List.of("praised", "welcomed", "agreed with", "thanked", "backed");
  static final List<String> HOSTILE_CUES = List.of("condemned", "accused", "threatened", "warned", "criticised");

  private final int days;
  private final List<Trend> trends;
  private final Spike spike;
  private final List<StancePair> stancePairs;

  PlantedSignals(GeneratorSettings settings) {
    this.days = settings.days();
    this.trends = List.of(
        new Trend(ActorCatalogue.indexOf("rutte"), 0.02, 0.26),
        new Trend(ActorCatalogue.indexOf("stoltenberg"), 0.26, 0.02));
    this.spike = new Spike(ActorCatalogue.indexOf("lukashenko"), dayAt(0.5), 6.0);
    this.stancePairs = List.of(
        flip("erdogan", "putin", COOPERATIVE, HOSTILE, dayAt(0.4)),
        flip("orban", "von_der_leyen", COOPERATIVE, HOSTILE, dayAt(0.6)),
        flip("xi", "eu", HOSTILE, COOPERATIVE, dayAt(0.75)),
        flat("zelenskyy", "macron", COOPERATIVE),
        flat("lavrov", "nato", HOSTILE));
  }

  /** A day at a fraction of the period, kept off day 0 so that there is always a "before" when days > 1. */
  private int dayAt(double fraction) {
    return Math.min(days - 1, Math.max(days > 1 ? 1 : 0, (int) Math.floor(days * fraction)));
  }

  private static StancePair flip(String source, String target, int before, int after, int day) {
    return new StancePair(ActorCatalogue.indexOf(source), ActorCatalogue.indexOf(target), before, after, day);
  }

  private static StancePair flat(String source, String target, int score) {
    return new StancePair(ActorCatalogue.indexOf(source), ActorCatalogue.indexOf(target), score, score, -1);
  }

  List<Trend> trends() {
    return trends;
  }

  Spike spike() {
    return spike;
  }

  List<StancePair> stancePairs() {
    return stancePairs;
  }

  /** Per-entry probability that the actor is mentioned in the body of an entry published on the given day. */
  double mentionProbability(int actor, int day) {
    double p = ActorCatalogue.get(actor).baseProbability();
    for (Trend trend : trends) {
      if (trend.actor() == actor) {
        double position = days == 1 ? 0 : (double) day / (days - 1);
        p = trend.startProbability() + (trend.endProbability() - trend.startProbability()) * position;
      }
    }
    if (spike.actor() == actor && spike.day() == day) {
      p = Math.min(1.0, p * spike.multiplier());
    }
    return p;
  }
}
