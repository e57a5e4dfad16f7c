package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liveblog.analytics.ConsoleCapture;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.generate.GroundTruth;
import org.liveblog.analytics.schema.Tables;

/** `generate` then `run` through the command line, checked against the generator's manifest. */
class RunJobEndToEndTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static GroundTruth manifest;
  static Path warehouse;
  static String runOutput;

  @BeforeAll
  static void generateAndRun() throws Exception {
    spark = SparkSessionExtension.session();
    assertThat(LiveblogCli.execute("generate", "--entries", "3000", "--seed", "11", "--days", "30",
        "--output", dir.resolve("corpus").toString())).isZero();
    manifest = GroundTruth.read(dir.resolve("corpus/manifest.json").toString(), spark.sparkContext().hadoopConfiguration());
    warehouse = dir.resolve("warehouse");
    runOutput = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input",
        dir.resolve("corpus/entries").toString(), "--warehouse", warehouse.toString(), "--run-id", "e2e-1")).isZero());
  }

  @Test
  void everyRecordIsAccountedForAsTheManifestPlanted() {
    Dataset<Row> entries = table("entries");
    Dataset<Row> rejected = table("rejected_entries");
    assertThat(entries.count()).isEqualTo(manifest.counts().validEntries());
    Map<String, Long> byReason = new TreeMap<>();
    rejected.groupBy("reason").count().collectAsList().forEach(r -> byReason.put(r.getString(0), r.getLong(1)));
    Map<String, Long> expected = new TreeMap<>(manifest.rejects().byReason());
    expected.put("DUPLICATE_SUPERSEDED", manifest.counts().duplicates());
    expected.values().removeIf(n -> n == 0);
    assertThat(byReason).isEqualTo(expected);
    assertThat(entries.count() + rejected.count()).isEqualTo(manifest.counts().rowsWritten());
    assertThat(entries.select("entry_key").distinct().count()).isEqualTo(entries.count());
    assertThat(runOutput).contains("records read " + String.format("%,d", manifest.counts().rowsWritten()));
  }

  @Test
  void sentencesCoverEveryEntryWithOffsetsAndSpeakers() {
    Dataset<Row> entries = table("entries");
    Dataset<Row> sentences = table("sentences");
    assertThat(sentences.select("entry_key").distinct().count()).isEqualTo(entries.count());
    Dataset<Row> joined = sentences.as("s").join(entries.as("e"), "entry_key")
        .filter(col("s.text").notEqual(col("e.text").substr(col("s.char_start").plus(1),
            col("s.char_end").minus(col("s.char_start")))));
    assertThat(joined.count()).as("sentences whose text differs from the entry text at their offsets").isZero();
    assertThat(sentences.filter(col("speaker").isNotNull()).count()).isPositive();
    assertThat(sentences.filter(col("is_quote")).count()).isPositive();
    assertThat(sentences.filter(col("run_id").notEqual("e2e-1")).count()).isZero();
  }

  @Test
  void aRerunReplacesTheTablesWithTheSameRows() throws Exception {
    Path second = dir.resolve("warehouse-2");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input", dir.resolve("corpus/entries").toString(),
        "--warehouse", second.toString(), "--run-id", "e2e-1")).isZero());
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input", dir.resolve("corpus/entries").toString(),
        "--warehouse", second.toString(), "--run-id", "e2e-1")).isZero());
    for (String name : new String[] {"entries", "rejected_entries", "sentences"}) {
      Dataset<Row> once = table(name);
      Dataset<Row> twice = spark.read().parquet(second.resolve(name).toString());
      assertThat(once.exceptAll(twice).count() + twice.exceptAll(once).count()).as(name).isZero();
    }
    try (var leftovers = Files.list(second)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("entries", "rejected_entries", "sentences", "runs", "views.sql");
    }
  }

  @Test
  void aFailedRunLeavesThePublishedTablesAsTheyWere() throws Exception {
    long before = table("entries").count();
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("run", "--input",
        dir.resolve("no-such-corpus").toString(), "--warehouse", warehouse.toString())).isEqualTo(3));
    assertThat(err).contains("no-such-corpus").contains("does not exist");
    assertThat(table("entries").count()).isEqualTo(before);
    assertThat(warehouse.resolve("_staging").toFile().list()).isNullOrEmpty();
  }

  private static Dataset<Row> table(String name) {
    return spark.read().schema(tableSchema(name)).parquet(warehouse.resolve(name).toString());
  }

  private static org.apache.spark.sql.types.StructType tableSchema(String name) {
    return Tables.byName(name).orElseThrow().sparkType();
  }
}
