package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;

import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Linode's paged lists: {@code {data, page, pages, results}}, read page by page to the end. Plans
 * and regions are paged too but take no paging parameters in Linode's document: their first page is
 * asked for without them.
 */
final class LinodePages {

  /** Linode allows 25 to 500 a page. */
  static final int PAGE_SIZE = 500;

  private static final int MAX_PAGES = 100;

  private LinodePages() {}

  static List<JsonValue> all(VendorApi api, String path) {
    return read(api, path, true);
  }

  /** A list whose first page is asked for without paging parameters. */
  static List<JsonValue> unpaged(VendorApi api, String path) {
    return read(api, path, false);
  }

  private static List<JsonValue> read(VendorApi api, String path, boolean paged) {
    List<JsonValue> items = new ArrayList<>();
    int page = 1;
    int pages;
    do {
      String separator = path.contains("?") ? "&" : "?";
      JsonValue answer =
          api.get(
              page == 1 && !paged
                  ? path
                  : path + separator + "page=" + page + "&page_size=" + PAGE_SIZE);
      items.addAll(array(answer, "data"));
      pages = Math.max(1, integer(answer, "pages"));
      page++;
    } while (page <= pages && page <= MAX_PAGES);
    return items;
  }
}
