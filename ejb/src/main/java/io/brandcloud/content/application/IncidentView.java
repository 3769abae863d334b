package io.brandcloud.content.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An incident as the status page shows it, with the regions it hurts and its updates. */
public record IncidentView(
    long id,
    String title,
    String impact,
    String status,
    List<RegionView> regions,
    Instant startedAt,
    Instant resolvedAt,
    List<UpdateView> updates)
    implements Serializable {

  /** A region by its connection, the provider's code and the name customers see. */
  public record RegionView(long connectionId, String code, String name) implements Serializable {}

  /** What staff told customers, and the status the incident moved to with it. */
  public record UpdateView(String status, String body, Instant createdAt) implements Serializable {}
}
