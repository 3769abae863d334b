package io.brandcloud.content.application;

import java.util.List;

/**
 * The status page: each region the tenant sells with its state ({@code operational}, or the worst
 * impact of its open incidents: {@code maintenance}, {@code minor}, {@code major}, {@code
 * critical}), the state of them all, and the incidents open or resolved in the last two weeks.
 */
public record StatusView(String state, List<RegionState> regions, List<IncidentView> incidents) {

  public static final String OPERATIONAL = "operational";

  /** A region and its state. */
  public record RegionState(long connectionId, String code, String name, String state) {}
}
