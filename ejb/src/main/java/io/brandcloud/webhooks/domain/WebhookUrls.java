package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.OutboundAddresses;
import io.brandcloud.shared.OutboundRefusal;
import io.brandcloud.shared.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an endpoint may point: an https address on the public internet (plain http and private
 * addresses only where the operator allows private hosts, as for a panel inside a company's own
 * network), with no credentials in it and no fragment. The host is looked up when the address is
 * saved and again before every delivery.
 */
public final class WebhookUrls {

  public static final int MAX_LENGTH = 2000;

  private WebhookUrls() {}

  public static String require(String field, String text) {
    String url = Validation.requireText(field, text, MAX_LENGTH);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw BrandcloudException.invalid(field, field + " is not an address: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean plainAllowed = OutboundAddresses.privateAllowed();
    if (!(scheme.equals("https") || plainAllowed && scheme.equals("http"))
        || uri.getHost() == null
        || uri.getUserInfo() != null
        || uri.getFragment() != null) {
      throw BrandcloudException.invalid(
          field,
          field
              + " is an "
              + (plainAllowed ? "http(s)" : "https")
              + " address without a password or a #fragment,"
              + " such as https://hooks.example.com/brandcloud");
    }
    try {
      OutboundAddresses.permitted(uri.getHost());
    } catch (OutboundRefusal e) {
      throw BrandcloudException.invalid(field, e.getMessage());
    }
    return url;
  }
}
