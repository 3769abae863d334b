package io.brandcloud.shared;

import java.util.Optional;

/**
 * A committed change that a database trigger announced to every node (PostgreSQL {@code NOTIFY} on
 * {@link ChangeNotices#CHANNEL}): what changed ({@code servers}), in which tenant schema, for which
 * key (an organisation id). Observed as a CDI event on the listening thread.
 */
public record DatabaseChange(String topic, String schema, long key) {

  /** Parses a payload {@code topic:schema:key}; anything else is not ours and is ignored. */
  public static Optional<DatabaseChange> parse(String payload) {
    String[] parts = payload == null ? new String[0] : payload.split(":", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new DatabaseChange(parts[0], parts[1], Long.parseLong(parts[2])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
