package io.brandcloud.fraud.domain;

import java.time.Instant;

/** The tenant's screening policy: which rules are on, their weights and limits, and the scores. */
public interface PolicyStore {

  FraudPolicy policy();

  void savePolicy(FraudPolicy policy, String actor, Instant at);
}
