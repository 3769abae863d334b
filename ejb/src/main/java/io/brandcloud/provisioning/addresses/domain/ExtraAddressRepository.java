package io.brandcloud.provisioning.addresses.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ExtraAddressRepository {

  /** Keeps an address asked for on the server, in status ADDING, and answers its id. */
  long add(long organisationId, long serverId, BigDecimal monthPrice, Instant at);

  Optional<ExtraAddress> find(long id);

  /** The live address of the server, locked until the transaction ends. */
  Optional<ExtraAddress> findForUpdate(long serverId, String address);

  /** The server's live addresses, oldest first. */
  List<ExtraAddress> ofServer(long serverId);

  /**
   * The provider gave {@code address}: active and billed from {@code at}; or, where its server's
   * deletion already ended its billing, being released and never billed.
   */
  void given(long id, String address, Instant at);

  void status(long id, AddressStatus status);

  /** Its release was asked for at {@code at}: billed no more from then. */
  void removing(long id, Instant at);

  /** The provider would not release it: it stays the server's, billed again. */
  void removeGivenUp(long id);

  /** The provider released it: billed no more after {@code at}, unless billing ended earlier. */
  void removed(long id, Instant at);

  /** The server is being deleted: none of its addresses is billed after {@code at}. */
  void endBilling(long serverId, Instant at);

  /** The tenant's price per address and month; empty while extra addresses are not sold. */
  Optional<BigDecimal> monthPrice();

  /** Sets the tenant's price per address and month; null stops selling them. */
  void setMonthPrice(BigDecimal price);
}
