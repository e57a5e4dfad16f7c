package org.liveblog.analytics.topics.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The shipped English stop word list of the learned topics ({@value #RESOURCE}, written by the project). */
public final class StopWords {

  public static final String RESOURCE = "/topics/stopwords-en.txt";

  private StopWords() {}

  /** One lower-case word per line; blank lines and # comments ignored. */
  public static List<String> english() {
    try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      Set<String> words = new LinkedHashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return List.copyOf(words);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + RESOURCE, e);
    }
  }
}
