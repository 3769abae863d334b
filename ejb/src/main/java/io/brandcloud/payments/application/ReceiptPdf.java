package io.brandcloud.payments.application;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.time.ZoneId;

/** A completed payment's receipt as a PDF in the tenant's brand, with the seller's details. */
public final class ReceiptPdf {

  private ReceiptPdf() {}

  public static byte[] render(
      Payment payment, Brand brand, Seller seller, String tenantName, String paidBy, ZoneId zone) {
    String number = "R-" + payment.id();
    return BrandedPdf.render(
        "Receipt " + number,
        brand,
        (document, brandColor) -> {
          document.add(BrandedPdf.seller(seller.logo(), seller.printed(tenantName)));
          Paragraph heading = BrandedPdf.heading("Receipt " + number, "Received from: " + paidBy);
          heading.setSpacingBefore(18);
          document.add(heading);
          PdfPTable table = new PdfPTable(new float[] {2, 5});
          table.setWidthPercentage(100);
          row(
              table,
              "Date",
              BrandedPdf.time(payment.completedAt(), zone) + " " + BrandedPdf.zoneNote(zone));
          row(table, "Paid with", payment.gateway().displayName());
          row(table, "Payment id", payment.gatewayPaymentId());
          row(table, "For", "Credit to the prepaid wallet");
          row(table, "Amount", payment.amount().display());
          if (payment.refunded().signum() > 0) {
            row(
                table,
                "Refunded",
                new Money(payment.refunded(), payment.amount().currency()).display());
          }
          document.add(table);
        });
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(BrandedPdf.padded(label, Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(value, Element.ALIGN_LEFT));
  }
}
