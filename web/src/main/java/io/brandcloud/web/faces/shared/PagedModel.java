package io.brandcloud.web.faces.shared;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table paged by the service behind it: each page the table shows is one {@link PageRequest}, so
 * a list of any length is never read whole.
 *
 * @param <T> a row
 */
public class PagedModel<T> extends LazyDataModel<T> {

  /** The service call that answers one page. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> page(PageRequest request);
  }

  /** What tells rows apart. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public PagedModel(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) Math.min(Integer.MAX_VALUE, source.page(new PageRequest(1, 1)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
    int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    Page<T> page = source.page(new PageRequest(first / size + 1, size));
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  /** A row of the page on show, found by its key (a selection or a row's own action). */
  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    if (shown == null || rowKey == null) {
      return null;
    }
    return shown.stream().filter(row -> rowKey.equals(key.of(row))).findFirst().orElse(null);
  }
}
