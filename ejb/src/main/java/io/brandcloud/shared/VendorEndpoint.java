package io.brandcloud.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Where one vendor's API answers. A vendor with hosts of its own (Linode, DigitalOcean, Stripe,
 * PayPal) is called only there, over https, so a connection's address cannot send a tenant's token
 * anywhere else; a self-hosted one (VirtFusion, each reseller's own panel) at any address that is
 * public (see {@link OutboundAddresses}). Where the operator allows private addresses (tests with
 * stand-ins, on-premises installations), any address is taken.
 *
 * @param vendor the vendor's own name, as messages say it
 * @param hosts the API's host names, the main one first; empty for a self-hosted product
 */
public record VendorEndpoint(String vendor, List<String> hosts) {

  public VendorEndpoint {
    hosts = List.copyOf(hosts);
  }

  /** One of the vendor's own addresses: https on the default port at one of its hosts. */
  public boolean owns(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme())
        && uri.getHost() != null
        && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT))
        && (uri.getPort() == -1 || uri.getPort() == 443)
        && uri.getUserInfo() == null;
  }

  /** Whether an address that is not the vendor's own may be called at all. */
  public boolean takesOtherAddresses() {
    return hosts.isEmpty() || OutboundAddresses.privateAllowed();
  }

  /**
   * An address staff typed for this vendor, checked (see {@link Validation#requireHttpAddress}):
   * the vendor's own, or, where other addresses are taken, one whose host resolves to allowed
   * addresses only. A refusal is a 400 naming {@code field}.
   */
  public String requireUrl(String field, String text, String example) {
    String url = Validation.requireHttpAddress(field, text, example);
    URI uri = URI.create(url);
    if (owns(uri)) {
      return url;
    }
    if (!takesOtherAddresses()) {
      throw BrandcloudException.invalid(
          field,
          vendor
              + " is reached only at its own address, https://"
              + String.join(" or https://", hosts));
    }
    try {
      OutboundAddresses.permitted(uri.getHost());
    } catch (OutboundRefusal e) {
      throw BrandcloudException.invalid(field, field + ": " + e.getMessage());
    }
    return url;
  }
}
