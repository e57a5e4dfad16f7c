package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_timestamp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.element_at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.TableAssertions;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;

/** `actors`: the stage alone over the published sentences, e.g. with another registry, for all or some dates. */
class ActorsCommandTest {

  private final SparkSession spark = SparkSessionExtension.session();

  @TempDir
  Path dir;

  @Test
  void rerunsTheActorTablesWithAnotherRegistryForTheGivenDatesOnly() throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a.jsonl"), IncrementalRunTest.BATCH_A + IncrementalRunTest.BATCH_B);
    String warehouse = dir.resolve("w").toString();
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("run", "--input=" + input, "--format=jsonl",
        "--warehouse=" + warehouse, "--run-id=r1")).isZero());
    Dataset<Row> entriesBefore = snapshot(read(Tables.ENTRIES));
    Dataset<Row> mentionsBefore = snapshot(read(Tables.ACTOR_MENTIONS));

    // A registry that knows only Putin. Republishing one date with it would mix two registries: refused.
    Path registry = dir.resolve("putin-only.jsonl");
    Files.writeString(registry, "{\"actor_id\": \"putin\", \"name\": \"Vladimir Putin\", \"type\": \"person\","
        + " \"aliases\": [{\"text\": \"Vladimir Putin\"}, {\"text\": \"Putin\", \"kind\": \"surname\"}]}\n");
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05")).isEqualTo(2));
    assertThat(err).contains("this run's registry").contains("is not the one the published actors tables were made with")
        .contains("Republish every date first: `liveblog actors --warehouse ").contains("--registry " + registry + "`");
    TableAssertions.assertSameRows("actor_mentions", read(Tables.ACTOR_MENTIONS), mentionsBefore);

    // Every date, then: only Putin is left, and nothing but the actor tables changed.
    String out = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--run-id=r2")).isZero());
    assertThat(out).contains("liveblog actors: run r2").contains("registry " + registry);
    Dataset<Row> afterAll = snapshot(read(Tables.ACTOR_MENTIONS));
    assertThat(afterAll.select("actor_id").distinct().collectAsList()).extracting(r -> r.getString(0))
        .containsExactly("putin");
    assertThat(read(Tables.ACTORS).count()).isEqualTo(1);
    TableAssertions.assertSameRows("entries", read(Tables.ENTRIES), entriesBefore);
    Row run = spark.read().parquet(warehouse + "/runs").filter(col("run_id").equalTo("r2")).first();
    assertThat(run.<String>getAs("command")).isEqualTo("actors");
    assertThat(run.<String>getAs("scope")).isEqualTo("full");
    assertThat(run.<scala.collection.Map<String, String>>getAs("versions").contains("registry")).isTrue();

    // With the same registry, a date is republished alone and the other dates stay as they are.
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05", "--run-id=r3")).isZero());
    TableAssertions.assertSameRows("actor_mentions", read(Tables.ACTOR_MENTIONS), afterAll);
    assertThat(spark.read().parquet(warehouse + "/runs").filter(col("run_id").equalTo("r3")).first()
        .<String>getAs("scope")).isEqualTo("dates 2024-01-05..2024-01-05");

    // Had another metonym model decided the published mentions (a run recorded with another model's hash), a date
    // republished with this job's model would mix the two: refused, until every date is republished.
    spark.read().parquet(warehouse + "/runs").filter(col("run_id").equalTo("r3"))
        .withColumn("run_id", lit("r-older-model"))
        .withColumn("ended_at", current_timestamp())
        .withColumn("versions", map(lit("registry"), element_at(col("versions"), "registry"), lit("metonym_model"),
            lit("0123456789abcdef")))
        .write().mode("append").parquet(warehouse + "/runs");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05")).isEqualTo(2));
    assertThat(err).contains("metonym_model").contains("0123456789ab").contains("r-older-model");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--run-id=r5")).isZero());
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05", "--run-id=r6")).isZero());

    // So is another threshold: every date first, then dates with the same threshold.
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05", "--metonym-threshold=0.8")).isEqualTo(2));
    assertThat(err).contains("metonym_threshold (0.8000)").contains("(0.5000, run r6)");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--metonym-threshold=0.8", "--run-id=r7")).isZero());
    assertThat(spark.read().parquet(warehouse + "/runs").filter(col("run_id").equalTo("r7")).first()
        .<scala.collection.Map<String, String>>getAs("versions").apply("metonym_threshold")).isEqualTo("0.8000");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry, "--date=2024-01-05", "--metonym-threshold=0.8", "--run-id=r8")).isZero());
  }

  @Test
  void aBrokenRegistryOrAnIncrementalRunFailsBeforeAnyWorkNamingTheProblem() throws Exception {
    Path registry = dir.resolve("broken.jsonl");
    Files.writeString(registry, "{\"actor_id\": \"putin\", \"name\": \"Vladimir Putin\", \"type\": \"person\","
        + " \"aliases\": [{\"text\": \"Putin\"}]}\n{\"actor_id\": \"x\", \"type\": \"person\"}\n");
    String warehouse = dir.resolve("w").toString();
    String err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--registry=" + registry)).isEqualTo(2));
    assertThat(err).contains("broken.jsonl").contains("line 2");
    err = ConsoleCapture.stderr(() -> assertThat(LiveblogCli.execute("actors", "--warehouse=" + warehouse,
        "--incremental")).isEqualTo(2));
    assertThat(err).contains("incremental");
  }

  /** The rows as they are now (a cached read of the same folder would be served stale after a publish). */
  private Dataset<Row> snapshot(Dataset<Row> rows) {
    return spark.createDataFrame(rows.collectAsList(), rows.schema());
  }

  private Dataset<Row> read(TableSchema table) {
    return spark.read().schema(table.sparkType()).parquet(dir.resolve("w").resolve(table.name()).toString());
  }
}
