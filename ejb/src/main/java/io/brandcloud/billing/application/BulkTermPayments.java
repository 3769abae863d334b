package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.InvoiceTerms;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.NumberedInvoice;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.billing.domain.TermPayments;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Many subscriptions' terms paid and invoiced in one transaction with a few set-based statements,
 * for the renewal of the plain ones: as {@link SubscriptionInvoices#payTerm} pays one, with its tax
 * and a paid invoice.
 */
@Stateless
public class BulkTermPayments {

  @Inject InvoiceRepository invoices;
  @Inject TermPayments payments;
  @Inject ApplicationClock clock;
  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;

  /**
   * Pays many terms in one go, in the caller's transaction: the wallets locked, each wallet paying
   * its terms in the order given as far as its balance goes, each term paid with its tax and
   * invoiced paid. Terms a wallet cannot pay are left alone (no invoice): the one-by-one renewal
   * opens theirs. Answers the subscriptions whose term was paid now.
   */
  public Set<Long> payTermsInBulk(List<TermBill> bills, String actor) {
    if (bills.isEmpty()) {
      return Set.of();
    }
    Set<Long> organisations =
        bills.stream().map(TermBill::organisationId).collect(Collectors.toSet());
    Map<Long, TermPayments.LockedWallet> wallets = payments.lockWallets(organisations);
    Map<Long, BillingParty> billed = payments.parties(organisations);
    Currency currency = CurrentTenant.require().currency();
    TermInvoiceGenerator generator = new TermInvoiceGenerator(currency, taxRules.policy());
    Map<Long, BigDecimal> left = new HashMap<>();
    wallets.forEach((organisation, wallet) -> left.put(organisation, wallet.balance()));
    List<TermBill> paying = new ArrayList<>();
    List<ProposedInvoice> proposed = new ArrayList<>();
    for (TermBill bill : bills) {
      BigDecimal balance = left.get(bill.organisationId());
      if (balance == null) {
        continue;
      }
      ProposedInvoice invoice =
          generator.generate(
              bill.organisationId(),
              billed.get(bill.organisationId()),
              bill.termStart(),
              bill.termEnd(),
              bill.items());
      BigDecimal due = bill.net().plus(invoice.taxTotal()).amount();
      if (balance.compareTo(due) >= 0) {
        left.put(bill.organisationId(), balance.subtract(due));
        paying.add(bill);
        proposed.add(invoice);
      }
    }
    Instant now = clock.now();
    List<TermPayments.Booking> charges = new ArrayList<>();
    for (TermBill bill : paying) {
      long wallet = wallets.get(bill.organisationId()).walletId();
      charges.add(
          new TermPayments.Booking(
              wallet,
              "SUBSCRIPTION",
              bill.charge().amount().amount().negate(),
              bill.charge().reference(),
              bill.charge().text()));
      bill.discount()
          .filter(d -> d.amount().isPositive())
          .ifPresent(
              d ->
                  charges.add(
                      new TermPayments.Booking(
                          wallet, "SUBSCRIPTION", d.amount().amount(), d.reference(), d.text())));
    }
    Set<String> booked = payments.book(charges, actor, now);
    List<TermPayments.Booking> taxes = new ArrayList<>();
    List<NumberedInvoice> invoiced = new ArrayList<>();
    List<ProposedInvoice> paid = new ArrayList<>();
    List<TermBill> paidBills = new ArrayList<>();
    for (int i = 0; i < paying.size(); i++) {
      TermBill bill = paying.get(i);
      if (!booked.contains(bill.charge().reference())) {
        continue;
      }
      paidBills.add(bill);
      paid.add(proposed.get(i));
      Money tax = proposed.get(i).taxTotal();
      if (tax.isPositive()) {
        taxes.add(
            new TermPayments.Booking(
                wallets.get(bill.organisationId()).walletId(),
                "TAX",
                tax.amount().negate(),
                "tax:" + bill.reference(),
                LedgerWording.TAX_ON.withTexts(bill.charge().text())));
      }
    }
    payments.book(taxes, actor, now);
    TenantContext tenant = CurrentTenant.require();
    List<String> numbers =
        invoices.reserveNumbers(now.atZone(tenant.timeZone()).getYear(), paidBills.size());
    for (int i = 0; i < paidBills.size(); i++) {
      TermBill bill = paidBills.get(i);
      invoiced.add(
          new NumberedInvoice(
              numbers.get(i),
              paid.get(i),
              InvoiceTerms.term(bill.subscriptionId(), bill.reference(), bill.termStart(), now)));
    }
    invoices.storeDocuments(invoiced, now, seller.current().printed(tenant.name()));
    return paidBills.stream().map(TermBill::subscriptionId).collect(Collectors.toSet());
  }
}
