package org.liveblog.analytics.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One run at a time per warehouse: a run holds {@code <warehouse>/_lock} from start to publish. The lock file is
 * created exclusively (atomic on local and HDFS file systems; object stores without conditional writes need an
 * external scheduler lock instead). A second run waits up to the configured time, then fails naming the holder.
 */
public final class WarehouseLock implements AutoCloseable {

  private static final long POLL_MILLIS = 1_000;

  private final FileSystem fs;
  private final Path lock;

  private WarehouseLock(FileSystem fs, Path lock) {
    this.fs = fs;
    this.lock = lock;
  }

  /** Thrown when the warehouse stays locked by another run for longer than the wait. */
  public static final class LockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LockedException(String message) {
      super(message);
    }
  }

  public static WarehouseLock acquire(Path warehouse, Configuration conf, String runId, Duration wait) {
    Path lock = new Path(warehouse, "_lock");
    try {
      FileSystem fs = warehouse.getFileSystem(conf);
      fs.mkdirs(warehouse);
      Instant deadline = Instant.now().plus(wait);
      while (true) {
        try {
          createExclusively(fs, lock, ("run " + runId + " on " + InetAddress.getLocalHost().getHostName() + " since "
              + Instant.now()).getBytes(StandardCharsets.UTF_8));
          return new WarehouseLock(fs, lock);
        } catch (FileAlreadyExistsException | java.nio.file.FileAlreadyExistsException e) {
          if (Instant.now().isAfter(deadline)) {
            throw new LockedException("Warehouse " + warehouse + " is locked by another " + holder(fs, lock)
                + " (waited " + wait.toSeconds() + " s; set lock-wait-seconds to wait longer). If that run died,"
                + " delete " + lock + ".");
          }
          sleep();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot lock warehouse " + warehouse, e);
    }
  }

  /**
   * Creates the file only if it does not exist, atomically: Hadoop's local file system checks and then creates, so
   * local paths go through java.nio's CREATE_NEW (O_EXCL); HDFS creates without overwrite atomically itself.
   */
  private static void createExclusively(FileSystem fs, Path path, byte[] content) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      java.nio.file.Files.write(java.nio.file.Paths.get(fs.makeQualified(path).toUri()), content,
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      return;
    }
    try (OutputStream out = fs.create(path, false)) {
      out.write(content);
    }
  }

  private static String holder(FileSystem fs, Path lock) {
    try (FSDataInputStream in = fs.open(lock)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "run (its lock file could not be read: " + e.getMessage() + ")";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LockedException("Interrupted while waiting for the warehouse lock");
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(lock, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release the warehouse lock " + lock + "; delete it by hand", e);
    }
  }
}
