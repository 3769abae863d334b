package io.brandcloud.payments.application;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;

/** A completed payment's receipt as a PDF in the tenant's brand, with the seller's details. */
public final class ReceiptPdf {

  private ReceiptPdf() {}

  public static byte[] render(
      Payment payment,
      Brand brand,
      Seller seller,
      String tenantName,
      String paidBy,
      DocumentTexts texts) {
    String title = texts.text("receipt.title", "R-" + payment.id());
    return BrandedPdf.render(
        title,
        brand,
        (document, brandColor) -> {
          document.add(BrandedPdf.seller(seller.logo(), seller.printed(tenantName)));
          Paragraph heading = BrandedPdf.heading(title, texts.text("receipt.receivedFrom", paidBy));
          heading.setSpacingBefore(18);
          document.add(heading);
          PdfPTable table = new PdfPTable(new float[] {2, 5});
          table.setWidthPercentage(100);
          row(
              table,
              texts.text("receipt.date"),
              texts.time(payment.completedAt()) + " (" + texts.zone() + ")");
          row(
              table,
              texts.text("receipt.paidWith"),
              LedgerWording.gatewayName(payment.gateway().wireName(), texts.locale()));
          row(table, texts.text("receipt.paymentId"), payment.gatewayPaymentId());
          row(table, texts.text("receipt.for"), texts.text("receipt.forWallet"));
          row(table, texts.text("document.amount"), texts.money(payment.amount()));
          if (payment.refunded().signum() > 0) {
            row(table, texts.text("receipt.refunded"), texts.money(payment.refundedMoney()));
          }
          document.add(table);
        });
  }

  private static void row(PdfPTable table, String label, String value) {
    table.addCell(BrandedPdf.padded(label, Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(value, Element.ALIGN_LEFT));
  }
}
