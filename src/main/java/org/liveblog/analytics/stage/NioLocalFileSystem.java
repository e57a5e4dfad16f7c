package org.liveblog.analytics.stage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.ObjectStreamException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's checksummed local file system ({@code file:}), reading and setting POSIX permissions through java.nio
 * instead of a child process.
 *
 * <p>Without Hadoop's native library (never on a Maven classpath or a plain `java` launch), {@link RawLocalFileSystem}
 * runs {@code chmod} for every folder and file it creates and {@code ls -ld} for every file whose permission or owner
 * is read, for instance by {@code listFiles}: about 240 processes forked from a JVM of several GiB for a run over a
 * handful of entries, thousands for the README's sample, whose run takes 0.76–0.90 of the time with this class
 * (docs/BENCHMARKS.md, log of 2026-12-08). With the native library, or on a file system without POSIX attributes, it
 * does what Hadoop does.
 *
 * <p>{@link SparkSessions} makes it the {@code file:} implementation unless {@code spark.hadoop.fs.file.impl} is set.
 */
public class NioLocalFileSystem extends LocalFileSystem {

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw file system beneath the checksums. */
  static final class Raw extends RawLocalFileSystem {

    private static boolean nio() {
      return !NativeIO.isAvailable();
    }

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      java.nio.file.Path file = pathToFile(p).toPath();
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (!nio() || view == null || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      view.setPermissions(posix(permission));
    }

    @Override
    public FileStatus getFileStatus(Path f) throws IOException {
      return lazy(super.getFileStatus(f));
    }

    @Override
    public FileStatus[] listStatus(Path f) throws IOException {
      FileStatus[] statuses = super.listStatus(f);
      for (int i = 0; i < statuses.length; i++) {
        statuses[i] = lazy(statuses[i]);
      }
      return statuses;
    }

    private FileStatus lazy(FileStatus status) {
      return nio() && !status.isSymlink() ? new Status(status, pathToFile(status.getPath()).toPath()) : status;
    }

    private static Set<PosixFilePermission> posix(FsPermission permission) {
      return PosixFilePermissions.fromString(symbols(permission.getUserAction())
          + symbols(permission.getGroupAction()) + symbols(permission.getOtherAction()));
    }

    private static String symbols(FsAction action) {
      return (action.implies(FsAction.READ) ? "r" : "-") + (action.implies(FsAction.WRITE) ? "w" : "-")
          + (action.implies(FsAction.EXECUTE) ? "x" : "-");
    }
  }

  /** A status whose permission, owner and group are read with one stat call, when first asked for. */
  static final class Status extends FileStatus {
    private static final long serialVersionUID = 1L;

    private final transient java.nio.file.Path file;
    private boolean loaded;

    Status(FileStatus status, java.nio.file.Path file) {
      super(status.getLen(), status.isDirectory(), status.getReplication(), status.getBlockSize(),
          status.getModificationTime(), status.getAccessTime(), null, null, null, status.getPath());
      this.file = file;
    }

    @Override
    public FsPermission getPermission() {
      load();
      return super.getPermission();
    }

    @Override
    public String getOwner() {
      load();
      return super.getOwner();
    }

    @Override
    public String getGroup() {
      load();
      return super.getGroup();
    }

    private synchronized void load() {
      if (loaded) {
        return;
      }
      try {
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        setPermission(FsPermission.valueOf("-" + PosixFilePermissions.toString(attributes.permissions())));
        setOwner(attributes.owner().getName());
        setGroup(attributes.group().getName());
      } catch (UnsupportedOperationException e) {
        // No POSIX attributes here: keep the defaults FileStatus gives.
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UncheckedIOException(new FileNotFoundException("File " + getPath() + " does not exist"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      loaded = true;
    }

    /** Travels as a plain FileStatus, with what it read. */
    private Object writeReplace() throws ObjectStreamException {
      load();
      return new FileStatus(getLen(), isDirectory(), getReplication(), getBlockSize(), getModificationTime(),
          getAccessTime(), getPermission(), getOwner(), getGroup(), getPath());
    }
  }
}
