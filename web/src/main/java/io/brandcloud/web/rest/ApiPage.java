package io.brandcloud.web.rest;

import io.brandcloud.shared.Page;
import java.util.List;
import java.util.function.Function;

/** Every list the API returns: {@code {"data":[…],"pagination":{…}}}. */
public record ApiPage<T>(List<T> data, Pagination pagination) {

  /** Where this page sits in the whole list. */
  public record Pagination(int page, int limit, long total, long pages) {}

  public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> mapper) {
    return new ApiPage<>(
        page.map(mapper).items(),
        new Pagination(page.request().page(), page.request().limit(), page.total(), page.pages()));
  }
}
