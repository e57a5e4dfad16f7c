package org.liveblog.analytics.cli;

import java.io.PrintWriter;
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
      command.getErr().println("liveblog " + command.getCommandName() + ": " + message);
      command.getErr().println("Try 'liveblog " + command.getCommandName() + " --help'.");
      return INVALID_CONFIG;
    });
    cli.setExecutionExceptionHandler((e, command, parseResult) -> {
      PrintWriter out = command.getErr();
      Throwable cause = rootCause(e);
      String name = "liveblog " + command.getCommandName();
      int code = exitCode(cause);
      if (code == FAILED && !(cause instanceof PublishChecks.CheckFailedException)) {
        out.println(name + " failed: " + cause);
      } else {
        out.println(name + ": " + cause.getMessage());
      }
      if (command.getCommand() instanceof JobCommand job && job.verbose) {
        e.printStackTrace(out);
      } else if (code == FAILED) {
        out.println("(run again with --verbose for the stack trace)");
      }
      return code;
    });
    return cli.execute(args);
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
