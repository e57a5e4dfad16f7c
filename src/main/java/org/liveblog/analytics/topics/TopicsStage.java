package org.liveblog.analytics.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.PublishedState;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import org.liveblog.analytics.stage.VersionGuard;
import org.liveblog.analytics.topics.cooccurrence.CooccurrenceSettings;
import org.liveblog.analytics.topics.cooccurrence.Cooccurrences;
import org.liveblog.analytics.topics.model.LdaTopicModel;
import org.liveblog.analytics.topics.model.TrainCommand;
import org.liveblog.analytics.topics.tagging.TopicTagger;
import org.liveblog.analytics.topics.taxonomy.InvalidTaxonomyException;
import org.liveblog.analytics.topics.taxonomy.Taxonomy;
import org.liveblog.analytics.topics.taxonomy.importer.TopicsImportCommand;
import picocli.CommandLine.Option;

/**
 * The topics stage: the run's entries tagged with the taxonomy (and a trained topic model's topics, when one is given),
 * then the topic trends and the topic, actor and actor × topic co-occurrences over the whole corpus as it will be once
 * the run publishes. The taxonomy and the model shape the dated entry_topics, so a backfill refuses others than the
 * published rows were made with; the co-occurrence settings shape only tables every run recomputes whole.
 */
public final class TopicsStage implements Stage {

  public static final String NAME = EntryTopics.STAGE;

  /** runs.versions keys. The guard compares the first two; the settings are recorded for provenance. */
  static final String TAXONOMY_VERSION = "taxonomy";
  static final String MODEL_VERSION = "topic_model";
  static final String COOCCURRENCE_VERSION = "cooccurrence_settings";
  /** The version of "no learned topics", so that a backfill cannot mix entries with and without them. */
  static final String NO_MODEL = "none";

  /** All-time pairs named in the run summary. */
  static final int STRONGEST_PAIRS_NOTED = 3;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Topic taxonomy file (docs/TOPICS.md; local, hdfs:// or s3a://), e.g. one written by `topics"
          + " import-phoenix`; default: the taxonomy shipped in the jar.")
  String taxonomyPath;

  @Option(names = "--topic-model", paramLabel = "DIR",
      description = "A topic model saved by `topics train` (its version folder, or the folder of versions, whose"
          + " newest is taken): its topics are added to entry_topics as method lda. Default: taxonomy topics only.")
  String topicModelPath;

  @Option(names = "--cooccurrence-max-items", paramLabel = "K", converter = OptionTypes.PositiveInt.class,
      defaultValue = "" + CooccurrenceSettings.DEFAULT_MAX_ITEMS_PER_UNIT,
      description = "Items (topics; actors) of an entry or sentence that take part in co-occurrence pairs, the"
          + " strongest first, 2 to 1000: a unit gives at most K²/2 pairs however long it is (default:"
          + " ${DEFAULT-VALUE}).")
  int maxItemsPerUnit;

  @Option(names = "--cooccurrence-min-joint", paramLabel = "N", converter = OptionTypes.PositiveLong.class,
      defaultValue = "" + CooccurrenceSettings.DEFAULT_MIN_JOINT_COUNT,
      description = "Co-occurrence pairs with fewer joint units are flagged is_low_support (default:"
          + " ${DEFAULT-VALUE}).")
  long minJointCount;

  @Option(names = "--cooccurrence-min-expected", paramLabel = "E", converter = OptionTypes.NonNegativeNumber.class,
      defaultValue = "5",
      description = "Co-occurrence pairs whose 2×2 table has an expected count below E in any cell are flagged"
          + " is_low_support too (the χ² p-value is rough there; default: ${DEFAULT-VALUE}).")
  double minExpectedCount;

  @Option(names = "--cooccurrence-alpha", paramLabel = "Q", converter = OptionTypes.Probability.class,
      defaultValue = "0.01",
      description = "False discovery rate at which the run summary counts a pair as significant (q_value ≤ Q);"
          + " the tables keep every pair with its q_value (default: ${DEFAULT-VALUE}).")
  double alpha;

  private Taxonomy taxonomy;
  private LdaTopicModel model;
  private CooccurrenceSettings settings;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<TableSchema> reads() {
    return List.of(Tables.ENTRIES, Tables.SENTENCES, Tables.ACTOR_MENTIONS);
  }

  @Override
  public List<TableSchema> writes() {
    return TopicTables.ALL;
  }

  /** Loads the taxonomy (any Hadoop file system) and the model; a bad file fails naming it (and line and field). */
  @Override
  public void prepare(SparkSession spark) {
    try {
      settings = new CooccurrenceSettings(maxItemsPerUnit, minJointCount, minExpectedCount);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException("--cooccurrence-max-items: " + e.getMessage());
    }
    taxonomy = loadTaxonomy(taxonomyPath, spark.sparkContext().hadoopConfiguration());
    model = topicModelPath == null ? null : loadModel(spark, topicModelPath);
  }

  static Taxonomy loadTaxonomy(String path, Configuration hadoop) {
    if (path == null) {
      return Taxonomy.defaultTaxonomy();
    }
    Path file = new Path(path);
    try (InputStream in = file.getFileSystem(hadoop).open(file)) {
      return Taxonomy.load(in, path);
    } catch (IOException e) {
      throw new InvalidConfigException("taxonomy: cannot read " + path + ": " + e.getMessage());
    } catch (InvalidTaxonomyException e) {
      throw new InvalidConfigException("taxonomy: " + e.getMessage());
    }
  }

  static LdaTopicModel loadModel(SparkSession spark, String path) {
    try {
      return LdaTopicModel.load(spark, path);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage().lines().findFirst().orElse("topic model " + path));
    } catch (RuntimeException e) {
      // MLlib's own failures (a pipeline folder missing or of another kind) carry no path of ours.
      throw new InvalidConfigException("topic model " + path + ": cannot be loaded as a model saved by `topics"
          + " train`: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.toString()));
    }
  }

  @Override
  public Map<String, String> versions() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put(TAXONOMY_VERSION, taxonomy.contentHash());
    versions.put(MODEL_VERSION, model == null ? NO_MODEL : model.summary().version());
    versions.put(COOCCURRENCE_VERSION, String.format(Locale.ROOT, "max_items=%d,min_joint=%d,min_expected=%s",
        settings.maxItemsPerUnit(), settings.minJointCount(), settings.minExpectedCount()));
    return versions;
  }

  /** Only the taxonomy and the model shape dated rows (entry_topics); the other tables are recomputed whole. */
  @Override
  public void guard(PublishedState published) {
    VersionGuard.require(this, published, Set.of(TAXONOMY_VERSION, MODEL_VERSION));
  }

  @Override
  public String republishCommand(String warehouse) {
    return "liveblog topics --warehouse " + warehouse + (taxonomyPath == null ? "" : " --taxonomy " + taxonomyPath)
        + (topicModelPath == null ? "" : " --topic-model " + topicModelPath);
  }

  @Override
  public List<Object> commands() {
    return List.of(new TrainCommand(), new TopicsImportCommand());
  }

  @Override
  public void run(StageContext context) {
    SparkSession spark = context.spark();
    String runId = context.runId();
    Broadcast<TopicTagger> tagger = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(TopicTagger.of(taxonomy));
    try {
      context.step("tagging", () -> {
        Dataset<Row> entries = context.input(Tables.ENTRIES);
        Dataset<Row> topics = TopicRows.taxonomy(spark, taxonomy, runId);
        Dataset<Row> entryTopics = EntryTopics.taxonomy(entries, tagger, runId);
        if (model != null) {
          topics = topics.unionByName(TopicRows.model(spark, model.summary(), runId));
          entryTopics = entryTopics.unionByName(EntryTopics.model(entries, model, runId));
        }
        context.stage(TopicTables.TOPICS, topics);
        context.stage(TopicTables.ENTRY_TOPICS, entryTopics);
      });
    } finally {
      tagger.destroy();
    }
    context.step("trends", () -> context.stage(TopicTables.TOPIC_TRENDS,
        TopicTrends.trends(context.current(TopicTables.ENTRY_TOPICS), context.current(Tables.ENTRIES), runId)));
    // Without a model no entry has lda topics (the guard keeps a backfill from mixing): count the taxonomy's alone.
    List<String> methods = model == null ? List.of(TopicTables.TAXONOMY) : Cooccurrences.ALL_METHODS;
    // The three tables are counted in one pass over the inputs, kept once and staged from it.
    context.step("cooccurrence", () -> {
      Dataset<Row> counted = Cooccurrences.counted(context.current(TopicTables.ENTRY_TOPICS),
          context.current(Tables.ACTOR_MENTIONS), context.current(Tables.ENTRIES), context.current(Tables.SENTENCES),
          settings, methods).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        context.stage(TopicTables.TOPIC_COOCCURRENCE, Cooccurrences.topicTable(counted, runId));
        context.stage(TopicTables.ACTOR_COOCCURRENCE, Cooccurrences.actorTable(counted, runId));
        context.stage(TopicTables.ACTOR_TOPIC_COOCCURRENCE, Cooccurrences.actorTopicTable(counted, runId));
      } finally {
        counted.unpersist();
      }
    });
    noteTags(context);
    noteSignificantPairs(context);
  }

  private void noteTags(StageContext context) {
    Map<String, Long> byMethod = new LinkedHashMap<>();
    context.input(TopicTables.ENTRY_TOPICS).groupBy("method").agg(count(lit(1))).collectAsList()
        .forEach(r -> byMethod.put(r.getString(0), r.getLong(1)));
    context.note(String.format(Locale.ROOT, "entry topics: %,d from taxonomy %s (%,d topics)%s",
        byMethod.getOrDefault(TopicTables.TAXONOMY, 0L), taxonomy.source(), taxonomy.size(),
        model == null ? "" : String.format(Locale.ROOT, " + %,d from model %s (k = %d)",
            byMethod.getOrDefault(TopicTables.LDA, 0L), model.summary().version(), model.summary().topics().size())));
  }

  /** Per method: all-time topic pairs significant at the run's false discovery rate, and the strongest of them. */
  private void noteSignificantPairs(StageContext context) {
    Dataset<Row> allTime = context.input(TopicTables.TOPIC_COOCCURRENCE).filter(col("granularity").equalTo("all"));
    Dataset<Row> significant = allTime.filter(col("q_value").leq(alpha).and(col("is_low_support").equalTo(false)));
    for (Row counts : allTime.groupBy("method").agg(count(lit(1)).as("pairs"),
            sum(when(col("q_value").leq(alpha).and(col("is_low_support").equalTo(false)), 1).otherwise(0))
                .as("significant"))
        .orderBy("method").collectAsList()) {
      String method = counts.getString(0);
      String strongest = significant.filter(col("method").equalTo(method)).orderBy(col("npmi").desc())
          .limit(STRONGEST_PAIRS_NOTED).collectAsList().stream()
          .map(r -> String.format(Locale.ROOT, "%s–%s %.2f", r.<String>getAs("topic_a"), r.<String>getAs("topic_b"),
              r.<Double>getAs("npmi")))
          .collect(Collectors.joining(", "));
      context.note(String.format(Locale.ROOT,
          "topic pairs, all time (%s): %,d of %,d significant at q ≤ %s with support%s", method, counts.getLong(2),
          counts.getLong(1), alpha, strongest.isEmpty() ? "" : "; strongest by NPMI: " + strongest));
    }
  }
}
