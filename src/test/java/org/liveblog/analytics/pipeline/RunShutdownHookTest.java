package org.liveblog.analytics.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.util.ShutdownHookManager;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.SparkSessionExtension;
import org.liveblog.analytics.warehouse.LockHolder;
import org.liveblog.analytics.warehouse.WarehouseLock;

/**
 * The shutdown hook of a run against the run's own thread, with the hook run by hand as the JVM would run it (the
 * child-process tests in KilledRunTest send the real signals).
 */
@ExtendWith(SparkSessionExtension.class)
class RunShutdownHookTest {

  @TempDir
  Path dir;

  private final List<String> recorded = new CopyOnWriteArrayList<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  @Test
  void aSignalBeforeThePublishEndsTheRunAsFailedOnceItsThreadLeftAndReleasesTheLock(SparkSession spark)
      throws Exception {
    RunShutdownHook hook = hook(spark, "signalled");
    Thread shutdown = new Thread(hook);
    shutdown.start();
    while (!hook.stoppedBySignal()) {
      Thread.sleep(10);
    }
    assertThat(hook.startPublishing()).as("the run may not publish any more").isFalse();
    assertThat(hook.startEnding()).as("its end is the hook's to record").isFalse();
    assertThat(recorded).as("the hook waits for the run's thread to leave").isEmpty();
    assertThat(dir.resolve("_lock")).exists();

    hook.leave();
    shutdown.join(30_000);
    assertThat(recorded).containsExactly(
        "stopped by a signal (SIGTERM or Ctrl-C) before publishing; nothing was published");
    assertThat(dir.resolve("_lock")).doesNotExist();
    assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("liveblog: run signalled stopped by a signal"
        + " before publishing: its staging was removed, it was recorded as failed, and the warehouse lock was"
        + " released\n");
  }

  @Test
  void aSignalDuringThePublishLetsTheRunFinishRecordAndRelease(SparkSession spark) throws Exception {
    RunShutdownHook hook = hook(spark, "publishing");
    assertThat(hook.startPublishing()).isTrue();
    Thread shutdown = new Thread(hook);
    shutdown.start();
    shutdown.join(500);
    assertThat(shutdown.isAlive()).as("the hook waits for the publish").isTrue();

    assertThat(hook.startEnding()).isTrue();
    hook.leave();
    shutdown.join(30_000);
    assertThat(shutdown.isAlive()).isFalse();
    assertThat(recorded).as("the run records its own end").isEmpty();
    assertThat(dir.resolve("_lock")).doesNotExist();
  }

  @Test
  void aRunThatEndedOnItsOwnRemovesItsHook(SparkSession spark) {
    WarehouseLock lock = lock("finished");
    RunShutdownHook hook = RunShutdownHook.install(spark.sparkContext(), lock, "finished", recorded::add);
    assertThat(ShutdownHookManager.get().hasShutdownHook(hook)).isTrue();

    assertThat(hook.startPublishing()).isTrue();
    assertThat(hook.startEnding()).isTrue();
    hook.leave();
    assertThat(ShutdownHookManager.get().hasShutdownHook(hook)).isFalse();
    assertThat(dir.resolve("_lock")).doesNotExist();
    hook.run();
    assertThat(recorded).as("a hook run after the run ended does nothing").isEmpty();
  }

  private RunShutdownHook hook(SparkSession spark, String runId) {
    return new RunShutdownHook(spark.sparkContext(), lock(runId), runId, recorded::add,
        new PrintStream(console, true, StandardCharsets.UTF_8), Duration.ofSeconds(30));
  }

  private WarehouseLock lock(String runId) {
    Duration lease = Duration.ofMinutes(2);
    return WarehouseLock.acquire(new org.apache.hadoop.fs.Path(dir.toUri()), new Configuration(),
        LockHolder.ofThisProcess(runId, runId, "run", lease), Duration.ZERO, lease);
  }
}
