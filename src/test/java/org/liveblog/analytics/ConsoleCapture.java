package org.liveblog.analytics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Captures what a command prints, for tests of the command line. */
public final class ConsoleCapture {

  private ConsoleCapture() {}

  public static String stdout(Runnable action) {
    return capture(action, System.out, System::setOut);
  }

  public static String stderr(Runnable action) {
    return capture(action, System.err, System::setErr);
  }

  private static String capture(Runnable action, PrintStream original, Consumer<PrintStream> install) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    install.accept(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      install.accept(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
