package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.cli.LiveblogCli;
import org.liveblog.analytics.schema.Tables;

/**
 * A run killed with SIGKILL, or stopped with SIGTERM, never locks the warehouse for good. The run to kill is a real
 * child JVM running the command line; the run after it runs in this JVM, with nobody touching the warehouse between.
 */
class KilledRunTest {

  /** How long a child JVM may take to start Spark and stage its first table on a loaded machine. */
  private static final Duration STARTUP = Duration.ofMinutes(5);

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Path input;

  @BeforeAll
  static void generateCorpus() {
    spark = SparkSessionExtension.session();
    input = dir.resolve("corpus/entries");
    ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("generate", "--entries", "600", "--seed", "3",
        "--days", "10", "--output", dir.resolve("corpus").toString())).isZero());
  }

  @Test
  void aRunKilledWithSigkillIsTakenOverByItsRetryWhichSucceeds() throws Exception {
    Path warehouse = dir.resolve("killed");
    Process child = startRun(warehouse, "nightly");
    waitUntilStaging(child, warehouse, "nightly");
    child.destroyForcibly();
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(warehouse.resolve("_lock")).as("a killed run cannot release its lock").exists();
    assertThat(warehouse.resolve("_staging/nightly")).exists();

    String[] out = new String[1];
    String err = ConsoleCapture.stderr(() -> out[0] = ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute(
        "run", "--input", input.toString(), "--warehouse", warehouse.toString(), "--run-id", "nightly")).isZero()));

    assertThat(err).containsOnlyOnce("took over the warehouse lock from run nightly [run] on ")
        .contains("pid " + child.pid() + ", started ").contains("is gone; it had published nothing");
    assertThat(out[0]).contains("liveblog run: run nightly.2");
    Row dead = runRow(warehouse, "nightly");
    assertThat(dead.<String>getAs("status")).isEqualTo("failed");
    assertThat(dead.<String>getAs("logical_run_id")).isEqualTo("nightly");
    assertThat(dead.<String>getAs("error")).startsWith("died holding the warehouse lock (its process (pid "
        + child.pid() + " on ").contains("taken over by run nightly.2; it had published nothing");
    Row retry = runRow(warehouse, "nightly.2");
    assertThat(retry.<String>getAs("status")).isEqualTo("succeeded");
    assertThat(retry.<String>getAs("logical_run_id")).isEqualTo("nightly");
    assertThat(retry.<String>getAs("took_lock_from")).startsWith("run nightly [run] on ").contains("is gone");
    assertThat(spark.read().parquet(warehouse.resolve("entries").toString()).filter(col("run_id")
        .equalTo("nightly.2")).count()).isPositive();
    assertThat(warehouse.resolve("_lock")).doesNotExist();
    assertThat(warehouse.resolve("_staging")).as("the dead run's staging is removed").doesNotExist();
  }

  @Test
  void aRunStoppedWithSigtermReleasesItsLockAndRecordsItselfAsFailed() throws Exception {
    Path warehouse = dir.resolve("stopped");
    Process child = startRun(warehouse, "stopped");
    waitUntilStaging(child, warehouse, "stopped");
    child.destroy();
    assertThat(child.waitFor(3, TimeUnit.MINUTES)).as("the child ends after SIGTERM").isTrue();

    String output = Files.readString(log(warehouse));
    assertThat(child.exitValue()).as(output).isNotZero();
    // The shutdown hook's line is the one promise: the run's own one-line error races the JVM's exit, and CI once
    // saw the JVM end before it was printed.
    assertThat(output).contains("liveblog: run stopped stopped by a signal before publishing: its staging was"
        + " removed, it was recorded as failed, and the warehouse lock was released");
    assertThat(warehouse.resolve("_lock")).doesNotExist();
    assertThat(warehouse.resolve("_staging")).doesNotExist();
    assertThat(warehouse.resolve("entries")).as("nothing was published").doesNotExist();
    Row stopped = runRow(warehouse, "stopped");
    assertThat(stopped.<String>getAs("status")).isEqualTo("failed");
    assertThat(stopped.<String>getAs("error"))
        .isEqualTo("stopped by a signal (SIGTERM or Ctrl-C) before publishing; nothing was published");
  }

  @Test
  void aLockWhoseLeaseExpiredIsTakenOverAndOneWhoseLeaseLivesIsNot() throws Exception {
    Path warehouse = dir.resolve("leases");
    Files.createDirectories(warehouse.resolve("_staging/remote-1/entries-1"));
    Files.writeString(warehouse.resolve("_lock"), lockOfAnotherHost("remote-1", Instant.now().minusSeconds(60)));
    String err = ConsoleCapture.stderr(() -> ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("ingest",
        "--input", input.toString(), "--warehouse", warehouse.toString(), "--run-id", "local-1")).isZero()));
    assertThat(err).contains("took over the warehouse lock from run remote-1 [run] on other-host, pid 4242")
        .contains("its lease expired at");
    assertThat(runRow(warehouse, "remote-1").<String>getAs("error")).contains("its lease expired at")
        .contains("taken over by run local-1");
    assertThat(runRow(warehouse, "local-1").<String>getAs("took_lock_from")).startsWith("run remote-1 [run]");
    assertThat(warehouse.resolve("_staging")).doesNotExist();
    assertThat(warehouse.resolve("_lock")).doesNotExist();

    String live = lockOfAnotherHost("remote-2", Instant.now().plusSeconds(3600));
    Files.writeString(warehouse.resolve("_lock"), live);
    String locked = ConsoleCapture.stderr(() -> ConsoleCapture.stdout(() -> assertThat(LiveblogCli.execute("ingest",
        "--input", input.toString(), "--warehouse", warehouse.toString(), "--run-id", "local-2")).isEqualTo(4)));
    assertThat(locked.strip()).as("one line naming the holder").doesNotContain("\n")
        .contains("is locked by another run, run remote-2 [run] on other-host, pid 4242");
    assertThat(Files.readString(warehouse.resolve("_lock"))).isEqualTo(live);
  }

  /** A lock as a run on another machine writes it, with its lease ending at {@code leaseExpiresAt}. */
  private static String lockOfAnotherHost(String runId, Instant leaseExpiresAt) {
    return String.join("\n", "run_id=" + runId, "logical_run_id=" + runId, "command=run", "host=other-host",
        "machine=", "pid=4242", "process_started_at=", "started_at=" + leaseExpiresAt.minusSeconds(600),
        "renewed_at=" + leaseExpiresAt.minusSeconds(120), "lease_expires_at=" + leaseExpiresAt, "phase=running",
        "token=" + runId + "-token") + "\n";
  }

  private static Row runRow(Path warehouse, String runId) {
    return spark.read().schema(Tables.RUNS.sparkType()).parquet(warehouse.resolve("runs").toString())
        .filter(col("run_id").equalTo(runId)).first();
  }

  /** `liveblog run` in a child JVM with this JVM's module options and class path; its output goes to a log file. */
  private static Process startRun(Path warehouse, String runId) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (option.startsWith("--add-") || option.startsWith("--enable-native-access") || option.startsWith("-XX:+Ignore")
          || option.startsWith("-Djdk.") || option.startsWith("-Dio.netty.") || option.startsWith("-Duser.timezone")) {
        command.add(option);
      }
    }
    command.addAll(List.of("-Xmx1g", "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
        "-Dspark.sql.shuffle.partitions=2", "-cp", System.getProperty("java.class.path"),
        LiveblogCli.class.getName(), "run", "--input", input.toString(), "--warehouse", warehouse.toString(),
        "--run-id", runId));
    Files.createDirectories(warehouse.getParent());
    File log = log(warehouse).toFile();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log));
    builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return builder.start();
  }

  private static Path log(Path warehouse) {
    return warehouse.resolveSibling(warehouse.getFileName() + "-child.log");
  }

  /** Waits until the child holds the lock and has staged a table, so that there is something to clean up. */
  private static void waitUntilStaging(Process child, Path warehouse, String runId) throws Exception {
    Instant deadline = Instant.now().plus(STARTUP);
    Path staging = warehouse.resolve("_staging").resolve(runId);
    while (!(Files.exists(warehouse.resolve("_lock")) && Files.isDirectory(staging) && !isEmpty(staging))) {
      if (!child.isAlive() || Instant.now().isAfter(deadline)) {
        child.destroyForcibly();
        fail("the child run never staged a table (exit " + (child.isAlive() ? "none" : child.exitValue()) + "):\n"
            + Files.readString(log(warehouse)));
      }
      Thread.sleep(100);
    }
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.findAny().isEmpty();
    }
  }
}
