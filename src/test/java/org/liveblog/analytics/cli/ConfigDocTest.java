package org.liveblog.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's table of config keys is the option declarations rendered; regenerate it with
 * {@code REGENERATE_DOCS=1 mvn test -Dtest=ConfigDocTest}.
 */
class ConfigDocTest {

  private static final Path README = Path.of("README.md");

  @Test
  void theReadmeListsEveryConfigKeyAsDeclared() throws Exception {
    String readme = Files.readString(README);
    int start = readme.indexOf(ConfigDoc.START);
    int end = readme.indexOf(ConfigDoc.END);
    assertThat(start).as("README.md holds the generated block").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String current = readme.substring(start, end + ConfigDoc.END.length());
    String rendered = ConfigDoc.render();
    if ("1".equals(System.getenv("REGENERATE_DOCS"))) {
      Files.writeString(README, readme.substring(0, start) + rendered + readme.substring(end + ConfigDoc.END.length()));
      return;
    }
    assertThat(current).as("README.md's config keys; regenerate with REGENERATE_DOCS=1 mvn test -Dtest=ConfigDocTest")
        .isEqualTo(rendered);
  }
}
