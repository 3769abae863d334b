package io.brandcloud.privacy.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The exports of the current tenant and the chunks of their archives. */
public interface DataExportStore {

  /**
   * A new request; empty when one of the person's is still waiting or being built.
   *
   * @param requestedBy the user who asked; null for an operator
   */
  Optional<Long> add(long userId, Long requestedBy, boolean byStaff, Instant at);

  /** The person's exports, newest first. */
  List<DataExport> ofUser(long userId, int limit);

  Optional<DataExport> find(long id);

  /** An export the worker took, with the attempt it counts as. */
  record Claimed(long id, long userId, int attempt) {}

  /**
   * The oldest export due for building, leased to the caller for {@code lease} (an export whose
   * builder died is taken again once its lease ran out).
   */
  Optional<Claimed> claim(Duration lease);

  /** When the next export is due, waiting or leased. */
  Optional<Instant> nextDue();

  /** Notes how far the attempt is and renews its lease for {@code lease}. */
  void progress(long id, int attempt, int done, int total, Duration lease);

  /** The archive's next mebibyte or less, if the attempt still holds its claim. */
  boolean addChunk(long id, int attempt, int position, byte[] content);

  /** Drops what an attempt wrote, before another writes again. */
  void dropChunks(long id);

  /** The claim holds: the export is ready; false if it was given up meanwhile. */
  boolean ready(long id, int attempt, String tokenHash, long size, Instant at, Instant expires);

  /** Waits {@code wait} before the next attempt, or gives up when it is null. */
  boolean failed(long id, int attempt, String failure, Duration wait);

  Optional<DataExport> byToken(String tokenHash);

  /** Marks a ready export as downloaded once; false if someone else did first. */
  boolean downloaded(long id, Instant at);

  /** A download that broke off: ready again. */
  void reopen(long id);

  /** Whether the attempt still holds its claim, locking the export until the transaction ends. */
  boolean holds(long id, int attempt);

  /** Gives up exports whose builders died {@code maxAttempts} times without saying so. */
  int giveUp(int maxAttempts);

  int chunkCount(long id);

  byte[] chunk(long id, int position);
}
