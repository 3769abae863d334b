package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.LoginFailureLog;
import io.brandcloud.identity.domain.LoginPolicy;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Wrong passwords, counted per e-mail address and client address together ({@link
 * LoginPolicy#ACCOUNT}) and per client address across e-mail addresses ({@link
 * LoginPolicy#ADDRESS}). E-mail addresses with no account count the same way, so a lock says
 * nothing about whether an account exists; and a lock holds only the address that earned it, so the
 * owner, coming from elsewhere, still gets in. A quiet hour forgets earlier failures.
 */
@Stateless
public class LoginFailures {

  /** Wrong passwords for one e-mail address within an hour, from all addresses together. */
  static final int ACCOUNT_CEILING = 50;

  @Inject LoginFailureLog log;

  /**
   * What a typed e-mail address is counted under: as typed, but with control characters spelled out
   * and anything longer than the column by its digest, since a guesser chooses it.
   */
  static String key(String email) {
    String visible = PlainText.escapeForbidden(email == null ? "" : email, false);
    return visible.length() <= 254 ? visible : "sha256:" + SecretTokens.sha256(visible);
  }

  /**
   * Where a client's failures count: its address without a port, and for IPv6 its /64, which one
   * host commonly holds whole.
   */
  static String source(String address) {
    String host = address == null ? "unknown" : address.trim();
    if (host.startsWith("[") && host.contains("]")) {
      host = host.substring(1, host.indexOf(']'));
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (!host.contains(":")) {
      return host.length() <= 64 ? host : host.substring(0, 64);
    }
    try {
      byte[] bytes = java.net.InetAddress.getByName(host).getAddress();
      if (bytes.length != 16) {
        return host;
      }
      java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
      return java.net.InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }

  /** The latest of the locks that hold this attempt, if any. */
  public Optional<Instant> lockedUntil(String typedEmail, String client, Instant now) {
    String email = key(typedEmail);
    String address = source(client);
    Optional<Instant> everywhere = accountCeiling(email, now);
    if (everywhere.isPresent()) {
      return everywhere;
    }
    Optional<Instant> pair = log.lockOfPair(email, address);
    Optional<Instant> any = log.lockOfAddress(address);
    return later(pair, any).filter(now::isBefore);
  }

  /** Counts a wrong password; the lock it causes, if any. */
  public Optional<Instant> count(String typedEmail, String client, Instant now) {
    String email = key(typedEmail);
    String address = source(client);
    Instant quietSince = now.minusSeconds(3600);
    Optional<Instant> pair =
        LoginPolicy.ACCOUNT.lockFor(log.countPair(email, address, now, quietSince)).map(now::plus);
    pair.ifPresent(until -> log.lockPair(email, address, until));
    Optional<Instant> any =
        LoginPolicy.ADDRESS.lockFor(log.countAddress(address, now, quietSince)).map(now::plus);
    any.ifPresent(until -> log.lockAddress(address, until));
    // What a quiet hour has made meaningless goes, so the tables hold at most an hour of guessing.
    log.forgetQuiet(quietSince, now);
    return later(pair, any);
  }

  /**
   * A right password from this client: its own failures for the address are forgotten, those of
   * other clients stay.
   */
  public void succeeded(String typedEmail, String client) {
    log.forgetPair(key(typedEmail), source(client));
  }

  /**
   * Guessing from very many addresses still ends: {@value #ACCOUNT_CEILING} wrong passwords for one
   * e-mail address within an hour, from anywhere, lock it everywhere until the hour has passed or
   * its owner follows a reset link (or an admin unlocks it).
   */
  private Optional<Instant> accountCeiling(String email, Instant now) {
    LoginFailureLog.Tally tally = log.ofEmailSince(email, now.minusSeconds(3600));
    if (tally.failures() < ACCOUNT_CEILING || tally.lastFailedAt() == null) {
      return Optional.empty();
    }
    return Optional.of(tally.lastFailedAt().plusSeconds(3600)).filter(now::isBefore);
  }

  /**
   * Lifts every lock on this e-mail address: after a right password, an admin's unlock or a
   * password reset (whose link proves the owner).
   */
  public void forget(String email) {
    log.forgetEmail(key(email));
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.filter(i -> i.isAfter(a.get())).or(() -> a);
  }
}
