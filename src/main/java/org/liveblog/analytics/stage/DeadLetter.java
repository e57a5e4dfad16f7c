package org.liveblog.analytics.stage;

import java.io.Serializable;

/**
 * An entry a stage could not process: its processing threw, or a row it produced broke a row rule. The run moves it to
 * rejected_entries (reason PROCESSING_ERROR) and publishes everything else. {@code detail} names the stage, the rule or
 * exception, and where.
 */
public record DeadLetter(String entryKey, String stage, String detail) implements Serializable {

  /** A dead letter for an exception thrown while processing an entry, naming the innermost frame of our code. */
  public static DeadLetter of(String entryKey, String stage, String where, RuntimeException e) {
    StackTraceElement ours = null;
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.liveblog.")) {
        ours = frame;
        break;
      }
    }
    String at = ours == null ? "" : " at " + ours.getFileName() + ":" + ours.getLineNumber();
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return new DeadLetter(entryKey, stage, "stage " + stage + ", " + where + ": " + e.getClass().getSimpleName()
        + message + at);
  }
}
