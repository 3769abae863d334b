package io.brandcloud.billing.vat.domain;

import java.time.Instant;
import java.util.Optional;

/** The register of EU VAT numbers (VIES), asked outside any transaction. */
public interface VatRegister {

  /**
   * What the register says of {@code number}, asked on behalf of {@code requester} (the seller's
   * own VAT number, which earns a consultation number) where there is one.
   *
   * @throws Unavailable when the register or the member state's part of it cannot answer now
   * @throws RequesterRefused when the register does not take {@code requester}
   */
  Answer check(VatNumber number, Optional<VatNumber> requester);

  /**
   * The register's answer.
   *
   * @param requestDate when the register answered, by its clock
   * @param consultationNumber VIES's request identifier, the proof of the check; null when asked
   *     without a requester
   * @param name the trader's name as registered, null where the member state does not tell
   * @param address likewise the address
   */
  record Answer(
      boolean valid, Instant requestDate, String consultationNumber, String name, String address) {}

  /** The register could not answer now; ask again later. */
  final class Unavailable extends RuntimeException {
    public Unavailable(String message) {
      super(message);
    }
  }

  /** The register refused the requester's own number; ask again without it. */
  final class RequesterRefused extends RuntimeException {
    public RequesterRefused(String message) {
      super(message);
    }
  }
}
