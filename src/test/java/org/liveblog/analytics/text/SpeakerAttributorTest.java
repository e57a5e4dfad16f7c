package org.liveblog.analytics.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures are the team's own sentences, written in the style of a live blog (paragraphs separated by blank lines). */
class SpeakerAttributorTest {

  /** One line per sentence: "Q|-  cue  speaker  :: sentence", so a failure shows the whole entry. */
  private static List<String> attribute(String... paragraphs) {
    Segmentation segmentation = SentenceSplitter.split(String.join("\n\n", paragraphs));
    Attribution[] attributions = new SpeakerAttributor().attribute(segmentation);
    assertThat(attributions).hasSize(segmentation.sentenceCount());
    List<String> out = new ArrayList<>();
    for (int s = 0; s < attributions.length; s++) {
      out.add(line(attributions[s], segmentation.sentenceText(s)));
    }
    return out;
  }

  private static String line(Attribution a, String sentence) {
    return (a.isQuote() ? "Q" : "-") + " " + a.cueCode() + " " + a.speaker() + " :: " + sentence;
  }

  private static String only(String sentence) {
    List<String> lines = attribute(sentence);
    assertThat(lines).hasSize(1);
    return lines.get(0).substring(0, lines.get(0).indexOf(" :: "));
  }

  @Test
  void entryInTheStyleOfTheSeedBlog() {
    assertThat(attribute(
        "The Kremlin has said Moscow will answer any new deployment on its western flank with “proportionate steps”.",
        "Kremlin spokesperson, Dmitry Peskov, speaking to reporters, was replying to remarks by the alliance’s deputy "
            + "head, who on Tuesday said the drills were purely defensive.",
        "Peskov said:",
        "It is not Russia that moves its troops towards other people’s borders.",
        "Norway hosted the largest of the exercises last week, with about 20,000 troops taking part.",
        "Peskov said Moscow would watch the drills closely and draw its own conclusions. He said:",
        "We see this as a threat ... and we will respond to it. That is how it has always been.",
        "Russia’s Interfax news agency is reporting that the governor of the Kursk region has said a drone hit a fuel "
            + "depot overnight.",
        "It cites Roman Starovoit posting on his Telegram channel:",
        "Tonight, air defence forces shot down two drones over the district.",
        "Firefighters are working at the scene.",
        "The claims could not be independently confirmed.",
        "Reuters reports Von der Leyen was asked at a briefing whether Beijing could persuade Moscow to halt the "
            + "offensive.",
        "She also said that trade imbalances had been discussed at length.",
        "AFP reports that Von der Leyen said in a meeting with the Chinese premier that ties had become “more "
            + "difficult”.",
        "“We must look at every part of this relationship honestly,” she said, adding that the moment was “delicate”."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "- reported_speech Kremlin",
            "- null null",
            "- colon_intro Peskov",
            "Q colon_intro Peskov",
            "- null null",
            "- reported_speech Peskov",
            "- colon_intro Peskov",
            "Q colon_intro Peskov",
            "Q colon_intro Peskov",
            "- agency_report Interfax",
            "- colon_intro Roman Starovoit",
            "Q colon_intro Roman Starovoit",
            "- null null",
            "- null null",
            "- agency_report Reuters",
            "- reported_speech Von der Leyen",
            "- agency_report AFP",
            "Q quote_said Von der Leyen");
  }

  @Test
  void multiParagraphQuoteContinuesWhileParagraphsOpenWithAQuoteMark() {
    assertThat(attribute(
        "Gabrielius Landsbergis told reporters in Vilnius:",
        "“We have been patient for a long time.",
        "“But patience is not a strategy, and our partners understand that.”",
        "“Every month of delay costs lives.”",
        "The meeting ended without a joint statement."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "- colon_intro Gabrielius Landsbergis",
            "Q colon_intro Gabrielius Landsbergis",
            "Q colon_intro Gabrielius Landsbergis",
            "Q colon_intro Gabrielius Landsbergis",
            "- null null");
  }

  @Test
  void multiParagraphQuoteContinuesWhileAQuoteIsLeftOpen() {
    assertThat(attribute(
        "Kaja Kallas wrote on X:",
        "“The border stays open for those fleeing the war,",
        "and closed to those who bring it.”",
        "Estonia has tightened checks since the spring.",
        "...and the queues have grown."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "- colon_intro Kaja Kallas",
            "Q colon_intro Kaja Kallas",
            "Q colon_intro Kaja Kallas",
            "- null null",
            "- null null");
  }

  @Test
  void quoteBlockStopsAtAParagraphWithItsOwnAttributionOrANewIntro() {
    assertThat(attribute(
        "The Ukrainian president said in his nightly address:",
        "Peskov said:",
        "We will not be drawn into this.",
        "“We will not be intimidated,” Zelenskiy said.",
        "“Nor will we,” said Andriy Yermak."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "- colon_intro null",
            "- colon_intro Peskov",
            "Q colon_intro Peskov",
            "Q quote_said Zelenskiy",
            "Q quote_said Andriy Yermak");
  }

  @Test
  void pronounIntroResolvesToTheLastNamedSpeakerOrStaysNull() {
    assertThat(attribute("He said:", "The answer is no."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly("- colon_intro null", "Q colon_intro null");
    assertThat(attribute("Olaf Scholz said Berlin would not send more tanks this year.", "They said:", "Not now."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly("- reported_speech Olaf Scholz", "- colon_intro Olaf Scholz", "Q colon_intro Olaf Scholz");
  }

  @Test
  void namesBeforeTheVerb() {
    assertThat(only("Kremlin spokesperson, Dmitry Peskov, said the talks were over.")).isEqualTo(
        "- reported_speech Dmitry Peskov");
    assertThat(only("Peskov, speaking to journalists, said the talks were over.")).isEqualTo(
        "- reported_speech Peskov");
    assertThat(only("Von der Leyen said the bloc would respond.")).isEqualTo("- reported_speech Von der Leyen");
    assertThat(only("On Friday Ursula von der Leyen said the bloc would respond.")).isEqualTo(
        "- reported_speech Ursula von der Leyen");
    assertThat(only("Prime Minister Mark Rutte has also said that he will stay.")).isEqualTo(
        "- reported_speech Mark Rutte");
    assertThat(only("Nato’s Jens Stoltenberg told the summit that the door remained open.")).isEqualTo(
        "- reported_speech Jens Stoltenberg");
    assertThat(only("Ukraine’s General Staff said 14 attacks had been repelled.")).isEqualTo(
        "- reported_speech General Staff");
    assertThat(only("Prices are rising, says Kremlin")).isEqualTo("- reported_speech Kremlin");
    assertThat(only("In a statement, the Foreign Office said it was monitoring the situation.")).isEqualTo(
        "- reported_speech Foreign Office");
  }

  @Test
  void quoteSaidVariants() {
    assertThat(only("“We are ready for talks,” said Peskov.")).isEqualTo("Q quote_said Peskov");
    assertThat(only("“We are ready for talks”, the Kremlin said.")).isEqualTo("Q quote_said Kremlin");
    assertThat(only("“Why now?” Lavrov asked.")).isEqualTo("Q quote_said Lavrov");
    assertThat(attribute("Lavrov said the talks in Ankara had been useful.",
        "“It went well. We agreed on a second round,” he added. “The date is not fixed yet.”"))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "- reported_speech Lavrov", "Q quote_said Lavrov", "Q quote_said Lavrov", "Q quote_said Lavrov");
    assertThat(attribute("Lavrov met his counterpart in Ankara.", "“It went well,” he said."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .as("a person merely mentioned is not a speaker to resolve a pronoun to")
        .containsExactly("- null null", "Q quote_said null");
  }

  @Test
  void inlineColonQuote() {
    assertThat(only("Stoltenberg said: “The alliance will defend every inch.”")).isEqualTo(
        "Q colon_intro Stoltenberg");
    assertThat(only("The statement ends: we will return.")).isEqualTo("- null null");
  }

  @Test
  void accordingTo() {
    assertThat(only("According to the Ministry of Defence, the column stretched for 40km.")).isEqualTo(
        "- according_to Ministry of Defence");
    assertThat(only("The bridge was hit twice, according to Ukrinform.")).isEqualTo("- according_to Ukrinform");
    assertThat(only("According to Russian state media, the port was struck.")).isEqualTo("- null null");
    assertThat(only("The survey was weighted according to official standards.")).isEqualTo("- null null");
  }

  @Test
  void agencyLines() {
    assertThat(only("Reuters reports the convoy has turned back.")).isEqualTo("- agency_report Reuters");
    assertThat(only("AFP reports that the airport has reopened.")).isEqualTo("- agency_report AFP");
    assertThat(only("Russia’s Interfax news agency is reporting heavy shelling near the plant.")).isEqualTo(
        "- agency_report Interfax");
    assertThat(only("The Associated Press reported that two ships had left port.")).isEqualTo(
        "- agency_report Associated Press");
    assertThat(only("State news agency RIA Novosti cited a local official as saying the fire was out.")).isEqualTo(
        "- agency_report RIA Novosti");
    assertThat(only("Two ships left the port overnight, Bloomberg reported.")).isEqualTo(
        "- agency_report Bloomberg");
    assertThat(only("Local press reports suggest the plant was hit.")).isEqualTo("- null null");
  }

  @Test
  void noAttributionForNarrativeOrNonVerbSaid() {
    assertThat(only("Finland formally joined the alliance on Tuesday.")).isEqualTo("- null null");
    assertThat(only("The said agreement was never ratified.")).isEqualTo("- null null");
    assertThat(only("Nothing was said about the prisoners.")).isEqualTo("- null null");
    assertThat(only("Officials said the road was closed.")).isEqualTo("- null null");
    assertThat(only("A spokesman said the road was closed.")).isEqualTo("- null null");
    assertThat(only("The envoy, who on Wednesday said the offer stood, left early.")).isEqualTo("- null null");
    assertThat(only("Said Khan arrived in Kabul on Monday.")).isEqualTo("- null null");
    assertThat(only("He called the proposal “empty promises” and walked out.")).isEqualTo("- null null");
    assertThat(only("He said the talks would resume.")).isEqualTo("- reported_speech null");
  }

  @Test
  void lowerCasedTokenisedText() {
    assertThat(attribute("peskov said : it is nato that is moving towards russia . according to the bbc , the talks "
        + "stalled . reuters reports that the convoy has turned back . `` we are not afraid , '' he said . "
        + "alexander novak , the russian energy minister , has said that output will fall . president putin said "
        + "he was calm . what he actually said : nothing new . officials said the road was closed ."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly(
            "Q colon_intro peskov",
            "- according_to bbc",
            "- agency_report reuters",
            "Q quote_said peskov",
            "- reported_speech alexander novak",
            "- reported_speech putin",
            "Q colon_intro putin",
            "- null null");
  }

  @Test
  void lowerCasedParagraphIntro() {
    assertThat(attribute("the kremlin said :", "it is not russia that moves its troops .", "the drills ended on friday ."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly("- colon_intro kremlin", "Q colon_intro kremlin", "- null null");
    assertThat(attribute("russia 's interfax news agency is reporting that a drone fell near the depot ."))
        .extracting(l -> l.substring(0, l.indexOf(" :: ")))
        .containsExactly("- agency_report interfax");
  }

  @Test
  void emptySegmentation() {
    assertThat(new SpeakerAttributor().attribute(SentenceSplitter.split(""))).isEmpty();
  }
}
