package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void absentParametersMeanTheFirstPageOfTwenty() {
    PageRequest request = PageRequest.of(null, " ");
    assertThat(request).isEqualTo(new PageRequest(1, 20));
    assertThat(request.offset()).isZero();
  }

  @Test
  void theOffsetSkipsWholePages() {
    assertThat(PageRequest.of("3", "25").offset()).isEqualTo(50);
  }

  @Test
  void nonsenseIsABadRequestNamingTheField() {
    for (String[] bad :
        List.of(
            new String[] {"0", "10"},
            new String[] {"1", "101"},
            new String[] {"x", "10"},
            new String[] {"1", "1e3"})) {
      assertThatThrownBy(() -> PageRequest.of(bad[0], bad[1]))
          .isInstanceOfSatisfying(
              BrandcloudException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
  }

  @Test
  void pagesRoundUp() {
    assertThat(new Page<>(List.of(1, 2), 5, new PageRequest(1, 2)).pages()).isEqualTo(3);
    assertThat(new Page<>(List.of(), 0, new PageRequest(1, 2)).pages()).isZero();
  }
}
