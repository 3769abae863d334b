package io.brandcloud.shared;

/** Which slice of a list the caller asked for: pages count from 1, at most 100 items each. */
public record PageRequest(int page, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  /** Far beyond any list a person pages through, and small enough that no offset overflows. */
  public static final int MAX_PAGE = 1_000_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw BrandcloudException.invalid("page", "page is between 1 and " + MAX_PAGE);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw BrandcloudException.invalid("limit", "limit is between 1 and " + MAX_LIMIT);
    }
  }

  /** From query parameters that may be absent or not numbers at all. */
  public static PageRequest of(String page, String limit) {
    return new PageRequest(number("page", page, 1), number("limit", limit, DEFAULT_LIMIT));
  }

  private static int number(String field, String text, int absent) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw BrandcloudException.invalid(field, field + " must be a whole number");
    }
  }

  public static PageRequest first(int limit) {
    return new PageRequest(1, limit);
  }

  public int offset() {
    return (page - 1) * limit;
  }
}
