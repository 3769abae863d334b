package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What staff blocked: e-mail addresses, mail domains, names, client addresses and networks, and
 * payment cards.
 */
public interface BlockList {

  /** The block-list entries that match any of these (each lower-cased, null for unknown). */
  List<Block> matching(
      String email, List<String> domains, String name, String address, String network);

  /** The entry blocking the card with this fingerprint, if one does. */
  Optional<Block> matchingCard(String fingerprint);

  Page<Block> blocks(PageRequest page);

  /** Adds an entry; false when the same kind and value are blocked already. */
  boolean block(BlockKind kind, String value, String reason, String by, Instant at);

  Optional<Block> unblock(long blockId);
}
