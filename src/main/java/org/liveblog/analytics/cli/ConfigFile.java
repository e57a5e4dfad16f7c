package org.liveblog.analytics.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.liveblog.analytics.stage.InvalidConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.PropertiesDefaultProvider;

/**
 * A --config file: Java properties whose keys are the long options without '--'. Picocli reads it as the default-value
 * provider of every command, so its values are converted and checked exactly like the command line's, which
 * overrides them. A key no command knows fails naming the file and the key.
 */
final class ConfigFile {

  private ConfigFile() {}

  /** The file of a --config FILE or --config=FILE argument, if any (before a "--", which ends the options). */
  static Optional<Path> given(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Optional.of(Path.of(args[i + 1]));
      }
      if (args[i].startsWith("--config=")) {
        return Optional.of(Path.of(args[i].substring("--config=".length())));
      }
    }
    return Optional.empty();
  }

  /** Installs the file as the default-value provider of the whole command tree. */
  static void install(CommandLine root, Path file) {
    root.setDefaultValueProvider(new PropertiesDefaultProvider(read(file, keys(root))));
  }

  static Properties read(Path file, Set<String> known) {
    Properties raw = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      raw.load(reader);
    } catch (IOException e) {
      throw new InvalidConfigException("Cannot read config file " + file + ": " + e);
    }
    Properties values = new Properties();
    for (String key : raw.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new InvalidConfigException("Config file " + file + ": unknown key '" + key + "'; known keys are "
            + known);
      }
      values.setProperty(key, raw.getProperty(key).strip());
    }
    return values;
  }

  /** Every long option name of every command, without '--': the keys a config file may hold. */
  static Set<String> keys(CommandLine root) {
    Set<String> keys = new TreeSet<>();
    collect(root, keys);
    keys.removeAll(JobCommand.NOT_SETTINGS);
    return keys;
  }

  private static void collect(CommandLine command, Set<String> keys) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      keys.add(option.longestName().replaceFirst("^--", ""));
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, keys));
  }
}
