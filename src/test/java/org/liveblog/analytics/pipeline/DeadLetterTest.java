package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.actors.ActorsStage;
import org.liveblog.analytics.cli.Jobs;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.schema.ColumnDef;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.DeadLetter;
import org.liveblog.analytics.stage.DeadLetters;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.stage.StageContext;
import org.liveblog.analytics.text.SentencesStage;
import org.liveblog.analytics.warehouse.PublishChecks;

/**
 * The dead-letter path: an entry a stage throws on, and an entry with a row that breaks a row rule, leave every table
 * for rejected_entries (PROCESSING_ERROR, with the stage and the exception or rule) while the run publishes the rest;
 * past the allowed share the run fails and publishes nothing.
 */
class DeadLetterTest {

  private final SparkSession spark = SparkSessionExtension.session();

  @TempDir
  Path dir;

  /** One row per entry: its length. A row rule wants the length positive. */
  static final TableSchema LENGTHS = new TableSchema("entry_lengths", "One row per entry: its length.",
      List.of("entry_key"), java.util.Optional.of("published_date"), List.of(
          new ColumnDef("entry_key", DataTypes.StringType, false, "The entry."),
          new ColumnDef("length", DataTypes.IntegerType, false, "Its length, or -1 for one marked BROKEN."),
          new ColumnDef(Tables.RUN_ID, DataTypes.StringType, false, "The run."),
          new ColumnDef("published_date", DataTypes.DateType, false, "Its date.")))
      .withRules(new TableSchema.RowRule("length is positive", "length > 0"));

  /** A stage like the real ones: per entry, in mapPartitions, reporting the entries it throws on. */
  static final class LengthStage implements Stage {
    @Override
    public String name() {
      return "lengths";
    }

    @Override
    public List<TableSchema> reads() {
      return List.of(Tables.ENTRIES);
    }

    @Override
    public List<TableSchema> writes() {
      return List.of(LENGTHS);
    }

    @Override
    public Map<String, String> versions() {
      return Map.of();
    }

    @Override
    public String republishCommand(String warehouse) {
      return "(test)";
    }

    @Override
    public void run(StageContext context) {
      Dataset<Row> entries = context.input(Tables.ENTRIES).select("entry_key", "text", "published_date");
      context.stage(LENGTHS, entries.mapPartitions(new Lengths(context.deadLetters(), context.runId()),
          Encoders.row(LENGTHS.sparkType())));
    }
  }

  static final class Lengths implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final DeadLetters deadLetters;
    private final String runId;

    Lengths(DeadLetters deadLetters, String runId) {
      this.deadLetters = deadLetters;
      this.runId = runId;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      List<Row> out = new ArrayList<>();
      while (input.hasNext()) {
        Row entry = input.next();
        String key = entry.getAs("entry_key");
        String text = entry.getAs("text");
        try {
          if (text.contains("POISON")) {
            throw new IllegalStateException("poisoned text");
          }
          out.add(RowFactory.create(key, text.contains("BROKEN") ? -1 : text.length(), runId,
              entry.<Date>getAs("published_date")));
        } catch (RuntimeException e) {
          deadLetters.add(DeadLetter.of(key, "lengths", "entry", e));
        }
      }
      return out.iterator();
    }
  }

  private Path input(int clean) throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < clean; i++) {
      lines.append(entry("e" + i, "Putin spoke to Nato on day " + i + "."));
    }
    lines.append(entry("poisoned", "This POISON entry makes the lengths stage throw; Putin is named."));
    lines.append(entry("broken", "This BROKEN entry gives a row that breaks a row rule; Nato is named."));
    Files.writeString(input.resolve("a.jsonl"), lines.toString());
    return input;
  }

  private static String entry(String id, String body) {
    return "{\"outlet\":\"ledger\",\"blog_id\":\"live\",\"entry_id\":\"" + id
        + "\",\"published_at\":\"2024-01-01T09:00:00Z\",\"body\":\"" + body + "\"}\n";
  }

  private RunSummary run(Path input, String warehouse, String maxFailedShare) {
    IngestStage ingest = Jobs.options(new IngestStage(), "--input", input.toString(), "--format", "jsonl");
    PublishOptions publish = Jobs.options(new PublishOptions(), "--warehouse", dir.resolve(warehouse).toString(),
        "--max-failed-share", maxFailedShare, "--run-id", warehouse);
    List<Stage> stages = List.of(ingest, new SentencesStage(), new LengthStage(), new ActorsStage());
    return RunJob.execute(spark, new RunJob.Request("run", stages, publish, publish.scope(false), "test", null));
  }

  private Dataset<Row> read(String warehouse, TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(dir.resolve(warehouse).resolve(table.name()).toString());
  }

  @Test
  void failingEntriesGoToRejectedEntriesAndTheRestIsPublished() throws Exception {
    RunSummary summary = run(input(8), "w", "0.25");

    assertThat(summary.quarantined()).isEqualTo(2);
    assertThat(read("w", Tables.ENTRIES).select("entry_id").collectAsList()).extracting(r -> r.getString(0))
        .hasSize(8).doesNotContain("poisoned", "broken");
    for (TableSchema table : List.of(Tables.SENTENCES, Tables.ACTOR_MENTIONS, LENGTHS)) {
      assertThat(read("w", table).join(read("w", Tables.ENTRIES), new String[] {"entry_key"}, "left_anti").count())
          .as(table.name() + " rows of entries that are not published").isZero();
    }
    assertThat(read("w", Tables.SENTENCES).select("entry_key").distinct().count()).isEqualTo(8);
    List<Row> rejected = read("w", Tables.REJECTED_ENTRIES).filter(col("reason").equalTo("PROCESSING_ERROR"))
        .orderBy("entry_id").collectAsList();
    assertThat(rejected).extracting(r -> r.<String>getAs("entry_id")).containsExactly("broken", "poisoned");
    assertThat(rejected.get(0).<String>getAs("detail")).contains("stage lengths")
        .contains("row rule 'length is positive' of entry_lengths");
    assertThat(rejected.get(1).<String>getAs("detail")).contains("stage lengths")
        .contains("IllegalStateException: poisoned text").contains("DeadLetterTest.java:");
    assertThat(rejected.get(1).<String>getAs("raw_record")).contains("This POISON entry");
    assertThat(rejected.get(1).<String>getAs("source_file")).endsWith("a.jsonl");
    Row runRow = read("w", Tables.RUNS).first();
    assertThat(runRow.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(runRow.<Long>getAs("entries_quarantined")).isEqualTo(2);
  }

  @Test
  void pastTheAllowedShareTheRunFailsAndPublishesNothing() throws Exception {
    Path input = input(8);
    assertThatThrownBy(() -> run(input, "strict", "0.001"))
        .isInstanceOf(PublishChecks.CheckFailedException.class)
        .hasMessageContaining("entries that failed processing at most 1");
    assertThat(dir.resolve("strict/entries")).doesNotExist();
    Row failed = spark.read().parquet(dir.resolve("strict/runs").toString()).first();
    assertThat(failed.<String>getAs("status")).isEqualTo("failed");
  }
}
