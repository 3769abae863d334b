package io.brandcloud.support.tickets.application;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.math.BigDecimal;

/**
 * A ticket's thread as a PDF in the tenant's brand, to keep or forward: what was asked, every
 * message in order (staff notes only in the staff's copy, which the view decides) and the files.
 */
public final class TicketTranscriptPdf {

  private TicketTranscriptPdf() {}

  public static byte[] render(TicketView ticket, Brand brand, DocumentTexts texts) {
    String title =
        texts.text("ticket.title", Long.toString(ticket.id()), ticket.summary().subject());
    return BrandedPdf.render(
        title,
        brand,
        (document, brandColor) -> {
          Paragraph heading = new Paragraph(title, new Font(Font.HELVETICA, 16, Font.BOLD));
          heading.setSpacingBefore(18);
          document.add(heading);
          document.add(
              new Paragraph(
                  String.join(
                      " · ",
                      ticket.summary().organisationName(),
                      ticket.summary().departmentName(),
                      texts.text("ticket." + ticket.summary().status().name()),
                      texts.text(
                          "ticket.priority",
                          texts.text("ticket." + ticket.summary().priority().name())),
                      texts.text("document.timesIn", texts.zone())),
                  new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY)));
          for (TicketMessageView message : ticket.messages()) {
            String author =
                message.fromStaff()
                    ? texts.text("ticket.fromSupport", message.authorName())
                    : message.authorName();
            Paragraph who =
                new Paragraph(
                    texts.time(message.createdAt())
                        + "  "
                        + (message.internal() ? texts.text("ticket.internal", author) : author),
                    new Font(
                        Font.HELVETICA,
                        10,
                        Font.BOLD,
                        message.fromStaff() ? BrandedPdf.asText(brandColor) : Color.BLACK));
            who.setSpacingBefore(12);
            document.add(who);
            document.add(new Paragraph(message.body(), new Font(Font.HELVETICA, 10)));
          }
          if (!ticket.attachments().isEmpty()) {
            Paragraph files =
                new Paragraph(texts.text("ticket.files"), new Font(Font.HELVETICA, 12, Font.BOLD));
            files.setSpacingBefore(18);
            document.add(files);
            for (AttachmentView file : ticket.attachments()) {
              document.add(
                  new Paragraph(
                      texts.text(
                          "ticket.file",
                          file.fileName(),
                          texts.number(BigDecimal.valueOf(file.sizeBytes())),
                          file.authorName(),
                          texts.time(file.createdAt()),
                          file.sha256()),
                      new Font(Font.HELVETICA, 9)));
            }
          }
        });
  }
}
