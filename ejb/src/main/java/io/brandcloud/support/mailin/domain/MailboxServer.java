package io.brandcloud.support.mailin.domain;

/**
 * Where a support mailbox is and how to log in, short of the password.
 *
 * @param address the address customers answer to (the Reply-To of ticket mail)
 */
public record MailboxServer(
    String address, String host, int port, MailSecurity security, String username, String folder) {

  /** Whether a password given for {@code other} may be sent here. */
  public boolean sameLogin(MailboxServer other) {
    return host.equals(other.host)
        && port == other.port
        && security == other.security
        && username.equals(other.username);
  }
}
