package io.brandcloud.fraud.domain;

/** What was screened. */
public enum CheckKind {
  SIGN_UP,
  ORDER,
  TOP_UP
}
