package org.liveblog.analytics.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles the {@link GroundTruth} of a corpus from its settings and planted signals (never from the data). */
final class GroundTruthBuilder {

  private GroundTruthBuilder() {}

  static GroundTruth build(GeneratorSettings settings, PlantedSignals signals, PlantedRows plantedRows) {
    long rejects = plantedRows.rejectCount();
    long duplicates = plantedRows.duplicateCount();
    GroundTruth.Counts counts = new GroundTruth.Counts(settings.entries() + duplicates, rejects, duplicates,
        settings.entries() - rejects + duplicates, settings.entries() - rejects);
    return new GroundTruth(
        GroundTruth.FORMAT_VERSION,
        settings.seed(),
        settings.entries(),
        settings.startDate().toString(),
        settings.endDate().toString(),
        settings.days(),
        OutletCatalogue.NAMES.subList(0, settings.outlets()),
        settings.htmlShare(),
        counts,
        "body: an actor counts as mentioned when any alias appears (case-sensitive, whole words) in the body;"
            + " blog_title and headline are not planted",
        actors(signals),
        ActorCatalogue.AGENCIES,
        trends(signals),
        List.of(spike(settings, signals)),
        stance(settings, signals),
        topics(),
        rejects(plantedRows),
        new GroundTruth.Duplicates(plantedRows.effectiveDuplicateShare(), plantedRows.duplicateRule(), duplicates,
            "DUPLICATE_SUPERSEDED",
            "an older copy of a valid entry: same outlet, blog_id and entry_id, updated_at = published_at (older than"
                + " the original's updated_at), body one paragraph shorter; the original must win"));
  }

  private static List<GroundTruth.Actor> actors(PlantedSignals signals) {
    List<GroundTruth.Actor> actors = new ArrayList<>();
    for (int a = 0; a < ActorCatalogue.size(); a++) {
      SyntheticActor actor = ActorCatalogue.get(a);
      String model = "flat";
      for (PlantedSignals.Trend trend : signals.trends()) {
        if (trend.actor() == a) {
          model = "linear_trend";
        }
      }
      if (signals.spike().actor() == a) {
        model = "flat_with_spike";
      }
      actors.add(new GroundTruth.Actor(actor.id(), actor.name(), actor.type(), actor.aliases(), model,
          actor.baseProbability()));
    }
    return actors;
  }

  private static List<GroundTruth.Trend> trends(PlantedSignals signals) {
    return signals.trends().stream()
        .map(t -> new GroundTruth.Trend(ActorCatalogue.get(t.actor()).id(),
            t.endProbability() > t.startProbability() ? "rising" : "falling",
            t.startProbability(), t.endProbability()))
        .toList();
  }

  private static GroundTruth.Spike spike(GeneratorSettings settings, PlantedSignals signals) {
    PlantedSignals.Spike spike = signals.spike();
    SyntheticActor actor = ActorCatalogue.get(spike.actor());
    return new GroundTruth.Spike(actor.id(), settings.startDate().plusDays(spike.day()).toString(),
        actor.baseProbability(), spike.multiplier(), rounded(signals.mentionProbability(spike.actor(), spike.day())));
  }

  private static GroundTruth.Stance stance(GeneratorSettings settings, PlantedSignals signals) {
    List<GroundTruth.StanceShift> shifts = new ArrayList<>();
    List<GroundTruth.StanceControl> controls = new ArrayList<>();
    for (PlantedSignals.StancePair pair : signals.stancePairs()) {
      String source = ActorCatalogue.get(pair.source()).id();
      String target = ActorCatalogue.get(pair.target()).id();
      if (pair.flips()) {
        LocalDate date = settings.startDate().plusDays(pair.flipDay());
        shifts.add(new GroundTruth.StanceShift(source, target, date.toString(), polarity(pair.scoreBefore()),
            polarity(pair.scoreAfter()), pair.scoreBefore(), pair.scoreAfter()));
      } else {
        controls.add(new GroundTruth.StanceControl(source, target, polarity(pair.scoreBefore()),
            pair.scoreBefore()));
      }
    }
    return new GroundTruth.Stance(
        "<source surface> <cue> <target surface>[’s] ... in one sentence, e.g. \"Erdoğan condemned Putin over"
            + " the latest statements.\"; sentence-initial lower-case names get a lead-in (\"Meanwhile, the EU ...\")",
        PlantedSignals.COOPERATIVE_CUES, PlantedSignals.HOSTILE_CUES, PlantedSignals.STATEMENT_PROBABILITY,
        PlantedSignals.DOMINANT_SHARE, shifts, controls);
  }

  private static String polarity(int score) {
    return score > 0 ? "cooperative" : "hostile";
  }

  private static GroundTruth.Topics topics() {
    List<GroundTruth.Topic> topics = new ArrayList<>();
    for (SyntheticTopic topic : TopicCatalogue.TOPICS) {
      topics.add(new GroundTruth.Topic(topic.id(), topic.label(), List.of(topic.keywords()), topic.probability()));
    }
    List<GroundTruth.TopicPair> raised = TopicCatalogue.RAISED_PAIRS.stream()
        .map(p -> pair(p.a(), p.b(), p.lift()))
        .toList();
    List<GroundTruth.TopicPair> independent = TopicCatalogue.INDEPENDENT_PAIRS.stream()
        .map(p -> pair(p[0], p[1], 1.0))
        .toList();
    return new GroundTruth.Topics(
        "an entry carries a topic when its body contains any of the topic's keywords (case-insensitive, whole words)",
        topics, raised, independent);
  }

  private static GroundTruth.TopicPair pair(int a, int b, double lift) {
    SyntheticTopic ta = TopicCatalogue.get(a);
    SyntheticTopic tb = TopicCatalogue.get(b);
    return new GroundTruth.TopicPair(ta.id(), tb.id(), lift, rounded(lift * ta.probability() * tb.probability()));
  }

  /** Keeps products like 0.05 * 6 from printing as 0.30000000000000004. */
  private static double rounded(double p) {
    return Math.round(p * 1e12) / 1e12;
  }

  private static GroundTruth.Rejects rejects(PlantedRows plantedRows) {
    Map<String, Long> byReason = new LinkedHashMap<>();
    List<GroundTruth.Defect> byDefect = new ArrayList<>();
    for (Map.Entry<PlantedDefect, Long> entry : plantedRows.rejectCountByDefect().entrySet()) {
      PlantedDefect defect = entry.getKey();
      byReason.merge(defect.reason(), entry.getValue(), Long::sum);
      byDefect.add(new GroundTruth.Defect(defect.name(), defect.reason(), entry.getValue(), defect.description()));
    }
    return new GroundTruth.Rejects(plantedRows.effectiveRejectShare(), plantedRows.rejectRule(),
        plantedRows.rejectCount(), byReason, byDefect);
  }
}
