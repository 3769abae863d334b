package io.brandcloud.web.faces.support;

import io.brandcloud.support.mailin.application.MailboxSettings;
import io.brandcloud.support.mailin.application.MailboxView;
import java.io.Serializable;

/** The support mailbox as the set-up form types it; the password is never shown back. */
public class MailboxForm implements Serializable {

  private String address;
  private String host;
  private Integer port = 993;
  private String security = "ssl";
  private String username;
  private String password;
  private String folder = "INBOX";
  private boolean enabled = true;

  void show(MailboxView mailbox) {
    address = mailbox.address();
    host = mailbox.host();
    port = mailbox.port();
    security = mailbox.security();
    username = mailbox.username();
    folder = mailbox.folder();
    enabled = mailbox.enabled();
  }

  MailboxSettings settings() {
    return new MailboxSettings(address, host, port, security, username, password, folder, enabled);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getSecurity() {
    return security;
  }

  public void setSecurity(String security) {
    this.security = security;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
