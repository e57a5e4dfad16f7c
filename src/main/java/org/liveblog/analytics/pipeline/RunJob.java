package org.liveblog.analytics.pipeline;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.liveblog.analytics.ingest.IngestStage;
import org.liveblog.analytics.schema.TableSchema;
import org.liveblog.analytics.schema.Tables;
import org.liveblog.analytics.stage.CheckResult;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.RunScope;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.warehouse.LockHolder;
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

  public static RunSummary execute(SparkSession spark, Request request) {
    Instant started = Instant.now();
    RunScope scope = request.scope();
    List<Stage> stages = request.stages();
    PublishOptions publish = request.publish();
    if (scope.mode() == RunScope.Mode.INCREMENTAL && !(stages.get(0) instanceof IngestStage)) {
      throw new InvalidConfigException("--incremental: the " + request.command() + " command reads the published"
          + " tables, not input files; give --date or --from/--to, or nothing");
    }
    Optional<String> givenRunId = publish.runId();
    String logicalRunId = givenRunId.orElseGet(() -> RunAttempts.newRunId(started));
    // The warehouse as published, for what is checked before the lock; the run's own opens once its id is final.
    Warehouse published = new Warehouse(spark, publish.warehouse(), logicalRunId, publish.tableFormat());
    Map<String, String> versions = new LinkedHashMap<>();
    for (Stage stage : stages) {
      stage.prepare(spark);
      versions.putAll(stage.versions());
    }
    requireInputs(published, stages, request.command());
    if (!scope.isFull()) {
      PublishedRuns runs = new PublishedRuns(published);
      stages.forEach(stage -> stage.guard(runs));
    }
    String runId = givenRunId.isPresent() ? RunAttempts.next(published, logicalRunId, Set.of()) : logicalRunId;
    Duration lease = Duration.ofSeconds(publish.lockLeaseSeconds());
    WarehouseLock lock = WarehouseLock.acquire(published.root(), spark.sparkContext().hadoopConfiguration(),
        LockHolder.ofThisProcess(runId, logicalRunId, request.command(), lease),
        Duration.ofSeconds(publish.lockWaitSeconds()), lease);
    String tookLockFrom;
    try {
      Optional<WarehouseLock.DeadHolder> dead = lock.takenOver();
      // Again under the lock: an attempt ran while this one waited, or died holding the lock (its id is taken too).
      String attempt = givenRunId.isEmpty() ? runId : RunAttempts.next(published, logicalRunId,
          dead.map(d -> Set.of(d.holder().runId())).orElse(Set.of()));
      tookLockFrom = dead.map(d -> endDeadRun(published, d, attempt, request)).orElse(null);
      if (!attempt.equals(runId)) {
        lock.assignRun(attempt);
      }
    } catch (Exception e) {
      RuntimeException failure = unchecked(e);
      try {
        lock.close();
      } catch (RuntimeException releaseFailure) {
        failure.addSuppressed(releaseFailure);
      }
      throw failure;
    }
    return runHoldingLock(spark, request, lock, new RunRecord.Attempt(logicalRunId, tookLockFrom), versions, started);
  }

  /**
   * Runs the stages, checks and publishes while holding the lock, recording the run whether it succeeds or fails; a
   * SIGTERM or Ctrl-C before the publish ends the run through {@link RunShutdownHook}.
   */
  private static RunSummary runHoldingLock(SparkSession spark, Request request, WarehouseLock lock,
      RunRecord.Attempt attempt, Map<String, String> versions, Instant started) {
    String runId = lock.holder().runId();
    RunScope scope = request.scope();
    Warehouse warehouse = new Warehouse(spark, request.publish().warehouse(), runId,
        request.publish().tableFormat());
    RunContext context = new RunContext(spark, warehouse, runId, started, scope, request.stages(),
        request.publish().maxFailedShare(), new RunContext.Progress(request.command(), request.progress()));
    if (attempt.tookLockFrom() != null) {
      context.note("took over the warehouse lock from " + attempt.tookLockFrom());
    }
    Consumer<String> recordFailure = error -> {
      warehouse.abort();
      warehouse.appendRun(RunRecord.of(context.summary(request.command()), request.config(), versions, started,
          Instant.now(), context.checks(), context.scopeDescription(), context.inputRead().files(), attempt, error));
    };
    RunShutdownHook hook = RunShutdownHook.install(spark.sparkContext(), lock, runId, recordFailure);
    RuntimeException failure = null;
    try {
      for (Stage stage : request.stages()) {
        if (context.finished()) {
          break;
        }
        context.run(stage);
      }
      List<CheckResult> checks = context.checks();
      checks.addAll(context.runStep("checks", () -> tableChecks(warehouse, context, scope)));
      PublishChecks.requireAllPassed(checks);
      if (!hook.startPublishing()) {
        throw stoppedBySignal(runId);
      }
      lock.enter(LockHolder.Phase.PUBLISHING);
      context.runStep("publish", () -> {
        warehouse.commit(context.partitions());
        return null;
      });
      hook.startEnding();
      try {
        lock.enter(LockHolder.Phase.PUBLISHED);
      } catch (RuntimeException e) {
        // The tables are in place; the phase only tells a run that takes over a dead lock what it finds.
      }
      RunSummary summary = context.summary(request.command());
      warehouse.appendRun(RunRecord.of(summary, request.config(), versions, started, Instant.now(), checks,
          context.scopeDescription(), context.inputRead().files(), attempt, null));
      warehouse.writeViews();
      return summary;
    } catch (Exception e) {
      failure = unchecked(e);
      if (hook.startEnding()) {
        try {
          recordFailure.accept(String.valueOf(e.getMessage()));
        } catch (RuntimeException logFailure) {
          failure.addSuppressed(logFailure);
        }
      } else if (hook.stoppedBySignal()
          && !String.valueOf(e.getMessage()).equals(stoppedBySignal(runId).getMessage())) {
        // Whatever the cancelled job threw, the reason is the signal.
        failure = stoppedBySignal(runId);
        failure.addSuppressed(e);
      }
      throw failure;
    } finally {
      try {
        hook.leave();
      } catch (RuntimeException releaseFailure) {
        if (failure == null) {
          throw releaseFailure;
        }
        failure.addSuppressed(releaseFailure);
      }
    }
  }

  /**
   * A failed Spark job throws SparkException, which is checked in Java but thrown undeclared from Scala: it is a
   * failure of the run like any other, recorded and then rethrown unchanged inside an unchecked one.
   */
  private static RuntimeException unchecked(Exception e) {
    return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
  }

  private static RuntimeException stoppedBySignal(String runId) {
    return new IllegalStateException("run " + runId + " was stopped by a signal (SIGTERM or Ctrl-C) before publishing");
  }

  /**
   * Ends a run that died holding the lock this run took over: undoes a publish it left half done, removes its staging
   * and trash, appends its failed row (unless it recorded itself before it died) and says so on the console. Returns
   * the dead holder, as this run's row records it.
   */
  private static String endDeadRun(Warehouse published, WarehouseLock.DeadHolder dead, String runId, Request request) {
    LockHolder holder = dead.holder();
    String outcome;
    if (holder.runId().isEmpty()) {
      outcome = "its lock names no run, so nothing of it could be cleaned up";
    } else {
      boolean undone = published.cleanUpAfter(holder.runId());
      outcome = undone ? "the publish it left half done was undone" : switch (holder.phase()) {
        case RUNNING -> "it had published nothing";
        case PUBLISHING -> "it died while publishing and left nothing to undo (Iceberg tables it had committed keep"
            + " its snapshot)";
        case PUBLISHED -> "its tables had been published";
      };
      outcome += "; its staging was removed";
      if (!hasRow(published, holder.runId())) {
        published.appendRun(RunRecord.deadRun(holder, "died holding the warehouse lock (" + dead.reason()
            + "); taken over by run " + runId + "; " + outcome));
        outcome += "; it is recorded in runs as failed";
      }
    }
    if (request.progress() != null) {
      request.progress().println("liveblog " + request.command() + ": took over the warehouse lock from "
          + dead.describe() + "; " + outcome);
      request.progress().flush();
    }
    return dead.describe();
  }

  private static boolean hasRow(Warehouse warehouse, String runId) {
    return warehouse.exists(Tables.RUNS)
        && !warehouse.read(Tables.RUNS).filter(col("run_id").equalTo(runId)).limit(1).isEmpty();
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
}
