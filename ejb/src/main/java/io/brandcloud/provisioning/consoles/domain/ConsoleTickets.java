package io.brandcloud.provisioning.consoles.domain;

import io.brandcloud.access.Caller;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time tickets to servers' consoles, kept by the SHA-256 of the ticket only. A ticket is spent
 * once, before it expires; spending it answers whose it was and for which server.
 */
public interface ConsoleTickets {

  void add(
      String ticketHash,
      long serverId,
      long organisationId,
      Caller caller,
      String originAddress,
      Instant now,
      Instant expiresAt);

  /** Marks the ticket used if it is unused and not expired at {@code now}; empty otherwise. */
  Optional<SpentTicket> spend(String ticketHash, Instant now);

  /** Forgets tickets that expired before {@code cutoff}; answers how many. */
  int forgetExpiredBefore(Instant cutoff);

  /** What a spent ticket was for, who asked for it and from where. */
  record SpentTicket(long serverId, long organisationId, Caller caller, String originAddress) {}
}
