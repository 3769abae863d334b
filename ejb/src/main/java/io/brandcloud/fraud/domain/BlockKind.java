package io.brandcloud.fraud.domain;

/** What a block-list entry matches. */
public enum BlockKind {
  /** One e-mail address. */
  EMAIL,
  /** A mail domain and every domain below it. */
  DOMAIN,
  /** A person's name, as a whole, ignoring case and spacing. */
  NAME,
  /** A client address, or a network as a check shows it ({@code 203.0.113.0/24}). */
  ADDRESS,
  /** A payment card, by the fingerprint its gateway tells, as the gateway wrote it. */
  CARD
}
