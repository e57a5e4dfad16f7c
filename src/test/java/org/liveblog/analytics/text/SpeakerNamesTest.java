package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Name extraction on its own: the phrase before a verb or after a phrase, in sentences we write. */
class SpeakerNamesTest {

  private final SentenceTokens tokens = new SentenceTokens(SpeakerWords.standard());
  private final SpeakerNames names = new SpeakerNames(tokens);

  /** The name before the first token written {@code verb}: the phrase, "PRONOUN", or null when there is none. */
  private String before(String sentence, String verb, boolean agency) {
    int v = tokenize(sentence, verb);
    if (!names.before(v, agency)) {
      return null;
    }
    return names.isPronoun() ? "PRONOUN " + names.name() : names.name();
  }

  /** The name starting right after the first token written {@code word}, or null. */
  private String after(String sentence, String word) {
    int k = tokenize(sentence, word) + 1;
    return names.after(k) ? names.name() : null;
  }

  private int tokenize(String sentence, String token) {
    tokens.reset(sentence, SentenceSplitter.isLowerCased(sentence));
    tokens.tokenize(0, sentence.length());
    for (int t = 0; t < tokens.count(); t++) {
      if (tokens.token(t).equals(token)) {
        return t;
      }
    }
    throw new AssertionError(token + " is not a token of " + sentence);
  }

  @Test
  void beforeTheVerbTitlesAndAdverbsAreSkipped() {
    assertThat(before("Prime Minister Mark Rutte has also said so.", "said", false)).isEqualTo("Mark Rutte");
    assertThat(before("The Kremlin said so.", "said", false)).isEqualTo("Kremlin");
    assertThat(before("Mr Sunak swiftly said so.", "said", false)).isEqualTo("Sunak");
    assertThat(before("On Friday Ursula von der Leyen said so.", "said", false)).isEqualTo("Ursula von der Leyen");
    assertThat(before("Nato’s Jens Stoltenberg said so.", "said", false)).isEqualTo("Jens Stoltenberg");
    assertThat(before("She later said so.", "said", false)).isEqualTo("PRONOUN She");
    assertThat(before("Officials said so.", "said", false)).isNull();
    assertThat(before("the leaders of Gazprom said so.", "said", false)).as("after a preposition").isNull();
    assertThat(before("Mark\n  Rutte said so.", "said", false)).as("whitespace made single spaces")
        .isEqualTo("Mark Rutte");
  }

  @Test
  void appositions() {
    assertThat(before("Kremlin spokesperson, Dmitry Peskov, said so.", "said", false)).isEqualTo("Dmitry Peskov");
    assertThat(before("Peskov, speaking to journalists, said so.", "said", false)).isEqualTo("Peskov");
    assertThat(before("alexander novak , the energy minister , has said so .", "said", false))
        .isEqualTo("alexander novak");
    assertThat(before("Peskov, in Moscow, said so.", "said", false)).as("not a name: the one before it")
        .isEqualTo("Peskov");
    assertThat(before("Interfax, in Moscow, said so.", "said", true)).as("agencies take no apposition").isNull();
  }

  @Test
  void lowerCasedTextWalksBackOverAtMostThreeWordsThatAreNotVerbs() {
    assertThat(before("president vladimir putin said so .", "said", false)).isEqualTo("vladimir putin");
    assertThat(before("the reports said so .", "said", false)).isNull();
    assertThat(before("big red blue green said so .", "said", false)).isEqualTo("red blue green");
    assertThat(before("he added ahmed said so .", "said", false)).as("-ed names are names").isEqualTo("ahmed");
    assertThat(before("it happened yesterday when ukraine annexed said so .", "said", false)).isNull();
  }

  @Test
  void agencySubjectsSkipDescriptorsButNotAppositions() {
    assertThat(before("Russia’s Interfax news agency is reporting", "reporting", true)).isEqualTo("Interfax");
    assertThat(before("The Associated Press has reported", "reported", true)).isEqualTo("Associated Press");
    assertThat(before("Interfax, the agency, reported", "reported", true)).isNull();
    assertThat(before("he reported", "reported", true)).isEqualTo("PRONOUN he");
    String sentence = "Russia’s Interfax news agency is reporting";
    assertThat(names.descriptorsBefore(tokenize(sentence, "reporting"))).isEqualTo(2);
  }

  @Test
  void afterAPhraseTheNameMustBeFollowedByPunctuationTheEndOrAFunctionWord() {
    assertThat(after("According to the Ministry of Defence, the column stopped.", "to")).isEqualTo(
        "Ministry of Defence");
    assertThat(after("according to Prime Minister Rishi Sunak", "to")).isEqualTo("Rishi Sunak");
    assertThat(after("according to Ukrinform posting late", "to")).isEqualTo("Ukrinform");
    assertThat(after("According to Russian state media, the port was struck.", "to")).isNull();
    assertThat(after("according to the bbc , the talks stalled .", "to")).isEqualTo("bbc");
    assertThat(after("according to russia 's defence ministry .", "to")).isEqualTo("russia 's defence ministry");
    assertThat(after("according to russia 's defence ministry officials", "to")).as("four words at most").isNull();
    assertThat(after("according to 2,000 people", "to")).isNull();
  }
}
