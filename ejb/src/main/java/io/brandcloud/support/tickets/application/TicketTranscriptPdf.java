package io.brandcloud.support.tickets.application;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import io.brandcloud.shared.pdf.BrandedPdf;
import io.brandcloud.tenancy.Brand;
import java.awt.Color;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A ticket's thread as a PDF in the tenant's brand, to keep or forward: what was asked, every
 * message in order (staff notes only in the staff's copy, which the view decides) and the files.
 */
public final class TicketTranscriptPdf {

  private TicketTranscriptPdf() {}

  public static byte[] render(TicketView ticket, Brand brand, ZoneId zone) {
    String title = "Ticket #" + ticket.id() + ": " + ticket.summary().subject();
    return BrandedPdf.render(
        title,
        brand,
        (document, brandColor) -> {
          Paragraph heading = new Paragraph(title, new Font(Font.HELVETICA, 16, Font.BOLD));
          heading.setSpacingBefore(18);
          document.add(heading);
          document.add(
              new Paragraph(
                  ticket.summary().organisationName()
                      + " · "
                      + ticket.summary().departmentName()
                      + " · "
                      + words(ticket.summary().status().name())
                      + " · priority "
                      + ticket.summary().priority().wireName()
                      + " · times in "
                      + zone,
                  new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY)));
          for (TicketMessageView message : ticket.messages()) {
            Paragraph who =
                new Paragraph(
                    BrandedPdf.time(message.createdAt(), zone)
                        + "  "
                        + message.authorName()
                        + (message.fromStaff() ? " (support)" : "")
                        + (message.internal() ? " – internal note" : ""),
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
            Paragraph files = new Paragraph("Files", new Font(Font.HELVETICA, 12, Font.BOLD));
            files.setSpacingBefore(18);
            document.add(files);
            for (AttachmentView file : ticket.attachments()) {
              document.add(
                  new Paragraph(
                      file.fileName()
                          + " – "
                          + file.sizeBytes()
                          + " bytes, "
                          + file.authorName()
                          + ", "
                          + BrandedPdf.time(file.createdAt(), zone)
                          + ", SHA-256 "
                          + file.sha256(),
                      new Font(Font.HELVETICA, 9)));
            }
          }
        });
  }

  private static String words(String status) {
    return status.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
