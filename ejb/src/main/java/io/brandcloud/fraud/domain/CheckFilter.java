package io.brandcloud.fraud.domain;

/** Which screened checks a list shows: held ones by where their review stands, or refused ones. */
public enum CheckFilter {
  PENDING,
  APPROVED,
  DENIED,
  WITHDRAWN,
  /** Refused outright by their score, with nothing for staff to decide. */
  REFUSED,
  /** Every check that was held or refused. */
  ALL
}
