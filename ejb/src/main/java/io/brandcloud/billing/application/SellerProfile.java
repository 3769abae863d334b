package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.billing.domain.SellerProfiles;
import io.brandcloud.shared.UploadedImage;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;

/** The tenant as its invoices and credit notes print it: legal name, address, tax ids, logo. */
@Stateless
public class SellerProfile {

  public static final int MAX_LOGO_BYTES = 256 * 1024;

  /** What the invoice's foot holds, as its column does. */
  public static final int INVOICE_NOTE_LENGTH = 1000;

  private static final int MAX_LOGO_PIXELS = 2000;

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

  /**
   * @param invoiceNote printed at the foot of every invoice issued from now on (payment terms, bank
   *     details); invoices issued before keep theirs
   */
  public Seller change(
      String legalName, String address, String taxIds, String invoiceNote, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    profiles.change(
        Validation.optionalText("legalName", legalName, 200),
        Validation.optionalLines("address", address, 500),
        Validation.optionalText("taxIds", taxIds, 200),
        Validation.optionalLines("invoiceNote", invoiceNote, INVOICE_NOTE_LENGTH));
    audit.record(actor, "seller.changed", "tenant", legalName + " / " + taxIds);
    return current();
  }

  /** Accepts a PNG or JPEG of at most 256 KiB and 2000 × 2000 pixels that really is an image. */
  public void changeLogo(byte[] image, String contentType, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    BufferedImage decoded =
        UploadedImage.decode("logo", image, contentType, MAX_LOGO_BYTES, MAX_LOGO_PIXELS);
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
}
