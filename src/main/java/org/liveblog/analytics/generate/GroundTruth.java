package org.liveblog.analytics.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The manifest of a synthetic corpus: what was planted and how much, for later stages to test against. Counts
 * are exact; for random signals it states probabilities. Written as snake_case JSON next to the corpus.
 */
public record GroundTruth(
    int formatVersion,
    long seed,
    long entries,
    String startDate,
    String endDate,
    int days,
    List<String> outlets,
    double htmlShare,
    Counts counts,
    String mentionScope,
    List<Actor> actors,
    List<String> agencies,
    List<Trend> trends,
    List<Spike> spikes,
    Stance stance,
    Topics topics,
    Rejects rejects,
    Duplicates duplicates) {

  public static final int FORMAT_VERSION = 1;

  /** Row counts: rows_written = entries + duplicates; valid entries after de-duplication = entries - rejects. */
  public record Counts(long rowsWritten, long rejects, long duplicates, long validRowsBeforeDeduplication,
      long validEntries) {}

  /**
   * A planted actor; {@code model} is flat, linear_trend (base_probability is then the mean over the period; see
   * trends) or flat_with_spike (see spikes).
   */
  public record Actor(String id, String name, String type, List<String> aliases, String model,
      double baseProbability) {}

  /** Mention probability linear in the day index: start on start_date, end on end_date. */
  public record Trend(String actor, String direction, double startProbability, double endProbability) {}

  /** On {@code date} the actor's base probability is multiplied by {@code multiplier}. */
  public record Spike(String actor, String date, double baseProbability, double multiplier,
      double spikeProbability) {}

  /**
   * Stance statements are written as "&lt;source&gt; &lt;cue&gt; &lt;target&gt; ..."; an entry mentioning both actors of a pair
   * holds one with {@code statementProbability}, with the planted polarity in {@code dominantShare} of them.
   */
  public record Stance(String pattern, List<String> cooperativeCues, List<String> hostileCues,
      double statementProbability, double dominantShare, List<StanceShift> shifts, List<StanceControl> controls) {}

  /** Polarity changes on {@code date} (the first day with the new polarity). Scores: cooperative +1, hostile -1. */
  public record StanceShift(String source, String target, String date, String before, String after,
      int scoreBefore, int scoreAfter) {}

  public record StanceControl(String source, String target, String polarity, int score) {}

  public record Topics(String matching, List<Topic> topics, List<TopicPair> raisedPairs,
      List<TopicPair> independentPairs) {}

  public record Topic(String id, String label, List<String> keywords, double probability) {}

  /** {@code lift} = P(a and b) / (P(a) P(b)); both marginals are as stated in {@link Topic}. */
  public record TopicPair(String a, String b, double lift, double jointProbability) {}

  public record Rejects(double share, String rule, long total, Map<String, Long> byReason, List<Defect> byDefect) {}

  public record Defect(String defect, String reason, long count, String description) {}

  /** Older copies of valid entries: same key, older updated_at, one paragraph shorter; the original must win. */
  public record Duplicates(double share, String rule, long count, String expectedReason, String description) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the ground truth", e);
    }
  }

  public static GroundTruth fromJson(String json) {
    try {
      return JSON.readValue(json, GroundTruth.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a ground-truth manifest: " + e.getOriginalMessage(), e);
    }
  }

  /** Writes the JSON to a file on any Hadoop file system (local path, hdfs://, s3a://), replacing it. */
  public void write(String path, Configuration hadoopConf) {
    Path target = new Path(path);
    try {
      FileSystem fs = target.getFileSystem(hadoopConf);
      try (OutputStream out = fs.create(target, true)) {
        out.write(toJson().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ground-truth manifest to " + path, e);
    }
  }

  /** Reads a manifest written by {@link #write}. */
  public static GroundTruth read(String path, Configuration hadoopConf) {
    Path source = new Path(path);
    try {
      FileSystem fs = source.getFileSystem(hadoopConf);
      try (var in = fs.open(source)) {
        return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ground-truth manifest " + path, e);
    }
  }

  /** The planted per-entry probability that the actor is mentioned in the body of an entry published on date. */
  public double mentionProbabilityOn(String actorId, LocalDate date) {
    Actor actor = actors.stream().filter(a -> a.id().equals(actorId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no planted actor " + actorId));
    long day = date.toEpochDay() - LocalDate.parse(startDate).toEpochDay();
    double p = actor.baseProbability();
    for (Trend trend : trends) {
      if (trend.actor().equals(actorId)) {
        double position = days == 1 ? 0 : (double) day / (days - 1);
        p = trend.startProbability() + (trend.endProbability() - trend.startProbability()) * position;
      }
    }
    for (Spike spike : spikes) {
      if (spike.actor().equals(actorId) && spike.date().equals(date.toString())) {
        p = spike.spikeProbability();
      }
    }
    return p;
  }
}
