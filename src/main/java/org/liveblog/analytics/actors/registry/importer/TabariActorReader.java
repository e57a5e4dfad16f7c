package org.liveblog.analytics.actors.registry.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TABARI/PETRARCH actor dictionary into {@link TabariEntry}s. Grammar: {@code #} starts a comment and a line
 * starting with {@code <} is one; a primary line starts with its phrase (words joined by {@code _}) and may carry
 * bracketed codes; {@code +} lines are synonyms of the current entry; indented lines hold codes
 * ({@code [CODE]} or {@code [CODE date-restriction]}). Primary lines without codes that follow each other share
 * the codes that come after them (PETRARCH's reading), so they make one entry. Blank lines end nothing.
 */
final class TabariActorReader {

  private final String fileName;
  private final List<TabariEntry> entries = new ArrayList<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private int primaryLines;
  private int synonymLines;

  private int line;
  private int currentLine;
  private List<String> primaries;
  private List<String> synonyms;
  private List<CameoCode> codes;

  private TabariActorReader(String fileName) {
    this.fileName = fileName;
  }

  static TabariActorReader read(Path file) throws IOException {
    TabariActorReader reader = new TabariActorReader(file.getFileName().toString());
    // The published dictionaries are UTF-8; a stray byte must not stop an import.
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      String text;
      while ((text = in.readLine()) != null) {
        reader.accept(text);
      }
    }
    reader.closeEntry();
    return reader;
  }

  List<TabariEntry> entries() {
    return entries;
  }

  /** Entries (or lines) dropped while reading, by reason. */
  Map<String, Integer> skipped() {
    return skipped;
  }

  int primaryLines() {
    return primaryLines;
  }

  int synonymLines() {
    return synonymLines;
  }

  private void accept(String raw) {
    line++;
    if (raw.startsWith("<") || raw.contains("---STOP---")) {
      return;
    }
    int hash = raw.indexOf('#');
    String text = hash < 0 ? raw : raw.substring(0, hash);
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return;
    }
    if (stripped.startsWith("+")) {
      synonymLines++;
      String synonym = stripped.substring(1);
      int bracket = synonym.indexOf('[');
      if (bracket >= 0) {
        synonym = synonym.substring(0, bracket);
      }
      if (primaries == null) {
        skip("synonym line before any primary entry");
      } else if (!synonym.isBlank()) {
        synonyms.add(synonym.strip());
      }
      return;
    }
    if (Character.isWhitespace(text.charAt(0)) && stripped.startsWith("[")) {
      if (primaries == null) {
        skip("code line before any primary entry");
      } else {
        codes.addAll(CameoCode.allIn(stripped));
      }
      return;
    }
    primaryLines++;
    int bracket = stripped.indexOf('[');
    String phrase = (bracket < 0 ? stripped : stripped.substring(0, bracket)).strip();
    List<CameoCode> inline = bracket < 0 ? List.of() : CameoCode.allIn(stripped.substring(bracket));
    if (primaries != null && codes.isEmpty()) {
      // Still waiting for codes: PETRARCH gives this phrase the same codes as the one before.
      primaries.add(phrase);
      codes.addAll(inline);
      return;
    }
    closeEntry();
    currentLine = line;
    primaries = new ArrayList<>(List.of(phrase));
    synonyms = new ArrayList<>();
    codes = new ArrayList<>(inline);
  }

  private void closeEntry() {
    if (primaries == null) {
      return;
    }
    if (codes.isEmpty()) {
      skip("no code");
    } else {
      entries.add(new TabariEntry(fileName, currentLine, List.copyOf(primaries), List.copyOf(synonyms),
          List.copyOf(codes)));
    }
    primaries = null;
  }

  private void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }
}
