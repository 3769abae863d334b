package io.brandcloud.support.discord.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post for the tenant's Discord channel, as admins follow it.
 *
 * @param status a {@link Status} in lower case
 */
public record DiscordPost(
    long id,
    long ticketId,
    String content,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt)
    implements Serializable {

  /** Where a post is on its way to the channel. */
  public enum Status {
    PENDING,
    SENDING,
    SENT,
    FAILED
  }
}
