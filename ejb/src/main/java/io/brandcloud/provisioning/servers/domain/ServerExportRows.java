package io.brandcloud.provisioning.servers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The current tenant's servers for exports, handed over one at a time as the database sends them.
 */
public interface ServerExportRows {

  /** A server with its customer's, plan's and connection's names. */
  record ServerRow(
      long id,
      String hostname,
      long organisationId,
      String customer,
      String plan,
      String connection,
      String region,
      String image,
      String status,
      String ipv4,
      String ipv6,
      BigDecimal hourlyPrice,
      Instant createdAt,
      Instant deletedAt) {}

  /**
   * Servers that existed at some time from {@code from} until before {@code until}, oldest first.
   */
  void servers(Instant from, Instant until, Consumer<ServerRow> each);
}
