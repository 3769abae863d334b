package io.brandcloud.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The records of erasures asked for and done. */
public interface ErasureStore {

  /** An erasure as staff and the person see its record. */
  record ErasureRecord(
      long id,
      long userId,
      String requestedBy,
      boolean erased,
      Instant requestedAt,
      Instant erasedAt,
      String what) {}

  /** The person asks; they confirm with the mailed token until {@code expires}. */
  long ask(long userId, String tokenHash, Instant at, Instant expires);

  /**
   * A request whose token has not run out by {@code now}, not yet done; not locked: the erasure
   * locks the user, so the person's requests are taken one after the other.
   */
  Optional<ErasureRecord> waiting(String tokenHash, Instant now);

  /** Marks a request done, or records one staff did at once. */
  void erased(long requestId, Erased what, Instant at);

  /** Links the person asked for and did not open: the erasure is done, they do nothing now. */
  void dropWaiting(long userId);

  /** Records an erasure done at once, by staff or by the retention job ({@code requestedBy}). */
  long recordByStaff(long userId, String staffName, Erased what, Instant at);

  List<ErasureRecord> latest(int limit);
}
