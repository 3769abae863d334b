package io.brandcloud.web.rest;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of a PDF for whoever downloads it, chosen as the portal's pages choose theirs: the
 * language the reader chose, else the first of the portal's languages their browser asks for, else
 * the shop's if the portal speaks it, else English; its times in the tenant's time zone.
 */
@ApplicationScoped
public class DocumentReaders {

  private static final List<String> PORTAL_LANGUAGES = List.of("en", "de");

  @Inject HttpServletRequest request;
  @Inject TenantApi api;
  @EJB UserAccounts accounts;
  @EJB TenantSettings settings;

  public DocumentTexts textsFor(SessionLogin reader) {
    return new DocumentTexts(languageOf(reader), api.tenant().timeZone());
  }

  private Locale languageOf(SessionLogin reader) {
    Optional<String> chosen = accounts.languageOf(reader.userId());
    if (chosen.isPresent()) {
      return Locale.forLanguageTag(chosen.get());
    }
    if (request.getHeader("Accept-Language") != null) {
      for (Locale asked : Collections.list(request.getLocales())) {
        if (PORTAL_LANGUAGES.contains(asked.getLanguage())) {
          return Locale.forLanguageTag(asked.getLanguage());
        }
      }
    }
    Locale shop = Locale.forLanguageTag(settings.current().locale());
    // a shop set to French writes dates the French way, but its pages and PDFs speak English
    return PORTAL_LANGUAGES.contains(shop.getLanguage()) ? shop : Locale.ENGLISH;
  }
}
