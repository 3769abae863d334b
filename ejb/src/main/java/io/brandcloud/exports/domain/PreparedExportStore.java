package io.brandcloud.exports.domain;

import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.tables.TableFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Prepared exports and their files' chunks, in the tenant's schema. */
public interface PreparedExportStore {

  /** An export a worker holds: only this attempt writes to it. */
  record Claimed(long id, int attempt) {}

  /**
   * Adds a request, unless its requester has {@code maxOpen} waiting or being written already; its
   * id.
   */
  Optional<Long> add(
      long requestedBy,
      ExportTable table,
      TableFormat format,
      DayRange range,
      String language,
      int maxOpen);

  List<PreparedExport> ofRequester(long requestedBy, int limit);

  Optional<PreparedExport> find(long id);

  Optional<Claimed> claim(Duration lease);

  /** The earliest time the worker has something to do: a build due, or a file to delete. */
  Optional<Instant> nextDue();

  void progress(Claimed claimed, long rowsWritten, Duration lease);

  /** Adds the file's next chunk and renews the claim's lease; false if the claim was lost. */
  boolean addChunk(Claimed claimed, int position, byte[] content, Duration lease);

  /** The file is whole: ready for {@code keep}; false if the claim was lost meanwhile. */
  boolean ready(Claimed claimed, long rowsWritten, long sizeBytes, Duration keep);

  /** Asks again after {@code wait}, or fails for good when there is none. */
  void failed(Claimed claimed, String failure, Duration wait);

  /** Fails the builds whose worker died {@code maxAttempts} times. */
  int giveUp(int maxAttempts);

  /** Deletes the files whose day is over; how many. */
  int expire();

  void dropChunks(long id);

  /** Whether the file is there to download, by the database's clock. */
  boolean downloadable(long id);

  int chunkCount(long id);

  byte[] chunk(long id, int position);
}
