package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValidationTest {

  @Test
  void aPasswordNeedsTheMinimumLength() {
    assertThatThrownBy(() -> Validation.requirePassword("password", "short"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("10 to 200");
    assertThat(Validation.requirePassword("password", "long enough pass"))
        .isEqualTo("long enough pass");
  }

  @Test
  void oneRepeatedCharacterIsNoPassword() {
    assertThatThrownBy(() -> Validation.requirePassword("password", "aaaaaaaaaaaa"))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void emailAddressesAreLowerCasedAndChecked() {
    assertThat(Validation.requireEmail("email", " Someone@Example.COM "))
        .isEqualTo("someone@example.com");
    assertThatThrownBy(() -> Validation.requireEmail("email", "not-an-address"))
        .isInstanceOf(BrandcloudException.class);
  }
}
