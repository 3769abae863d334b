package io.brandcloud.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One browser login of a user: from what device and address, when it began and was last active, and
 * whether it was ended. {@code validFrom} is the login's own start as its session holds it, so
 * "every session before now ended" and this row agree on whether it still counts.
 */
@Entity
@Table(name = "login_sessions")
public class LoginSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  private String device;

  private String address;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "valid_from", nullable = false)
  private Instant validFrom;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected LoginSession() {}

  public LoginSession(long userId, String device, String address, Instant now) {
    this.userId = userId;
    this.device = device;
    this.address = address;
    this.startedAt = now;
    this.validFrom = now;
    this.lastSeenAt = now;
  }

  public void end(Instant now) {
    if (endedAt == null) {
      endedAt = now;
    }
  }

  /** The login was renewed in place (its owner changed the password in it) and counts from now. */
  public void renew(Instant now) {
    validFrom = now;
    lastSeenAt = now;
  }

  public Long id() {
    return id;
  }

  public long userId() {
    return userId;
  }

  public String device() {
    return device;
  }

  public String address() {
    return address;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant validFrom() {
    return validFrom;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public boolean ended() {
    return endedAt != null;
  }
}
