package io.brandcloud.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantSpecTest {

  @Test
  void normalisesAValidDraft() {
    TenantSpec spec =
        TenantSpec.from(
            draft(" Acme ", "eur", "#AABBCC", "Portal.Acme.Example", "portal.acme.example", " "));
    assertThat(spec.slug()).isEqualTo("acme");
    assertThat(spec.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(spec.domains()).containsExactly("portal.acme.example");
    assertThat(spec.brand().productName()).isEqualTo("Acme Cloud");
  }

  @Test
  void namesTheFieldOfEachMistake() {
    assertField(draft("x", "EUR", "#000000"), "slug");
    assertField(draft("acme", "EURO", "#000000"), "currency");
    assertField(draft("acme", "EUR", "blue"), "primaryColor");
    assertField(draft("acme", "EUR", "#000000", "not a domain"), "domains");
  }

  @Test
  void aLogoIsAnHttpsImageOrTheOneItsAdminsUploaded() {
    assertField(withLogo("http://cdn.acme.example/logo.png"), "logoUrl");
    assertField(withLogo("/brand/../admin/logo.png"), "logoUrl");
    assertThat(TenantSpec.from(withLogo("https://cdn.acme.example/logo.png")).brand().logoUrl())
        .isEqualTo("https://cdn.acme.example/logo.png");
    assertThat(TenantSpec.from(withLogo("/brand/logo-0123456789ab.png")).brand().logoUrl())
        .isEqualTo("/brand/logo-0123456789ab.png");
  }

  private static TenantDraft withLogo(String logoUrl) {
    TenantDraft d = draft("acme", "EUR", "#000000");
    return new TenantDraft(
        d.slug(),
        d.name(),
        d.currency(),
        d.timeZone(),
        d.productName(),
        d.primaryColor(),
        logoUrl,
        d.domains(),
        d.adminEmail(),
        null,
        null,
        null);
  }

  private static void assertField(TenantDraft draft, String field) {
    assertThatThrownBy(() -> TenantSpec.from(draft))
        .isInstanceOfSatisfying(
            BrandcloudException.class, e -> assertThat(e.details()).containsEntry("field", field));
  }

  private static TenantDraft draft(String slug, String currency, String color, String... domains) {
    List<String> list = Arrays.asList(domains);
    return new TenantDraft(
        slug,
        "Acme",
        currency,
        "UTC",
        "Acme Cloud",
        color,
        null,
        list,
        "admin@acme.example",
        null,
        null,
        null);
  }
}
