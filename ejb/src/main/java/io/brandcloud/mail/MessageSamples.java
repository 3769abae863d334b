package io.brandcloud.mail;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Made-up values for previewing a template, one for every name a message may use. */
final class MessageSamples {

  private MessageSamples() {}

  static Map<String, Object> of(MessageType type, Currency currency, String portalUrl) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("organisation", "Example Ltd");
    all.put("role", "member");
    all.put("link", portalUrl + "/invitation.xhtml?token=example");
    all.put("validDays", 7);
    all.put("validHours", 24);
    all.put("size", "2.4 MB");
    all.put("name", "Ada Lovelace");
    all.put("code", "123456");
    all.put("email", "ada@example.com");
    all.put("loginUrl", portalUrl + "/login.xhtml");
    all.put("accountUrl", portalUrl + "/account.xhtml");
    all.put("number", "INV-2026-000123");
    all.put("invoiceNumber", "INV-2026-000122");
    all.put("period", YearMonth.of(2026, 10));
    all.put("total", new Money(new BigDecimal("1234.5"), currency));
    all.put("invoicesUrl", portalUrl + "/portal/invoices.xhtml");
    all.put("balance", new Money(new BigDecimal("3.2"), currency));
    all.put("hours", 19);
    all.put("perHour", new PerHour(new Money(new BigDecimal("0.013699"), currency)));
    all.put("graceHours", 72);
    all.put("retentionDays", 14);
    all.put("servers", List.of("web-1", "db-1"));
    all.put("server", "web-1");
    all.put("addresses", "203.0.113.10, 2001:db8::10");
    all.put("serverUrl", portalUrl + "/portal/server.xhtml?id=7");
    all.put("amount", new Money(new BigDecimal("50"), currency));
    all.put("card", "Visa •••• 4242");
    all.put("reason", "The card was declined");
    all.put("walletUrl", portalUrl + "/portal/index.xhtml");
    all.put("ticket", "42");
    all.put("subject", "The server does not boot");
    all.put("author", "Grace Hopper");
    all.put("writer", "Grace Hopper (Analytical Engines Ltd)");
    all.put("method", "Stripe");
    all.put("reply", "We restarted the host; please try again.");
    all.put("status", "waiting for your answer");
    all.put("priority", "high");
    all.put("subscription", "Managed backups");
    all.put("oldPrice", "€10.00");
    all.put("newPrice", "€12.00");
    all.put("from", "2027-03-01");
    all.put("refunded", new Money(new BigDecimal("20"), currency));
    all.put("kept", new Money(new BigDecimal("5"), currency));
    all.put("dueOn", LocalDate.of(2027, 3, 1));
    all.put("ticketUrl", portalUrl + "/portal/ticket.xhtml?id=42");
    all.put("writingBack", WritingBack.ANSWER_THIS_MAIL);
    all.put("used", "1712.4");
    all.put("included", "2000");
    all.put("percent", 85);
    all.put("projected", "2390.8");
    all.put("endpoint", "hooks.example.com");
    all.put("since", LocalDate.of(2027, 2, 26));
    all.put("error", "HTTP 503");
    all.put("webhooksUrl", portalUrl + "/portal/webhooks.xhtml");
    Map<String, Object> samples = new LinkedHashMap<>();
    for (String name : type.variables()) {
      if (all.containsKey(name)) {
        samples.put(name, all.get(name));
      }
    }
    return samples;
  }
}
