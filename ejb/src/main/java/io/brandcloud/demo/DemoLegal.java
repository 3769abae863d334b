package io.brandcloud.demo;

import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A new demo tenant's terms, privacy policy and refund policy, as the payment gateways ask a shop
 * to publish, so sign-up and order ask visitors to accept them; the demo customer accepted them
 * when they signed up. Demo tenants seeded before keep what they have: their customers would
 * otherwise be asked to accept pages nobody on their staff wrote.
 */
@ApplicationScoped
class DemoLegal {

  @EJB LegalPages legal;

  void publish(String brand, long demoCustomerId) {
    List<Long> published =
        List.of(
                legal.publish(
                    "terms",
                    "Terms of service",
                    "## Who we are\n"
                        + brand
                        + " sells virtual servers billed by the hour from a prepaid wallet.\n\n"
                        + "## Your servers\n"
                        + "You keep your servers lawful: no spam, no attacks on other networks, no"
                        + " mining on shared plans. We may suspend a server that harms others and"
                        + " tell you why.\n\n"
                        + "## Payment\n"
                        + "Servers are charged every hour from your wallet. When the wallet runs"
                        + " out we warn you by mail, and after the grace period your servers stop"
                        + " until you top up."),
                legal.publish(
                    "privacy",
                    "Privacy policy",
                    "## What we keep\n"
                        + "Your name, e-mail address, billing address and the servers you run,"
                        + " to provide the service and to invoice it; invoices are kept as tax law"
                        + " requires.\n\n"
                        + "## Who sees it\n"
                        + "Our payment providers see what a payment needs. We sell nothing about"
                        + " you to anyone.\n\n"
                        + "## Your rights\n"
                        + "Ask our support desk for a copy of your data or to have it erased."),
                legal.publish(
                    "refunds",
                    "Refund policy",
                    "## Wallet top-ups\n"
                        + "What you have not spent is refunded to the card or PayPal account it"
                        + " came from within 30 days of the top-up; open a ticket in the"
                        + " **Billing** department.\n\n"
                        + "## Hours used\n"
                        + "Hours a server ran are not refunded, unless it did not work through"
                        + " our fault."))
            .stream()
            .map(LegalPageView::id)
            .toList();
    legal.acceptedAtSignUp(demoCustomerId, published);
  }
}
