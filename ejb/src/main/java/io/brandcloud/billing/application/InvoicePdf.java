package io.brandcloud.billing.application;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;

/**
 * Renders an invoice as a PDF in the tenant's brand: colour banner, logo, the seller's address and
 * tax ids, the customer as billed, lines, taxes, payments and any credit notes; in the words of
 * {@link DocumentTexts}.
 */
public final class InvoicePdf {

  private InvoicePdf() {}

  /**
   * @param seller today's seller profile: its logo, and its details for invoices that predate
   *     keeping them
   * @param customerName printed when the invoice predates stored billing details
   */
  public static byte[] render(
      InvoiceSummary invoice,
      Brand brand,
      Seller seller,
      String tenantName,
      String customerName,
      DocumentTexts texts) {
    return BrandedPdf.render(
        texts.text("invoice.title", invoice.number()),
        brand,
        (document, brandColor) -> {
          document.add(
              BrandedPdf.seller(seller.logo(), seller.onDocument(invoice.seller(), tenantName)));
          document.add(heading(invoice, customerName, texts));
          document.add(lines(invoice, brandColor, texts));
          if (invoice.taxNote() != null) {
            Paragraph note = new Paragraph(invoice.taxNote(), new Font(Font.HELVETICA, 9));
            note.setSpacingBefore(8);
            document.add(note);
          }
          if (!invoice.payments().isEmpty()) {
            document.add(payments(invoice, texts));
          }
          if (!invoice.creditNotes().isEmpty()) {
            document.add(creditNotes(invoice, texts));
          }
          if (invoice.sellerNote() != null) {
            Paragraph foot = new Paragraph(invoice.sellerNote(), new Font(Font.HELVETICA, 9));
            foot.setSpacingBefore(14);
            document.add(foot);
          }
        });
  }

  private static Paragraph heading(
      InvoiceSummary invoice, String customerName, DocumentTexts texts) {
    return BrandedPdf.heading(
        texts.text("invoice.title", invoice.number()),
        texts.text(
            "document.billedTo", invoice.billedTo() == null ? customerName : invoice.billedTo()),
        texts.text(
            "invoice.period", texts.date(invoice.periodStart()), texts.date(invoice.periodEnd())),
        texts.text("document.issued", texts.date(invoice.issuedAt())),
        standing(invoice, texts));
  }

  private static String standing(InvoiceSummary invoice, DocumentTexts texts) {
    return switch (invoice.status()) {
      case DRAFT -> texts.text("invoice.draft");
      case OPEN ->
          invoice.dueOn() == null
              ? texts.text("invoice.openWithoutDueDate")
              : texts.text("invoice.open", texts.date(invoice.dueOn()));
      case VOID -> texts.text("invoice.void");
      case PAID ->
          texts.text(
              invoice.kind() == InvoiceKind.USAGE
                  ? "invoice.paidInAdvance"
                  : "invoice.paidFromWallet");
    };
  }

  private static PdfPTable lines(InvoiceSummary invoice, Color color, DocumentTexts texts) {
    PdfPTable table = new PdfPTable(new float[] {6, 1.2f, 2});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String title : new String[] {"document.description", "invoice.hours", "document.amount"}) {
      table.addCell(BrandedPdf.header(texts.text(title), color));
    }
    for (InvoiceSummary.Line line : invoice.lines()) {
      table.addCell(BrandedPdf.padded(line.text().in(texts.locale()), Element.ALIGN_LEFT));
      // a subscription's term is not billed by the hour
      table.addCell(
          BrandedPdf.padded(
              line.hours() > 0 ? Integer.toString(line.hours()) : "", Element.ALIGN_RIGHT));
      table.addCell(BrandedPdf.padded(texts.money(line.amount()), Element.ALIGN_RIGHT));
    }
    Font plain = new Font(Font.HELVETICA, 10);
    if (!invoice.taxes().isEmpty()) {
      sum(table, texts.text("invoice.subtotal"), texts.money(invoice.subtotal()), plain);
      for (InvoiceSummary.Tax tax : invoice.taxes()) {
        String label =
            texts.text(
                tax.compound() ? "invoice.compoundTax" : "invoice.tax",
                tax.name(),
                texts.number(tax.ratePercent()));
        sum(table, label, texts.money(tax.amount()), plain);
      }
    }
    sum(
        table,
        texts.text("invoice.total"),
        texts.money(invoice.total()),
        new Font(Font.HELVETICA, 11, Font.BOLD));
    return table;
  }

  private static void sum(PdfPTable table, String label, String amount, Font font) {
    PdfPCell name = BrandedPdf.padded(label, Element.ALIGN_LEFT, font);
    name.setColspan(2);
    table.addCell(name);
    table.addCell(BrandedPdf.padded(amount, Element.ALIGN_RIGHT, font));
  }

  /** Top-ups received in the period; the prepaid wallet already paid the usage. */
  private static PdfPTable payments(InvoiceSummary invoice, DocumentTexts texts) {
    PdfPTable table = titled(texts.text("invoice.payments"));
    for (InvoiceSummary.Payment payment : invoice.payments()) {
      table.addCell(BrandedPdf.padded(texts.date(payment.paidOn()), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(payment.text().in(texts.locale()), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(texts.money(payment.amount()), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPTable creditNotes(InvoiceSummary invoice, DocumentTexts texts) {
    PdfPTable table = titled(texts.text("invoice.creditNotes"));
    for (CreditNoteSummary note : invoice.creditNotes()) {
      table.addCell(BrandedPdf.padded(note.number(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(note.reason(), Element.ALIGN_LEFT));
      table.addCell(BrandedPdf.padded(texts.money(note.total().negate()), Element.ALIGN_RIGHT));
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
