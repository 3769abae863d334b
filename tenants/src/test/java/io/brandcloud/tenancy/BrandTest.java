package io.brandcloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandTest {

  @Test
  void anUploadedLogoIsLinkedBelowThePortalAndAnyOtherAsGiven() {
    String uploaded = "/brand/logo-ab12.png";
    String hosted = "https://cdn.acme.example/logo.png";

    assertThat(new Brand("Acme", "#123456", uploaded).logoUrlBelow("/t/acme"))
        .isEqualTo("/t/acme/brand/logo-ab12.png");
    assertThat(new Brand("Acme", "#123456", hosted).logoUrlBelow("/t/acme")).isEqualTo(hosted);
    assertThat(new Brand("Acme", "#123456", null).logoUrlBelow("/t/acme")).isNull();
  }
}
