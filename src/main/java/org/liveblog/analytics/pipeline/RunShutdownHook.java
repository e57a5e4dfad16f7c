package org.liveblog.analytics.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.SparkContext;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * Ends a run cleanly when its JVM is told to stop (SIGTERM, Ctrl-C) while it holds the warehouse lock. Before the
 * publish, the hook takes the run's end over from the run's thread: it cancels the run's Spark jobs, removes its
 * staging, records it as failed and releases the lock. Once the publish has begun, it lets the run finish (publish,
 * record, release) rather than leave a publish half done. A run that ended on its own removes the hook.
 */
final class RunShutdownHook implements Runnable {

  /**
   * Hadoop's shutdown hook manager runs hooks one after another, highest priority first: Spark's (40) stops the
   * SparkContext and the file systems' (10) close them, and this hook needs both to record the run.
   */
  static final int PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 40;
  private static final long TIMEOUT_SECONDS = 60;

  private enum State {
    /** Staging and checking: a signal stops the run here. */
    RUNNING,
    /** Moving tables into place: the run finishes first. */
    PUBLISHING,
    /** The run's thread records its own end (success or failure). */
    ENDING,
    /** A signal stopped the run; this hook records its end. */
    STOPPED,
    /** The run ended and released the lock. */
    DONE
  }

  private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
  private final CountDownLatch runThreadLeft = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);
  private final SparkContext spark;
  private final WarehouseLock lock;
  private final String runId;
  private final Consumer<String> recordFailure;
  private final PrintStream console;
  private final Duration cancelFor;

  RunShutdownHook(SparkContext spark, WarehouseLock lock, String runId, Consumer<String> recordFailure,
      PrintStream console, Duration cancelFor) {
    this.spark = spark;
    this.lock = lock;
    this.runId = runId;
    this.recordFailure = recordFailure;
    this.console = console;
    this.cancelFor = cancelFor;
  }

  /** Registers the hook of a run that holds the lock; {@code recordFailure} removes its staging, appends its row. */
  static RunShutdownHook install(SparkContext spark, WarehouseLock lock, String runId, Consumer<String> recordFailure) {
    RunShutdownHook hook = new RunShutdownHook(spark, lock, runId, recordFailure, System.err, Duration.ofSeconds(20));
    ShutdownHookManager.get().addShutdownHook(hook, PRIORITY, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return hook;
  }

  /** The run's thread, before publishing: false when a signal has stopped the run (its end is the hook's). */
  boolean startPublishing() {
    return state.compareAndSet(State.RUNNING, State.PUBLISHING);
  }

  /** The run's thread, to record its own end: false when a signal has stopped the run (its end is the hook's). */
  boolean startEnding() {
    return state.compareAndSet(State.RUNNING, State.ENDING) || state.compareAndSet(State.PUBLISHING, State.ENDING)
        || state.get() == State.ENDING;
  }

  boolean stoppedBySignal() {
    return state.get() == State.STOPPED;
  }

  /**
   * The run's thread, leaving the run in every case: releases the lock, or, when a signal stopped the run, waits for
   * the hook to record it (the caller would otherwise stop the SparkContext the hook records with).
   */
  void leave() {
    runThreadLeft.countDown();
    while (true) {
      State now = state.get();
      if (now == State.STOPPED) {
        await(done, Duration.ofSeconds(TIMEOUT_SECONDS));
        return;
      }
      if (now == State.DONE) {
        return;
      }
      if (state.compareAndSet(now, State.DONE)) {
        try {
          lock.close();
        } finally {
          done.countDown();
          try {
            ShutdownHookManager.get().removeShutdownHook(this);
          } catch (IllegalStateException shuttingDown) {
            // The JVM is shutting down: the hook runs, finds the run done and returns.
          }
        }
        return;
      }
    }
  }

  @Override
  public void run() {
    if (!state.compareAndSet(State.RUNNING, State.STOPPED)) {
      // Publishing or recording its end: the run's thread finishes and releases the lock; Spark waits behind us.
      await(done, Duration.ofSeconds(TIMEOUT_SECONDS - 5));
      return;
    }
    Instant until = Instant.now().plus(cancelFor);
    // The run's thread may start another job between two cancels; cancel until it has left the run.
    while (!await(runThreadLeft, Duration.ofMillis(200)) && Instant.now().isBefore(until)) {
      if (!spark.isStopped()) {
        spark.cancelAllJobs();
      }
    }
    String recorded = "it was recorded as failed";
    String released = "the warehouse lock was released";
    try {
      recordFailure.accept("stopped by a signal (SIGTERM or Ctrl-C) before publishing; nothing was published");
    } catch (RuntimeException e) {
      recorded = "it could not be recorded (" + e.getMessage() + ")";
    } finally {
      try {
        lock.close();
      } catch (RuntimeException e) {
        released = "the warehouse lock could not be released (" + e.getMessage() + "); it is taken over once its"
            + " lease expires";
      }
      done.countDown();
    }
    console.println("liveblog: run " + runId + " stopped by a signal before publishing: its staging was removed, "
        + recorded + ", and " + released);
    console.flush();
  }

  private static boolean await(CountDownLatch latch, Duration timeout) {
    try {
      return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }
}
