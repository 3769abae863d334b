package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The invoices staff write: drafts with their lines, issued with a number and their taxes. */
public interface ManualInvoiceStore {

  /** One line staff wrote, its amount rounded to the minor unit. */
  record Line(String description, BigDecimal amount) {}

  /** A draft as issuing it needs it, locked. */
  record Draft(
      long id, long organisationId, List<Line> lines, LocalDate writtenOn, LocalDate dueOn) {}

  long addDraft(
      long organisationId, Currency currency, List<Line> lines, LocalDate dueOn, Instant now);

  /** The organisation's drafts, newest first. */
  List<Draft> draftsOf(long organisationId);

  /** The organisation's draft, locked; empty when it has none of that id. */
  Optional<Draft> draftForUpdate(long organisationId, long invoiceId);

  void replaceDraft(long invoiceId, List<Line> lines, LocalDate dueOn);

  void deleteDraft(long invoiceId);

  /** The draft numbered and open, with its taxes and parties as the invoice prints them. */
  void issue(
      long invoiceId,
      String number,
      ProposedInvoice invoice,
      LocalDate dueOn,
      String seller,
      Instant issuedAt);
}
