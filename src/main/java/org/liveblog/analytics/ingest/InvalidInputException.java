package org.liveblog.analytics.ingest;

/** An input file or path that cannot be read as the contract requires; the run stops before writing anything. */
public final class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
