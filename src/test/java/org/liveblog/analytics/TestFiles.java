package org.liveblog.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Folders copied and removed by tests (warehouses, models). */
public final class TestFiles {

  private TestFiles() {}

  /** Copies the folder {@code from} to {@code to}, which must not exist yet. */
  public static Path copyFolder(Path from, Path to) {
    return copyFolder(from, to, file -> true);
  }

  /** Copies the folder {@code from} to {@code to}, leaving out the files {@code keep} refuses. */
  public static Path copyFolder(Path from, Path to, Predicate<Path> keep) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (keep.test(source)) {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Removes a folder and everything in it, as far as it can. */
  public static void deleteFolder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is no failure.
    }
  }
}
