package io.brandcloud.provisioning.servers.application;

import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;

/**
 * A server as its owner and staff see it. {@code backup}: the add-on was asked for; {@code
 * backupActive}: the provider confirmed backups are on, and the add-on is billed; {@code
 * subscriptionId}: the subscription whose terms pay for it (it is not billed by the hour); {@code
 * reverseDns}: the name its address resolves back to, where it was set here; {@code heldForReview}:
 * the order waits for the shop's fraud review.
 */
public record ServerView(
    long id,
    long organisationId,
    long planId,
    String hostname,
    String region,
    String image,
    String status,
    String ipv4,
    Money hourlyPrice,
    Instant createdAt,
    Instant billableFrom,
    boolean backup,
    boolean backupActive,
    Long subscriptionId,
    String reverseDns,
    String ipv6,
    boolean heldForReview)
    implements Serializable {

  /** Paid for by a subscription's terms, not by the hour. */
  public boolean bySubscription() {
    return subscriptionId != null;
  }

  public static ServerView of(Server server, Currency currency) {
    return new ServerView(
        server.id(),
        server.organisationId(),
        server.planId(),
        server.hostname(),
        server.region(),
        server.image(),
        server.status().name(),
        server.ipv4(),
        new Money(server.hourlyPrice(), currency),
        server.createdAt(),
        server.billableFrom(),
        server.backup(),
        server.billsBackup(),
        server.subscriptionId().orElse(null),
        server.reverseDns().orElse(null),
        server.ipv6().orElse(null),
        server.heldForReview());
  }
}
