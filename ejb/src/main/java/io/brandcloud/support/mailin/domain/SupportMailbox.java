package io.brandcloud.support.mailin.domain;

import io.brandcloud.shared.BrandcloudException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The tenant's support mailbox: ticket mail names its address as Reply-To, and a poller reads it
 * over IMAP so answers land in their tickets. The password is kept sealed; one per tenant.
 */
@Entity
@Table(name = "support_mailbox")
public class SupportMailbox {

  @Id private short id = 1;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String host;

  @Column(nullable = false)
  private int port;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MailSecurity security;

  @Column(nullable = false)
  private String username;

  @Column(name = "password_sealed", nullable = false)
  private byte[] passwordSealed;

  @Column(nullable = false)
  private String folder;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "check_error")
  private String checkError;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected SupportMailbox() {}

  public SupportMailbox(MailboxServer server, byte[] passwordSealed, boolean enabled, Instant now) {
    change(server, passwordSealed, enabled, now);
  }

  /**
   * New settings; a null {@code newPasswordSealed} keeps the password, which is only allowed while
   * it goes to the same server as the same user.
   */
  public void change(MailboxServer server, byte[] newPasswordSealed, boolean on, Instant now) {
    if (newPasswordSealed == null && address != null && !server.sameLogin(server())) {
      throw BrandcloudException.invalid(
          "password", "Type the password again when the server, port, connection or user changes");
    }
    this.address = server.address();
    this.host = server.host();
    this.port = server.port();
    this.security = server.security();
    this.username = server.username();
    this.folder = server.folder();
    if (newPasswordSealed != null) {
      this.passwordSealed = newPasswordSealed;
    }
    this.enabled = on;
    this.checkError = null;
    this.updatedAt = now;
  }

  public MailboxServer server() {
    return new MailboxServer(address, host, port, security, username, folder);
  }

  public byte[] passwordSealed() {
    return passwordSealed;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<Instant> checkedAt() {
    return Optional.ofNullable(checkedAt);
  }

  public Optional<String> checkError() {
    return Optional.ofNullable(checkError);
  }
}
