package io.brandcloud.catalog.domain;

/** How a product's question at order is answered. */
public enum FieldKind {
  /** A line of text. */
  TEXT,
  /** One of the options staff listed. */
  CHOICE,
  /** Yes or no. */
  CHECKBOX
}
