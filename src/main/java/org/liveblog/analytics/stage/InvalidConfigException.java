package org.liveblog.analytics.stage;

/** An invalid setting or a setting the warehouse refuses; the command line prints the message and exits with code 2. */
public final class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidConfigException(String message) {
    super(message);
  }
}
