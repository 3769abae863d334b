package io.brandcloud.fraud.domain;

/** Where a check held for review stands. */
public enum ReviewStatus {
  PENDING,
  APPROVED,
  DENIED,
  /** The customer deleted the held server before staff decided. */
  WITHDRAWN
}
