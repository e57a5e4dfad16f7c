package org.liveblog.analytics.stance.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped lexicons: what they hold, how phrases match, the content hash, and how bad files fail. */
class StanceLexiconTest {

  private final StanceLexicon lexicon = StanceLexicon.defaultLexicon();

  private int[] words(String... tokens) {
    int[] ids = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      ids[i] = lexicon.word(tokens[i], 0, tokens[i].length());
    }
    return ids;
  }

  @Test
  void verbPhrasesCarryTheirCameoCodeAndGoldsteinWeight() {
    int condemned = StanceLexicon.verbIndex(lexicon.verbAt(words("condemned"), 0, 1));
    assertThat(lexicon.verbCode(condemned)).isEqualTo("111");
    assertThat(lexicon.goldstein(condemned)).isEqualTo(-2.0);
    assertThat(lexicon.isBaseForm(condemned)).isFalse();
    assertThat(lexicon.isBaseForm(StanceLexicon.verbIndex(lexicon.verbAt(words("condemn"), 0, 1)))).isTrue();
    // The longest phrase wins: "agreed with" is 030 (intent to cooperate, +4.0), "agreed" alone 050 (+3.5).
    int match = lexicon.verbAt(words("agreed", "with", "nato"), 0, 3);
    assertThat(StanceLexicon.verbLength(match)).isEqualTo(2);
    assertThat(lexicon.verbCode(StanceLexicon.verbIndex(match))).isEqualTo("030");
    assertThat(lexicon.goldstein(StanceLexicon.verbIndex(match))).isEqualTo(4.0);
    assertThat(lexicon.verbAt(words("agreed", "with"), 0, 1)).isEqualTo(lexicon.verbAt(words("agreed"), 0, 1));
    // Regular inflections are generated (British spelling included), irregular ones listed: threaten -> threatened.
    assertThat(lexicon.verbCode(StanceLexicon.verbIndex(lexicon.verbAt(words("criticised"), 0, 1)))).isEqualTo("111");
    assertThat(lexicon.verbCode(StanceLexicon.verbIndex(lexicon.verbAt(words("threatened"), 0, 1)))).isEqualTo("130");
    assertThat(lexicon.verbAt(words("nato"), 0, 1)).isEqualTo(-1);
  }

  @Test
  void wordsHaveValencesAndClassesWhateverTheirCase() {
    assertThat(lexicon.valence(lexicon.word("reckless", 0, 8))).isEqualTo(-1.7);
    assertThat(lexicon.valence(lexicon.word("RECKLESS", 0, 8))).isEqualTo(-1.7);
    assertThat(Double.isNaN(lexicon.valence(lexicon.word("geneva", 0, 6)))).isTrue();
    String text = "didn’t";
    assertThat(lexicon.is(lexicon.word(text, 3, 6), StanceLexicon.NEGATION)).isTrue();
    assertThat(lexicon.is(lexicon.word("Reportedly", 0, 10), StanceLexicon.HEDGE)).isTrue();
    assertThat(lexicon.is(lexicon.word("strongly", 0, 8), StanceLexicon.BOOSTER)).isTrue();
    assertThat(lexicon.is(lexicon.word("said", 0, 4), StanceLexicon.REPORTING)).isTrue();
    assertThat(lexicon.word("zzzz", 0, 4)).isEqualTo(-1);
  }

  @Test
  void theContentHashIsTheSha256OfTheFiles() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (String name : StanceLexicon.FILES) {
      try (InputStream in = getClass().getResourceAsStream(StanceLexicon.RESOURCE_DIR + name)) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(in.readAllBytes());
        digest.update((byte) 0);
      }
    }
    assertThat(lexicon.contentHash()).isEqualTo(HexFormat.of().formatHex(digest.digest()));
  }

  @Test
  void aDirectoryWithTheSameFilesLoadsTheSameLexicon(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    StanceLexicon copy = StanceLexicon.load(dir);
    assertThat(copy.contentHash()).isEqualTo(lexicon.contentHash());
    assertThat(copy.verbCount()).isEqualTo(lexicon.verbCount());
    Files.writeString(dir.resolve("function-words.tsv"), "\nsternly\tbooster\n", StandardOpenOption.APPEND);
    StanceLexicon changed = StanceLexicon.load(dir);
    assertThat(changed.contentHash()).isNotEqualTo(lexicon.contentHash());
    assertThat(changed.is(changed.word("sternly", 0, 7), StanceLexicon.BOOSTER)).isTrue();
  }

  @Test
  void aBadLineFailsNamingTheFileTheLineAndWhatWasExpected(@TempDir Path dir) throws IOException {
    copyShipped(dir);
    Files.writeString(dir.resolve("vader.tsv"), "# word\tvalence\nbad\tworse\n");
    assertThatThrownBy(() -> StanceLexicon.load(dir))
        .isInstanceOf(InvalidLexiconException.class)
        .hasMessageContaining("vader.tsv:2: expected a number").hasMessageContaining("'worse'");
    copyShipped(dir);
    Files.writeString(dir.resolve("cameo-verbs.tsv"), "condemned\t999\t0\tcondemn\n");
    assertThatThrownBy(() -> StanceLexicon.load(dir))
        .hasMessageContaining("cameo-verbs.tsv:1: expected a CAMEO code listed in goldstein.tsv")
        .hasMessageContaining("'999'");
    copyShipped(dir);
    Files.writeString(dir.resolve("function-words.tsv"), "not\tnegashun\n");
    assertThatThrownBy(() -> StanceLexicon.load(dir))
        .hasMessageContaining("function-words.tsv:1: expected a kind among");
    Files.delete(dir.resolve("goldstein.tsv"));
    assertThatThrownBy(() -> StanceLexicon.load(dir)).hasMessageContaining("goldstein.tsv: cannot be read");
  }

  private void copyShipped(Path dir) throws IOException {
    for (String name : StanceLexicon.FILES) {
      try (InputStream in = getClass().getResourceAsStream(StanceLexicon.RESOURCE_DIR + name)) {
        Files.write(dir.resolve(name), in.readAllBytes());
      }
    }
  }
}
