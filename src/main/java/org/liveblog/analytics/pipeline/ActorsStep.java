package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.actors.ActorStage;
import org.liveblog.analytics.actors.counting.MentionCounts;
import org.liveblog.analytics.actors.matching.ActorLexicon;
import org.liveblog.analytics.actors.matching.MetonymModel;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.InvalidRegistryException;
import org.liveblog.analytics.cli.JobConfig;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.warehouse.Warehouse;

/**
 * The actors stage inside a run: stages the registry as used, the mentions and candidates of the run's sentences,
 * and the mention counts over the whole corpus as it will be once the run publishes.
 */
final class ActorsStep {

  private ActorsStep() {}

  /** The registry at {@code path} (any Hadoop file system), or the shipped one; fails naming the file and line. */
  static ActorRegistry loadRegistry(Optional<String> path, Configuration hadoop) {
    if (path.isEmpty()) {
      return ActorRegistry.defaultRegistry();
    }
    Path file = new Path(path.get());
    try (InputStream in = file.getFileSystem(hadoop).open(file)) {
      return ActorRegistry.load(in, path.get());
    } catch (IOException e) {
      throw new InvalidRegistryException("registry: cannot read " + path.get() + ": " + e.getMessage());
    }
  }

  /**
   * For a run that republishes only some dates: the published actor tables must come from the same registry, or the
   * dates it keeps would name actors the new registry no longer has (and count others it never looked for); and a
   * warehouse published before the actors stage existed needs its actor tables for every date first. The same holds
   * for the metonym model and its threshold, which decide which metonyms become mentions.
   */
  static void requireSameRegistryAndModel(Warehouse warehouse, ActorRegistry registry, MetonymModel model) {
    if (!warehouse.exists(Tables.ACTORS)) {
      if (warehouse.exists(Tables.SENTENCES)) {
        throw new JobConfig.InvalidConfigException("warehouse: " + warehouse.root() + " has sentences but no actor"
            + " tables, so a backfill or incremental run cannot keep the other dates' mentions; publish them for every"
            + " date first: `liveblog actors --warehouse " + warehouse.root() + "`");
      }
      return;
    }
    List<Row> published = warehouse.read(Tables.ACTORS).select("registry_hash", "registry_source").limit(1)
        .collectAsList();
    if (!published.isEmpty() && !published.get(0).getString(0).equals(registry.contentHash())) {
      throw new JobConfig.InvalidConfigException(String.format(Locale.ROOT,
          "registry: %s (sha256 %.12s…) is not the registry of the published actor tables (%s, sha256 %.12s…); a"
              + " backfill or incremental run would mix the two. Republish every date first: `liveblog actors"
              + " --warehouse %s --registry %s`", registry.source(), registry.contentHash(),
          published.get(0).getString(1), published.get(0).getString(0), warehouse.root(), registry.source()));
    }
    requireSameMetonymModel(warehouse, model);
  }

  /**
   * The newest successful run that recorded a metonym model (runs.versions) must have used this model and threshold.
   * Runs from before the model existed recorded none and are not held against it; runs from before the threshold
   * could be set used the model's own.
   */
  private static void requireSameMetonymModel(Warehouse warehouse, MetonymModel model) {
    if (!warehouse.exists(Tables.RUNS)) {
      return;
    }
    List<Row> last = warehouse.read(Tables.RUNS)
        .filter(col("status").equalTo("succeeded").and(element_at(col("versions"), MODEL_KEY).isNotNull()))
        .orderBy(col("ended_at").desc())
        .select(element_at(col("versions"), MODEL_KEY), element_at(col("versions"), THRESHOLD_KEY), col("run_id"))
        .limit(1).collectAsList();
    if (last.isEmpty()) {
      return;
    }
    String hash = last.get(0).getString(0);
    String threshold = last.get(0).isNullAt(1) ? threshold(MetonymModel.defaultModel()) : last.get(0).getString(1);
    if (!hash.equals(model.contentHash()) || !threshold.equals(threshold(model))) {
      throw new JobConfig.InvalidConfigException(String.format(Locale.ROOT,
          "metonym model: this run's model (sha256 %.12s…, threshold %s) is not the one that decided the published"
              + " actor mentions (sha256 %.12s…, threshold %s, run %s); a backfill or incremental run would mix the"
              + " two. Republish every date first: `liveblog actors --warehouse %s` (with the same --metonym-threshold)",
          model.contentHash(), threshold(model), hash, threshold, last.get(0).getString(2), warehouse.root()));
    }
  }

  /** What a run records of the metonym model in runs.versions. */
  static Map<String, String> versions(MetonymModel model) {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put(MODEL_KEY, model.contentHash());
    versions.put(THRESHOLD_KEY, threshold(model));
    return versions;
  }

  private static String threshold(MetonymModel model) {
    return String.format(Locale.ROOT, "%.4f", model.threshold());
  }

  private static final String MODEL_KEY = "metonym_model";
  private static final String THRESHOLD_KEY = "metonym_threshold";

  /**
   * Stages the four actor tables from {@code sentences}; {@code partitions} are the dates the run publishes (null:
   * whole tables). Returns notes for the run summary.
   */
  static List<String> stage(SparkSession spark, Warehouse warehouse, ActorRegistry registry, MetonymModel metonymModel,
      Dataset<Row> sentences, Set<String> partitions, String runId, StageTimer timer, Map<String, Long> rows) {
    Broadcast<ActorLexicon> lexicon = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(ActorLexicon.of(registry, metonymModel));
    try {
      timer.time("actor_mentions", () -> {
        RunJob.stage(warehouse, Tables.ACTORS, ActorStage.actors(spark, registry, runId), rows);
        RunJob.stage(warehouse, Tables.ACTOR_MENTIONS, ActorStage.mentions(sentences, lexicon, runId), rows);
      });
      timer.time("actor_candidates", () ->
          RunJob.stage(warehouse, Tables.ACTOR_CANDIDATES, ActorStage.candidates(sentences, lexicon, runId), rows));
      timer.time("actor_counts", () -> RunJob.stage(warehouse, Tables.ACTOR_MENTION_COUNTS,
          MentionCounts.compute(warehouse.current(Tables.ACTOR_MENTIONS, partitions),
              warehouse.current(Tables.ENTRIES, partitions), runId), rows));
    } finally {
      lexicon.destroy();
    }
    long unresolved = warehouse.readStaged(Tables.ACTOR_MENTIONS).filter(col("actor_id").isNull()).count();
    long mentions = rows.get(Tables.ACTOR_MENTIONS.name());
    return List.of(String.format(Locale.ROOT,
        "actor mentions: %,d resolved + %,d unresolved (ambiguous, kept with their candidates); registry %s (%,d actors)",
        mentions - unresolved, unresolved, registry.source(), registry.size()));
  }
}
