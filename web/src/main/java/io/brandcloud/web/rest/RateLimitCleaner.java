package io.brandcloud.web.rest;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Deletes the shared buckets of callers that stopped calling, every minute on every node (each
 * deletes what is expired, so two nodes only share the work).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateLimitCleaner {

  @Inject RateLimits limits;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  public void removeExpired() {
    limits.removeExpired();
  }
}
