package io.brandcloud.provisioning.snapshots.domain;

import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface SnapshotRepository {

  /**
   * What the provider listed of the server's snapshots at {@code listedAt}: new ones are kept and
   * billed from when they were taken at {@code gbMonthPrice} (zero where none is set), those no
   * longer listed stop being billed then.
   */
  void listed(
      long serverId, List<ProviderSnapshot> listed, Instant listedAt, BigDecimal gbMonthPrice);

  /** The server's snapshots, newest first. */
  List<Snapshot> kept(long serverId);

  /** The names of every snapshot the server ever had, deleted ones too, by their ids. */
  java.util.Map<String, String> names(long serverId);

  /** The snapshots the organisation's servers on the connection keep, newest first. */
  List<Snapshot> keptBy(long organisationId, long connectionId);

  /** The name of a snapshot one of the organisation's servers has or had. */
  Optional<String> nameOf(long organisationId, String externalId);

  /** The organisation's server that keeps the snapshot {@code externalId}, if one does. */
  Optional<Long> serverKeeping(long organisationId, String externalId);

  /** Whether the server has the snapshot {@code externalId}. */
  boolean holds(long serverId, String externalId);

  /** The server is gone, and its snapshots with it: none is billed after {@code at}. */
  void endAll(long serverId, Instant at);

  /** The servers on the connection that have snapshots. */
  Set<Long> keptOn(long connectionId);

  /** The tenant's price per GB and month; empty while snapshots are not sold. */
  Optional<BigDecimal> gbMonthPrice();

  /** Sets the tenant's price per GB and month; null stops selling snapshots. */
  void setGbMonthPrice(BigDecimal price);
}
