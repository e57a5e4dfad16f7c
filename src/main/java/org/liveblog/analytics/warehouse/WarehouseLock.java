package org.liveblog.analytics.warehouse;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per warehouse: a run holds {@code <warehouse>/_lock} from start to publish. The file says who
 * holds it ({@link LockHolder}) and carries a lease that a background thread renews every quarter of its length.
 * A later run takes over a lock whose holder is provably dead (a process of the same machine that is gone) or whose
 * lease has expired, under a takeover mutex ({@code _lock.takeover}, created exclusively) and only if the lock still
 * holds what it judged dead, replacing it in one atomic rename so that the warehouse is never without a lock. The
 * lock is created exclusively (atomic on local and HDFS file systems; object stores without conditional writes need
 * the scheduler to serialise runs). A second run waits up to the configured time, then fails naming the holder.
 */
public final class WarehouseLock implements AutoCloseable {

  /** The lock file's name in the warehouse. */
  public static final String LOCK_FILE = "_lock";
  private static final String TAKEOVER_FILE = "_lock.takeover";
  private static final long POLL_MILLIS = 1_000;
  private static final long TAKEOVER_POLL_MILLIS = 100;
  /** File systems whose rename replaces a file atomically (local files are handled with java.nio). */
  private static final Set<String> ATOMIC_RENAME_SCHEMES = Set.of("hdfs", "viewfs");

  private final FileSystem fs;
  private final Configuration conf;
  private final Path lock;
  private final Duration lease;
  private final Optional<DeadHolder> takenOver;
  private final ScheduledExecutorService renewals;
  private LockHolder holder;
  private String lostBecause;
  private IOException lastRenewalFailure;
  private boolean released;

  /** Thrown when the warehouse stays locked by another run for longer than the wait, or a run lost its lock. */
  public static final class LockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LockedException(String message) {
      super(message);
    }
  }

  /** A former holder whose lock this run took over, and why it was judged dead. */
  public record DeadHolder(LockHolder holder, String reason) {
    /** One line: the dead run and why. */
    public String describe() {
      return holder.describe() + ": " + reason;
    }
  }

  private WarehouseLock(FileSystem fs, Configuration conf, Path lock, LockHolder holder, Duration lease,
      Optional<DeadHolder> takenOver) {
    this.fs = fs;
    this.conf = conf;
    this.lock = lock;
    this.holder = holder;
    this.lease = lease;
    this.takenOver = takenOver;
    this.renewals = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "warehouse-lock-lease " + lock);
      thread.setDaemon(true);
      return thread;
    });
    long period = Math.max(lease.toMillis() / 4, 100);
    renewals.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the warehouse's lock for {@code holder}, waiting up to {@code wait} for a live holder and taking over a
   * dead one's lock at once. The returned lock is renewed until {@link #close}.
   */
  public static WarehouseLock acquire(Path warehouse, Configuration conf, LockHolder holder, Duration wait,
      Duration lease) {
    Path lock = new Path(warehouse, LOCK_FILE);
    try {
      FileSystem fs = warehouse.getFileSystem(conf);
      fs.mkdirs(warehouse);
      Instant deadline = Instant.now().plus(wait);
      while (true) {
        LockHolder mine = holder.renewed(Instant.now(), lease);
        if (createExclusively(fs, lock, bytes(mine))) {
          return new WarehouseLock(fs, conf, lock, mine, lease, Optional.empty());
        }
        Optional<byte[]> content = read(fs, lock);
        if (content.isEmpty()) {
          continue; // released between our attempt and our look
        }
        LockHolder other = LockHolder.parse(text(content.get()), modifiedAt(fs, lock), lease);
        Optional<String> dead = other.deadBecause(Instant.now());
        if (dead.isPresent()) {
          if (takeOver(fs, conf, lock, content.get(), mine)) {
            return new WarehouseLock(fs, conf, lock, mine, lease, Optional.of(new DeadHolder(other, dead.get())));
          }
          pause(TAKEOVER_POLL_MILLIS); // another run is taking over, or the lock changed: look again
          continue;
        }
        if (Instant.now().isAfter(deadline)) {
          throw new LockedException("Warehouse " + warehouse + " is locked by another run, " + other.describe()
              + " (waited " + wait.toSeconds() + " s; set lock-wait-seconds to wait longer; the lock is taken over"
              + " once its lease expires or, on its own machine, its process is gone)");
        }
        pause(POLL_MILLIS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock warehouse " + warehouse, e);
    }
  }

  /**
   * Replaces a dead holder's lock ({@code stale}, as read) with {@code mine}, if no other run is taking it over and
   * the lock still holds exactly what was judged dead. The replacement is one atomic rename, so a run that only
   * creates locks exclusively never finds the warehouse unlocked half-way through a takeover.
   */
  private static boolean takeOver(FileSystem fs, Configuration conf, Path lock, byte[] stale, LockHolder mine)
      throws IOException {
    Path mutex = new Path(lock.getParent(), TAKEOVER_FILE);
    if (!createExclusively(fs, mutex, bytes(mine))) {
      clearIfDead(fs, mutex, mine);
      return false;
    }
    try {
      Optional<byte[]> current = read(fs, lock);
      if (current.isEmpty() || !Arrays.equals(current.get(), stale)) {
        return false;
      }
      replace(fs, conf, lock, bytes(mine));
      return true;
    } finally {
      fs.delete(mutex, false);
    }
  }

  /** A takeover mutex left by a run that died while taking over is removed once that run is judged dead. */
  private static void clearIfDead(FileSystem fs, Path mutex, LockHolder mine) throws IOException {
    Optional<byte[]> content = read(fs, mutex);
    if (content.isPresent() && LockHolder.parse(text(content.get()), modifiedAt(fs, mutex),
        Duration.between(mine.renewedAt(), mine.leaseExpiresAt())).deadBecause(Instant.now()).isPresent()) {
      Optional<byte[]> again = read(fs, mutex);
      if (again.isPresent() && Arrays.equals(again.get(), content.get())) {
        fs.delete(mutex, false);
      }
    }
  }

  /** The dead holder whose lock this run took over, if it did: its run is to be ended (staging removed, recorded). */
  public Optional<DeadHolder> takenOver() {
    return takenOver;
  }

  /** The holder as the lock file now says. */
  public synchronized LockHolder holder() {
    return holder;
  }

  /** Records that the run is now attempt {@code runId} of its logical run (decided once the lock is held). */
  public synchronized void assignRun(String runId) {
    rewrite(holder.asRun(runId));
  }

  /**
   * Records how far the run got, after making sure the lock is still this run's: a run whose lease lapsed and whose
   * lock was taken over fails here rather than publishing beside the run that took it.
   */
  public synchronized void enter(LockHolder.Phase phase) {
    rewrite(holder.inPhase(phase));
  }

  private void renew() {
    synchronized (this) {
      if (released || lostBecause != null) {
        return;
      }
      try {
        rewrite(holder.renewed(Instant.now(), lease));
        lastRenewalFailure = null;
      } catch (LockedException e) {
        // lostBecause is set: the run fails at its next phase change.
      } catch (UncheckedIOException e) {
        // A file-system hiccup: the next renewal tries again, well within the lease.
        lastRenewalFailure = e.getCause();
      }
    }
  }

  /** Writes {@code next} over the lock if it is still this run's; fails naming who holds it otherwise. */
  private void rewrite(LockHolder next) {
    if (released) {
      throw new IllegalStateException("The warehouse lock " + lock + " was released");
    }
    try {
      if (lostBecause == null) {
        Optional<byte[]> current = read(fs, lock);
        if (current.isEmpty()) {
          lostBecause = "the lock file is gone";
        } else {
          LockHolder now = LockHolder.parse(text(current.get()), modifiedAt(fs, lock), lease);
          if (!now.token().equals(holder.token())) {
            lostBecause = "it is now held by " + now.describe();
          }
        }
      }
      if (lostBecause != null) {
        throw new LockedException("Run " + holder.runId() + " lost the warehouse lock " + lock + ": " + lostBecause
            + (lastRenewalFailure == null ? "" : " (its lease could not be renewed: " + lastRenewalFailure + ")")
            + "; nothing more is published by it");
      }
      replace(fs, conf, lock, bytes(next));
      holder = next;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot rewrite the warehouse lock " + lock, e);
    }
  }

  /** Stops renewing and deletes the lock if it is still this run's. Closing twice does nothing. */
  @Override
  public synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    renewals.shutdownNow();
    try {
      Optional<byte[]> current = read(fs, lock);
      if (current.isPresent() && LockHolder.parse(text(current.get()), Instant.EPOCH, lease).token()
          .equals(holder.token())) {
        fs.delete(lock, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the warehouse lock " + lock + "; it is taken over once its lease"
          + " expires", e);
    }
  }

  /**
   * Creates the file only if it does not exist, atomically: Hadoop's local file system checks and then creates, so
   * local paths go through java.nio's CREATE_NEW (O_EXCL); HDFS creates without overwrite atomically itself.
   */
  private static boolean createExclusively(FileSystem fs, Path path, byte[] content) throws IOException {
    try {
      if (isLocal(fs)) {
        Files.write(local(fs, path), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return true;
      }
      try (OutputStream out = fs.create(path, false)) {
        out.write(content);
      }
      return true;
    } catch (FileAlreadyExistsException | java.nio.file.FileAlreadyExistsException e) {
      return false;
    }
  }

  /**
   * Replaces the file's content in one step, so that a reader sees the old lock or the new one and never none or half
   * of one: a rename over it on local file systems and HDFS (write a temporary file, then rename); on object stores,
   * where a rename is a copy, one overwriting PUT, which they make visible whole.
   */
  private static void replace(FileSystem fs, Configuration conf, Path target, byte[] content) throws IOException {
    Path temporary = new Path(target.getParent(), target.getName() + "." + UUID.randomUUID() + ".tmp");
    if (isLocal(fs)) {
      java.nio.file.Path written = Files.write(local(fs, temporary), content, StandardOpenOption.CREATE_NEW);
      Files.move(written, local(fs, target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } else if (ATOMIC_RENAME_SCHEMES.contains(fs.getUri().getScheme())) {
      try (OutputStream out = fs.create(temporary, false)) {
        out.write(content);
      }
      FileContext.getFileContext(fs.getUri(), conf).rename(fs.makeQualified(temporary), fs.makeQualified(target),
          Options.Rename.OVERWRITE);
    } else {
      try (OutputStream out = fs.create(target, true)) {
        out.write(content);
      }
    }
  }

  private static Optional<byte[]> read(FileSystem fs, Path path) throws IOException {
    try (FSDataInputStream in = fs.open(path)) {
      return Optional.of(in.readAllBytes());
    } catch (FileNotFoundException | java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
  }

  private static Instant modifiedAt(FileSystem fs, Path path) throws IOException {
    try {
      return Instant.ofEpochMilli(fs.getFileStatus(path).getModificationTime());
    } catch (FileNotFoundException e) {
      return Instant.now();
    }
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  private static java.nio.file.Path local(FileSystem fs, Path path) {
    return Paths.get(fs.makeQualified(path).toUri());
  }

  private static byte[] bytes(LockHolder holder) {
    return holder.toText().getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] content) {
    return new String(content, StandardCharsets.UTF_8);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockedException("Interrupted while waiting for the warehouse lock");
    }
  }
}
