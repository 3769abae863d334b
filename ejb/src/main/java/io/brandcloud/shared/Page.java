package io.brandcloud.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and how many items the whole list has. */
public record Page<T>(List<T> items, long total, PageRequest request) {

  public Page {
    items = List.copyOf(items);
  }

  public long pages() {
    return (total + request.limit() - 1) / request.limit();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total, request);
  }
}
