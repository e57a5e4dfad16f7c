package org.liveblog.analytics.topics.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liveblog.analytics.actors.registry.ActorRegistry;

/**
 * The immutable set of topics an entry can be tagged with, loaded from a taxonomy file (docs/TOPICS.md) and checked
 * against every rule of the format when it is loaded.
 */
public final class Taxonomy {

  /** The classpath resource of the default taxonomy. */
  public static final String DEFAULT_RESOURCE = "/topics/taxonomy.jsonl";

  private final String source;
  private final List<TaxonomyTopic> topics;
  private final Map<String, TaxonomyTopic> byId;
  private final String contentHash;

  private Taxonomy(String source, List<TaxonomyTopic> topics, String contentHash) {
    this.source = source;
    this.topics = List.copyOf(topics);
    Map<String, TaxonomyTopic> index = new LinkedHashMap<>();
    topics.forEach(t -> index.put(t.topicId(), t));
    this.byId = index;
    this.contentHash = contentHash;
  }

  /** Loads and validates a taxonomy file; fails with {@link InvalidTaxonomyException} naming file, line and field. */
  public static Taxonomy load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new InvalidTaxonomyException(file + ": cannot be read: " + e);
    }
    return parse(bytes, file.toString());
  }

  /** Loads a taxonomy from {@code in} (read to its end, not closed); {@code sourceName} names it in errors. */
  public static Taxonomy load(InputStream in, String sourceName) {
    try {
      return parse(in.readAllBytes(), sourceName);
    } catch (IOException e) {
      throw new InvalidTaxonomyException(sourceName + ": cannot be read: " + e);
    }
  }

  public static Taxonomy parse(byte[] bytes, String sourceName) {
    return new Taxonomy(sourceName, TaxonomyParser.parse(bytes, sourceName), ActorRegistry.sha256(bytes));
  }

  /** The taxonomy shipped on the classpath at {@value #DEFAULT_RESOURCE}. */
  public static Taxonomy defaultTaxonomy() {
    return DefaultHolder.TAXONOMY;
  }

  private static final class DefaultHolder {
    static final Taxonomy TAXONOMY = loadResource();

    private static Taxonomy loadResource() {
      try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The default taxonomy " + DEFAULT_RESOURCE + " is not on the classpath");
        }
        return load(in, "classpath:" + DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read the default taxonomy " + DEFAULT_RESOURCE, e);
      }
    }
  }

  /** Every topic, in file order. */
  public List<TaxonomyTopic> topics() {
    return topics;
  }

  public Optional<TaxonomyTopic> topic(String topicId) {
    return Optional.ofNullable(byId.get(topicId));
  }

  public int size() {
    return topics.size();
  }

  public String source() {
    return source;
  }

  /** SHA-256 (hex) of the file bytes: the taxonomy's version in {@code runs.versions} and the topics table. */
  public String contentHash() {
    return contentHash;
  }
}
