package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.billing.domain.SellerProfiles;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** The tenant as its invoices and credit notes print it: legal name, address, tax ids, logo. */
@Stateless
public class SellerProfile {

  public static final int MAX_LOGO_BYTES = 256 * 1024;
  private static final int MAX_LOGO_PIXELS = 2000;
  private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg");

  @Inject SellerProfiles profiles;
  @Inject AuditLog audit;

  /** The seller every document prints, for the code that prints it. */
  public Seller current() {
    return profiles.current();
  }

  /** The seller as an admin edits it: needs the settings permission. */
  public Seller forStaff() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return current();
  }

  public Seller change(String legalName, String address, String taxIds, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    profiles.change(
        Validation.optionalText("legalName", legalName, 200),
        Validation.optionalLines("address", address, 500),
        Validation.optionalText("taxIds", taxIds, 200));
    audit.record(actor, "seller.changed", "tenant", legalName + " / " + taxIds);
    return current();
  }

  /** Accepts a PNG or JPEG of at most 256 KiB and 2000 × 2000 pixels that really is an image. */
  public void changeLogo(byte[] image, String contentType, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    if (contentType == null || !LOGO_TYPES.contains(contentType)) {
      throw BrandcloudException.invalid("logo", "The logo is a PNG or JPEG image");
    }
    if (image == null || image.length == 0 || image.length > MAX_LOGO_BYTES) {
      throw BrandcloudException.invalid("logo", "The logo has at most 256 KiB");
    }
    BufferedImage decoded = decode(image);
    profiles.changeLogo(image, contentType);
    audit.record(
        actor,
        "seller.logo-changed",
        "tenant",
        contentType + ", " + decoded.getWidth() + "×" + decoded.getHeight());
  }

  public void removeLogo(String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    profiles.removeLogo();
    audit.record(actor, "seller.logo-removed", "tenant", "");
  }

  /** Reads the size from the header first, so a small file cannot unpack into a huge image. */
  private static BufferedImage decode(byte[] image) {
    try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input);
        if (reader.getWidth(0) > MAX_LOGO_PIXELS || reader.getHeight(0) > MAX_LOGO_PIXELS) {
          throw BrandcloudException.invalid("logo", "The logo has at most 2000 × 2000 pixels");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof BrandcloudException known) {
        throw known;
      }
      throw unreadable();
    }
  }

  private static BrandcloudException unreadable() {
    return BrandcloudException.invalid("logo", "The logo is not a readable image");
  }
}
