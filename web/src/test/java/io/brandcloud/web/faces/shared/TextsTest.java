package io.brandcloud.web.faces.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.activity.domain.ActivityKind;
import io.brandcloud.billing.domain.LedgerEntryType;
import io.brandcloud.billing.domain.TaxTreatment;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.content.application.StatusView;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.IncidentImpact;
import io.brandcloud.content.domain.IncidentStatus;
import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.legal.domain.LegalKind;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.provisioning.actions.domain.ServerActionStatus;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import io.brandcloud.support.discord.domain.DiscordPost;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.support.suggestions.application.Suggestion;
import io.brandcloud.web.edge.PortalTexts;
import io.brandcloud.web.faces.activity.ActivityBacking;
import io.brandcloud.web.faces.billing.PreparedExportsBacking;
import io.brandcloud.web.faces.billing.SubscriptionChangeBacking;
import io.brandcloud.web.faces.legal.LegalAdminBacking;
import io.brandcloud.web.faces.provisioning.OrderBacking;
import io.brandcloud.web.faces.support.DiscordPostsBacking;
import io.brandcloud.web.faces.support.ReceivedMailBacking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static final Path BUNDLES = Path.of("src/main/resources/io/brandcloud/web/texts");
  private static final Pattern KEY_ON_PAGE = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("(?:texts|msg)\\.(?:format|get)\\(\\s*\"([a-z]+\\.[^\"]+)\"");

  @Test
  void germanHasEveryEnglishTextAndNoOther() throws IOException {
    for (String bundle : bundles()) {
      assertThat(PortalTexts.keysOf(bundle, Locale.GERMAN))
          .as(bundle + "_de")
          .containsExactlyInAnyOrderElementsOf(PortalTexts.keysOf(bundle, Locale.ENGLISH));
    }
  }

  @Test
  void everyTextAPageOrBeanAsksForExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Path source : sources()) {
      String text = Files.readString(source);
      Pattern pattern = source.toString().endsWith(".java") ? KEY_IN_CODE : KEY_ON_PAGE;
      Matcher key = pattern.matcher(text);
      while (key.find()) {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
          if (PortalTexts.text(key.group(1), locale).startsWith("???")) {
            missing.add(key.group(1) + " (" + locale + ") in " + source.getFileName());
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPartOfThePortalTheTextsPageNamesHasANameInBothLanguages() throws IOException {
    for (String file : new String[] {"admin.properties", "admin_de.properties"}) {
      java.util.Properties names = new java.util.Properties();
      try (var in = Files.newInputStream(BUNDLES.resolve(file))) {
        names.load(in);
      }
      for (String area : io.brandcloud.web.edge.PortalTextKeys.AREAS) {
        assertThat(names)
            .as(file)
            .containsKey(io.brandcloud.web.faces.operations.TextsBacking.AREA_NAMES + area);
      }
    }
  }

  @Test
  void everyStatusAPageShowsHasANameInBothLanguages() {
    Stream.of(
            ServerStatus.values(),
            ServerActionStatus.values(),
            ServerActionType.values(),
            LedgerEntryType.values(),
            ProviderType.values(),
            SubscriptionStatus.values())
        .flatMap(Stream::of)
        .map(value -> "status." + ((Enum<?>) value).name())
        .forEach(
            key -> {
              assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
              assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
            });
  }

  @Test
  void everyTableStaffExportHasANameInBothLanguages() {
    for (ExportTable table : ExportTable.values()) {
      String key = PreparedExportsBacking.TABLE_TEXTS + table.wireName();
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyTaxTreatmentHasANameInBothLanguages() {
    for (TaxTreatment treatment : TaxTreatment.values()) {
      String key = "admin.reports.tax.treatment." + treatment.name();
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyBillingCycleAndKindOfProductHasANameInBothLanguages() {
    Stream.concat(
            Stream.of(BillingCycle.values())
                .map(c -> SubscriptionChangeBacking.CYCLE_TEXTS + c.name()),
            Stream.of(ProductKind.values()).map(k -> "status.KIND_" + k.name()))
        .forEach(
            key -> {
              assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
              assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
            });
  }

  @Test
  void everyStateARegionCanBeInHasWordsForTheOrderFormInBothLanguages() {
    Stream.concat(
            Stream.of(StatusView.OPERATIONAL),
            Stream.of(IncidentImpact.values()).map(i -> i.name().toLowerCase(Locale.ROOT)))
        .map(state -> OrderBacking.REGION_STATE_TEXTS + state)
        .forEach(
            key -> {
              assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
              assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
            });
  }

  @Test
  void everyOutcomeOfAMailReadFromTheSupportMailboxIsWordedInBothLanguages() {
    for (ReceivedMail.Outcome outcome : ReceivedMail.Outcome.values()) {
      String key = ReceivedMailBacking.OUTCOME_TEXTS + outcome.name().toLowerCase(Locale.ROOT);
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyLegalPageHasANameInBothLanguages() {
    for (LegalKind kind : LegalKind.values()) {
      String key = LegalAdminBacking.KIND_TEXTS + kind.wireName();
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyKindOfActivityIsWordedInBothLanguages() {
    for (ActivityKind kind : ActivityKind.values()) {
      String key = ActivityBacking.KIND_TEXTS + kind.wireName();
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyStatusOfADiscordPostIsWordedInBothLanguages() {
    for (DiscordPost.Status status : DiscordPost.Status.values()) {
      String key = DiscordPostsBacking.STATUS_TEXTS + status.name().toLowerCase(Locale.ROOT);
      assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
      assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
    }
  }

  @Test
  void everyPaymentStateHasANameInBothLanguages() {
    Stream.concat(
            Stream.of(PaymentStatus.values()).map(s -> "status.PAYMENT_" + s.name()),
            Stream.of(GatewayKind.values()).map(k -> "status.GATEWAY_" + k.wireName()))
        .forEach(
            key -> {
              assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
              assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
            });
  }

  @Test
  void everyKindOfPageAndEveryStateOfTheStatusPageIsWordedInBothLanguages() {
    Stream.of(
            Stream.of(ArticleKind.values()).map(k -> "content.kind." + k.wireName()),
            Stream.of(IncidentImpact.values()).map(i -> "content.status.impact." + wire(i)),
            Stream.of(IncidentImpact.values()).map(i -> "content.status.state." + wire(i)),
            Stream.of(IncidentImpact.values()).map(i -> "content.status.overall." + wire(i)),
            Stream.of(IncidentStatus.values()).map(s -> "content.status.status." + wire(s)),
            Stream.of("content.status.state.operational", "content.status.overall.operational"),
            Stream.of(Suggestion.ARTICLE, Suggestion.TICKET)
                .map(t -> "content.suggest.source." + t))
        .flatMap(keys -> keys)
        .forEach(
            key -> {
              assertThat(PortalTexts.text(key, Locale.ENGLISH)).as(key).doesNotStartWith("???");
              assertThat(PortalTexts.text(key, Locale.GERMAN)).as(key).doesNotStartWith("???");
            });
  }

  private static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Test
  void aMissingTextShowsItsKey() {
    assertThat(PortalTexts.text("layout.no-such-text", Locale.ENGLISH))
        .isEqualTo("???layout.no-such-text???");
    assertThat(PortalTexts.text("nobundle", Locale.ENGLISH)).isEqualTo("???nobundle???");
  }

  @Test
  void aGermanVisitorReadsGermanAndAnyOtherEnglish() {
    assertThat(PortalTexts.text("layout.logout", Locale.GERMANY)).isEqualTo("Abmelden");
    assertThat(PortalTexts.text("layout.logout", Locale.FRENCH)).isEqualTo("Log out");
  }

  private static Set<String> bundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".properties") && !n.contains("_"))
          .map(n -> n.substring(0, n.length() - ".properties".length()))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<Path> sources() throws IOException {
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"));
        Stream<Path> code = Files.walk(Path.of("src/main/java"))) {
      Set<Path> all = new TreeSet<>();
      pages.filter(p -> p.toString().endsWith(".xhtml")).forEach(all::add);
      code.filter(p -> p.toString().endsWith(".java")).forEach(all::add);
      return all;
    }
  }
}
