package org.liveblog.analytics.stance.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * A saved model's folder, named by its content: {@code stance-} and the first 16 hex digits of the SHA-256 over its
 * files' relative paths and bytes (Hadoop's checksum and marker files, names starting with "." or "_", left out, so a
 * copy without them keeps its version). Written under a temporary name and renamed when complete; checked on load.
 */
final class ModelFolder {

  static final String PREFIX = "stance-";
  private static final int HASH_DIGITS = 16;

  private ModelFolder() {}

  /** A fresh temporary folder under {@code modelsDir}, not yet created. */
  static Path incoming(String modelsDir) {
    return new Path(modelsDir, "_incoming-" + UUID.randomUUID());
  }

  /** Renames a complete temporary folder to its version; returns the version folder. */
  static Path publish(Path incoming, Configuration conf) throws IOException {
    FileSystem fs = incoming.getFileSystem(conf);
    Path target = new Path(incoming.getParent(), PREFIX + contentHash(incoming, conf));
    if (fs.exists(target)) {
      // Same content, same name: an identical model is already there.
      fs.delete(incoming, true);
      return target;
    }
    if (!fs.rename(incoming, target)) {
      throw new IOException("cannot rename " + incoming + " to " + target);
    }
    return target;
  }

  /** Fails unless {@code folder} is a model folder whose name matches its content. */
  static void verify(Path folder, Configuration conf) {
    try {
      FileSystem fs = folder.getFileSystem(conf);
      if (!fs.isDirectory(folder)) {
        throw new IllegalArgumentException("stance model folder " + folder + " does not exist");
      }
      if (!folder.getName().startsWith(PREFIX)) {
        throw new IllegalArgumentException("stance model folder " + folder + " is not named " + PREFIX
            + "<content hash>: pass the version folder that training printed, not the models folder");
      }
      String expected = folder.getName().substring(PREFIX.length());
      String actual = contentHash(folder, conf);
      if (!actual.equals(expected)) {
        throw new IllegalArgumentException("stance model folder " + folder + " holds content with hash " + actual
            + ", not the " + expected + " of its name: a file was changed, added or removed after training");
      }
    } catch (ChecksumException e) {
      // Local and HDFS files carry Hadoop checksums, which notice an edit before the content hash does.
      throw new IllegalArgumentException("stance model folder " + folder + " holds a file that no longer matches its "
          + "Hadoop checksum: a file was changed, added or removed after training", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stance model folder " + folder, e);
    }
  }

  static String contentHash(Path folder, Configuration conf) throws IOException {
    FileSystem fs = folder.getFileSystem(conf);
    String root = fs.makeQualified(folder).toUri().getPath();
    TreeMap<String, Path> files = new TreeMap<>();
    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(folder, true);
    while (listing.hasNext()) {
      Path file = listing.next().getPath();
      if (file.getName().startsWith(".") || file.getName().startsWith("_")) {
        continue;
      }
      files.put(file.toUri().getPath().substring(root.length() + 1), file);
    }
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    for (var entry : files.entrySet()) {
      digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      try (InputStream in = fs.open(entry.getValue())) {
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
        }
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_DIGITS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
