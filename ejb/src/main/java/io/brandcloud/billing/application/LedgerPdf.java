package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A wallet's transactions as a PDF statement in the tenant's brand, newest first. */
public final class LedgerPdf {

  private LedgerPdf() {}

  public static byte[] render(
      List<LedgerLine> lines,
      Brand brand,
      String organisation,
      Money balance,
      Instant now,
      ZoneId zone) {
    return BrandedPdf.render(
        "Transactions of " + organisation,
        brand,
        (document, brandColor) -> {
          Paragraph heading =
              BrandedPdf.heading(
                  "Transactions",
                  "Account: " + organisation,
                  "Balance: " + balance.display(),
                  "As of: " + BrandedPdf.time(now, zone) + " " + BrandedPdf.zoneNote(zone));
          heading.setSpacingBefore(18);
          document.add(heading);
          document.add(table(lines, brandColor, zone));
        });
  }

  private static PdfPTable table(List<LedgerLine> lines, Color color, ZoneId zone) {
    PdfPTable table = new PdfPTable(new float[] {2.4f, 1.8f, 5, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String title :
        new String[] {"Date " + BrandedPdf.zoneNote(zone), "Type", "Description", "Amount"}) {
      table.addCell(BrandedPdf.header(title, color));
    }
    for (LedgerLine line : lines) {
      table.addCell(BrandedPdf.padded(BrandedPdf.time(line.createdAt(), zone), Element.ALIGN_LEFT));
      table.addCell(
          BrandedPdf.padded(line.type().replace('_', ' ').toLowerCase(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(line.description(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(line.amount().display(), Element.ALIGN_RIGHT));
    }
    return table;
  }
}
