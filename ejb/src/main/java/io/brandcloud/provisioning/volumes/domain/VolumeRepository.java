package io.brandcloud.provisioning.volumes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface VolumeRepository {

  /** Keeps a volume asked for on {@code serverId}, in status CREATING, and answers its id. */
  long add(
      long organisationId,
      long connectionId,
      String region,
      long serverId,
      String name,
      String providerName,
      int sizeGb,
      BigDecimal gbMonthPrice,
      Instant at);

  Optional<Volume> find(long id);

  /** The volume, locked until the transaction ends. */
  Optional<Volume> findForUpdate(long id);

  /** The live volumes that belong to the server, attached or detached, oldest first. */
  List<Volume> ofServer(long serverId);

  /**
   * The organisation's detached volumes in the region of the connection, which a server there may
   * take, oldest first.
   */
  List<Volume> detachedIn(long organisationId, long connectionId, String region);

  /** Whether a live volume of the organisation has this name, whatever its case. */
  boolean nameTaken(long organisationId, String name);

  /** The provider made it: known by {@code externalId}, billed from {@code at}. */
  void created(long id, String externalId, Instant at);

  /** It belongs to {@code serverId} now, in {@code status}. */
  void moved(long id, long serverId, VolumeStatus status);

  void status(long id, VolumeStatus status);

  /** It has {@code sizeGb} now and costs {@code hourlyPrice} from {@code from}. */
  void resized(long id, int sizeGb, BigDecimal hourlyPrice, Instant from, Instant at);

  /** Its deletion was asked for at {@code at}: billed no more from then. */
  void deleting(long id, Instant at);

  /** Its deletion was given up: it is kept, detached, and billed again. */
  void deleteGivenUp(long id);

  /** The provider deleted it: billed no more after {@code at}, unless billing ended earlier. */
  void deleted(long id, Instant at);

  /**
   * The server is being deleted, its volumes with it: none is billed after {@code at}, and none can
   * be attached elsewhere meanwhile.
   */
  void endBilling(long serverId, Instant at);

  /** The tenant's price per GB and month; empty while volumes are not sold. */
  Optional<BigDecimal> gbMonthPrice();

  /** Sets the tenant's price per GB and month; null stops selling volumes. */
  void setGbMonthPrice(BigDecimal price);
}
