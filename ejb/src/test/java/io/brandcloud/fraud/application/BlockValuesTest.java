package io.brandcloud.fraud.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.shared.BrandcloudException;
import org.junit.jupiter.api.Test;

class BlockValuesTest {

  @Test
  void valuesAreWrittenAsScreeningComparesThem() {
    assertThat(BlockValues.require(BlockKind.EMAIL, " Ann@Example.TEST "))
        .isEqualTo("ann@example.test");
    assertThat(BlockValues.require(BlockKind.DOMAIN, "@Spam.Example")).isEqualTo("spam.example");
    assertThat(BlockValues.require(BlockKind.DOMAIN, "spam.example")).isEqualTo("spam.example");
    assertThat(BlockValues.require(BlockKind.NAME, "  Ann   SMITH ")).isEqualTo("ann smith");
    assertThat(BlockValues.require(BlockKind.ADDRESS, "203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(BlockValues.require(BlockKind.ADDRESS, "203.0.113.0/24"))
        .isEqualTo("203.0.113.0/24");
  }

  @Test
  void whatCannotMatchIsRefused() {
    assertThatThrownBy(() -> BlockValues.require(BlockKind.EMAIL, "not-an-address"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> BlockValues.require(BlockKind.DOMAIN, "no domain"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> BlockValues.require(BlockKind.ADDRESS, "example.com"))
        .isInstanceOf(BrandcloudException.class);
    assertThatThrownBy(() -> BlockValues.require(BlockKind.ADDRESS, "203.0.113.0/16"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("203.0.113.0/24");
    assertThatThrownBy(() -> BlockValues.require(BlockKind.NAME, "  "))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void anAddressIsScreenedWithEveryDomainAboveItButTheTopLevel() {
    assertThat(FraudScreening.domainsOf("a@mx.spam.example"))
        .containsExactly("mx.spam.example", "spam.example");
  }
}
