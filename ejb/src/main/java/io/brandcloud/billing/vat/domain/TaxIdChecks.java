package io.brandcloud.billing.vat.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's checks of tax ids, and the status each organisation's tax id has. */
public interface TaxIdChecks {

  /** A pending check taken by one worker until its lease ends. */
  record Due(long checkId, long organisationId, VatNumber number, int attempt) {}

  /**
   * A new pending check of the organisation's tax id, due at once, which replaces any still
   * pending; the organisation's tax id is pending from now.
   */
  void request(long organisationId, String taxId, VatNumber number);

  /** The organisation's tax id needs no check (none, or not an EU VAT number): unchecked. */
  void forget(long organisationId);

  /**
   * Asks again about up to {@code limit} numbers VIES confirmed longer than {@code after} ago, the
   * longest ago first: each gets a pending check, due at once, while its organisation's tax id
   * stays confirmed until VIES says otherwise.
   *
   * @return how many are asked about again
   */
  int recheck(Duration after, int limit);

  /** Up to {@code limit} checks due now, each held for {@code lease}, its attempt counted. */
  List<Due> claim(int limit, Duration lease);

  /**
   * The register's answer, kept when the check still waited for it (not replaced by a later number,
   * nor answered by another node); the organisation's tax id takes its status then.
   *
   * @return whether the answer was kept
   */
  boolean answered(long checkId, VatRegister.Answer answer);

  /** The register could not answer: asked again after {@code wait}, by the database's clock. */
  void unavailable(long checkId, String error, Duration wait);

  /** When the next pending check is due by the database's clock (as work is flagged), if any is. */
  Optional<Instant> nextDue();

  /**
   * The latest check of the organisation's current tax id that tells its status (while a confirmed
   * number is asked about again, the confirmation), if it is one VIES keeps.
   */
  Optional<TaxIdCheck> latest(long organisationId);
}
