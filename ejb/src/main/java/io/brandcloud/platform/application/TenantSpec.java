package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.BrandImage;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantSchema;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** A {@link TenantDraft} whose every field has been checked. */
public record TenantSpec(
    String slug, String name, Currency currency, ZoneId zone, Brand brand, List<String> domains) {

  public static TenantSpec from(TenantDraft draft) {
    String slug = draft.slug() == null ? "" : draft.slug().strip().toLowerCase(Locale.ROOT);
    if (!TenantSchema.isValidSlug(slug)) {
      throw BrandcloudException.invalid(
          "slug",
          "A slug has 2 to 30 lower-case letters, digits or hyphens and starts with a letter");
    }
    String name = Validation.requireText("name", draft.name(), 120);
    String productName =
        draft.productName() == null || draft.productName().isBlank()
            ? name
            : Validation.requireText("productName", draft.productName(), 120);
    if (!Brand.isValidColor(draft.primaryColor())) {
      throw BrandcloudException.invalid("primaryColor", "A colour is written #rrggbb");
    }
    String logo = blankToNull(draft.logoUrl());
    // the portal's pages load images over https only; its own admins' upload keeps its own address
    if (logo != null
        && !logo.startsWith("https://")
        && !BrandImage.Kind.LOGO.isUploadedPath(logo)) {
      throw BrandcloudException.invalid(
          "logoUrl",
          "The logo URL starts with https:// (browsers do not show http:// images here)");
    }
    List<String> domains =
        draft.domains().stream()
            .filter(d -> d != null && !d.isBlank())
            .map(d -> Validation.requireDomain("domains", d))
            .distinct()
            .toList();
    return new TenantSpec(
        slug,
        name,
        currency(draft.currency()),
        zone(draft.timeZone()),
        new Brand(productName, draft.primaryColor(), logo, Boolean.TRUE.equals(draft.darkTheme())),
        domains);
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("currency", "'" + code + "' is not an ISO 4217 currency");
    }
  }

  private static ZoneId zone(String id) {
    if (id == null || id.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw BrandcloudException.invalid("timeZone", "'" + id + "' is not a time zone");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
