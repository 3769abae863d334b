package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;

/**
 * Renders an invoice as a PDF in the tenant's brand: colour banner, logo, the seller's address and
 * tax ids, the customer as billed, lines, taxes, payments and any credit notes.
 */
public final class InvoicePdf {

  private InvoicePdf() {}

  /**
   * @param seller today's seller profile: its logo, and its details for invoices that predate
   *     keeping them
   * @param customerName printed when the invoice predates stored billing details
   */
  public static byte[] render(
      InvoiceSummary invoice, Brand brand, Seller seller, String tenantName, String customerName) {
    return BrandedPdf.render(
        "Invoice " + invoice.number(),
        brand,
        (document, brandColor) -> {
          document.add(
              BrandedPdf.seller(seller.logo(), seller.onDocument(invoice.seller(), tenantName)));
          document.add(heading(invoice, customerName));
          document.add(lines(invoice, brandColor));
          if (invoice.taxNote() != null) {
            Paragraph note = new Paragraph(invoice.taxNote(), new Font(Font.HELVETICA, 9));
            note.setSpacingBefore(8);
            document.add(note);
          }
          if (!invoice.payments().isEmpty()) {
            document.add(payments(invoice));
          }
          if (!invoice.creditNotes().isEmpty()) {
            document.add(creditNotes(invoice));
          }
          if (invoice.sellerNote() != null) {
            Paragraph foot = new Paragraph(invoice.sellerNote(), new Font(Font.HELVETICA, 9));
            foot.setSpacingBefore(14);
            document.add(foot);
          }
        });
  }

  private static Paragraph heading(InvoiceSummary invoice, String customerName) {
    return BrandedPdf.heading(
        "Invoice " + invoice.number(),
        "Billed to: " + (invoice.billedTo() == null ? customerName : invoice.billedTo()),
        "Period: " + invoice.periodStart() + " to " + invoice.periodEnd(),
        "Issued: " + invoice.issuedAt().toString().substring(0, 10),
        standing(invoice));
  }

  private static String standing(InvoiceSummary invoice) {
    return switch (invoice.status()) {
      case DRAFT -> "Draft: not issued";
      case OPEN -> "Open: due " + invoice.dueOn();
      case VOID -> "Void: cancelled by the credit note below";
      case PAID ->
          invoice.kind() == InvoiceKind.USAGE
              ? "Paid in advance from the prepaid wallet"
              : "Paid from the wallet";
    };
  }

  private static PdfPTable lines(InvoiceSummary invoice, Color color) {
    PdfPTable table = new PdfPTable(new float[] {6, 1.2f, 2});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String title : new String[] {"Description", "Hours", "Amount"}) {
      table.addCell(BrandedPdf.header(title, color));
    }
    for (InvoiceSummary.Line line : invoice.lines()) {
      table.addCell(BrandedPdf.padded(line.description(), Element.ALIGN_LEFT));
      // a subscription's term is not billed by the hour
      table.addCell(
          BrandedPdf.padded(
              line.hours() > 0 ? Integer.toString(line.hours()) : "", Element.ALIGN_RIGHT));
      table.addCell(BrandedPdf.padded(line.amount().display(), Element.ALIGN_RIGHT));
    }
    Font plain = new Font(Font.HELVETICA, 10);
    if (!invoice.taxes().isEmpty()) {
      sum(table, "Subtotal", invoice.subtotal(), plain);
      for (InvoiceSummary.Tax tax : invoice.taxes()) {
        String label =
            tax.name()
                + " "
                + tax.ratePercent().toPlainString()
                + " %"
                + (tax.compound() ? " (compound)" : "");
        sum(table, label, tax.amount(), plain);
      }
    }
    sum(table, "Total", invoice.total(), new Font(Font.HELVETICA, 11, Font.BOLD));
    return table;
  }

  private static void sum(PdfPTable table, String label, Money amount, Font font) {
    PdfPCell name = BrandedPdf.padded(label, Element.ALIGN_LEFT, font);
    name.setColspan(2);
    table.addCell(name);
    table.addCell(BrandedPdf.padded(amount.display(), Element.ALIGN_RIGHT, font));
  }

  /** Top-ups received in the period; the prepaid wallet already paid the usage. */
  private static PdfPTable payments(InvoiceSummary invoice) {
    PdfPTable table = titled("Payments received (wallet top-ups)");
    for (InvoiceSummary.Payment payment : invoice.payments()) {
      table.addCell(BrandedPdf.padded(payment.paidOn().toString(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(payment.description(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(payment.amount().display(), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPTable creditNotes(InvoiceSummary invoice) {
    PdfPTable table = titled("Credit notes issued for this invoice");
    for (CreditNoteSummary note : invoice.creditNotes()) {
      table.addCell(BrandedPdf.padded(note.number(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(note.reason(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(note.total().negate().display(), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPTable titled(String text) {
    PdfPTable table = new PdfPTable(new float[] {2, 5.2f, 2});
    table.setWidthPercentage(100);
    table.setSpacingBefore(18);
    PdfPCell title = new PdfPCell(new Paragraph(text, new Font(Font.HELVETICA, 10, Font.BOLD)));
    title.setColspan(3);
    title.setBorder(PdfPCell.NO_BORDER);
    title.setPaddingBottom(6);
    table.addCell(title);
    return table;
  }
}
