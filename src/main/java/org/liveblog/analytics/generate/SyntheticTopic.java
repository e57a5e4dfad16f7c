package org.liveblog.analytics.generate;

import java.io.Serializable;

/**
 * One planted topic: the keywords that mark it (lower case, matched as whole words) and the sentences that carry
 * them; every sentence contains at least one keyword of this topic and none of another topic's.
 */
record SyntheticTopic(String id, String label, String[] keywords, String[] sentences, double probability)
    implements Serializable {}
