package org.liveblog.analytics.actors.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of thing an actor is; written in a registry in lower case ({@code person}, {@code armed_group}). */
public enum ActorType {
  PERSON,
  STATE,
  ORGANISATION,
  /** A news agency. */
  AGENCY,
  MEDIA,
  ARMED_GROUP,
  PLACE;

  /** The value as a registry writes it. */
  public String jsonValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type written as {@code value}, if it is one of the list. */
  public static Optional<ActorType> fromJson(String value) {
    return Arrays.stream(values()).filter(t -> t.jsonValue().equals(value)).findFirst();
  }
}
