package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;

import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * DigitalOcean's paged lists: {@code {<name>: […], links: {pages: {next}}, meta: {total}}}, read a
 * page after the other by page number (the {@code next} link names the vendor's host, not the
 * connection's address) while the total says more are left.
 */
final class DigitalOceanPages {

  static final int PER_PAGE = 200;
  private static final int MAX_PAGES = 100;

  private DigitalOceanPages() {}

  static List<JsonValue> all(VendorApi api, String path, String name) {
    List<JsonValue> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    for (int page = 1; page <= MAX_PAGES; page++) {
      JsonValue answer = api.get(path + separator + "page=" + page + "&per_page=" + PER_PAGE);
      List<JsonValue> found = array(answer, name);
      items.addAll(found);
      int total = integer(object(answer, "meta"), "total");
      boolean next = object(object(answer, "links"), "pages").containsKey("next");
      if (found.isEmpty() || items.size() >= total && !next) {
        break;
      }
    }
    return items;
  }
}
