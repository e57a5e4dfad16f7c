package org.liveblog.analytics.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file system agrees with Hadoop's own on what it writes and reads, without starting a process. */
class NioLocalFileSystemTest {

  @TempDir
  java.nio.file.Path dir;

  @Test
  void setsAndReadsPermissionsAsHadoopDoes() throws Exception {
    try (FileSystem fs = fileSystem()) {
      Path folder = new Path(dir.toUri().toString(), "a/b");
      assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
      Path file = new Path(folder, "part-0.parquet");
      try (OutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
        out.write(42);
      }
      fs.setPermission(file, new FsPermission((short) 0604));

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
          .isEqualTo("rwxr-x---");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0.parquet"))))
          .isEqualTo("rw----r--");
      FileStatus status = fs.getFileStatus(file);
      assertThat(status.getLen()).isEqualTo(1);
      assertThat(status.getPermission().toShort()).isEqualTo((short) 0604);
      assertThat(status.getOwner()).isEqualTo(Files.getOwner(dir.resolve("a/b/part-0.parquet")).getName());
      assertThat(status.getGroup()).isNotEmpty();

      RemoteIterator<LocatedFileStatus> listed = fs.listFiles(new Path(dir.toUri().toString()), true);
      LocatedFileStatus located = listed.next();
      assertThat(located.getPath().getName()).isEqualTo("part-0.parquet");
      assertThat(located.getPermission().toShort()).isEqualTo((short) 0604);
      assertThat(listed.hasNext()).as("the checksum file is hidden, as LocalFileSystem hides it").isFalse();
      assertThat(fs.listStatus(folder)).extracting(s -> s.getPermission().toShort()).containsExactly((short) 0604);
    }
  }

  @Test
  void aStatusTravelsAsAPlainFileStatusWithWhatItRead() throws Exception {
    try (FileSystem fs = fileSystem()) {
      Path file = new Path(dir.toUri().toString(), "f");
      fs.create(file).close();
      fs.setPermission(file, new FsPermission((short) 0600));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(fs.getFileStatus(file));
      }
      Files.delete(dir.resolve("f"));
      try (ObjectInputStream in = new ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
        FileStatus copy = (FileStatus) in.readObject();
        assertThat(copy.getClass()).isEqualTo(FileStatus.class);
        assertThat(copy.getPermission().toShort()).isEqualTo((short) 0600);
        assertThat(copy.getPath().getName()).isEqualTo("f");
      }
    }
  }

  private static FileSystem fileSystem() throws Exception {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", NioLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    FileSystem fs = FileSystem.get(java.net.URI.create("file:///"), conf);
    assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
    return fs;
  }
}
