package org.liveblog.analytics.actors.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether a surface form matches only with its own capitalisation ({@code sensitive}) or with any. */
public enum CaseRule {
  SENSITIVE,
  INSENSITIVE;

  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CaseRule> fromJson(String value) {
    return Arrays.stream(values()).filter(t -> t.jsonValue().equals(value)).findFirst();
  }
}
