package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;

/** Renders a credit note as a PDF in the tenant's brand, naming the invoice it corrects. */
public final class CreditNotePdf {

  private CreditNotePdf() {}

  public static byte[] render(
      CreditNoteSummary note, String billedTo, Brand brand, Seller seller, String tenantName) {
    return BrandedPdf.render(
        "Credit note " + note.number(),
        brand,
        (document, brandColor) -> {
          document.add(
              BrandedPdf.seller(seller.logo(), seller.onDocument(note.seller(), tenantName)));
          document.add(
              BrandedPdf.heading(
                  "Credit note " + note.number(),
                  "For invoice: " + note.invoiceNumber(),
                  "Billed to: " + billedTo,
                  "Issued: " + note.issuedAt().toString().substring(0, 10)));
          document.add(amounts(note, brandColor));
        });
  }

  private static PdfPTable amounts(CreditNoteSummary note, Color brandColor) {
    PdfPTable table = new PdfPTable(new float[] {7.2f, 2});
    table.setWidthPercentage(100);
    table.addCell(BrandedPdf.header("Reason", brandColor));
    table.addCell(BrandedPdf.header("Amount", brandColor));
    table.addCell(BrandedPdf.padded(note.reason(), Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(note.subtotal().negate().display(), Element.ALIGN_RIGHT));
    table.addCell(BrandedPdf.padded("Tax", Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(note.taxTotal().negate().display(), Element.ALIGN_RIGHT));
    Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
    table.addCell(BrandedPdf.padded("Total credited to your balance", Element.ALIGN_LEFT, bold));
    table.addCell(BrandedPdf.padded(note.total().negate().display(), Element.ALIGN_RIGHT, bold));
    return table;
  }
}
