package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.RunScope;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.warehouse.PublishChecks;
import org.liveblog.analytics.warehouse.Warehouse;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * Runs an ordered list of stages as one job: prepare them (bad files fail before any work), let them refuse a
 * backfill the published tables cannot take, then, holding the warehouse lock, run each stage, check every staged
 * table and publish them all in one commit, recording the run in the runs table whether it succeeds or fails.
 * {@code run} is every stage; {@code ingest}, {@code actors} and the other stage commands are shorter lists.
 */
public final class RunJob {

  private RunJob() {}

  /**
   * What to run: the command (recorded in the runs table), its stages in order, where and which dates to publish, its
   * settings as sorted key=value lines (recorded and hashed), and where to print a line per stage (null: nowhere).
   */
  public record Request(String command, List<Stage> stages, PublishOptions publish, RunScope scope, String config,
      PrintStream progress) {}

  @SuppressWarnings("try") // the lock is held for the body's duration, not used in it
  public static RunSummary execute(SparkSession spark, Request request) {
    Instant started = Instant.now();
    RunScope scope = request.scope();
    List<Stage> stages = request.stages();
    if (scope.mode() == RunScope.Mode.INCREMENTAL && !(stages.get(0) instanceof IngestStage)) {
      throw new InvalidConfigException("--incremental: the " + request.command() + " command reads the published"
          + " tables, not input files; give --date or --from/--to, or nothing");
    }
    String runId = request.publish().runId().orElseGet(() -> newRunId(started));
    Warehouse warehouse = new Warehouse(spark, request.publish().warehouse(), runId, request.publish().tableFormat());
    Map<String, String> versions = new LinkedHashMap<>();
    for (Stage stage : stages) {
      stage.prepare(spark);
      versions.putAll(stage.versions());
    }
    requireInputs(warehouse, stages, request.command());
    if (!scope.isFull()) {
      PublishedRuns published = new PublishedRuns(warehouse);
      stages.forEach(stage -> stage.guard(published));
    }
    try (WarehouseLock lock = WarehouseLock.acquire(warehouse.root(), spark.sparkContext().hadoopConfiguration(),
        runId, Duration.ofSeconds(request.publish().lockWaitSeconds()))) {
      RunContext context = new RunContext(spark, warehouse, runId, started, scope, stages,
          request.publish().maxFailedShare(), new RunContext.Progress(request.command(), request.progress()));
      try {
        for (Stage stage : stages) {
          if (context.finished()) {
            break;
          }
          context.run(stage);
        }
        List<CheckResult> checks = context.checks();
        checks.addAll(context.runStep("checks", () -> tableChecks(warehouse, context, scope)));
        PublishChecks.requireAllPassed(checks);
        context.runStep("publish", () -> {
          warehouse.commit(context.partitions());
          return null;
        });
        RunSummary summary = context.summary(request.command());
        warehouse.appendRun(RunRecord.of(summary, request.config(), versions, started, Instant.now(), checks,
            context.scopeDescription(), context.inputRead().files(), null));
        warehouse.writeViews();
        return summary;
      } catch (RuntimeException e) {
        warehouse.abort();
        try {
          warehouse.appendRun(RunRecord.of(context.summary(request.command()), request.config(), versions, started,
              Instant.now(), context.checks(), context.scopeDescription(), context.inputRead().files(),
              String.valueOf(e.getMessage())));
        } catch (RuntimeException logFailure) {
          e.addSuppressed(logFailure);
        }
        throw e;
      }
    }
  }

  /**
   * Every table a stage reads is staged by an earlier stage of the same run or published; a stage command on a
   * warehouse without them fails before any work, saying what to run first.
   */
  private static void requireInputs(Warehouse warehouse, List<Stage> stages, String command) {
    Set<TableSchema> staged = new HashSet<>();
    for (Stage stage : stages) {
      for (TableSchema table : stage.reads()) {
        if (!staged.contains(table) && !warehouse.exists(table)) {
          throw new InvalidConfigException("warehouse: " + warehouse.root() + " has no published " + table.name()
              + " table, which the " + stage.name() + " stage reads; run `liveblog run` first");
        }
      }
      staged.addAll(stage.writes());
    }
  }

  /** Uniqueness and references of every staged table, and the row counts against the previous full run. */
  private static List<CheckResult> tableChecks(Warehouse warehouse, RunContext context, RunScope scope) {
    List<CheckResult> checks = new ArrayList<>(PublishChecks.tableChecks(warehouse.stagedTables(),
        name -> warehouse.read(Tables.byName(name).orElseThrow())));
    if (scope.isFull() && !context.finished()) {
      checks.addAll(rowCountDrops(warehouse, context.summary("").rowsPerTable()));
    }
    return checks;
  }

  /**
   * A warning for each table that has less than half the rows the newest successful full run wrote: a sign of lost
   * input rather than of news, which the checks of one run cannot see.
   */
  private static List<CheckResult> rowCountDrops(Warehouse warehouse, Map<String, Long> rows) {
    if (!warehouse.exists(Tables.RUNS)) {
      return List.of();
    }
    List<Row> previous = warehouse.read(Tables.RUNS)
        .filter(col("status").equalTo("succeeded").and(col("scope").equalTo("full")))
        .orderBy(col("ended_at").desc()).select("rows_written", "run_id").limit(1).collectAsList();
    if (previous.isEmpty()) {
      return List.of();
    }
    Map<String, Long> before = previous.get(0).getJavaMap(0);
    List<CheckResult> warnings = new ArrayList<>();
    rows.forEach((table, now) -> {
      Long then = before.get(table);
      if (then != null && then > 0) {
        boolean dropped = now * 2 < then;
        warnings.add(CheckResult.warning(table, "rows at least half of the previous full run's", dropped ? then - now : 0,
            dropped ? List.of(String.format(Locale.ROOT, "%,d rows now, %,d in run %s", now, then,
                previous.get(0).getString(1))) : List.of()));
      }
    });
    return warnings;
  }

  static String newRunId(Instant started) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
