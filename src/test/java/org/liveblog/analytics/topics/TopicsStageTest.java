package org.liveblog.analytics.topics;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.PublishedSample;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TableAssertions;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.schema.TopicTables;

/**
 * The topics stage in the pipeline: `run` on a generated corpus finds the planted topic pairs; `topics` alone
 * republishes its tables; `topics train` then `topics --topic-model` adds the learned topics; a backfill with another
 * taxonomy or without the model is refused; bad files fail before any work, naming file and field.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopicsStageTest {

  static final double ALPHA = 0.01;

  @TempDir
  static Path dir;

  static SparkSession spark;
  static GroundTruth manifest;
  static String warehouse;
  static String runOutput;

  @BeforeAll
  static void copyThePublishedSample() {
    spark = SparkSessionExtension.session();
    manifest = PublishedSample.manifest();
    warehouse = PublishedSample.copy(dir.resolve("warehouse")).toString();
    runOutput = PublishedSample.runOutput();
  }

  @Test
  @Order(1)
  void thePlantedTopicPairsAreTheStrongestAllTimePairsAndSignificant() {
    List<Row> allTime = read(TopicTables.TOPIC_COOCCURRENCE)
        .filter(col("granularity").equalTo("all").and(col("method").equalTo(TopicTables.TAXONOMY)))
        .collectAsList();
    List<String> planted = manifest.topics().raisedPairs().stream().map(p -> pair(p.a(), p.b())).toList();
    // Pairs with too little support have noisy ratios (a rare topic met twice): they are flagged, not ranked.
    List<String> strongest = allTime.stream().filter(r -> !r.<Boolean>getAs("is_low_support"))
        .sorted(Comparator.comparingDouble(r -> -r.<Double>getAs("npmi")))
        .map(TopicsStageTest::pair).limit(planted.size()).toList();
    assertThat(strongest).containsExactlyInAnyOrderElementsOf(planted);
    for (String p : planted) {
      assertThat(row(allTime, p).<Double>getAs("q_value")).as(p + " q").isLessThan(ALPHA);
    }
    for (GroundTruth.TopicPair p : manifest.topics().independentPairs()) {
      Row r = row(allTime, pair(p.a(), p.b()));
      assertThat(r.<Double>getAs("q_value")).as(pair(p.a(), p.b()) + " q").isGreaterThanOrEqualTo(0.05);
      assertThat(Math.abs(r.<Double>getAs("npmi"))).as(pair(p.a(), p.b()) + " npmi").isLessThan(0.1);
    }
    // Every planted topic that no raised pair joins is independent of every other: none of those pairs is a finding.
    List<String> unrelated = allTime.stream().map(TopicsStageTest::pair)
        .filter(p -> !planted.contains(p) && bothPlanted(p))
        .filter(p -> row(allTime, p).<Double>getAs("q_value") < ALPHA).toList();
    assertThat(unrelated).as("pairs of planted topics that are independent, found significant").isEmpty();
    assertThat(runOutput).contains("topic pairs, all time (taxonomy): ").contains("entry topics: ");
  }

  @Test
  @Order(2)
  void topicsAloneRepublishesTheTopicTablesAndNothingElse() {
    Dataset<Row> entryTopicsBefore = snapshot(read(TopicTables.ENTRY_TOPICS).drop(Tables.RUN_ID));
    Dataset<Row> mentionsBefore = snapshot(read(Tables.ACTOR_MENTIONS));
    String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--run-id=t2")).isZero());
    assertThat(out).contains("liveblog topics: run t2");
    for (TableSchema table : TopicTables.ALL) {
      Dataset<Row> rows = read(table);
      assertThat(rows.count()).as(table.name() + " rows").isPositive();
      assertThat(rows.filter(col(Tables.RUN_ID).notEqual("t2")).count()).as(table.name() + " rows of t2").isZero();
    }
    TableAssertions.assertSameRows("entry_topics", read(TopicTables.ENTRY_TOPICS).drop(Tables.RUN_ID),
        entryTopicsBefore);
    TableAssertions.assertSameRows("actor_mentions", read(Tables.ACTOR_MENTIONS), mentionsBefore);
    Row run = runRow("t2");
    assertThat(run.<String>getAs("command")).isEqualTo("topics");
    assertThat(run.getJavaMap(run.fieldIndex("versions"))).containsEntry("topic_model", "none")
        .containsKeys("taxonomy", "cooccurrence_settings");
    assertThat(run.getJavaMap(run.fieldIndex("stage_seconds")))
        .containsKeys("topics", "topics.tagging", "topics.trends", "topics.cooccurrence");
  }

  @Test
  @Order(3)
  void aTrainedModelAddsLdaTopicsAndABackfillMustKeepTheTaxonomyAndTheModel() throws Exception {
    String models = dir.resolve("models").toString();
    String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("topics", "train",
        "--warehouse=" + warehouse, "--output=" + models, "-k", "4", "--max-iterations", "10", "--min-df", "2"))
        .isZero());
    assertThat(out).contains("held-out log perplexity: ").contains("mean NPMI coherence").contains("lda_03");
    String version;
    try (var folders = Files.list(Path.of(models))) {
      version = folders.map(p -> p.getFileName().toString()).findFirst().orElseThrow();
    }
    assertThat(version).startsWith("lda-k4-");

    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--topic-model=" + models, "--run-id=t3")).isZero());
    Dataset<Row> lda = read(TopicTables.ENTRY_TOPICS).filter(col("method").equalTo(TopicTables.LDA));
    assertThat(lda.count()).isPositive();
    assertThat(lda.select("topic_id").distinct().collectAsList()).extracting(r -> r.getString(0))
        .allSatisfy(id -> assertThat(id).matches("lda_0[0-3]"));
    assertThat(read(TopicTables.ENTRY_TOPICS).filter(col("method").equalTo(TopicTables.TAXONOMY)).count())
        .isPositive();
    assertThat(read(TopicTables.TOPICS).filter(col("method").equalTo(TopicTables.LDA)).count()).isEqualTo(4);
    assertThat(read(TopicTables.TOPIC_COOCCURRENCE).filter(col("method").equalTo(TopicTables.LDA)).count())
        .isPositive();
    assertThat(runRow("t3").getJavaMap(runRow("t3").fieldIndex("versions"))).containsEntry("topic_model", version);

    // A date republished without the model would mix entries with and without learned topics: refused.
    String date = read(Tables.ENTRIES).select("published_date").first().getDate(0).toString();
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--date=" + date)).isEqualTo(2));
    assertThat(err).contains("topic_model (none)").contains(version.substring(0, 12)).contains("run t3");
    // So would one with another taxonomy.
    Path other = dir.resolve("other-taxonomy.jsonl");
    Files.writeString(other, "{\"topic_id\": \"weather\", \"label\": \"Weather\", \"phrases\": {\"rain\": 1}}\n");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--taxonomy=" + other, "--topic-model=" + models, "--date=" + date)).isEqualTo(2));
    assertThat(err).contains("this run's taxonomy")
        .contains("is not the one the published topics tables were made with")
        .contains("Republish every date first: `liveblog topics --warehouse ")
        .contains(" --taxonomy " + other + " --topic-model " + models + "`");
    // The same taxonomy and model: the date is republished alone; other settings of the co-occurrence tables
    // (recomputed whole) do not matter.
    Dataset<Row> before = snapshot(read(TopicTables.ENTRY_TOPICS));
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--topic-model=" + models, "--date=" + date, "--cooccurrence-min-joint=3", "--run-id=t4")).isZero());
    TableAssertions.assertSameRows("entry_topics of other dates",
        read(TopicTables.ENTRY_TOPICS).filter(col("published_date").notEqual(date)),
        before.filter(col("published_date").notEqual(date)));
    assertThat(read(TopicTables.ENTRY_TOPICS).filter(col("run_id").equalTo("t4")).select("published_date")
        .distinct().collectAsList()).extracting(r -> r.getDate(0).toString()).containsExactly(date);
  }

  @Test
  @Order(4)
  void badTaxonomiesModelsAndSettingsFailBeforeAnyWorkNamingFileAndField() throws Exception {
    Path broken = dir.resolve("broken-taxonomy.jsonl");
    Files.writeString(broken, "{\"topic_id\": \"weather\", \"label\": \"Weather\", \"phrases\": {\"rain\": 1}}\n"
        + "{\"topic_id\": \"Snow\", \"label\": \"Snow\", \"phrases\": {\"snow\": 1}}\n");
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--taxonomy=" + broken)).isEqualTo(2));
    assertThat(err).contains("broken-taxonomy.jsonl line 2").contains("topic_id");
    assertThat(err.strip().lines().count()).as(err).isEqualTo(1);

    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--topic-model=" + dir.resolve("no-such-model"))).isEqualTo(2));
    assertThat(err).contains("no-such-model does not exist");

    Path model = Files.createDirectories(dir.resolve("bad-model/lda-k2-000000000000"));
    Files.writeString(model.resolve("model.json"), "{\"version\": \"lda-k2-000000000000\", \"settings\": {\"topics\":"
        + " \"two\"}}");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--topic-model=" + model)).isEqualTo(2));
    assertThat(err).contains(model.resolve("model.json").toString()).contains("field settings.topics");
    assertThat(err.strip().lines().count()).as(err).isEqualTo(1);

    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--cooccurrence-max-items=1")).isEqualTo(2));
    assertThat(err).contains("--cooccurrence-max-items").contains("between 2 and 1000");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "--warehouse=" + warehouse,
        "--cooccurrence-min-expected=-1")).isEqualTo(2));
    assertThat(err).contains("--cooccurrence-min-expected").contains("expected a number of at least 0");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "train", "--warehouse=" + warehouse,
        "--output=" + dir.resolve("m2"), "-k", "1")).isEqualTo(2));
    assertThat(err).contains("topics (k) must be between 2 and 1000, got 1");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("topics", "train",
        "--warehouse=" + dir.resolve("empty-warehouse"), "--output=" + dir.resolve("m2"))).isEqualTo(2));
    assertThat(err).contains("empty-warehouse has no published entries table");
  }

  private static boolean bothPlanted(String pair) {
    String[] ids = pair.split("-");
    return PlantedTopics.TAXONOMY_IDS.containsValue(ids[0]) && PlantedTopics.TAXONOMY_IDS.containsValue(ids[1]);
  }

  private static String pair(String plantedA, String plantedB) {
    String a = PlantedTopics.TAXONOMY_IDS.get(plantedA);
    String b = PlantedTopics.TAXONOMY_IDS.get(plantedB);
    return a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a;
  }

  private static String pair(Row row) {
    return row.getAs("topic_a") + "-" + row.getAs("topic_b");
  }

  private static Row row(List<Row> rows, String pair) {
    return rows.stream().filter(r -> pair(r).equals(pair)).findFirst()
        .orElseThrow(() -> new AssertionError("no all-time row for " + pair + " in " + rows.stream()
            .map(TopicsStageTest::pair).collect(Collectors.joining(", "))));
  }

  private static Row runRow(String runId) {
    return spark.read().schema(Tables.RUNS.sparkType()).parquet(warehouse + "/runs")
        .filter(col("run_id").equalTo(runId)).first();
  }

  /** The rows as they are now (a read of the same folder would be served stale after a publish). */
  private static Dataset<Row> snapshot(Dataset<Row> rows) {
    return spark.createDataFrame(rows.collectAsList(), rows.schema());
  }

  private static Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(warehouse + "/" + table.name());
  }
}
