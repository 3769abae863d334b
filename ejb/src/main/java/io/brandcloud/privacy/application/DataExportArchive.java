package io.brandcloud.privacy.application;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.CreditNotePdf;
import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.InvoicePdf;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.privacy.domain.ArchiveNames;
import io.brandcloud.privacy.domain.PersonalData.TicketFile;
import io.brandcloud.privacy.domain.PersonalSection;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a person's archive as it reads it: a README of the fields, one JSON file per {@link
 * PersonalSection}, the PDFs of their invoices and credit notes, and the files on their tickets.
 * Nothing is held whole but one PDF or one ticket file at a time.
 */
@ApplicationScoped
public class DataExportArchive {

  /** The JSON sections, the documents, the ticket files. */
  public static final int SECTIONS = PersonalSection.values().length + 2;

  private static final List<String> DOCUMENT_LANGUAGES = List.of("en", "de");

  @EJB PersonalDataReads data;
  @EJB Invoicing invoicing;
  @EJB CreditNotes creditNotes;
  @EJB SellerProfile sellerProfile;
  @EJB BillingDetails billingDetails;
  @EJB UserAccounts accounts;
  @EJB TenantSettings settings;

  /**
   * @param sectionsDone told the number of sections written after each
   */
  public void write(long userId, Instant at, OutputStream out, IntConsumer sectionsDone)
      throws IOException {
    AuthenticatedUser user = accounts.find(userId).orElseThrow();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      entry(zip, "README.txt", readme(user, at).getBytes(StandardCharsets.UTF_8));
      int done = 0;
      for (PersonalSection section : PersonalSection.values()) {
        zip.putNextEntry(new ZipEntry(section.fileName()));
        json(zip, section, userId);
        zip.closeEntry();
        sectionsDone.accept(++done);
      }
      documents(zip, userId);
      sectionsDone.accept(++done);
      ticketFiles(zip, userId);
      sectionsDone.accept(++done);
    }
  }

  private void json(ZipOutputStream zip, PersonalSection section, long userId) throws IOException {
    boolean[] first = {true};
    if (!section.isSingle()) {
      zip.write("[\n".getBytes(StandardCharsets.UTF_8));
    }
    data.rows(
        section,
        userId,
        row -> {
          try {
            if (!first[0]) {
              zip.write(",\n".getBytes(StandardCharsets.UTF_8));
            }
            first[0] = false;
            zip.write(row.getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    String end = section.isSingle() ? (first[0] ? "{}\n" : "\n") : "\n]\n";
    zip.write(end.getBytes(StandardCharsets.UTF_8));
  }

  private void documents(ZipOutputStream zip, long userId) throws IOException {
    TenantContext tenant = CurrentTenant.require();
    DocumentTexts texts = new DocumentTexts(languageOf(userId), tenant.timeZone());
    Seller seller = sellerProfile.current();
    for (long organisationId : data.ownedOrganisations(userId)) {
      String customerName = billingDetails.of(organisationId).name();
      List<InvoiceSummary> invoices =
          invoicing.invoicesOf(organisationId).stream()
              .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT)
              .toList();
      for (InvoiceSummary invoice : invoices) {
        entry(
            zip,
            ArchiveNames.invoicePdf(invoice.number()),
            InvoicePdf.render(invoice, tenant.brand(), seller, tenant.name(), customerName, texts));
      }
      Map<Long, InvoiceSummary> byId =
          invoices.stream().collect(Collectors.toMap(InvoiceSummary::id, Function.identity()));
      for (CreditNoteSummary note : creditNotes.of(organisationId)) {
        String billedTo =
            Optional.ofNullable(byId.get(note.invoiceId()))
                .map(InvoiceSummary::billedTo)
                .orElse(customerName);
        entry(
            zip,
            ArchiveNames.creditNotePdf(note.number()),
            CreditNotePdf.render(note, billedTo, tenant.brand(), seller, tenant.name(), texts));
      }
    }
  }

  private void ticketFiles(ZipOutputStream zip, long userId) throws IOException {
    for (TicketFile file : data.ticketFiles(userId)) {
      Optional<byte[]> content = data.content(file.attachmentId());
      if (content.isPresent()) {
        entry(zip, file.path(), content.get());
      }
    }
  }

  /** The person's language if the documents speak it, else the shop's, else English. */
  private Locale languageOf(long userId) {
    String language =
        accounts
            .languageOf(userId)
            .orElse(Locale.forLanguageTag(settings.current().locale()).getLanguage());
    return DOCUMENT_LANGUAGES.contains(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
  }

  private String readme(AuthenticatedUser user, Instant at) throws IOException {
    try (InputStream text = getClass().getResourceAsStream("data-export-README.txt")) {
      return "A copy of what "
          + CurrentTenant.require().name()
          + " keeps about "
          + user.displayName()
          + " <"
          + user.email()
          + ">, made "
          + at
          + ".\n\n"
          + new String(text.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
