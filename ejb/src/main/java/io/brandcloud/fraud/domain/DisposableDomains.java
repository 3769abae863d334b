package io.brandcloud.fraud.domain;

import java.util.Optional;
import java.util.Set;

/**
 * The mail domains that hand out throwaway addresses. A domain matches itself and every domain
 * below it ({@code x.mailinator.com} is as disposable as {@code mailinator.com}).
 */
public final class DisposableDomains {

  private final Set<String> domains;

  public DisposableDomains(Set<String> domains) {
    this.domains = Set.copyOf(domains);
  }

  public int size() {
    return domains.size();
  }

  /** The listed domain the address's domain is or lies below, if any. */
  public Optional<String> listedFor(String email) {
    String domain = MailDomain.of(email);
    while (!domain.isEmpty()) {
      if (domains.contains(domain)) {
        return Optional.of(domain);
      }
      int dot = domain.indexOf('.');
      domain = dot < 0 ? "" : domain.substring(dot + 1);
    }
    return Optional.empty();
  }
}
