package org.liveblog.analytics.stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of the option values that need more than a type: picocli names the option and the value that failed, the
 * converter says what was expected. The same converters check values that come from a config file.
 */
public final class OptionTypes {

  private OptionTypes() {}

  /** An integer of at least 1. */
  public static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) integer(value, 1, Integer.MAX_VALUE);
    }
  }

  /** An integer of at least 1, up to a long. */
  public static final class PositiveLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return integer(value, 1, Long.MAX_VALUE);
    }
  }

  /** An integer of at least 0. */
  public static final class NonNegativeInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return (int) integer(value, 0, Integer.MAX_VALUE);
    }
  }

  /** Any integer (a seed). */
  public static final class AnyLong implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      return integer(value);
    }
  }

  /** A number strictly between 0 and 1. */
  public static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double p = number(value);
      if (!(p > 0 && p < 1)) {
        throw new TypeConversionException("expected a number between 0 and 1, got '" + value + "'");
      }
      return p;
    }
  }

  /** A share from 0 to 1, both included. */
  public static final class Share implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double p = number(value);
      if (!(p >= 0 && p <= 1)) {
        throw new TypeConversionException("expected a share from 0 to 1, got '" + value + "'");
      }
      return p;
    }
  }

  /** A finite number of at least 0. */
  public static final class NonNegativeNumber implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double n = number(value);
      if (!(n >= 0) || Double.isInfinite(n)) {
        throw new TypeConversionException("expected a number of at least 0, got '" + value + "'");
      }
      return n;
    }
  }

  /** A date as YYYY-MM-DD. */
  public static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date as YYYY-MM-DD, got '" + value + "'");
      }
    }
  }

  /**
   * A name that is safe as a folder and file name on every file system the warehouse can be on: letters, digits, '.',
   * '_' and '-' (Hadoop paths reject ':', object stores treat '/' as a folder).
   */
  public static final class SafeName implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (!value.matches("[A-Za-z0-9._-]+") || value.startsWith(".")) {
        throw new TypeConversionException("expected letters, digits, '.', '_' and '-' (not first '.'), got '" + value
            + "'");
      }
      return value;
    }
  }

  private static long integer(String value) {
    try {
      return Long.parseLong(value.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected an integer, got '" + value + "'");
    }
  }

  private static long integer(String value, long min, long max) {
    long n = integer(value);
    if (n < min || n > max) {
      throw new TypeConversionException("expected an integer from " + min + " to " + max + ", got '" + value + "'");
    }
    return n;
  }

  private static double number(String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("expected a number, got '" + value + "'");
    }
  }
}
