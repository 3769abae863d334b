package io.brandcloud.billing.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's credit notes, and the invoices they correct as a new note needs them:
 * locked, with what was credited on them so far.
 */
public interface CreditNoteRepository {

  /**
   * Locks the organisation's invoice until the transaction ends, so two notes on it never both take
   * the last of its amount; empty if the organisation has no such invoice.
   */
  Optional<CreditedInvoice> lockInvoice(long organisationId, long invoiceId);

  /** The next number of the year's gapless series; a rolled-back transaction gives it back. */
  String reserveNumber(int year);

  /** Stores a note; empty, and nothing stored, when its request reference was used already. */
  Optional<Long> add(NewCreditNote note);

  Optional<CreditNote> find(long creditNoteId);

  /** The organisation's notes with their invoices' numbers, newest first. */
  List<CreditNoteOfInvoice> ofOrganisation(long organisationId);

  /** The organisation's credit notes, newest first. */
  Page<CreditNoteOfInvoice> ofOrganisation(long organisationId, PageRequest page);
}
