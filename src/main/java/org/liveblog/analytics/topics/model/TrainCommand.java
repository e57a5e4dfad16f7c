package org.liveblog.analytics.topics.model;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.OptionTypes;
import org.liveblog.analytics.stage.SparkSessions;
import org.liveblog.analytics.warehouse.TableFormat;
import org.liveblog.analytics.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code topics train}: fits the learned topic model ({@link LdaTopicModel}) on the published entries, saves it under a
 * version folder of {@code --output} and prints its quality: log perplexity on the held-out entries and each topic's
 * NPMI coherence. The tables are not touched; {@code topics --topic-model DIR} applies the model.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Fit an LDA topic model on the published entries (all dates) and save it under"
        + " <output>/<version> (MLlib persistence plus model.json); prints the held-out log perplexity and each"
        + " topic's NPMI coherence. Apply it with `topics --topic-model <output>`.")
public final class TrainCommand implements Callable<Integer> {

  static final int TRAINED = 0;
  /** A bad option or a warehouse without entries, as for a bad configuration. */
  static final int BAD_INPUT = 2;

  @Option(names = "--warehouse", required = true, paramLabel = "DIR",
      description = "Folder (local, hdfs://, s3a://) whose published entries the model is trained on.")
  String warehouse;

  @Option(names = "--table-format", paramLabel = "FORMAT", defaultValue = "parquet",
      converter = TableFormat.Option.class,
      description = "How the warehouse stores its tables: parquet (the default) or iceberg.")
  TableFormat tableFormat;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Folder of model versions; the model is saved in a new folder lda-k<K>-<hash> under it.")
  String output;

  @Option(names = {"-k", "--topics"}, paramLabel = "K", converter = OptionTypes.PositiveInt.class,
      defaultValue = "" + TopicModelSettings.DEFAULT_TOPICS,
      description = "Number of topics, 2 to 1000 (default: ${DEFAULT-VALUE}).")
  int topics;

  @Option(names = "--seed", paramLabel = "S", converter = OptionTypes.AnyLong.class,
      defaultValue = "" + TopicModelSettings.DEFAULT_SEED,
      description = "Seed of the optimiser and of the held-out split: the same entries and settings give the same"
          + " model (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--max-iterations", paramLabel = "N", converter = OptionTypes.PositiveInt.class,
      defaultValue = "" + TopicModelSettings.DEFAULT_MAX_ITERATIONS,
      description = "Iterations of the online optimiser, each on a mini-batch (default: ${DEFAULT-VALUE}).")
  int maxIterations;

  @Option(names = "--vocabulary-size", paramLabel = "N", converter = OptionTypes.PositiveInt.class,
      defaultValue = "" + TopicModelSettings.DEFAULT_VOCABULARY_SIZE,
      description = "Most frequent terms kept (default: ${DEFAULT-VALUE}).")
  int vocabularySize;

  @Option(names = "--min-df", paramLabel = "N", defaultValue = "5",
      description = "A term must occur in at least this many entries (a count when at least 1, else a share of the"
          + " entries; default: ${DEFAULT-VALUE}).")
  double minDocumentFrequency;

  @Option(names = "--max-df", paramLabel = "N", defaultValue = "0.3",
      description = "A term must occur in at most this share of entries (a count when above 1; default:"
          + " ${DEFAULT-VALUE}).")
  double maxDocumentFrequency;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    TopicModelSettings settings;
    try {
      settings = new TopicModelSettings(topics, maxIterations, TopicModelSettings.DEFAULT_MINI_BATCH_FRACTION,
          vocabularySize, minDocumentFrequency, maxDocumentFrequency, TopicModelSettings.DEFAULT_HELD_OUT_SHARE, seed,
          TopicModelSettings.DEFAULT_TOP_TERMS, TopicModelSettings.DEFAULT_MIN_WEIGHT);
    } catch (IllegalArgumentException e) {
      err.println("liveblog topics train: " + e.getMessage());
      return BAD_INPUT;
    }
    boolean ownSession = SparkSession.getActiveSession().isEmpty();
    SparkSession spark = SparkSessions.getOrCreate("liveblog topics train");
    try {
      Warehouse published = new Warehouse(spark, warehouse, "topics-train", tableFormat);
      if (!published.exists(Tables.ENTRIES)) {
        err.println("liveblog topics train: warehouse " + warehouse + " has no published entries table (publish"
            + " entries first with `liveblog run` or `liveblog ingest`)");
        return BAD_INPUT;
      }
      Dataset<Row> entries = published.read(Tables.ENTRIES).select(col("entry_key"), col("text"));
      LdaTopicModel model = LdaTopicModel.train(entries, settings, output);
      print(model, System.out);
      return TRAINED;
    } finally {
      if (ownSession) {
        spark.stop();
      }
    }
  }

  static void print(LdaTopicModel model, PrintStream out) {
    TopicModelSummary s = model.summary();
    out.printf(Locale.ROOT, "liveblog topics train: model %s saved in %s (%.1f s)%n", s.version(), model.path(),
        s.trainingSeconds());
    out.printf(Locale.ROOT, "  entries: %,d training + %,d held out; vocabulary %,d terms; k = %d, seed %d%n",
        s.trainingEntries(), s.heldOutEntries(), s.vocabularySize(), s.settings().topics(), s.settings().seed());
    out.printf(Locale.ROOT, "  held-out log perplexity: %s (lower is better)%n",
        s.logPerplexity() == null ? "none (no held-out entries)"
            : String.format(Locale.ROOT, "%.3f", s.logPerplexity()));
    out.printf(Locale.ROOT, "  mean NPMI coherence: %.3f (per topic, -1 to 1, higher is more coherent):%n",
        s.meanCoherence());
    for (TopicModelSummary.LearnedTopic topic : s.topics()) {
      out.printf(Locale.ROOT, "    %s  %6.3f  %s%n", topic.topicId(), topic.coherence(),
          String.join(", ", topic.terms()));
    }
  }
}
