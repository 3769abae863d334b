package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;

import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * VirtFusion's paged lists (Laravel's paginator: {@code data, current_page, last_page}), read page
 * by page with {@code results} of at most 200.
 */
final class VirtFusionPages {

  static final int RESULTS = 200;
  private static final int MAX_PAGES = 100;

  private VirtFusionPages() {}

  static List<JsonValue> all(VendorApi api, String path) {
    List<JsonValue> items = new ArrayList<>();
    int page = 1;
    int last;
    do {
      JsonValue answer = api.get(path + "?results=" + RESULTS + "&page=" + page);
      items.addAll(array(answer, "data"));
      last = Math.max(1, integer(answer, "last_page"));
      page++;
    } while (page <= last && page <= MAX_PAGES);
    return items;
  }
}
