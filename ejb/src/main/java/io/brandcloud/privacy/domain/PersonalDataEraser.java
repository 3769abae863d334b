package io.brandcloud.privacy.domain;

import java.util.List;

/**
 * Anonymises a person everywhere the tenant keeps them, in the caller's transaction, but for the
 * billing records the law makes the tenant keep: invoices (with the name and address they carry),
 * credit notes, the ledger and payments.
 */
public interface PersonalDataEraser {

  /**
   * Who is erased, as they stand before it.
   *
   * @param unusablePassword the hash of a password nobody knows, for the login that stays
   */
  record Person(
      long userId,
      String email,
      String name,
      List<Long> ownedOrganisations,
      String unusablePassword) {

    /** The address the account keeps instead: unique, and no mail server accepts it. */
    public String erasedEmail() {
      return "erased-" + userId + ERASED_DOMAIN;
    }
  }

  /** Where every erased address ends. */
  String ERASED_DOMAIN = "@erased.invalid";

  /** What stands instead of the person's name. */
  String ERASED_NAME = "Erased user";

  Erased erase(Person person);

  /**
   * Locks the user's row until the transaction ends; false when the user is erased already (two
   * links confirmed at once, or staff erasing twice).
   */
  boolean lockUnerased(long userId);

  /**
   * Prints the organisation's billing details, as they stand, on its invoices that predate keeping
   * them, before the organisation's own are erased.
   */
  void keepBilledTo(long organisationId, String printed);
}
