package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.platform.domain.DomainRequests;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.IDN;
import java.net.URI;
import java.util.List;

/**
 * A tenant's own domains in its admins' hands: the ones it is served on, and asking for another,
 * which is listed with the DNS records to set and served once an operator approves it.
 */
@Stateless
public class OwnDomains {

  /** Open requests a tenant may have at once. */
  public static final int MAX_OPEN = 5;

  @EJB TenantRegistry registry;
  @Inject DomainRequests requests;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /**
   * The domains the shop is served on and those it asked for.
   *
   * @param target what a requested domain's record points at: the platform's host
   * @param targetType the record that does: CNAME to a name, A or AAAA to an address
   */
  public record Domains(
      List<String> served, List<DomainRequest> asked, String target, String targetType) {}

  public Domains current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    long tenant = tenantId();
    String host = platformHost();
    return new Domains(
        registry.require(tenant).domainNames(),
        requests.ofTenant(tenant),
        host,
        host.contains(":") ? "AAAA" : host.matches("[0-9.]+") ? "A" : "CNAME");
  }

  /**
   * Asks for {@code wanted} (written in any script, with or without the final dot); the platform's
   * own host and every name below it are refused.
   */
  public DomainRequest ask(String wanted, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String domain = Validation.requireDomain("domain", asciiName(wanted));
    String platform = platformHost();
    if (isPlatformName(domain, platform)) {
      throw BrandcloudException.invalid(
          "domain",
          "Names under " + platform + " are the platform's: ask for a domain of your own");
    }
    long tenant = tenantId();
    if (registry.findByDomain(domain).isPresent()) {
      throw new BrandcloudException(ErrorCode.DOMAIN_TAKEN, domain);
    }
    if (requests.ofTenant(tenant).size() >= MAX_OPEN) {
      throw BrandcloudException.invalid(
          "domain", "At most " + MAX_OPEN + " domains can wait for approval at once");
    }
    DomainRequest asked =
        requests
            .add(tenant, domain, SecretTokens.random(), actor, clock.now())
            .orElseThrow(() -> new BrandcloudException(ErrorCode.DOMAIN_TAKEN, domain));
    audit.record(actor, "domain.requested", "domain " + domain, null);
    return asked;
  }

  /** Takes back a request of this tenant; another tenant's is not found. */
  public void withdraw(long requestId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    DomainRequest request =
        requests
            .find(requestId)
            .filter(r -> r.tenantId() == tenantId())
            .orElseThrow(() -> BrandcloudException.notFound("Domain request " + requestId));
    requests.remove(request.id());
    audit.record(actor, "domain.withdrawn", "domain " + request.domain(), null);
  }

  /** Whether {@code domain} is the platform's host or a name below it. */
  static boolean isPlatformName(String domain, String platformHost) {
    return domain.equals(platformHost) || domain.endsWith("." + platformHost);
  }

  /** A domain as DNS writes it: an internationalised name in its xn-- form, no final dot. */
  static String asciiName(String wanted) {
    if (wanted == null) {
      return null;
    }
    String name = wanted.strip();
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    try {
      return IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static String platformHost() {
    String host = URI.create(PublicUrls.base()).getHost();
    // an IPv6 host comes in brackets
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  private static long tenantId() {
    return CurrentTenant.require().tenantId();
  }
}
