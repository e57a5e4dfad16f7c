package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liveblog.analytics.text.SpeakerCueDetector.Finding;

/** Each cue detector on one sentence we write, before pronouns and quote blocks are applied by the attributor. */
class SpeakerCueDetectorTest {

  private final SentenceTokens tokens = new SentenceTokens(SpeakerWords.standard());
  private final SpeakerCueDetector detector =
      new SpeakerCueDetector(tokens, new SpeakerNames(tokens), SpeakerWords.standard());

  /** "cue speaker [quote] [intro] [pronoun] [antecedent=X]", or "none". */
  private String detect(String sentence) {
    tokens.reset(sentence, SentenceSplitter.isLowerCased(sentence));
    Finding f = detector.detect(0, sentence.length());
    if (f == null) {
      return "none";
    }
    return f.cue.code() + " " + f.speaker + (f.quote ? " quote" : "") + (f.introAtEnd ? " intro" : "")
        + (f.pronoun ? " pronoun" : "") + (f.antecedent == null ? "" : " antecedent=" + f.antecedent);
  }

  @Test
  void colonIntro() {
    assertThat(detect("Peskov said in a statement:")).isEqualTo("colon_intro Peskov intro");
    assertThat(detect("He told reporters in Moscow:")).isEqualTo("colon_intro null intro pronoun");
    assertThat(detect("It cites Alexander Bogomaz posting on Telegram:")).isEqualTo(
        "colon_intro Alexander Bogomaz intro");
    assertThat(detect("Lavrov told reporters, adding:")).isEqualTo("colon_intro Lavrov intro");
    assertThat(detect("Stoltenberg said: “We are ready.”")).isEqualTo("colon_intro Stoltenberg quote");
    assertThat(detect("The statement ends: we will return.")).as("inline colon without a speaker").isEqualTo("none");
    assertThat(detect("The message, he said. Then: nothing.")).as("a sentence end is a barrier").isEqualTo(
        "reported_speech null pronoun");
  }

  @Test
  void quoteSaid() {
    assertThat(detect("“We are ready,” said Peskov.")).isEqualTo("quote_said Peskov quote");
    assertThat(detect("“We are ready”, the Kremlin said.")).isEqualTo("quote_said Kremlin quote");
    assertThat(detect("“Never,” she insisted.")).isEqualTo("quote_said null quote pronoun");
    assertThat(detect("`` we are ready , '' said peskov .")).isEqualTo("quote_said peskov quote");
    assertThat(detect("“We are ready,” the talks resumed.")).isEqualTo("none");
  }

  @Test
  void agencyReportKeepsTheNamedPersonAsAntecedentInCasedTextOnly() {
    assertThat(detect("AFP reports that Von der Leyen said ties were difficult.")).isEqualTo(
        "agency_report AFP antecedent=Von der Leyen");
    assertThat(detect("Two ships left port overnight, Bloomberg reported.")).isEqualTo("agency_report Bloomberg");
    assertThat(detect("Two ships left port overnight and then sailed far to the south, Bloomberg reported.")).isEqualTo(
        "agency_report Bloomberg");
    assertThat(detect("Two ships left port overnight and then sailed far to the south as Bloomberg reported.")).as(
        "late in the sentence without a comma").isEqualTo("none");
    assertThat(detect("reuters reports that the convoy turned back .")).isEqualTo("agency_report reuters");
    assertThat(detect("hurriyet reports that the convoy turned back .")).as("unknown lower-cased agency").isEqualTo(
        "none");
    assertThat(detect("the hurriyet newspaper reports that the convoy turned back .")).isEqualTo(
        "agency_report hurriyet");
    assertThat(detect("Kyiv is reporting calm.")).as("reporting needs its auxiliary").isEqualTo(
        "agency_report Kyiv");
    assertThat(detect("Kyiv now reporting calm.")).isEqualTo("none");
  }

  @Test
  void accordingToAndReportedSpeech() {
    assertThat(detect("According to the Ministry of Defence, the column stopped.")).isEqualTo(
        "according_to Ministry of Defence");
    assertThat(detect("Peskov said the talks were over.")).isEqualTo("reported_speech Peskov");
    assertThat(detect("Prices are rising, says Kremlin")).isEqualTo("reported_speech Kremlin");
    assertThat(detect("Prices are rising, says he.")).isEqualTo("reported_speech null pronoun");
    assertThat(detect("“Peskov said nothing,” a source claimed.")).as("verbs inside quotes are not cues").isEqualTo(
        "none");
  }

  @Test
  void theFirstCueInOrderWins() {
    assertThat(detect("According to Peskov, Lavrov said:")).as("colon before according to").isEqualTo(
        "colon_intro Lavrov intro");
    assertThat(detect("“Enough,” Lavrov said, according to Tass.")).as("quote before according to").isEqualTo(
        "quote_said Lavrov quote");
  }

  @Test
  void emptySentence() {
    tokens.reset("   ", false);
    assertThat(detector.detect(0, 3)).isNull();
  }
}
