package org.liveblog.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse lock on its own: what it records, its lease, and when it is taken over (no Spark needed). */
class WarehouseLockTest {

  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Configuration CONF = new Configuration();

  @TempDir
  Path dir;

  @Test
  void theLockRecordsItsHolderAndIsRenewedWhileHeld() throws Exception {
    Duration shortLease = Duration.ofSeconds(1);
    LockHolder.Phase phase;
    try (WarehouseLock lock = acquire("held-1", shortLease, Duration.ZERO)) {
      String first = Files.readString(dir.resolve("_lock"));
      assertThat(first).contains("run_id=held-1\n", "logical_run_id=held-1\n", "command=run\n",
          "pid=" + ProcessHandle.current().pid() + "\n", "phase=running\n");
      Instant firstExpiry = field(first, "lease_expires_at");
      Thread.sleep(1_600);

      String renewed = Files.readString(dir.resolve("_lock"));
      assertThat(field(renewed, "lease_expires_at")).as("renewed every quarter of the lease").isAfter(firstExpiry);
      assertThat(field(renewed, "started_at")).isEqualTo(field(first, "started_at"));
      assertThatThrownBy(() -> acquire("second", shortLease, Duration.ZERO))
          .as("a held lock stays held past its first lease: it is renewed")
          .isInstanceOf(WarehouseLock.LockedException.class)
          .hasMessageContaining("is locked by another run, run held-1 [run] on ")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());

      lock.assignRun("held-1.2");
      lock.enter(LockHolder.Phase.PUBLISHING);
      phase = LockHolder.parse(Files.readString(dir.resolve("_lock")), Instant.now(), LEASE).phase();
      assertThat(Files.readString(dir.resolve("_lock"))).contains("run_id=held-1.2\n", "logical_run_id=held-1\n");
    }
    assertThat(phase).isEqualTo(LockHolder.Phase.PUBLISHING);
    assertThat(dir.resolve("_lock")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file is left behind").isEmpty();
    }
  }

  @Test
  void aLockWhoseLeaseExpiredIsTakenOverAndOneWhoseLeaseLivesIsNot() throws Exception {
    Files.writeString(dir.resolve("_lock"), lockText("remote-1", "elsewhere", 4242, Instant.now().minusSeconds(60)));
    try (WarehouseLock lock = acquire("local-1", LEASE, Duration.ZERO)) {
      assertThat(lock.takenOver()).isPresent();
      assertThat(lock.takenOver().get().holder().runId()).isEqualTo("remote-1");
      assertThat(lock.takenOver().get().describe()).contains("run remote-1 [run] on elsewhere, pid 4242")
          .contains("its lease expired at");
      assertThat(Files.readString(dir.resolve("_lock"))).contains("run_id=local-1\n");
    }

    String live = lockText("remote-2", "elsewhere", 4242, Instant.now().plusSeconds(3600));
    Files.writeString(dir.resolve("_lock"), live);
    assertThatThrownBy(() -> acquire("local-2", LEASE, Duration.ZERO))
        .isInstanceOf(WarehouseLock.LockedException.class)
        .hasMessageContaining("is locked by another run, run remote-2 [run] on elsewhere, pid 4242")
        .hasMessageNotContaining("\n");
    assertThat(Files.readString(dir.resolve("_lock"))).isEqualTo(live);
  }

  @Test
  void aLockWhoseProcessIsGoneIsTakenOverAtOnceOnItsOwnMachine() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    LockHolder me = LockHolder.ofThisProcess("me", "me", "run", LEASE);
    LockHolder dead = new LockHolder("dead-1", "dead-1", "run", me.host(), me.machine(), gone.pid(),
        null, Instant.now(), Instant.now(), Instant.now().plus(LEASE), LockHolder.Phase.RUNNING, "dead-token");
    Files.writeString(dir.resolve("_lock"), dead.toText());
    try (WarehouseLock lock = acquire("local-1", LEASE, Duration.ZERO)) {
      assertThat(lock.takenOver()).isPresent();
      assertThat(lock.takenOver().get().reason()).isEqualTo("its process (pid " + gone.pid() + " on " + me.host()
          + ") is gone");
    }
  }

  @Test
  void aLockWrittenBeforeLeasesIsTakenOverOnceItIsOlderThanALease() throws Exception {
    Path lockFile = Files.writeString(dir.resolve("_lock"), "run old-1 on oldhost since 2024-01-01T00:00:00Z");
    Files.setLastModifiedTime(lockFile, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));
    try (WarehouseLock lock = acquire("local-1", LEASE, Duration.ZERO)) {
      assertThat(lock.takenOver().orElseThrow().holder().runId()).isEqualTo("old-1");
      assertThat(lock.takenOver().get().describe()).contains("run old-1 on oldhost");
    }
  }

  @Test
  void runsTakingOverTheSameDeadLockAtOnceEndWithOneHolder() throws Exception {
    int runs = 4;
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    try {
      for (int trial = 0; trial < 10; trial++) {
        Files.writeString(dir.resolve("_lock"),
            lockText("dead-" + trial, "elsewhere", 1, Instant.now().minusSeconds(1)));
        CyclicBarrier start = new CyclicBarrier(runs);
        List<Future<WarehouseLock>> attempts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          String runId = "racer-" + trial + "-" + i;
          attempts.add(pool.submit(() -> {
            start.await();
            return acquire(runId, LEASE, Duration.ZERO);
          }));
        }
        List<WarehouseLock> holders = new ArrayList<>();
        int locked = 0;
        for (Future<WarehouseLock> attempt : attempts) {
          try {
            holders.add(attempt.get());
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WarehouseLock.LockedException.class);
            locked++;
          }
        }
        assertThat(holders).as("trial %d: exactly one run holds the lock", trial).hasSize(1);
        assertThat(locked).isEqualTo(runs - 1);
        WarehouseLock winner = holders.get(0);
        assertThat(winner.takenOver().orElseThrow().holder().runId()).isEqualTo("dead-" + trial);
        assertThat(Files.readString(dir.resolve("_lock"))).contains("run_id=" + winner.holder().runId() + "\n");
        winner.close();
        try (var files = Files.list(dir)) {
          assertThat(files).as("trial %d: no takeover mutex or temporary file is left", trial).isEmpty();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRunWhoseLockWasTakenOverFailsBeforePublishingAndLeavesTheNewLockAlone() throws Exception {
    WarehouseLock lock = acquire("slow-1", LEASE, Duration.ZERO);
    String other = lockText("fast-1", "elsewhere", 7, Instant.now().plusSeconds(3600));
    Files.writeString(dir.resolve("_lock"), other);

    assertThatThrownBy(() -> lock.enter(LockHolder.Phase.PUBLISHING))
        .isInstanceOf(WarehouseLock.LockedException.class)
        .hasMessageContaining("Run slow-1 lost the warehouse lock")
        .hasMessageContaining("it is now held by run fast-1");
    lock.close();
    assertThat(Files.readString(dir.resolve("_lock"))).isEqualTo(other);
  }

  private WarehouseLock acquire(String runId, Duration lease, Duration wait) {
    return WarehouseLock.acquire(new org.apache.hadoop.fs.Path(dir.toUri()), CONF,
        LockHolder.ofThisProcess(runId, runId, "run", lease), wait, lease);
  }

  /** A lock file as another machine's run writes it. */
  static String lockText(String runId, String host, long pid, Instant leaseExpiresAt) {
    Instant renewed = leaseExpiresAt.minus(LEASE);
    return "run_id=" + runId + "\nlogical_run_id=" + runId + "\ncommand=run\nhost=" + host + "\nmachine=other\npid="
        + pid + "\nprocess_started_at=\nstarted_at=" + renewed.minusSeconds(600) + "\nrenewed_at=" + renewed
        + "\nlease_expires_at=" + leaseExpiresAt + "\nphase=running\ntoken=" + runId + "-token\n";
  }

  private static Instant field(String lockText, String key) {
    return lockText.lines().filter(line -> line.startsWith(key + "=")).map(line -> Instant.parse(line.substring(
        key.length() + 1))).findFirst().orElseThrow();
  }
}
