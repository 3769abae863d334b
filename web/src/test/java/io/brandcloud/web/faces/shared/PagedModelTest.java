package io.brandcloud.web.faces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedModelTest {

  private record Row(long id, String name) {}

  private final List<PageRequest> asked = new ArrayList<>();
  private final List<Row> all =
      IntStream.rangeClosed(1, 25).mapToObj(i -> new Row(i, "row " + i)).toList();

  private final PagedModel<Row> model =
      new PagedModel<>(this::page, row -> Long.toString(row.id()));

  private Page<Row> page(PageRequest request) {
    asked.add(request);
    int from = Math.min(all.size(), (request.page() - 1) * request.limit());
    int to = Math.min(all.size(), from + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request);
  }

  @Test
  void eachPageTheTableShowsIsOneRequestOfItsSize() {
    List<Row> second = model.load(10, 10, Map.of(), Map.of());

    assertThat(second)
        .extracting(Row::id)
        .containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
    assertThat(asked).containsExactly(new PageRequest(2, 10));
    assertThat(model.getRowCount()).isEqualTo(25);
  }

  @Test
  void aRowOfThePageOnShowIsFoundByItsKey() {
    model.setWrappedData(model.load(10, 10, Map.of(), Map.of()));

    assertThat(model.getRowData("12")).isEqualTo(new Row(12, "row 12"));
    assertThat(model.getRowKey(new Row(12, "row 12"))).isEqualTo("12");
  }

  @Test
  void aKeyNotOnThePageOnShowFindsNothingAndAsksNothing() {
    assertThat(model.getRowData("3")).as("nothing shown yet").isNull();
    model.setWrappedData(model.load(10, 10, Map.of(), Map.of()));
    asked.clear();

    assertThat(model.getRowData("3")).isNull();
    assertThat(model.getRowData(null)).isNull();
    assertThat(asked).isEmpty();
  }
}
