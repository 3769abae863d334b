package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.BrandLogo;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantLogos;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.UploadedImage;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Locale;
import java.util.Optional;

/**
 * A tenant's brand in its own admins' hands: product name, colour, light or dark pages and an
 * uploaded logo, which its portal shows from the next page on. The colours need no approval: the
 * text on them is chosen to read ({@link Brand#textOnPrimary}, {@link Brand#primaryAsText}).
 */
@Stateless
public class OwnBrand {

  public static final int MAX_LOGO_BYTES = 512 * 1024;
  public static final int MAX_LOGO_PIXELS = 2000;

  @EJB TenantRegistry registry;
  @Inject TenantDirectory directory;
  @Inject TenantLogos logos;
  @Inject AuditLog audit;
  @Resource TransactionSynchronizationRegistry transactions;

  public Brand current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return tenant().brand();
  }

  /** {@code dark} null keeps the pages as they are. */
  public Brand change(String productName, String primaryColor, Boolean dark, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String name = Validation.requireText("productName", productName, 120);
    String color = primaryColor == null ? "" : primaryColor.strip().toLowerCase(Locale.ROOT);
    if (!Brand.isValidColor(color)) {
      throw BrandcloudException.invalid(
          "primaryColor", "A colour is written #rrggbb, such as #1864ab");
    }
    Brand old = tenant().brand();
    Brand brand = new Brand(name, color, old.logoUrl(), dark == null ? old.dark() : dark);
    save(brand);
    audit.record(
        actor,
        "brand.changed",
        "tenant",
        name + ", " + color + ", " + (brand.dark() ? "dark" : "light"));
    return brand;
  }

  /**
   * Keeps a PNG or JPEG of at most 512 KiB and 2000 × 2000 pixels as the portal's logo, redrawn as
   * a PNG of at most 640 × 160 pixels.
   */
  public Brand uploadLogo(byte[] image, String contentType, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    BrandLogo logo =
        BrandLogo.of(
            UploadedImage.decode("logo", image, contentType, MAX_LOGO_BYTES, MAX_LOGO_PIXELS));
    Brand old = tenant().brand();
    logos.put(tenantId(), logo);
    Brand brand = new Brand(old.productName(), old.primaryColor(), logo.path(), old.dark());
    save(brand);
    audit.record(
        actor, "brand.logo-changed", "tenant", logo.width() + "×" + logo.height() + " PNG");
    return brand;
  }

  /** The portal shows its product name alone again. */
  public Brand removeLogo(String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    Brand old = tenant().brand();
    logos.remove(tenantId());
    Brand brand = new Brand(old.productName(), old.primaryColor(), null, old.dark());
    save(brand);
    audit.record(actor, "brand.logo-removed", "tenant", "");
    return brand;
  }

  /**
   * A tenant's uploaded logo, for its portal to serve: the header shows it before anyone logs in.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<BrandLogo> logoOf(long tenantId) {
    return logos.of(tenantId);
  }

  /** Forgotten once committed: a page read in between would cache the old brand again. */
  private void save(Brand brand) {
    registry.rebrand(tenantId(), brand);
    AfterCommit.run(transactions, directory::forget);
  }

  private Tenant tenant() {
    return registry.require(tenantId());
  }

  private static long tenantId() {
    return CurrentTenant.require().tenantId();
  }
}
