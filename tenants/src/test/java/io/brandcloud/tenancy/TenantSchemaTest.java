package io.brandcloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantSchemaTest {

  @Test
  void derivesTheSchemaFromTheSlug() {
    assertThat(TenantSchema.forSlug("acme").name()).isEqualTo("t_acme");
    assertThat(TenantSchema.forSlug("big-shop-2").name()).isEqualTo("t_big_shop_2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "Acme",
        "1acme",
        "acme-",
        "ac me",
        "acme;drop",
        "t_acme",
        "abcdefghijabcdefghijabcdefghijk"
      })
  void rejectsSlugsThatCouldNotBeASafeSchemaName(String slug) {
    assertThat(TenantSchema.isValidSlug(slug)).isFalse();
    assertThatThrownBy(() -> TenantSchema.forSlug(slug))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyAcceptsTenantSchemaNames() {
    assertThatThrownBy(() -> new TenantSchema("platform"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TenantSchema("t_x; drop schema platform"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCurrentTenantIsRestoredAfterNestedWork() {
    TenantContext outer = context("outer");
    TenantContext inner = context("inner");
    CurrentTenant.runAs(
        outer,
        () -> {
          CurrentTenant.runAs(inner, () -> assertThat(CurrentTenant.require()).isEqualTo(inner));
          assertThat(CurrentTenant.require()).isEqualTo(outer);
        });
    assertThat(CurrentTenant.get()).isEmpty();
    assertThatThrownBy(CurrentTenant::require).isInstanceOf(IllegalStateException.class);
  }

  private static TenantContext context(String slug) {
    return new TenantContext(
        1,
        slug,
        TenantSchema.forSlug(slug),
        slug,
        TenantStatus.ACTIVE,
        java.util.Currency.getInstance("EUR"),
        java.time.ZoneId.of("UTC"),
        new Brand(slug, "#000000", null),
        null,
        "r1");
  }
}
