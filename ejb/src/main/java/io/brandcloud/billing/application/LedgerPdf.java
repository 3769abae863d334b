package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.time.Instant;
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
      DocumentTexts texts) {
    return BrandedPdf.render(
        texts.text("statement.title", organisation),
        brand,
        (document, brandColor) -> {
          Paragraph heading =
              BrandedPdf.heading(
                  texts.text("statement.heading"),
                  texts.text("statement.account", organisation),
                  texts.text("statement.balance", texts.money(balance)),
                  texts.text("statement.asOf", texts.time(now), texts.zone()));
          heading.setSpacingBefore(18);
          document.add(heading);
          document.add(table(lines, brandColor, texts));
        });
  }

  private static PdfPTable table(List<LedgerLine> lines, Color color, DocumentTexts texts) {
    PdfPTable table = new PdfPTable(new float[] {2.4f, 1.8f, 5, 1.8f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String title :
        new String[] {
          texts.text("statement.date", texts.zone()),
          texts.text("statement.type"),
          texts.text("document.description"),
          texts.text("document.amount")
        }) {
      table.addCell(BrandedPdf.header(title, color));
    }
    for (LedgerLine line : lines) {
      table.addCell(BrandedPdf.padded(texts.time(line.createdAt()), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(texts.text("statement." + line.type()), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(describe(line, texts), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(texts.money(line.amount()), Element.ALIGN_RIGHT));
    }
    return table;
  }

  /** As the portal's transactions say it: a usage charge by its server and hour. */
  private static String describe(LedgerLine line, DocumentTexts texts) {
    return line.usage() == null
        ? line.describedIn(texts.locale())
        : line.usage().hostname() + " \u00b7 " + texts.hour(line.usage().periodStart());
  }
}
