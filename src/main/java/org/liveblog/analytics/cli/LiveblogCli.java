package org.liveblog.analytics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.liveblog.analytics.actors.registry.InvalidRegistryException;
import org.liveblog.analytics.ingest.InvalidInputException;
import org.liveblog.analytics.pipeline.Pipeline;
import org.liveblog.analytics.stage.InvalidConfigException;
import org.liveblog.analytics.stage.Stage;
import org.liveblog.analytics.warehouse.PublishChecks;
import org.liveblog.analytics.warehouse.WarehouseLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one entry point: `generate`, `ingest`, `run`, `export`, and one command per analysis (`actors`, …), each with
 * --help. Expected failures print one line naming the file, key, column or holder and exit with their code; the stack
 * trace only with --verbose.
 */
@Command(name = "liveblog", mixinStandardHelpOptions = true, version = "liveblog-analytics 0.1.0",
    description = "Spark batch jobs that turn news live blogs into tables of actors, stance and topics.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:the job failed (a check, too many entries that failed processing, an error)",
        "2:invalid command line or configuration",
        "3:invalid input (a missing path, an unreadable file, a file without a required column)",
        "4:the warehouse is locked by another run"})
public final class LiveblogCli {

  public static final int FAILED = 1;
  public static final int INVALID_CONFIG = 2;
  public static final int INVALID_INPUT = 3;
  public static final int LOCKED = 4;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** The command tree: the fixed commands and one per analysis. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LiveblogCli());
    cli.addSubcommand(new GenerateCommand());
    cli.addSubcommand(new IngestCommand());
    cli.addSubcommand(RunCommand.commandLine());
    cli.addSubcommand(new ExportCommand());
    for (Stage stage : Pipeline.analyses()) {
      cli.addSubcommand(StageCommand.commandLine(stage));
    }
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  /** Runs a command line and returns its exit code (used by main and by tests). */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    PrintWriter err = cli.getErr();
    try {
      ConfigFile.given(args).ifPresent(file -> ConfigFile.install(cli, file));
    } catch (InvalidConfigException e) {
      err.println("liveblog: " + e.getMessage());
      err.flush();
      return INVALID_CONFIG;
    }
    cli.setParameterExceptionHandler((e, arguments) -> {
      CommandLine command = e.getCommandLine();
      String message = e.getMessage();
      if (e.getArgSpec() instanceof OptionSpec option && ConfigFile.given(arguments).isPresent()
          && Arrays.stream(arguments).noneMatch(a -> Arrays.stream(option.names())
              .anyMatch(name -> a.equals(name) || a.startsWith(name + "=")))) {
        message += " (from config file " + ConfigFile.given(arguments).get() + ")";
      }
      String name = command.getCommandSpec().qualifiedName();
      command.getErr().println(name + ": " + message);
      command.getErr().println("Try '" + name + " --help'.");
      return INVALID_CONFIG;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> report(e, command, args));
    return cli.execute(args);
  }

  /**
   * Prints one line for a failure and returns its exit code. An expected failure (configuration, input, lock, a failed
   * check) is its message on one line; anything else says "failed", the exception and the first line of its message.
   * The stack trace goes to --log-file (the line names it) or, with --verbose, after the line; without either, an
   * unexpected failure's line says how to get it.
   */
  private static int report(Exception e, CommandLine command, String[] args) {
    PrintWriter out = command.getErr();
    Throwable cause = rootCause(e);
    int code = exitCode(cause);
    boolean expected = code != FAILED || cause instanceof PublishChecks.CheckFailedException;
    StringBuilder line = new StringBuilder(command.getCommandSpec().qualifiedName());
    if (expected) {
      line.append(": ").append(oneLine(String.valueOf(cause.getMessage())));
    } else {
      line.append(" failed: ").append(cause.getClass().getSimpleName());
      String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
      line.append(message.isEmpty() ? "" : ": " + message.lines().findFirst().orElse("").strip());
    }
    JobCommand job = command.getCommand() instanceof JobCommand j ? j : null;
    if (job != null && job.logFile != null) {
      line.append(appendTrace(job.logFile, e, args));
    } else if (!expected && (job == null || !job.verbose)) {
      line.append(" (run again with --verbose for the stack trace)");
    }
    out.println(line);
    if (job != null && job.verbose) {
      e.printStackTrace(out);
    }
    out.flush();
    return code;
  }

  /** A message on one line: line breaks (a check's example rows may hold some) become spaces. */
  static String oneLine(String message) {
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /** Appends the time, the command line and the stack trace to the log file; returns what the console line adds. */
  private static String appendTrace(Path logFile, Exception e, String[] args) {
    StringWriter trace = new StringWriter();
    try (PrintWriter writer = new PrintWriter(trace)) {
      writer.println(Instant.now() + " liveblog " + String.join(" ", args));
      e.printStackTrace(writer);
    }
    try {
      Path parent = logFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(logFile, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return " (stack trace in " + logFile + ")";
    } catch (IOException | RuntimeException logFailure) {
      return " (could not append the stack trace to " + logFile + ": " + logFailure.getMessage() + ")";
    }
  }

  private static int exitCode(Throwable cause) {
    if (cause instanceof InvalidConfigException || cause instanceof InvalidRegistryException) {
      return INVALID_CONFIG;
    }
    if (cause instanceof InvalidInputException) {
      return INVALID_INPUT;
    }
    if (cause instanceof WarehouseLock.LockedException) {
      return LOCKED;
    }
    return FAILED;
  }

  /**
   * The innermost cause, unwrapping Spark's task failure wrappers to our own exception where there is one (an
   * expected failure thrown inside a task arrives wrapped in several of Spark's).
   */
  static Throwable rootCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException || t instanceof InvalidConfigException
          || t instanceof InvalidRegistryException || t instanceof WarehouseLock.LockedException
          || t instanceof PublishChecks.CheckFailedException) {
        return t;
      }
    }
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
