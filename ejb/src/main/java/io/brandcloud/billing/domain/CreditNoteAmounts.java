package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;

/**
 * What a credit note takes back of an invoice: a net amount and its share of the invoice's tax.
 * Pure. The credit notes of one invoice never exceed its subtotal, and the note that credits the
 * rest of the subtotal also credits exactly the rest of the tax, so a fully credited invoice nets
 * to zero to the cent.
 */
public record CreditNoteAmounts(Money net, Money tax) {

  public Money total() {
    return net.plus(tax);
  }

  /**
   * @throws IllegalArgumentException when {@code net} is not positive or is more than what is left
   *     to credit
   */
  public static CreditNoteAmounts of(
      Money invoiceSubtotal, Money invoiceTax, Money creditedNet, Money creditedTax, Money net) {
    Money roundedNet = new Money(net.roundedToMinorUnit(), net.currency());
    Money leftNet = invoiceSubtotal.minus(creditedNet);
    if (!roundedNet.isPositive()) {
      throw new IllegalArgumentException("A credit note credits a positive amount");
    }
    if (roundedNet.compareTo(leftNet) > 0) {
      throw new IllegalArgumentException(
          "At most " + leftNet.display() + " of this invoice is left to credit");
    }
    if (roundedNet.compareTo(leftNet) == 0) {
      return new CreditNoteAmounts(roundedNet, invoiceTax.minus(creditedTax));
    }
    BigDecimal share =
        invoiceTax
            .amount()
            .multiply(roundedNet.amount())
            .divide(invoiceSubtotal.amount(), Money.SCALE, Money.ROUNDING);
    Money tax = new Money(share, net.currency());
    return new CreditNoteAmounts(roundedNet, new Money(tax.roundedToMinorUnit(), net.currency()));
  }
}
