package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.time.Instant;
import java.util.List;

/** A wallet's transactions as a PDF statement in the tenant's brand, newest first. */
public final class LedgerPdf {

  private LedgerPdf() {}

  public static byte[] render(
      List<LedgerLine> lines, Brand brand, String organisation, Money balance, Instant now) {
    return BrandedPdf.render(
        "Transactions of " + organisation,
        brand,
        (document, brandColor) -> {
          Paragraph heading = new Paragraph();
          heading.setSpacingBefore(18);
          heading.setSpacingAfter(12);
          heading.add(new Paragraph("Transactions", new Font(Font.HELVETICA, 16, Font.BOLD)));
          heading.add(new Paragraph("Account: " + organisation));
          heading.add(new Paragraph("Balance: " + balance.display()));
          heading.add(
              new Paragraph(
                  "As of: " + now.toString().substring(0, 16).replace('T', ' ') + " UTC"));
          document.add(heading);
          document.add(table(lines, brandColor));
        });
  }

  private static PdfPTable table(List<LedgerLine> lines, Color color) {
    PdfPTable table = new PdfPTable(new float[] {2.4f, 1.8f, 5, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    Font headerFont = new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE);
    for (String title : new String[] {"Date (UTC)", "Type", "Description", "Amount"}) {
      PdfPCell cell = new PdfPCell(new Phrase(title, headerFont));
      cell.setBackgroundColor(color);
      cell.setPadding(6);
      table.addCell(cell);
    }
    for (LedgerLine line : lines) {
      table.addCell(
          BrandedPdf.padded(
              line.createdAt().toString().substring(0, 16).replace('T', ' '), Element.ALIGN_LEFT));
      table.addCell(
          BrandedPdf.padded(line.type().replace('_', ' ').toLowerCase(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(line.description(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(line.amount().display(), Element.ALIGN_RIGHT));
    }
    return table;
  }
}
