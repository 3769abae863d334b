package io.brandcloud.demo;

import io.brandcloud.content.application.ArticleDraft;
import io.brandcloud.content.application.ArticleView;
import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.application.IncidentReport;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A demo tenant's help centre: categories, knowledge-base articles, FAQ entries, a blog post, an
 * announcement and a resolved incident, so every public page and the reply suggestions have
 * something to show. Written once; what staff change or remove stays so.
 */
@ApplicationScoped
class DemoPages {

  @EJB ContentAdmin content;
  @EJB ContentCategories categories;
  @EJB StatusPage status;

  void publishOnce(String brand) {
    if (content.list(null, null, PageRequest.first(1)).total() > 0) {
      return;
    }
    long start = category("Getting started", 1);
    long servers = category("Servers", 2);
    long billing = category("Billing", 3);
    publish(
        ArticleKind.DOC,
        start,
        "Create your first server",
        "1. Top up your wallet on the **Wallet** page.\n"
            + "2. Open **Order a server**, pick a plan, a region and an image.\n"
            + "3. Your server is billed by the hour from the moment it is created.\n\n"
            + "The root password is shown once, on the server's page.");
    publish(
        ArticleKind.DOC,
        servers,
        "Reset the root password",
        "Lost the root password of a server? Open the server, choose **Reset password** and"
            + " confirm. The new root password is shown once; copy it at once.\n\n"
            + "If you cannot log in to the server at all, use the **Console** on its page.");
    publish(
        ArticleKind.DOC,
        servers,
        "Add a second IPv4 address",
        "Each server comes with one IPv4 address. A second IPv4 address costs 2.00 a month and"
            + " is added by our support team: open a ticket in the **Technical** department and"
            + " name the server. IPv6 addresses are free.");
    publish(
        ArticleKind.DOC,
        servers,
        "Reboot a server that does not answer",
        "When a server does not answer over SSH, open its page and choose **Reboot**. If it"
            + " still does not boot, use **Power off** and **Start**, then look at the"
            + " **Console** for errors.");
    publish(
        ArticleKind.DOC,
        billing,
        "How hourly billing works",
        "Servers are charged **every hour** from your prepaid wallet at the plan's monthly price"
            + " divided by 730. A deleted server is billed up to the hour it was deleted in."
            + " Invoices are issued at the start of each month.\n\n"
            + "| Plan | Monthly | Hourly |\n|---|---|---|\n| Standard 2 GB | 12.50 | 0.017123 |");
    publish(
        ArticleKind.FAQ,
        billing,
        "Which payment methods do you accept?",
        "Cards and PayPal, through the **Wallet** page. Your balance is topped up as soon as"
            + " the payment succeeds.");
    publish(
        ArticleKind.FAQ,
        billing,
        "What happens when my balance runs out?",
        "We warn you by mail first. After the grace period your servers are suspended, and a"
            + " top-up starts them again.");
    publish(
        ArticleKind.FAQ,
        servers,
        "Can I change the plan of a server?",
        "Yes: choose **Resize** on the server's page. The new price applies from the next full"
            + " hour.");
    publish(
        ArticleKind.BLOG,
        null,
        "Welcome to the " + brand + " blog",
        "We write here about new regions, new plans and how to get the most out of your"
            + " servers. The **Help** centre answers most questions.");
    publish(
        ArticleKind.ANNOUNCEMENT,
        null,
        "New: a help centre and a status page",
        "Answers to common questions are in the **Help** centre; the **Status** page shows how"
            + " each region is doing.");
    List<IncidentReport.RegionChoice> everywhere =
        status.offeredRegions().stream()
            .map(r -> new IncidentReport.RegionChoice(r.connectionId(), r.code()))
            .toList();
    long incident =
        status
            .report(
                new IncidentReport(
                    "Network maintenance",
                    "maintenance",
                    "monitoring",
                    everywhere,
                    "We are replacing a core switch. Servers may lose their network for a few"
                        + " seconds."))
            .id();
    status.post(incident, "resolved", "The maintenance is over; every server is reachable.");
  }

  private long category(String name, int position) {
    return categories.all().stream()
        .filter(c -> c.name().equals(name))
        .map(CategoryView::id)
        .findFirst()
        .orElseGet(() -> categories.create(name, null, position).id());
  }

  private void publish(ArticleKind kind, Long categoryId, String title, String body) {
    ArticleView page = content.create(kind, new ArticleDraft(title, null, body, categoryId));
    content.publish(page.id());
  }
}
