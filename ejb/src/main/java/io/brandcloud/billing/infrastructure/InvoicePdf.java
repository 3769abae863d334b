package io.brandcloud.billing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.io.ByteArrayOutputStream;

/** Renders an invoice as a PDF in the tenant's brand: its product name and colour head the page. */
public final class InvoicePdf {

  private InvoicePdf() {}

  public static byte[] render(
      InvoiceSummary invoice, Brand brand, String tenantName, String customerLabel) {
    Color brandColor = Color.decode(brand.primaryColor());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Invoice " + invoice.number());
      document.addCreator(brand.productName());
      document.open();
      document.add(banner(brand, brandColor));
      document.add(new Paragraph(tenantName, new Font(Font.HELVETICA, 9, Font.NORMAL, Color.GRAY)));
      document.add(heading(invoice, customerLabel));
      document.add(lines(invoice, brandColor));
      if (!invoice.payments().isEmpty()) {
        document.add(payments(invoice));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render invoice " + invoice.number(), e);
    }
    return out.toByteArray();
  }

  static PdfPTable banner(Brand brand, Color color) {
    PdfPTable banner = new PdfPTable(1);
    banner.setWidthPercentage(100);
    PdfPCell cell =
        new PdfPCell(
            new Phrase(brand.productName(), new Font(Font.HELVETICA, 20, Font.BOLD, Color.WHITE)));
    cell.setBackgroundColor(color);
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setPadding(12);
    banner.addCell(cell);
    return banner;
  }

  private static Paragraph heading(InvoiceSummary invoice, String customerLabel) {
    Paragraph heading = new Paragraph();
    heading.setSpacingBefore(18);
    heading.setSpacingAfter(12);
    heading.add(
        new Paragraph("Invoice " + invoice.number(), new Font(Font.HELVETICA, 16, Font.BOLD)));
    heading.add(new Paragraph("Billed to: " + customerLabel));
    heading.add(new Paragraph("Period: " + invoice.periodStart() + " to " + invoice.periodEnd()));
    heading.add(new Paragraph("Issued: " + invoice.issuedAt().toString().substring(0, 10)));
    return heading;
  }

  private static PdfPTable lines(InvoiceSummary invoice, Color color) {
    PdfPTable table = new PdfPTable(new float[] {6, 1.2f, 2});
    table.setWidthPercentage(100);
    Font headerFont = new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE);
    for (String title : new String[] {"Description", "Hours", "Amount"}) {
      PdfPCell cell = new PdfPCell(new Phrase(title, headerFont));
      cell.setBackgroundColor(color);
      cell.setPadding(6);
      table.addCell(cell);
    }
    for (InvoiceSummary.Line line : invoice.lines()) {
      table.addCell(padded(line.description(), Element.ALIGN_LEFT));
      table.addCell(padded(Integer.toString(line.hours()), Element.ALIGN_RIGHT));
      table.addCell(padded(line.amount().display(), Element.ALIGN_RIGHT));
    }
    PdfPCell totalLabel =
        new PdfPCell(new Phrase("Total", new Font(Font.HELVETICA, 11, Font.BOLD)));
    totalLabel.setColspan(2);
    totalLabel.setPadding(6);
    table.addCell(totalLabel);
    PdfPCell total =
        new PdfPCell(
            new Phrase(invoice.total().display(), new Font(Font.HELVETICA, 11, Font.BOLD)));
    total.setHorizontalAlignment(Element.ALIGN_RIGHT);
    total.setPadding(6);
    table.addCell(total);
    return table;
  }

  /** Top-ups received in the period; the prepaid wallet already paid the usage. */
  private static PdfPTable payments(InvoiceSummary invoice) {
    PdfPTable table = new PdfPTable(new float[] {2, 5.2f, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(18);
    PdfPCell title =
        new PdfPCell(
            new Phrase(
                "Payments received (wallet top-ups)", new Font(Font.HELVETICA, 10, Font.BOLD)));
    title.setColspan(3);
    title.setBorder(PdfPCell.NO_BORDER);
    title.setPaddingBottom(6);
    table.addCell(title);
    for (InvoiceSummary.Payment payment : invoice.payments()) {
      table.addCell(padded(payment.paidOn().toString(), Element.ALIGN_LEFT));
      table.addCell(padded(payment.description(), Element.ALIGN_LEFT));
      table.addCell(padded(payment.amount().display(), Element.ALIGN_RIGHT));
    }
    return table;
  }

  static PdfPCell padded(String text, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, new Font(Font.HELVETICA, 10)));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(6);
    return cell;
  }
}
