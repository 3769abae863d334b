package io.brandcloud.billing.vat.domain;

/**
 * An EU VAT number as VIES takes it: the member state's code (VIES writes {@code EL} for Greece)
 * and the number without it, in capitals, without spaces or punctuation.
 */
public record VatNumber(String memberState, String number) {

  @Override
  public String toString() {
    return memberState + number;
  }
}
