package io.brandcloud.fraud.domain;

/** What a check's score leads to. */
public enum Outcome {
  ALLOW,
  /** What was screened waits until staff approve or deny it. */
  REVIEW,
  /** Refused, with a message that does not say why. */
  DENY
}
