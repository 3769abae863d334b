package io.brandcloud.legal.domain;

import io.brandcloud.shared.Validation;
import java.util.Locale;

/** Which legal page a document is; payment providers ask a shop for all three. */
public enum LegalKind {
  TERMS,
  PRIVACY,
  REFUNDS;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LegalKind parse(String field, String text) {
    return Validation.requireChoice(field, text, LegalKind.class);
  }
}
