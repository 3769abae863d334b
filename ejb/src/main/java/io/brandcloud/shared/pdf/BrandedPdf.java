package io.brandcloud.shared.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.Contrast;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * The parts every PDF in the brand shares (invoices, credit notes, statements, payment receipts,
 * ticket transcripts): the brand banner, the seller block, table cells. Their words, amounts and
 * times come from {@link DocumentTexts}.
 */
public final class BrandedPdf {

  private BrandedPdf() {}

  /** What a document adds below the brand banner. */
  @FunctionalInterface
  public interface Body {
    void write(Document document, Color brandColor) throws DocumentException;
  }

  /** An A4 document titled {@code title}: the brand banner, then the body. */
  public static byte[] render(String title, Brand brand, Body body) {
    Color brandColor = Color.decode(brand.primaryColor());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.addCreator(brand.productName());
      document.open();
      document.add(banner(brand, brandColor));
      body.write(document, brandColor);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not render " + title, e);
    }
    return out.toByteArray();
  }

  public static PdfPTable banner(Brand brand, Color color) {
    PdfPTable banner = new PdfPTable(1);
    banner.setWidthPercentage(100);
    PdfPCell cell =
        new PdfPCell(
            new Phrase(
                brand.productName(), new Font(Font.HELVETICA, 20, Font.BOLD, textOn(color))));
    cell.setBackgroundColor(color);
    cell.setBorder(PdfPCell.NO_BORDER);
    cell.setPadding(12);
    banner.addCell(cell);
    return banner;
  }

  /**
   * The logo on the left (if there is one), the seller's name, address and tax ids on the right.
   */
  public static PdfPTable seller(byte[] logoImage, String seller) {
    PdfPTable table = new PdfPTable(new float[] {1, 1});
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    PdfPCell logo = new PdfPCell();
    logo.setBorder(PdfPCell.NO_BORDER);
    if (logoImage != null) {
      logo.addElement(logo(logoImage));
    }
    table.addCell(logo);
    PdfPCell details = new PdfPCell(new Phrase(seller, new Font(Font.HELVETICA, 9, Font.NORMAL)));
    details.setBorder(PdfPCell.NO_BORDER);
    details.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.addCell(details);
    return table;
  }

  private static Image logo(byte[] bytes) {
    try {
      Image image = Image.getInstance(bytes);
      image.scaleToFit(160, 60);
      return image;
    } catch (BadElementException | IOException e) {
      throw new IllegalStateException("The stored logo cannot be printed", e);
    }
  }

  /**
   * A document's title and the lines under it (to whom, when), set apart from what follows; a
   * document without a seller block above it sets more space before.
   */
  public static Paragraph heading(String title, String... lines) {
    Paragraph heading = new Paragraph();
    heading.setSpacingBefore(12);
    heading.setSpacingAfter(12);
    heading.add(new Paragraph(title, new Font(Font.HELVETICA, 16, Font.BOLD)));
    for (String line : lines) {
      heading.add(new Paragraph(line));
    }
    return heading;
  }

  public static PdfPCell header(String title, Color color) {
    PdfPCell cell =
        new PdfPCell(new Phrase(title, new Font(Font.HELVETICA, 10, Font.BOLD, textOn(color))));
    cell.setBackgroundColor(color);
    cell.setPadding(6);
    return cell;
  }

  /** Black or white, whichever reads on the brand colour, as on the portal's pages. */
  private static Color textOn(Color background) {
    return Color.decode(Contrast.textOn(hex(background)));
  }

  /** The brand colour as text on the white page, darkened as far as it must be to read. */
  public static Color asText(Color brandColor) {
    return Color.decode(Contrast.asTextOn(hex(brandColor), "#ffffff"));
  }

  private static String hex(Color color) {
    return String.format(Locale.ROOT, "#%06x", color.getRGB() & 0xffffff);
  }

  public static PdfPCell padded(String text, int alignment) {
    return padded(text, alignment, new Font(Font.HELVETICA, 10));
  }

  public static PdfPCell padded(String text, int alignment, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(6);
    return cell;
  }
}
