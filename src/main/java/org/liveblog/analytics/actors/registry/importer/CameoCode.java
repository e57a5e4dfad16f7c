package org.liveblog.analytics.actors.registry.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CAMEO actor code of a TABARI dictionary, as written between brackets: the code ({@code RUSGOV}, {@code IGOUNO},
 * {@code AFGGOVAGR}: three-letter parts) and an optional date restriction: {@code >080508} (from), {@code <080508}
 * (until), {@code 080508-120507} (range); dates are YYMMDD (00-30 → 20xx, else 19xx) or YYYYMMDD. {@code from} and
 * {@code to} are null when the restriction leaves them open; {@code dateProblem} is set when it cannot be read.
 */
record CameoCode(String code, LocalDate from, LocalDate to, String dateProblem) {

  /** Two-digit years up to this one are 20xx. */
  static final int PIVOT_YEAR = 30;

  boolean isDated() {
    return from != null || to != null;
  }

  boolean hasDateProblem() {
    return dateProblem != null;
  }

  /** The code's three-letter parts, or an empty list when it is not made of them ({@code ---}, {@code 214}). */
  List<String> parts() {
    if (code.isEmpty() || code.length() % 3 != 0) {
      return List.of();
    }
    List<String> parts = new ArrayList<>(code.length() / 3);
    for (int i = 0; i < code.length(); i += 3) {
      String part = code.substring(i, i + 3);
      if (!part.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        return List.of();
      }
      parts.add(part);
    }
    return parts;
  }

  /** Parses the inside of one bracket, e.g. {@code RUSGOV >080508}. */
  static CameoCode parse(String bracketContent) {
    String content = bracketContent.strip();
    int space = indexOfWhitespace(content);
    String code = (space < 0 ? content : content.substring(0, space)).toUpperCase(Locale.ROOT);
    String restriction = space < 0 ? "" : content.substring(space).replaceAll("\\s+", "");
    if (restriction.isEmpty()) {
      return new CameoCode(code, null, null, null);
    }
    try {
      if (restriction.startsWith(">")) {
        return new CameoCode(code, date(restriction.substring(1)), null, null);
      }
      if (restriction.startsWith("<")) {
        return new CameoCode(code, null, date(restriction.substring(1)), null);
      }
      int dash = restriction.indexOf('-');
      if (dash > 0) {
        return new CameoCode(code, date(restriction.substring(0, dash)), date(restriction.substring(dash + 1)), null);
      }
      return new CameoCode(code, null, null, "date restriction '" + restriction + "' has no <, > or -");
    } catch (IllegalArgumentException e) {
      return new CameoCode(code, null, null, e.getMessage());
    }
  }

  /** YYMMDD or YYYYMMDD. */
  static LocalDate date(String digits) {
    if (!digits.chars().allMatch(Character::isDigit) || (digits.length() != 6 && digits.length() != 8)) {
      throw new IllegalArgumentException("'" + digits + "' is not a YYMMDD or YYYYMMDD date");
    }
    int year;
    int rest;
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= PIVOT_YEAR ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(digits.substring(0, 4));
      rest = 4;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
          Integer.parseInt(digits.substring(rest + 2, rest + 4)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + digits + "' is not a calendar date");
    }
  }

  /** Every bracketed code of {@code text}, e.g. {@code [USAGOV 010120-050120] [IGOUNOKID >050501]}. */
  static List<CameoCode> allIn(String text) {
    List<CameoCode> codes = new ArrayList<>();
    int open = text.indexOf('[');
    while (open >= 0) {
      int close = text.indexOf(']', open + 1);
      String content = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
      if (!content.isBlank()) {
        codes.add(parse(content));
      }
      if (close < 0) {
        break;
      }
      open = text.indexOf('[', close + 1);
    }
    return codes;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
