package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;

/** Renders a credit note as a PDF in the tenant's brand, naming the invoice it corrects. */
public final class CreditNotePdf {

  private CreditNotePdf() {}

  public static byte[] render(
      CreditNoteSummary note,
      String billedTo,
      Brand brand,
      Seller seller,
      String tenantName,
      DocumentTexts texts) {
    String title = texts.text("creditNote.title", note.number());
    return BrandedPdf.render(
        title,
        brand,
        (document, brandColor) -> {
          document.add(
              BrandedPdf.seller(seller.logo(), seller.onDocument(note.seller(), tenantName)));
          document.add(
              BrandedPdf.heading(
                  title,
                  texts.text("creditNote.forInvoice", note.invoiceNumber()),
                  texts.text("document.billedTo", billedTo),
                  texts.text("document.issued", texts.date(note.issuedAt()))));
          document.add(amounts(note, brandColor, texts));
        });
  }

  private static PdfPTable amounts(CreditNoteSummary note, Color brandColor, DocumentTexts texts) {
    PdfPTable table = new PdfPTable(new float[] {7.2f, 2});
    table.setWidthPercentage(100);
    table.addCell(BrandedPdf.header(texts.text("creditNote.reason"), brandColor));
    table.addCell(BrandedPdf.header(texts.text("document.amount"), brandColor));
    table.addCell(BrandedPdf.padded(note.reason(), Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(texts.money(note.subtotal().negate()), Element.ALIGN_RIGHT));
    table.addCell(BrandedPdf.padded(texts.text("creditNote.tax"), Element.ALIGN_LEFT));
    table.addCell(BrandedPdf.padded(texts.money(note.taxTotal().negate()), Element.ALIGN_RIGHT));
    Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
    table.addCell(BrandedPdf.padded(texts.text("creditNote.total"), Element.ALIGN_LEFT, bold));
    table.addCell(BrandedPdf.padded(texts.money(note.total().negate()), Element.ALIGN_RIGHT, bold));
    return table;
  }
}
