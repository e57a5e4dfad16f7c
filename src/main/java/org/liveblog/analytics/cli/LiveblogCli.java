package org.liveblog.analytics.cli;

import java.io.PrintWriter;
import org.liveblog.analytics.actors.registry.InvalidRegistryException;
import org.liveblog.analytics.ingest.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The one entry point: `generate`, `ingest`, `run`, `export` and `actors import`, each with --help. */
@Command(name = "liveblog", mixinStandardHelpOptions = true, version = "liveblog-analytics 0.1.0",
    description = "Spark batch jobs that turn news live blogs into tables of actors, stance and topics.",
    subcommands = {GenerateCommand.class, IngestCommand.class, RunCommand.class, ExportCommand.class,
        ActorsCommand.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:success", "1:the job failed", "2:invalid command line or configuration",
        "3:invalid input (a missing path, an unreadable file, a file without a required column)"})
public final class LiveblogCli {

  public static final int FAILED = 1;
  public static final int INVALID_CONFIG = 2;
  public static final int INVALID_INPUT = 3;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (used by main and by tests). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new LiveblogCli());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      Throwable cause = rootCause(e);
      if (e instanceof JobConfig.InvalidConfigException || cause instanceof InvalidRegistryException) {
        err.println("liveblog " + commandLine.getCommandName() + ": " + cause.getMessage());
        err.println("Try 'liveblog " + commandLine.getCommandName() + " --help'.");
        return INVALID_CONFIG;
      }
      if (cause instanceof InvalidInputException) {
        err.println("liveblog " + commandLine.getCommandName() + ": " + cause.getMessage());
        return INVALID_INPUT;
      }
      err.println("liveblog " + commandLine.getCommandName() + " failed: " + cause);
      e.printStackTrace(err);
      return FAILED;
    });
    return cli.execute(args);
  }

  /** The innermost cause, unwrapping Spark's task failure wrappers to our own exception where there is one. */
  static Throwable rootCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
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
