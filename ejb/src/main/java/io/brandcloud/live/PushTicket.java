package io.brandcloud.live;

import io.brandcloud.shared.SecretBox;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A push socket's ticket: who may hear what, sealed with the server's key so that minting one needs
 * no write, readable by no one else, and bound to its tenant (the tenant id it shows is part of
 * what the seal authenticates). It names its tenant because the socket reaches the panel without a
 * tenant's path or login.
 *
 * @param ticket {@code bcp_<tenant id>_<sealed audience>}
 * @param socketPath where the push WebSocket is, on the host the request came to
 */
public record PushTicket(
    String ticket, String socketPath, Instant expiresAt, Set<PushTopic> topics) {

  private static final Pattern SHAPE =
      Pattern.compile("bcp_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{40,2000})");
  private static final String ALL = "*";
  private static final String NOBODY = "-";

  /** What a ticket opens: the audience, until when. */
  record Sealed(
      Long organisationId, Long userId, Set<PushTopic> topics, Instant expiresAt, String caller) {}

  static PushTicket seal(SecretBox box, long tenantId, Sealed audience) {
    String plain =
        (audience.organisationId() == null ? ALL : audience.organisationId().toString())
            + "|"
            + audience.topics().stream()
                .map(PushTopic::name)
                .sorted()
                .collect(Collectors.joining(","))
            + "|"
            + audience.expiresAt().toEpochMilli()
            + "|"
            + (audience.userId() == null ? NOBODY : audience.userId().toString())
            + "|"
            + audience.caller();
    String ticket =
        "bcp_"
            + tenantId
            + "_"
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(box.seal(plain, context(tenantId)));
    return new PushTicket(ticket, "/ws/push/" + ticket, audience.expiresAt(), audience.topics());
  }

  /**
   * The audience a ticket of {@code tenantId} holds; empty for anything forged, altered or foreign.
   */
  static Optional<Sealed> open(SecretBox box, long tenantId, String ticket) {
    Matcher matcher = ticket == null ? null : SHAPE.matcher(ticket);
    if (matcher == null || !matcher.matches() || Long.parseLong(matcher.group(1)) != tenantId) {
      return Optional.empty();
    }
    try {
      byte[] sealed = Base64.getUrlDecoder().decode(matcher.group(2));
      if (!Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(sealed)
          .equals(matcher.group(2))) {
        // the decoder ignores a last character's unused bits: one spelling per ticket, so it is
        // spent once
        return Optional.empty();
      }
      String[] parts = box.open(sealed, context(tenantId)).split("\\|", 5);
      Set<PushTopic> topics = EnumSet.noneOf(PushTopic.class);
      Arrays.stream(parts[1].split(","))
          .filter(t -> !t.isEmpty())
          .forEach(t -> topics.add(PushTopic.valueOf(t)));
      return Optional.of(
          new Sealed(
              parts[0].equals(ALL) ? null : Long.valueOf(parts[0]),
              parts[3].equals(NOBODY) ? null : Long.valueOf(parts[3]),
              topics,
              Instant.ofEpochMilli(Long.parseLong(parts[2])),
              parts[4]));
    } catch (IllegalArgumentException | IllegalStateException | ArrayIndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The tenant a ticket names; empty for anything that is not a ticket's shape. */
  public static OptionalLong tenantOf(String ticket) {
    Matcher matcher = ticket == null ? null : SHAPE.matcher(ticket);
    return matcher != null && matcher.matches()
        ? OptionalLong.of(Long.parseLong(matcher.group(1)))
        : OptionalLong.empty();
  }

  private static String context(long tenantId) {
    return "push-ticket:" + tenantId;
  }

  @Override
  public String toString() {
    return "PushTicket[" + topics + ", expires " + expiresAt + "]";
  }
}
