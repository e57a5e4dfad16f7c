package org.liveblog.analytics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The planted probabilities are exact only if the fixed phrases never name an actor or carry a topic keyword. */
class GeneratorTemplatesTest {

  @Test
  void fixedPhrasesNameNoActorAndCarryNoTopicKeyword() throws IllegalAccessException {
    List<String> phrases = new ArrayList<>();
    for (Field field : TextTemplates.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String[].class
          && !field.getName().startsWith("BLOG_TITLE") && !field.getName().startsWith("HEADLINE")
          && !field.getName().startsWith("GENERIC_HEADLINES")) {
        phrases.addAll(List.of((String[]) field.get(null)));
      }
    }
    assertThat(phrases).hasSizeGreaterThan(50);
    for (String phrase : phrases) {
      for (SyntheticActor actor : ActorCatalogue.ACTORS) {
        for (String alias : actor.aliases()) {
          assertThat(wholeWord(alias, true).matcher(phrase).find())
              .as("phrase \"%s\" names %s as \"%s\"", phrase, actor.id(), alias).isFalse();
        }
      }
      for (SyntheticTopic topic : TopicCatalogue.TOPICS) {
        for (String keyword : topic.keywords()) {
          assertThat(wholeWord(keyword, false).matcher(phrase).find())
              .as("phrase \"%s\" carries keyword \"%s\" of %s", phrase, keyword, topic.id()).isFalse();
        }
      }
    }
  }

  @Test
  void topicSentencesCarryOnlyTheirOwnTopic() {
    for (SyntheticTopic topic : TopicCatalogue.TOPICS) {
      for (String sentence : topic.sentences()) {
        for (SyntheticTopic other : TopicCatalogue.TOPICS) {
          boolean carries = false;
          for (String keyword : other.keywords()) {
            carries |= wholeWord(keyword, false).matcher(sentence).find();
          }
          assertThat(carries).as("\"%s\" carries %s", sentence, other.id()).isEqualTo(other == topic);
        }
      }
    }
  }

  static Pattern wholeWord(String term, boolean caseSensitive) {
    String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])";
    return caseSensitive ? Pattern.compile(regex)
        : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
