package org.liveblog.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liveblog.analytics.ConsoleCapture;
import org.liveblog.analytics.SparkSessionExtension;

/**
 * The README's commands run as written: every `jobs/liveblog …` command of its bash blocks, in order, through
 * {@link LiveblogCli#execute}, must exit 0. Paths are rewritten into a temporary folder (project files under jobs/,
 * src/ and docs/ are read where they are), `generate` writes 300 entries, and inputs from ../shared/data are cut to
 * * their first 300 records. Skipped, and listed: commands that are not `jobs/liveblog` (the build, the cluster
 * launcher), and those that need ../shared/data when it is absent (and those that read what a skipped one wrote).
 */
@ExtendWith(SparkSessionExtension.class)
class ReadmeCommandsTest {

  private static final Path README = Path.of("README.md");
  private static final String SHARED_DATA = "../shared/data/";
  private static final int RECORDS = 300;
  private static final Set<String> PATH_OPTIONS =
      Set.of("--input", "--output", "--warehouse", "--registry", "--log-file");
  private static final List<String> PROJECT_FOLDERS = List.of("jobs/", "src/", "docs/");
  private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJobsLiveblogCommandOfTheReadmeRunsAsWritten(SparkSession spark, @TempDir Path dir) throws IOException {
    SparkSession.setActiveSession(spark);
    List<String> commands = commands(Files.readString(README));
    assertThat(commands).as("commands in README.md").hasSizeGreaterThan(10);
    Set<String> notWritten = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    Map<String, String> outputs = new LinkedHashMap<>();
    int ran = 0;
    for (String line : commands) {
      List<String> words = words(line);
      while (words.get(0).matches("[A-Z_]+=.*")) {
        words.remove(0);
      }
      if (!words.get(0).equals("jobs/liveblog")) {
        skipped.add(line + "\n    (not a jobs/liveblog command: the build, or a cluster launcher)");
        continue;
      }
      String why = null;
      List<String> args = new ArrayList<>();
      List<String> given = words.subList(1, words.size());
      for (int i = 0; i < given.size(); i++) {
        String word = given.get(i);
        String option = i > 0 ? given.get(i - 1) : "";
        if (option.equals("--entries")) {
          args.add(String.valueOf(Math.min(Integer.parseInt(word), RECORDS)));
        } else if (PATH_OPTIONS.contains(option)) {
          args.add(path(word, option.equals("--input"), dir));
        } else if (!word.startsWith("-") && word.contains("*")) {
          args.addAll(glob(word));
        } else {
          args.add(word);
        }
      }
      if (args.contains("--config")) {
        addConfigPaths(Path.of(args.get(args.indexOf("--config") + 1)), args, dir);
      }
      for (String arg : args) {
        if (arg.startsWith(SHARED_DATA) && !Files.isDirectory(Path.of(SHARED_DATA))) {
          why = "needs " + SHARED_DATA + ", which is absent";
        } else if (notWritten.contains(arg)) {
          why = "reads " + arg + ", which a skipped command writes";
        }
      }
      if (why != null) {
        int output = args.indexOf("--output");
        if (output >= 0) {
          notWritten.add(args.get(output + 1));
        }
        skipped.add(line + "\n    (" + why + ")");
        continue;
      }
      int[] code = new int[1];
      String[] out = new String[1];
      long started = System.nanoTime();
      String err = ConsoleCapture.stderr(() -> out[0] = ConsoleCapture.stdout(
          () -> code[0] = LiveblogCli.execute(args.toArray(String[]::new))));
      System.out.printf("ReadmeCommandsTest: %5.1f s  %s%n", (System.nanoTime() - started) / 1e9, line);
      assertThat(code[0]).as("exit code of%n  %s%nrun as%n  %s%nstdout:%n%s%nstderr:%n%s", line, args, out[0], err)
          .isZero();
      outputs.put(line, out[0]);
      ran++;
    }
    System.out.printf("ReadmeCommandsTest: ran %d commands of README.md, skipped %d:%n  %s%n", ran, skipped.size(),
        String.join("\n  ", skipped));

    String firstRun = outputs.entrySet().stream().filter(e -> e.getKey().startsWith("jobs/liveblog run --input sample"))
        .findFirst().orElseThrow().getValue();
    assertThat(firstRun).as("the generated manifest is skipped, not read")
        .containsPattern("input: skipped 1 file that is not parquet input: \\S*/sample/manifest.json");
    assertThat(dir.resolve("export")).isDirectoryContaining("glob:**/entries.csv")
        .isDirectoryContaining("glob:**/actor_mentions.csv").isDirectoryContaining("glob:**/runs.csv")
        .isDirectoryContaining("glob:**/actors.csv");
  }

  /** The commands of the README's bash blocks, in order: continuation lines joined, comments dropped. */
  static List<String> commands(String readme) {
    List<String> commands = new ArrayList<>();
    Matcher block = BASH_BLOCK.matcher(readme);
    while (block.find()) {
      String joined = block.group(1).replaceAll("\\\\\\n\\s*", " ");
      for (String line : joined.split("\\n")) {
        String command = withoutComment(line).strip();
        if (!command.isEmpty()) {
          commands.add(command);
        }
      }
    }
    return commands;
  }

  private static String withoutComment(String line) {
    boolean single = false;
    boolean dbl = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '"' && !single) {
        dbl = !dbl;
      } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** A command split into words as a shell does it: whitespace between words, quotes removed. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < command.length() && "\"\\$`".indexOf(command.charAt(i + 1)) >= 0) {
          word.append(command.charAt(++i));
        } else {
          word.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        if (c == '\'' || c == '"') {
          quote = c;
        } else if (c == '\\' && i + 1 < command.length()) {
          word.append(command.charAt(++i));
        } else {
          word.append(c);
        }
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * Where a path of the README goes in the test: project files stay, inputs from ../shared/data become a copy of
   * their first records, and every other path moves into the temporary folder.
   */
  private static String path(String path, boolean input, Path dir) throws IOException {
    if (PROJECT_FOLDERS.stream().anyMatch(path::startsWith)) {
      return path;
    }
    if (path.startsWith(SHARED_DATA)) {
      return input && Files.exists(Path.of(path)) ? firstRecords(Path.of(path), dir.resolve("shared-data").resolve(path.substring(SHARED_DATA.length())))
          .toString() : path;
    }
    return dir.resolve(path.replaceFirst("^/+", "")).toString();
  }

  /** The path options a config file sets and the command line does not, rewritten, as options. */
  private static void addConfigPaths(Path config, List<String> args, Path dir) throws IOException {
    Properties properties = new Properties();
    try (BufferedReader reader = Files.newBufferedReader(config)) {
      properties.load(reader);
    }
    for (String option : PATH_OPTIONS) {
      String value = properties.getProperty(option.substring(2));
      if (value != null && !args.contains(option)) {
        args.add(option);
        args.add(path(value.strip(), option.equals("--input"), dir));
      }
    }
  }

  /** A copy of the first lines (records) of a JSON Lines file, compressed like it. */
  private static Path firstRecords(Path source, Path copy) throws IOException {
    if (Files.exists(copy)) {
      return copy;
    }
    Files.createDirectories(copy.getParent());
    boolean gzip = source.toString().endsWith(".gz");
    try (InputStream raw = Files.newInputStream(source);
        BufferedReader in = new BufferedReader(new InputStreamReader(gzip ? new GZIPInputStream(raw) : raw,
            StandardCharsets.UTF_8));
        OutputStream file = Files.newOutputStream(copy);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(file) : file,
            StandardCharsets.UTF_8))) {
      String line;
      for (int n = 0; n < RECORDS && (line = in.readLine()) != null; n++) {
        out.write(line);
        out.write('\n');
      }
    }
    return copy;
  }

  /** A glob in the last part of a path, expanded as a shell does (sorted), or the word itself when nothing matches. */
  private static List<String> glob(String word) throws IOException {
    Path pattern = Path.of(word);
    Path folder = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
    List<String> matches = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, pattern.getFileName().toString())) {
        files.forEach(p -> matches.add(p.toString()));
      }
    }
    matches.sort(null);
    return matches.isEmpty() ? List.of(word) : matches;
  }
}
