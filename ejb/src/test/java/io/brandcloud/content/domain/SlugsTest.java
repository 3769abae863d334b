package io.brandcloud.content.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void makesAnAddressFromTheTitleWhenNoneIsGiven() {
    assertThat(Slugs.of("slug", null, "Reset your root password!", 120))
        .isEqualTo("reset-your-root-password");
    assertThat(Slugs.of("slug", " ", "Größe ändern — schnell", 120))
        .isEqualTo("grosse-andern-schnell");
    assertThat(Slugs.of("slug", null, "!!!", 120)).isEqualTo("page");
    assertThat(Slugs.of("slug", null, "a very long title indeed", 10)).isEqualTo("a-very-lon");
  }

  @Test
  void takesAGivenSlugOnlyInItsOneShape() {
    assertThat(Slugs.of("slug", "getting-started-2", "x", 120)).isEqualTo("getting-started-2");
    for (String bad : new String[] {"Upper", "two--hyphens", "-lead", "space here", "ä", "a/b"}) {
      assertThatThrownBy(() -> Slugs.of("slug", bad, "x", 120))
          .isInstanceOf(BrandcloudException.class)
          .hasMessageContaining("lower-case letters and digits");
    }
  }
}
