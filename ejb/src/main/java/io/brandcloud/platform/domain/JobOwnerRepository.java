package io.brandcloud.platform.domain;

import java.time.Instant;
import java.util.List;

/** Which node started which job execution. */
public interface JobOwnerRepository {

  /** Notes the node that started the execution; a second note for it changes nothing. */
  void record(long executionId, String node, Instant startedAt);

  /** The executions the node started, by id. */
  List<Long> startedBy(String node);

  /** Removes these executions and every one started before {@code startedBefore}. */
  void forget(List<Long> executionIds, Instant startedBefore);
}
