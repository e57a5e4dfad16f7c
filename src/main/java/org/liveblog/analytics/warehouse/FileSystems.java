package org.liveblog.analytics.warehouse;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;

/** File-system details the warehouse hides from its readers. */
public final class FileSystems {

  private FileSystems() {}

  /**
   * The file system to write or rename single user-facing files with: Hadoop's local file system keeps a hidden
   * {@code .name.crc} beside every file it writes and carries it along on rename; BI tools need only the file.
   */
  public static FileSystem withoutChecksumFiles(FileSystem fs) {
    return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
  }
}
