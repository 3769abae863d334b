package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.Money;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessageFormattingTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void moneyIsWrittenTheWayTheTenantsLocaleWritesIt() {
    Money total = Money.of("1234.5", "EUR");

    assertThat(format(Locale.ENGLISH, total)).isEqualTo("€1,234.50");
    assertThat(format(Locale.GERMAN, total)).isEqualTo("1.234,50\u00a0€");
    assertThat(format(Locale.forLanguageTag("en-US"), Money.of("-12.345", "USD")))
        .isEqualTo("-$12.35");
    assertThat(format(Locale.JAPANESE, Money.of("1500.4", "JPY"))).isEqualTo("￥1,500");
  }

  @Test
  void anHourlyPriceKeepsUpToFourDecimals() {
    assertThat(format(Locale.ENGLISH, new PerHour(Money.of("0.013699", "EUR"))))
        .isEqualTo("€0.0137");
    assertThat(format(Locale.ENGLISH, new PerHour(Money.of("2", "EUR")))).isEqualTo("€2.00");
  }

  @Test
  void aTenantThatSellsCreditsSeesCredits() {
    MessageFormatting credits = new MessageFormatting(Locale.ENGLISH, BERLIN, true);

    assertThat(credits.format(Money.of("12.5", "EUR"))).isEqualTo("1,250 credits");
  }

  @Test
  void monthsAndInstantsAreWrittenInTheTenantsLanguageAndTimeZone() {
    assertThat(format(Locale.GERMAN, YearMonth.of(2026, 10))).isEqualTo("Oktober 2026");
    assertThat(format(Locale.ENGLISH, YearMonth.of(2026, 10))).isEqualTo("October 2026");
    assertThat(format(Locale.ENGLISH, Instant.parse("2026-11-22T23:30:00Z")))
        .startsWith("November 23, 2026")
        .contains("12:30");
  }

  @Test
  void numbersAndListsUseTheLocalesSeparators() {
    assertThat(format(Locale.GERMAN, 12345L)).isEqualTo("12.345");
    assertThat(format(Locale.ENGLISH, List.of("web-1", "db-1"))).isEqualTo("web-1, db-1");
    assertThat(format(Locale.ENGLISH, null)).isEmpty();
  }

  @Test
  void aRolePriorityOrStatusIsNamedInTheReadersLanguage() {
    assertThat(format(Locale.GERMAN, io.brandcloud.support.tickets.domain.TicketPriority.HIGH))
        .isEqualTo("hoch");
    assertThat(format(Locale.ENGLISH, io.brandcloud.identity.domain.OrganisationRole.MEMBER))
        .isEqualTo("member");
    assertThat(
            format(
                Locale.GERMAN,
                io.brandcloud.support.tickets.domain.TicketStatus.WAITING_FOR_CUSTOMER))
        .isEqualTo("wartet auf Ihre Antwort");
    assertThat(format(Locale.JAPANESE, java.time.DayOfWeek.MONDAY))
        .as("a kind no mail names has its own name, lower case")
        .isEqualTo("monday");
  }

  private static String format(Locale locale, Object value) {
    return new MessageFormatting(locale, BERLIN, false).format(value);
  }
}
