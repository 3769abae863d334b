package io.brandcloud.content.application;

import java.util.List;

/**
 * An incident as staff report it: what is wrong, how badly (left out: minor), where it stands (left
 * out: investigating), the regions it hurts, and the first words to customers.
 */
public record IncidentReport(
    String title, String impact, String status, List<RegionChoice> regions, String body) {

  /** A region by its connection and the provider's code. */
  public record RegionChoice(Long connectionId, String code) {}
}
