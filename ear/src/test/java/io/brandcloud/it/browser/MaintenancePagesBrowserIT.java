package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.Deployments;
import io.brandcloud.it.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Maintenance mode of the demo's Globex in Chromium: its admin closes the portal from the settings
 * page (after a confirmation) and makes a bypass link; a visitor on a phone meets the branded
 * maintenance page with the admin's words, and the link lets them in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MaintenancePagesBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear(MaintenancePagesBrowserIT.class);
  }

  @AfterEach
  void globexOpensAgain() {
    new Http(Http.testServer())
        .as("admin@globex.example", "globex-admin-demo")
        .put("t/globex/api/v1/admin/maintenance", "{\"enabled\":false}");
  }

  @Test
  void anAdminClosesThePortalAndABypassLinkLetsATesterIn() {
    String link;
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin
          .go("t/globex/login.xhtml")
          .type("#login\\:email", "admin@globex.example")
          .type("#login\\:password", "globex-admin-demo")
          .click("#login\\:submit");
      admin.go("t/globex/admin/settings.xhtml");
      admin
          .type("#maintenance\\:message", "Moving to faster disks.")
          .type("#maintenance\\:hours", "2")
          .click("#maintenance\\:start")
          .click(".ui-confirmdialog-yes");
      admin.waitForText("#maintenance-state", "closed for maintenance");
      admin.type("#maintenance\\:bypassName", "Tester").click("#maintenance\\:createBypass");
      link = admin.text("#maintenance\\:link code");
      assertThat(link).contains("/t/globex/maintenance-bypass?token=bcm_");
      admin.screenshot("maintenance-settings");
    }

    try (Browser visitor = Browser.open(Browser.PHONE, "en")) {
      visitor.go("t/globex/index.xhtml");
      assertThat(visitor.text("h1")).isEqualTo("Down for maintenance");
      assertThat(visitor.text("main")).contains("Moving to faster disks.");
      visitor.screenshot("maintenance-page");
      assertThat(visitor.horizontalOverflow()).isZero();
      visitor.go(link.substring(link.indexOf("t/globex/")));
      assertThat(visitor.url()).contains("/t/globex/index.xhtml");
      assertThat(visitor.text("h1")).isNotEqualTo("Down for maintenance");
    }
  }
}
