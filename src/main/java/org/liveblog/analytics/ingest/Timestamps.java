package org.liveblog.analytics.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamp spellings sources use, to epoch microseconds (UTC): ISO-8601 with an offset or Z
 * ({@code 2023-04-06T10:05:12Z}), without one ({@code 2016-04-28T17:07}, read as UTC; a space may replace the T), a
 * bare date (midnight UTC), and epoch seconds, milliseconds or microseconds as digits.
 */
public final class Timestamps {

  private Timestamps() {}

  /** Epoch microseconds, or null when the text is no supported timestamp. */
  public static Long parseMicros(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return null;
    }
    if (allDigits(s)) {
      return fromEpochDigits(s);
    }
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      if (s.length() == 10) {
        return toMicros(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (hasZone(s)) {
        return toMicros(OffsetDateTime.parse(s.replace(" ", ""), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
      }
      return toMicros(LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static boolean hasZone(String s) {
    char last = s.charAt(s.length() - 1);
    if (last == 'Z' || last == 'z') {
      return true;
    }
    // An offset such as +01:00 or -0500 after the time part.
    int t = s.indexOf('T');
    return t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Long fromEpochDigits(String s) {
    if (s.length() > 18) {
      return null;
    }
    long value = Long.parseLong(s);
    if (s.length() <= 11) {
      return value * 1_000_000L;
    }
    if (s.length() <= 14) {
      return value * 1_000L;
    }
    return value;
  }

  /**
   * Exact for every year a timestamp can spell: ChronoUnit.MICROS.between counts in nanoseconds first, which overflow
   * a long after 2262, so that a well-formed 2999-01-01 would pass for unparsable instead of out of range.
   */
  private static long toMicros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  public static long micros(Instant instant) {
    return toMicros(instant);
  }
}
