package org.liveblog.analytics.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsAction;

/**
 * Resolves --input (a file, a folder, or a glob) to the data files under it, in one format, and fails before any work
 * when the path is missing, holds no data files, or holds a data file this process may not read. Folders hold more
 * than data (a generated corpus's manifest.json, a README, Spark's _SUCCESS and .crc files): names starting with '_'
 * or '.' are never input, documentation and manifests are not either, and the other files found in a folder or by a
 * glob are input only when their extension is the format's (given, or detected from the names; with a given format,
 * files without any extension are read too, as Hive writes them). The rest are skipped and listed, so that a run says
 * what it did not read. A file named directly is read whatever its name.
 */
public final class InputFiles {

  /** Names that sit beside data and are never input, whatever their extension. */
  private static final Pattern NOT_INPUT =
      Pattern.compile("(readme|license|licence|notice|copying|changelog|manifest)(\\..*)?", Pattern.CASE_INSENSITIVE);

  /** How many skipped files the run summary names. */
  private static final int NAMED_IN_NOTE = 5;

  private InputFiles() {}

  /** The files to read (sorted by path) and their format, and the files found beside them that are not input. */
  public record Selection(InputFormat format, List<FileStatus> files, List<Path> skipped) {

    /** A line for the run summary naming the skipped files (the first few), if any were skipped. */
    public Optional<String> skippedNote() {
      if (skipped.isEmpty()) {
        return Optional.empty();
      }
      String names = skipped.stream().limit(NAMED_IN_NOTE).map(Path::toString).collect(Collectors.joining(", "));
      int more = skipped.size() - NAMED_IN_NOTE;
      return Optional.of(String.format(Locale.ROOT, "input: skipped %d file%s that %s not %s input: %s%s",
          skipped.size(), skipped.size() == 1 ? "" : "s", skipped.size() == 1 ? "is" : "are",
          format.name().toLowerCase(Locale.ROOT), names, more > 0 ? " and " + more + " more" : ""));
    }
  }

  /** The data files of {@code input} in {@code format}, or in the format their names show when it is null. */
  public static Selection select(String input, InputFormat format, Configuration conf) {
    Path pattern = new Path(input);
    try {
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new InvalidInputException("Input path " + input + " does not exist");
      }
      boolean named = matches.length == 1 && matches[0].isFile() && !isGlob(input);
      List<FileStatus> found = new ArrayList<>();
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
          while (listing.hasNext()) {
            LocatedFileStatus file = listing.next();
            if (isVisible(file.getPath(), match.getPath())) {
              found.add(file);
            }
          }
        } else if (named || !isHidden(match.getPath().getName())) {
          found.add(match);
        }
      }
      found.sort(Comparator.comparing(FileStatus::getPath));
      List<Path> skipped = new ArrayList<>();
      List<FileStatus> candidates = new ArrayList<>();
      for (FileStatus file : found) {
        if (named || !NOT_INPUT.matcher(file.getPath().getName()).matches()) {
          candidates.add(file);
        } else {
          skipped.add(file.getPath());
        }
      }
      if (candidates.isEmpty()) {
        throw new InvalidInputException("Input path " + input + " holds no data files"
            + (skipped.isEmpty() ? "" : " (only " + names(skipped) + ")"));
      }
      InputFormat chosen = format != null ? format : InputFormat.detect(candidates, conf);
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus file : candidates) {
        String name = file.getPath().getName();
        if (named || chosen.matches(name) || format != null && InputFormat.extension(name).isEmpty()) {
          files.add(file);
        } else {
          skipped.add(file.getPath());
        }
      }
      if (files.isEmpty()) {
        throw new InvalidInputException("Input path " + input + " holds no " + String.join(" or ", chosen.extensions())
            + " files (only " + names(skipped) + ")");
      }
      for (FileStatus file : files) {
        try {
          fs.access(file.getPath(), FsAction.READ);
        } catch (IOException e) {
          throw new InvalidInputException("Input file " + file.getPath() + " is not readable: " + e.getMessage(), e);
        }
      }
      skipped.sort(Comparator.naturalOrder());
      return new Selection(chosen, List.copyOf(files), List.copyOf(skipped));
    } catch (IOException e) {
      throw new InvalidInputException("Cannot list input path " + input + ": " + e.getMessage(), e);
    }
  }

  private static boolean isGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static boolean isVisible(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      if (isHidden(p.getName())) {
        return false;
      }
    }
    return true;
  }

  /** Spark's markers (_SUCCESS), checksums (.x.crc) and other hidden files. */
  private static boolean isHidden(String name) {
    return name.startsWith("_") || name.startsWith(".");
  }

  private static String names(List<Path> paths) {
    return paths.stream().limit(NAMED_IN_NOTE).map(Path::getName).collect(Collectors.joining(", "))
        + (paths.size() > NAMED_IN_NOTE ? " and " + (paths.size() - NAMED_IN_NOTE) + " more" : "");
  }
}
