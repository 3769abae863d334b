package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.BrandImage;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantImages;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.UploadedImage;
import io.brandcloud.shared.UploadedSvg;
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
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A tenant's brand in its own admins' hands: product name, colour, light or dark pages, an uploaded
 * logo and tab icon, which its portal shows from the next page on. The colours need no approval:
 * the text on them is chosen to read ({@link Brand#textOnPrimary}, {@link Brand#primaryAsText}).
 */
@Stateless
public class OwnBrand {

  public static final int MAX_LOGO_BYTES = 512 * 1024;
  public static final int MAX_LOGO_PIXELS = 2000;
  public static final int MAX_ICON_BYTES = 256 * 1024;
  public static final int MAX_ICON_PIXELS = 1000;

  @EJB TenantRegistry registry;
  @Inject TenantDirectory directory;
  @Inject TenantImages images;
  @Inject AuditLog audit;
  @Resource TransactionSynchronizationRegistry transactions;

  public Brand current() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return tenant().brand();
  }

  /**
   * What the Brand page and its API change. {@code dark}, {@code mailSender} and {@code
   * accentColor} null keep what the brand has; a blank sender or accent goes back to the product
   * name or the primary colour.
   */
  public record BrandChange(
      String productName,
      String primaryColor,
      Boolean dark,
      String mailSender,
      String accentColor) {}

  public Brand change(BrandChange change, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String name = Validation.requireText("productName", change.productName(), 120);
    String color = colour("primaryColor", change.primaryColor());
    Brand old = tenant().brand();
    Brand brand =
        old.withLook(name, color, change.dark() == null ? old.dark() : change.dark())
            .withMailSender(
                change.mailSender() == null ? old.mailSender() : senderName(change.mailSender()))
            .withAccent(
                change.accentColor() == null
                    ? old.accentColor()
                    : change.accentColor().isBlank()
                        ? null
                        : colour("accentColor", change.accentColor()));
    save(brand);
    audit.record(
        actor,
        "brand.changed",
        "tenant",
        name
            + ", "
            + color
            + (brand.accentColor() == null ? "" : " and " + brand.accentColor())
            + ", "
            + (brand.dark() ? "dark" : "light")
            + ", mail as "
            + brand.senderName());
    return brand;
  }

  private static String colour(String field, String wanted) {
    String color = wanted == null ? "" : wanted.strip().toLowerCase(Locale.ROOT);
    if (!Brand.isValidColor(color)) {
      throw BrandcloudException.invalid(field, "A colour is written #rrggbb, such as #1864ab");
    }
    return color;
  }

  /**
   * Keeps a PNG or JPEG of at most 512 KiB and 2000 × 2000 pixels, or an SVG of at most 512 KiB, as
   * the portal's logo, redrawn as a PNG of at most 640 × 160 pixels.
   */
  public Brand uploadLogo(byte[] image, String contentType, String actor) {
    return upload(BrandImage.Kind.LOGO, image, contentType, MAX_LOGO_BYTES, MAX_LOGO_PIXELS, actor);
  }

  /**
   * Keeps a PNG or JPEG of at most 256 KiB and 1000 × 1000 pixels, or an SVG of at most 256 KiB, as
   * the browser tab's icon, redrawn as a PNG of 64 × 64 pixels.
   */
  public Brand uploadIcon(byte[] image, String contentType, String actor) {
    return upload(BrandImage.Kind.ICON, image, contentType, MAX_ICON_BYTES, MAX_ICON_PIXELS, actor);
  }

  /** The portal shows its product name alone again. */
  public Brand removeLogo(String actor) {
    return remove(BrandImage.Kind.LOGO, actor);
  }

  /** The tab shows the icon the panel draws from the product's initial again. */
  public Brand removeIcon(String actor) {
    return remove(BrandImage.Kind.ICON, actor);
  }

  /**
   * A tenant's uploaded logo or icon, for its portal to serve: the header and the tab show them
   * before anyone logs in.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<BrandImage> imageOf(long tenantId, BrandImage.Kind kind) {
    return images.of(tenantId, kind);
  }

  private Brand upload(
      BrandImage.Kind kind,
      byte[] bytes,
      String contentType,
      int maxBytes,
      int maxPixels,
      String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    String field = kind.name().toLowerCase(Locale.ROOT);
    boolean vector = UploadedSvg.TYPE.equals(contentType);
    if (!vector && !"image/png".equals(contentType) && !"image/jpeg".equals(contentType)) {
      throw BrandcloudException.invalid(field, "The image is a PNG, JPEG or SVG");
    }
    BrandImage image =
        BrandImage.of(
            kind,
            vector
                ? UploadedSvg.draw(field, bytes, maxBytes, kind.maxWidth(), kind.maxHeight())
                : UploadedImage.decode(field, bytes, contentType, maxBytes, maxPixels));
    images.put(tenantId(), image);
    Brand brand = withImage(tenant().brand(), kind, image.path());
    save(brand);
    audit.record(
        actor,
        "brand." + field + "-changed",
        "tenant",
        (vector ? "SVG drawn as " : "") + image.width() + "×" + image.height() + " PNG");
    return brand;
  }

  private Brand remove(BrandImage.Kind kind, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    images.remove(tenantId(), kind);
    Brand brand = withImage(tenant().brand(), kind, null);
    save(brand);
    audit.record(actor, "brand." + kind.name().toLowerCase(Locale.ROOT) + "-removed", "tenant", "");
    return brand;
  }

  /** A name for the From line; what would read as an address of its own is refused. */
  private static String senderName(String wanted) {
    String name = Validation.optionalText("mailSenderName", wanted, 120);
    // a full-width ＠ or ＜ reads as the real one: compare the characters as they look
    if (name != null
        && Normalizer.normalize(name, Normalizer.Form.NFKC)
            .chars()
            .anyMatch(c -> "<>@\"".indexOf(c) >= 0)) {
      throw BrandcloudException.invalid(
          "mailSenderName", "A sender name has no <, >, @ or \": the address is the platform's");
    }
    return name;
  }

  private static Brand withImage(Brand brand, BrandImage.Kind kind, String path) {
    return kind == BrandImage.Kind.LOGO ? brand.withLogo(path) : brand.withIcon(path);
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
