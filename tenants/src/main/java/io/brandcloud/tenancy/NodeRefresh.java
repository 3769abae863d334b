package io.brandcloud.tenancy;

import java.time.Duration;

/**
 * How often a node reads again what another node may have changed under it: which placement holds
 * each schema, and which maintenance windows are open ({@code BRANDCLOUD_NODE_REFRESH_SECONDS},
 * default 5, from 1 to 60). A tenant move waits {@link #spread()} at each of its switches so every
 * node has read the change; shorter costs each node those two small queries that much more often.
 */
public final class NodeRefresh {

  static final Duration DEFAULT = Duration.ofSeconds(5);
  static final Duration LONGEST = Duration.ofSeconds(60);

  /** How long a node keeps what it read. */
  public static final Duration INTERVAL =
      interval(System.getenv("BRANDCLOUD_NODE_REFRESH_SECONDS"));

  private NodeRefresh() {}

  /**
   * How long a change takes at the most to reach every node: one interval and a second to spare.
   */
  public static Duration spread() {
    return INTERVAL.plusSeconds(1);
  }

  static Duration interval(String configured) {
    if (configured == null || configured.isBlank()) {
      return DEFAULT;
    }
    try {
      long seconds = Long.parseLong(configured.strip());
      return Duration.ofSeconds(Math.max(1, Math.min(seconds, LONGEST.toSeconds())));
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }
}
