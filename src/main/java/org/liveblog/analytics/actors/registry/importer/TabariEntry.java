package org.liveblog.analytics.actors.registry.importer;

import java.util.List;

/**
 * One actor of a TABARI/PETRARCH actor dictionary: its primary phrases (a run of primary lines without codes shares
 * the codes that follow, as PETRARCH reads them; the first names the actor), its {@code +} synonyms and its codes.
 */
record TabariEntry(String file, int line, List<String> primaries, List<String> synonyms, List<CameoCode> codes) {

  String primary() {
    return primaries.get(0);
  }
}
