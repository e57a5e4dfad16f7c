package org.liveblog.analytics.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsAction;

/**
 * Resolves --input (a file, a folder, or a glob) to the data files under it, and fails before any work when the path
 * is missing, matches nothing, or holds a file this process may not read. Names starting with '_' or '.' (Spark's
 * markers, checksums) are not data.
 */
public final class InputFiles {

  private InputFiles() {}

  public static List<FileStatus> resolve(String input, Configuration conf) {
    Path pattern = new Path(input);
    try {
      FileSystem fs = pattern.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new InvalidInputException("Input path " + input + " does not exist");
      }
      List<FileStatus> files = new ArrayList<>();
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          RemoteIterator<LocatedFileStatus> listing = fs.listFiles(match.getPath(), true);
          while (listing.hasNext()) {
            LocatedFileStatus file = listing.next();
            if (isData(file.getPath(), match.getPath())) {
              files.add(file);
            }
          }
        } else {
          files.add(match);
        }
      }
      if (files.isEmpty()) {
        throw new InvalidInputException("Input path " + input + " holds no data files");
      }
      for (FileStatus file : files) {
        try {
          fs.access(file.getPath(), FsAction.READ);
        } catch (IOException e) {
          throw new InvalidInputException("Input file " + file.getPath() + " is not readable: " + e.getMessage(), e);
        }
      }
      files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
      return files;
    } catch (IOException e) {
      throw new InvalidInputException("Cannot list input path " + input + ": " + e.getMessage(), e);
    }
  }

  private static boolean isData(Path file, Path root) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String name = p.getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
