package org.liveblog.analytics.actors.registry.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.liveblog.analytics.actors.registry.Actor;
import org.liveblog.analytics.actors.registry.ActorRegistry;
import org.liveblog.analytics.actors.registry.ActorType;
import org.liveblog.analytics.actors.registry.CaseRule;
import org.liveblog.analytics.actors.registry.FormKind;
import org.liveblog.analytics.actors.registry.RegistryWriter;
import org.liveblog.analytics.actors.registry.Role;
import org.liveblog.analytics.actors.registry.SurfaceForm;

/**
 * Converts TABARI/PETRARCH actor dictionaries (Phoenix.Countries, Phoenix.International, Phoenix.MilNonState
 * .actors.txt) into registry actors. Each entry becomes one actor: a state for a bare country code ({@code [RUS]}),
 * a person for country role codes ({@code RUSGOV}, {@code AFGGOVAGR}) on a phrase that reads like a name, an
 * organisation for IGO/NGO/MNC codes and for state bodies, an armed group for the militant file and rebel codes, a
 * place for territories and a second entry with a country's bare code. Dated codes of a person become roles of the
 * country; a role whose country has no state entry gets a state from the JDK's ISO 3166 table, or is dropped.
 */
public final class PetrarchImporter {

  /** The start of a role that a dictionary gives without a date. */
  public static final LocalDate UNDATED_FROM = LocalDate.of(1900, 1, 1);

  /** What a dictionary file holds, from its name; it decides how person-like phrases are read. */
  enum Source {
    COUNTRIES, INTERNATIONAL, MILITANT;

    static Source of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.contains("milnonstate") || name.contains("militant")) {
        return MILITANT;
      }
      return name.contains("international") ? INTERNATIONAL : COUNTRIES;
    }
  }

  /** Labels of CAMEO role and sector codes, as a role of a person reads them. */
  static final Map<String, String> ROLE_LABELS = Map.ofEntries(
      Map.entry("GOV", "government"), Map.entry("MIL", "military"), Map.entry("REB", "rebel"),
      Map.entry("OPP", "opposition"), Map.entry("PTY", "political party"), Map.entry("COP", "police"),
      Map.entry("JUD", "judiciary"), Map.entry("SPY", "intelligence"), Map.entry("MED", "media"),
      Map.entry("EDU", "education"), Map.entry("BUS", "business"), Map.entry("CRM", "criminal"),
      Map.entry("CVL", "civilian"), Map.entry("ELI", "elite"), Map.entry("LAB", "labour"),
      Map.entry("LEG", "legislature"), Map.entry("REF", "refugees"), Map.entry("AGR", "agriculture"),
      Map.entry("DEV", "development"), Map.entry("ENV", "environment"), Map.entry("HLH", "health"),
      Map.entry("HRI", "human rights"), Map.entry("INS", "insurgent"), Map.entry("UAF", "armed forces"),
      Map.entry("SEP", "separatist"), Map.entry("MOD", "moderate"), Map.entry("RAD", "radical"),
      Map.entry("REL", "religion"), Map.entry("MUS", "muslim"), Map.entry("CHR", "christian"),
      Map.entry("JEW", "jewish"), Map.entry("BUD", "buddhist"), Map.entry("HIN", "hindu"),
      Map.entry("SIK", "sikh"), Map.entry("CTH", "catholic"), Map.entry("OCC", "occupation"),
      Map.entry("UNR", "unrecognised"), Map.entry("IGO", "intergovernmental organisation"),
      Map.entry("NGO", "non-governmental organisation"), Map.entry("MNC", "multinational corporation"),
      Map.entry("IMG", "international militant group"));

  private static final Set<String> ORGANISATION_PREFIXES = Set.of("IGO", "NGO", "MNC", "NGM");
  private static final Set<String> ARMED_ROLES = Set.of("REB", "INS", "UAF", "SEP", "IMG");

  /** Words that make a phrase an institution, a place or a group rather than a person. */
  private static final Set<String> NON_PERSON_WORDS = Set.of(String.join(" ",
      "OF THE AND FOR WITH & MINISTRY DEPARTMENT COUNCIL COMMITTEE COMMISSION PARTY",
      "GOVERNMENT ARMY ARMED FORCES FORCE POLICE NATIONAL ASSEMBLY PARLIAMENT CONGRESS SENATE COURT BANK",
      "UNION FRONT MOVEMENT ORGANIZATION ORGANISATION GROUP GROUPS BRIGADE BRIGADES LEAGUE AGENCY SERVICE",
      "SERVICES OFFICE COMMAND INSTITUTE ASSOCIATION FEDERATION SOCIETY CORPORATION COMPANY CORP INC LTD",
      "UNIVERSITY SCHOOL COLLEGE HOSPITAL FUND FOUNDATION PROGRAM PROGRAMME MISSION TRIBUNAL AUTHORITY",
      "BOARD CABINET ADMINISTRATION REGIME MILITARY NAVY GUARD GUARDS SECURITY INTELLIGENCE TROOPS",
      "SOLDIERS OFFICIALS MINISTERS LEADERS LEADERSHIP REPUBLIC KINGDOM STATE STATES PEOPLE PEOPLES",
      "CITIZENS KREMLIN PENTAGON DUMA KNESSET MAJLIS SHURA LEGISLATURE JUDICIARY DIRECTORATE BUREAU",
      "SECRETARIAT PRESIDENCY EMBASSY CONSULATE DELEGATION NETWORK ALLIANCE COALITION CELLS CELL NUCLEI",
      "NUCLEUS FACTION MILITIA MILITIAS REBELS INSURGENTS MILITANTS COMMANDOS LIBERATION RESISTANCE",
      "REVOLUTIONARY JIHAD MUJAHIDEEN TALIBAN LASHKAR JAISH JAMAAT JEMAAH HARAKAT HIZB HEZBOLLAH HIZBALLAH",
      "KATAIB ANSAR TANZIM CARTEL INDUSTRIES INTERNATIONAL GLOBAL WORLD NEWS TIMES RADIO TELEVISION",
      "TV PRESS HERALD TRIBUNE JOURNAL AIRLINES AIRWAYS MOTORS ENERGY OIL PETROLEUM GAS HOLDINGS TRUST",
      "CENTER CENTRE PROJECT INITIATIVE CAMPAIGN COMMUNITY CHURCH MOSQUE CITY PROVINCE REGION DISTRICT",
      "ISLAND ISLANDS PORT AIRPORT SUPREME FEDERAL CENTRAL COMMUNIST SOCIALIST DEMOCRATIC ISLAMIC",
      "PARLIAMENTARY AUTHORITIES UNIT UNITS BATTALION REGIMENT DIVISION CORPS ACADEMY MINISTRIES",
      "GOVERNORATE COUNTY OKRUG OBLAST RIVER LAKE MOUNTAINS DESERT SEA OCEAN GULF VALLEY PENINSULA COAST",
      "BORDER AUTONOMOUS TERRITORY TERRITORIES PALACE PROTESTERS DEMONSTRATORS WORKERS STUDENTS").split(" "));

  /** Tokens kept upper-case in names of organisations and groups. */
  private static final Set<String> KNOWN_ACRONYMS = Set.of("UN", "EU", "US", "UK", "USA", "USSR", "UAE", "NATO",
      "OPEC", "ASEAN", "IAEA", "UNICEF", "UNHCR", "UNDP", "ICJ", "IMF", "WTO", "OSCE", "AU", "ECOWAS", "IRA", "ETA",
      "PLO", "PKK", "FARC", "ELN", "ANC", "BBC", "CNN", "CIA", "FBI", "KGB", "ICC", "ICRC", "UNESCO", "UNSC", "OAS",
      "OIC", "SCO", "WFP", "FAO", "ILO", "IPCC", "IDF", "NGO", "IOM", "OECD", "SADC", "IGAD", "UNAMA", "UNIFIL");

  private static final Set<String> TITLE_ABBREVIATIONS = Set.of("MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT",
      "FT", "GEN", "LT", "COL", "SGT", "CPT", "CAPT", "GOV", "SEN", "REP", "MC", "MAC");

  private static final Set<String> LOWER_CASE_WORDS = Set.of("of", "the", "and", "for", "in", "de", "del", "da", "di", "du",
      "des", "dos", "das", "von", "van", "der", "with");

  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}?\\.?");
  /** Long enough for "Tuanku Ismail Nasiruddin Shah Ibni Al Marhum Sultan ..." without taking sentences. */
  private static final int MAX_NAME_WORDS = 10;

  /** Parts that a code of a state or territory may carry without naming a role. */
  private static final Set<String> STATE_PARTS = Set.of("UNR", "OCC");

  private static final Pattern SHORT_ACRONYM = Pattern.compile("[A-Z]{2,4}");
  private static final Pattern LATIN_VOWEL = Pattern.compile("[AEIOUaeiou]");
  private static final Pattern NAME_TOKEN = Pattern.compile("[\\p{L}][\\p{L}.'\\-]*");

  /** The actors and the report of one import. */
  public record Result(List<Actor> actors, ImportReport report) {

    /** The registry file's bytes. */
    public byte[] registryBytes() {
      return RegistryWriter.toBytes(actors);
    }
  }

  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private final Map<String, Integer> rolesSkipped = new LinkedHashMap<>();
  private final Map<String, List<String>> mergedIntoStates = new HashMap<>();

  /** Reads the dictionaries and converts them; the result is checked against the registry rules. */
  public Result importFiles(List<Path> inputs) throws IOException {
    List<TabariEntry> entries = new ArrayList<>();
    Map<TabariEntry, Source> sourceOf = new HashMap<>();
    int primaryLines = 0;
    int synonymLines = 0;
    for (Path input : inputs) {
      TabariActorReader reader = TabariActorReader.read(input);
      Source source = Source.of(input);
      for (TabariEntry entry : reader.entries()) {
        entries.add(entry);
        sourceOf.put(entry, source);
      }
      reader.skipped().forEach((reason, n) -> skipped.merge(reason, n, Integer::sum));
      primaryLines += reader.primaryLines();
      synonymLines += reader.synonymLines();
    }
    int merged = entries.stream().mapToInt(e -> e.primaries().size() - 1).sum();

    Map<String, String> isoNames = isoCountryNames();
    Set<String> countries = new HashSet<>(isoNames.keySet());
    for (TabariEntry entry : entries) {
      if (sourceOf.get(entry) == Source.COUNTRIES) {
        for (CameoCode code : entry.codes()) {
          List<String> parts = code.parts();
          if (parts.size() == 1 && !ROLE_LABELS.containsKey(parts.get(0))) {
            countries.add(parts.get(0));
          }
        }
      }
    }
    Map<TabariEntry, String> stateEntries = chooseStateEntries(entries, countries, isoNames);

    List<Draft> drafts = new ArrayList<>();
    for (TabariEntry entry : entries) {
      Draft draft = classify(entry, sourceOf.get(entry), countries, stateEntries);
      if (draft != null) {
        drafts.add(draft);
      }
    }
    return build(drafts, isoNames, primaryLines, synonymLines, entries.size(), merged);
  }

  /** Imports {@code inputs} and writes the registry file {@code output}. */
  public static ImportReport importDictionaries(List<Path> inputs, Path output) throws IOException {
    Result result = new PetrarchImporter().importFiles(inputs);
    RegistryWriter.write(result.actors(), output);
    return result.report();
  }

  /** For each country code, the entry that is the state: the one named like the ISO name, else the richest. */
  private static Map<TabariEntry, String> chooseStateEntries(List<TabariEntry> entries, Set<String> countries,
      Map<String, String> isoNames) {
    Map<String, TabariEntry> chosen = new LinkedHashMap<>();
    for (TabariEntry entry : entries) {
      String code = stateCode(entry, countries);
      if (code == null) {
        continue;
      }
      TabariEntry current = chosen.get(code);
      if (current == null || stateScore(entry, isoNames.get(code)) > stateScore(current, isoNames.get(code))) {
        chosen.put(code, entry);
      }
    }
    Map<TabariEntry, String> byEntry = new HashMap<>();
    chosen.forEach((code, entry) -> byEntry.put(entry, code));
    return byEntry;
  }

  /**
   * The country an entry stands for, when its codes only name countries: the last bare country code, as in
   * {@code UKRAINE_ [USRUKR <910824] [UKRUNR 910824-911221] [UKR >911221]}; null when a code names a role.
   */
  private static String stateCode(TabariEntry entry, Set<String> countries) {
    String code = null;
    for (CameoCode c : entry.codes()) {
      List<String> parts = c.parts();
      for (String part : parts) {
        if (ROLE_LABELS.containsKey(part) && !STATE_PARTS.contains(part)) {
          return null;
        }
      }
      if (parts.size() == 1 && countries.contains(parts.get(0))) {
        code = parts.get(0);
      }
    }
    return code;
  }

  private static List<String> firstUsable(TabariEntry entry) {
    for (CameoCode code : entry.codes()) {
      if (!code.parts().isEmpty()) {
        return code.parts();
      }
    }
    return List.of();
  }

  private static int stateScore(TabariEntry entry, String isoName) {
    int score = entry.synonyms().size();
    if (isoName != null) {
      String iso = isoName.toLowerCase(Locale.ROOT);
      for (String form : entry.primaries()) {
        if (display(form, false).toLowerCase(Locale.ROOT).equals(iso)) {
          score += 100_000;
        }
      }
      for (String form : entry.synonyms()) {
        if (display(form, false).toLowerCase(Locale.ROOT).equals(iso)) {
          score += 10_000;
        }
      }
    }
    return score;
  }

  /** An actor before ids and references are settled. */
  private static final class Draft {
    final TabariEntry entry;
    final ActorType type;
    final String stateCode;
    final String country;
    final String parentCountry;
    final List<CameoCode> roleCodes;

    Draft(TabariEntry entry, ActorType type, String stateCode, String country, String parentCountry,
        List<CameoCode> roleCodes) {
      this.entry = entry;
      this.type = type;
      this.stateCode = stateCode;
      this.country = country;
      this.parentCountry = parentCountry;
      this.roleCodes = roleCodes;
    }
  }

  private Draft classify(TabariEntry entry, Source source, Set<String> countries,
      Map<TabariEntry, String> stateEntries) {
    if (display(entry.primary(), false).isEmpty()) {
      skip("primary phrase without letters");
      return null;
    }
    List<CameoCode> usable = entry.codes().stream().filter(c -> !c.parts().isEmpty()).toList();
    if (usable.isEmpty()) {
      skip("no usable code (e.g. [---])");
      return null;
    }
    List<String> first = firstUsable(entry);
    String code = stateCode(entry, countries);
    if (code != null) {
      if (stateEntries.get(entry) != null) {
        return new Draft(entry, ActorType.STATE, code, code, null, List.of());
      }
      TabariEntry state = stateEntries.entrySet().stream().filter(e -> e.getValue().equals(code))
          .map(Map.Entry::getKey).findFirst().orElseThrow();
      if (display(state.primary(), false).equalsIgnoreCase(display(entry.primary(), false))) {
        // A second block of the same state (CROATIA_ twice): its phrases are more names of the state.
        mergedIntoStates.computeIfAbsent(code, c -> new ArrayList<>()).addAll(entry.primaries());
        mergedIntoStates.get(code).addAll(entry.synonyms());
        skip("second entry of a state, merged into it");
        return null;
      }
      return new Draft(entry, ActorType.PLACE, null, code, null, List.of());
    }
    List<CameoCode> countryRoles = usable.stream()
        .filter(c -> c.parts().size() > 1 && countries.contains(c.parts().get(0))).toList();
    boolean hasElite = usable.stream().anyMatch(c -> c.parts().equals(List.of("ELI")));
    boolean hasDated = usable.stream().anyMatch(CameoCode::isDated);
    // A one-word phrase is a person only with dates ("KHODAIDAD_ [AFGGOVCOP 071001-100131]", not "MOSSAD_").
    boolean personLike = looksLikePerson(entry.primary()) && (hasDated || !isOneWord(entry.primary()));
    boolean person = switch (source) {
      case COUNTRIES -> personLike && (!countryRoles.isEmpty() || hasElite || hasDated);
      case INTERNATIONAL -> personLike && (!countryRoles.isEmpty() || hasElite || hasDated);
      case MILITANT -> personLike && entry.primary().strip().endsWith("__");
    };
    String roleCountry = countryRoles.isEmpty() ? null : countryRoles.get(0).parts().get(0);
    if (person) {
      return new Draft(entry, ActorType.PERSON, null, roleCountry, null, countryRoles);
    }
    boolean armed = usable.stream().anyMatch(c -> c.parts().stream().anyMatch(ARMED_ROLES::contains));
    if (source == Source.MILITANT || (armed && countryRoles.isEmpty())) {
      return new Draft(entry, ActorType.ARMED_GROUP, null, roleCountry, null, List.of());
    }
    if (!countryRoles.isEmpty()) {
      List<String> parts = countryRoles.get(0).parts();
      String sector = parts.stream().skip(1).filter(ROLE_LABELS::containsKey).findFirst().orElse(null);
      if (sector != null && ARMED_ROLES.contains(sector)) {
        return new Draft(entry, ActorType.ARMED_GROUP, null, roleCountry, null, List.of());
      }
      if (sector == null) {
        // GBRIMY (Isle of Man), USAPRI (Puerto Rico): a territory of the country.
        return new Draft(entry, ActorType.PLACE, null, roleCountry, null, List.of());
      }
      ActorType type = sector.equals("MED") ? ActorType.MEDIA : ActorType.ORGANISATION;
      return new Draft(entry, type, null, roleCountry, roleCountry, List.of());
    }
    String prefix = first.get(0);
    if (ORGANISATION_PREFIXES.contains(prefix)) {
      return new Draft(entry, ActorType.ORGANISATION, null, null, null, List.of());
    }
    if (prefix.equals("MED")) {
      return new Draft(entry, ActorType.MEDIA, null, null, null, List.of());
    }
    skip("code names no country, organisation or group (" + (first.size() == 1 ? "[" + prefix + "]" : "region "
        + prefix) + ")");
    return null;
  }

  private Result build(List<Draft> drafts, Map<String, String> isoNames, int primaryLines, int synonymLines,
      int entriesRead, int merged) {
    Map<String, Actor> states = new LinkedHashMap<>();
    Set<String> usedIds = new HashSet<>();
    Set<String> draftStates = new HashSet<>();
    for (Draft draft : drafts) {
      if (draft.type == ActorType.STATE) {
        usedIds.add(draft.stateCode);
        draftStates.add(draft.stateCode);
      }
    }
    List<Actor> actors = new ArrayList<>();
    List<Actor> addedStates = new ArrayList<>();
    int rolesWritten = 0;
    for (Draft draft : drafts) {
      String name = display(draft.entry.primary(), draft.type != ActorType.PERSON);
      String id = draft.type == ActorType.STATE ? draft.stateCode : uniqueId(snakeCase(name), usedIds);
      List<Role> roles = new ArrayList<>();
      for (CameoCode code : draft.roleCodes) {
        Role role = role(code);
        if (role == null) {
          continue;
        }
        if (!ensureState(role.of(), states, draftStates, isoNames, addedStates)) {
          rolesSkipped.merge("of a country code without a state or ISO name", 1, Integer::sum);
          continue;
        }
        if (!roles.contains(role)) {
          roles.add(role);
        }
      }
      rolesWritten += roles.size();
      String parent = draft.parentCountry != null
          && ensureState(draft.parentCountry, states, draftStates, isoNames, addedStates) ? draft.parentCountry : null;
      Actor actor = new Actor(id, name, draft.type, draft.country, parent, forms(draft, name,
          draft.type == ActorType.STATE ? mergedIntoStates.getOrDefault(id, List.of()) : List.of()), List.of(), List.of(),
          roles);
      actors.add(actor);
      if (draft.type == ActorType.STATE) {
        states.put(id, actor);
      }
    }
    actors.addAll(addedStates);
    Map<ActorType, Integer> byType = new EnumMap<>(ActorType.class);
    for (Actor actor : actors) {
      byType.merge(actor.type(), 1, Integer::sum);
    }
    // The output must be a registry the loader accepts; a failure here is a bug of this importer.
    ActorRegistry.parse(RegistryWriter.toBytes(actors), "imported registry");
    ImportReport report = new ImportReport(primaryLines, synonymLines, entriesRead, merged, byType, skipped,
        rolesWritten, rolesSkipped, addedStates.size());
    return new Result(actors, report);
  }

  /** Whether a state actor for {@code code} exists or can be added from the ISO table (and adds it). */
  private static boolean ensureState(String code, Map<String, Actor> states, Set<String> draftStates,
      Map<String, String> isoNames, List<Actor> addedStates) {
    if (states.containsKey(code) || draftStates.contains(code)) {
      return true;
    }
    String isoName = isoNames.get(code);
    if (isoName == null) {
      return false;
    }
    Actor state = new Actor(code, isoName, ActorType.STATE, code, null, List.of(SurfaceForm.name(isoName)),
        List.of(), List.of(), List.of());
    states.put(code, state);
    addedStates.add(state);
    return true;
  }

  private Role role(CameoCode code) {
    if (code.hasDateProblem()) {
      rolesSkipped.merge("unreadable date", 1, Integer::sum);
      return null;
    }
    List<String> parts = code.parts();
    List<String> labels = new ArrayList<>();
    for (String part : parts.subList(1, parts.size())) {
      String label = ROLE_LABELS.get(part);
      if (label != null && !labels.contains(label)) {
        labels.add(label);
      }
    }
    if (labels.isEmpty()) {
      rolesSkipped.merge("code without a known role (" + parts.get(1) + ")", 1, Integer::sum);
      return null;
    }
    String label = labels.size() == 1 ? labels.get(0)
        : labels.get(0) + " (" + String.join(", ", labels.subList(1, labels.size())) + ")";
    LocalDate from = code.from() == null ? UNDATED_FROM : code.from();
    if (code.to() != null && !code.to().isAfter(from)) {
      rolesSkipped.merge("end date not after start date", 1, Integer::sum);
      return null;
    }
    return new Role(label, parts.get(0), from, code.to());
  }

  private static List<SurfaceForm> forms(Draft draft, String name, List<String> moreForms) {
    boolean person = draft.type == ActorType.PERSON;
    String[] nameTokens = name.split(" ");
    String surname = nameTokens.length > 1 ? nameTokens[nameTokens.length - 1].toLowerCase(Locale.ROOT) : null;
    Set<String> seen = new HashSet<>();
    List<SurfaceForm> forms = new ArrayList<>();
    List<String> raws = new ArrayList<>(draft.entry.primaries());
    raws.addAll(draft.entry.synonyms());
    raws.addAll(moreForms);
    boolean shortAcronyms = draft.type == ActorType.ORGANISATION || draft.type == ActorType.ARMED_GROUP
        || draft.type == ActorType.MEDIA;
    for (String raw : raws) {
      String text = display(raw, !person);
      if (text.isEmpty() || !seen.add(text.toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean singleToken = text.indexOf(' ') < 0;
      String compact = raw.strip().replaceAll("_+$", "").strip();
      boolean acronym = !person && singleToken && compact.equals(text.toUpperCase(Locale.ROOT))
          && (isAcronymToken(compact) || (shortAcronyms && SHORT_ACRONYM.matcher(compact).matches()));
      if (acronym) {
        forms.add(new SurfaceForm(compact, CaseRule.SENSITIVE, FormKind.ACRONYM));
      } else if (person && singleToken && forms.size() > 0 && text.toLowerCase(Locale.ROOT).equals(surname)) {
        forms.add(new SurfaceForm(text, CaseRule.INSENSITIVE, FormKind.SURNAME));
      } else {
        forms.add(SurfaceForm.name(text));
      }
    }
    return forms;
  }

  private static String uniqueId(String base, Set<String> used) {
    String id = base.isEmpty() ? "actor" : base;
    if (used.add(id)) {
      return id;
    }
    for (int n = 2; ; n++) {
      if (used.add(id + "_" + n)) {
        return id + "_" + n;
      }
    }
  }

  /** {@code Vladimir V. Putin} → {@code vladimir_v_putin}; accents dropped, other characters to underscores. */
  static String snakeCase(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  private static boolean isOneWord(String raw) {
    return raw.strip().replaceAll("_+$", "").split("[_\\s]+").length == 1;
  }

  /** Whether a dictionary phrase reads like a person's name: name-like words, none of an institution or place. */
  static boolean looksLikePerson(String raw) {
    String[] tokens = raw.strip().replaceAll("_+$", "").split("[_\\s]+");
    if (tokens.length == 0 || tokens.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String token : tokens) {
      String upper = token.toUpperCase(Locale.ROOT);
      if (!NAME_TOKEN.matcher(token).matches() || NON_PERSON_WORDS.contains(upper.replaceAll("[.']", ""))) {
        return false;
      }
    }
    if (tokens.length == 1) {
      return tokens[0].length() >= 4 && LATIN_VOWEL.matcher(tokens[0]).find();
    }
    return true;
  }

  /**
   * A dictionary phrase for display: {@code _} to spaces, words title-cased ({@code VLADIMIR_V._PUTIN_} →
   * "Vladimir V. Putin", {@code AL-QAEDA} → "Al-Qaeda", small words lower case); with {@code keepAcronyms},
   * "U.N.", words without a vowel and well-known acronyms stay upper case.
   */
  static String display(String raw, boolean keepAcronyms) {
    String[] words = raw.replace('_', ' ').strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || word.chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      String shown;
      if (keepAcronyms && isAcronymToken(word)) {
        shown = word;
      } else if (out.length() > 0 && LOWER_CASE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        shown = word.toLowerCase(Locale.ROOT);
      } else {
        shown = titleCase(word);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(shown);
    }
    return out.toString();
  }

  static boolean isAcronymToken(String word) {
    String bare = word.replaceAll("^\\(|\\)$", "");
    if (bare.length() < 2 || !bare.equals(bare.toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (DOTTED_ACRONYM.matcher(bare).matches()) {
      return true;
    }
    if (!bare.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      return false;
    }
    return KNOWN_ACRONYMS.contains(bare)
        || (!LATIN_VOWEL.matcher(bare).find() && !TITLE_ABBREVIATIONS.contains(bare));
  }

  private static String titleCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean capitalise = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (capitalise && Character.isLetter(c)) {
        out.append(Character.toUpperCase(c));
        capitalise = false;
      } else {
        out.append(c);
      }
      if (c == '-' || c == '.' || c == '(' || c == '/') {
        capitalise = true;
      } else if (c == '\'') {
        // O'Brien, but Children's.
        int letters = 0;
        for (int j = i + 1; j < lower.length() && Character.isLetter(lower.charAt(j)); j++) {
          letters++;
        }
        capitalise = letters > 1;
      }
    }
    return out.toString();
  }

  /** ISO 3166-1 alpha-3 → English short name, from the JDK. */
  static Map<String, String> isoCountryNames() {
    Map<String, String> names = new TreeMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale locale = new Locale("", alpha2);
      try {
        names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // A region without an alpha-3 code: not a country a dictionary can name.
      }
    }
    return names;
  }

  private void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

}
