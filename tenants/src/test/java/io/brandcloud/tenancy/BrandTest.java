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

  @Test
  void theAccentIsThePrimaryColourUntilChosenAndReadsAsLinkText() {
    Brand plain = new Brand("Acme", "#d9480f", null);
    assertThat(plain.accent()).isEqualTo("#d9480f");

    Brand pale = plain.withAccent("#ffe066");
    assertThat(pale.accent()).isEqualTo("#ffe066");
    assertThat(pale.primaryColor()).as("the primary colour stays").isEqualTo("#d9480f");
    assertThat(Contrast.ratio(pale.accentAsText(), pale.surfaceColor()))
        .as("a pale accent is darkened until links read on a card")
        .isGreaterThanOrEqualTo(Contrast.TEXT);
    assertThat(Contrast.ratio(pale.accentAsText(), pale.pageColor()))
        .isGreaterThanOrEqualTo(Contrast.TEXT);
    assertThat(pale.textOnAccent()).isEqualTo("#000000");
    assertThat(pale.withLook("Acme 2", "#123456", true).accentColor())
        .as("a change of look keeps the accent")
        .isEqualTo("#ffe066");
    assertThat(pale.withAccent(null).accent()).isEqualTo("#d9480f");
  }
}
