package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.FreshShop;
import io.brandcloud.it.Http;
import io.brandcloud.it.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new reseller's admin brands their portal on the Brand page: a colour too light for white text
 * is previewed with black text and darkened where it is text, as the page says; saved, the portal's
 * bar wears it; a logo is uploaded (a file that is no image is refused), shown from the panel's own
 * address scaled to fit, which ticks the dashboard's setup checklist, and removed after a
 * confirmation. On a phone, in German.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandPageBrowserIT {

  private static final double AA = 4.5;

  @Test
  void anAdminPreviewsAColourSavesItAndUploadsALogo() throws IOException {
    FreshShop shop = FreshShop.open(new Http(Http.testServer()), "brandpage", "EUR");
    Path logo = Files.createTempFile("logo", ".png");
    Files.write(logo, TestImages.png(1200, 300));
    Path notAnImage = Files.createTempFile("notes", ".png");
    Files.writeString(notAnImage, "<svg onload=\"alert(1)\"></svg>");
    String base = "t/" + shop.slug;
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      admin.go(base + "/admin/brand.xhtml");
      admin.type("#brand\\:name", "Blue Sky Cloud");
      admin.script(
          "const c = document.getElementById('brand:color'); c.value = '#4dabf7';"
              + " c.dispatchEvent(new Event('input', { bubbles: true }));");
      admin.waitForText("#contrast", "White text would read at only 2.4:1");
      assertThat(admin.text("#contrast")).contains("darkened to #");
      admin.waitForText("#brand-preview .bc-product", "Blue Sky Cloud");
      for (String text : new String[] {".bc-product", ".bc-nav a", ".bc-button", ".bc-balance"}) {
        assertThat(admin.lowestContrast("#brand-preview " + text))
            .as(text)
            .isGreaterThanOrEqualTo(AA);
      }
      admin.fitsTheWindow("brand-preview-en");

      admin.clickToLeave("#brand\\:save");
      admin.waitForText("#messages", "Saved");
      assertThat(admin.text("header .bc-product")).isEqualTo("Blue Sky Cloud");
      assertThat(
              admin.script(
                  "return getComputedStyle(document.querySelector('header')).backgroundColor"))
          .isEqualTo("rgb(77, 171, 247)");
      assertThat(admin.lowestContrast("header .bc-product")).isGreaterThanOrEqualTo(AA);

      admin.upload("#logo input[type=file]", notAnImage).clickToLeave("#logo\\:upload");
      admin.waitForText("#messages", "not a readable image");
      assertThat(admin.all("header img.bc-logo")).isEmpty();
      admin.upload("#logo input[type=file]", logo).clickToLeave("#logo\\:upload");
      admin.waitForText("#messages", "The logo was uploaded");
      assertThat(admin.find("header img.bc-logo").getAttribute("src"))
          .contains("/" + base + "/brand/logo-");
      assertThat(admin.script("return document.querySelector('header img.bc-logo').naturalWidth"))
          .as("scaled down to 640 × 160 pixels")
          .isEqualTo(640L);
      admin.fitsTheWindow("brand-logo-en");

      admin.go(base + "/admin/dashboard.xhtml");
      assertThat(admin.text("#setup")).contains("Set up your shop", "of 7 done");
      assertThat(admin.find("#setup [data-step=brand]").getAttribute("class"))
          .as("ticked by the logo just uploaded")
          .contains("bc-setup-done");
      assertThat(admin.find("#setup [data-step=payments]").getAttribute("class"))
          .as("a new shop takes no payments yet")
          .contains("bc-setup-open");
      admin.fitsTheWindow("setup-checklist-en");
      admin.clickToLeave("#setup [data-step=brand] a");
      admin.click("#logo\\:remove\\:button").click(".ui-confirmdialog-yes");
      admin.waitForText("#messages", "The logo was removed");
      assertThat(admin.all("header img.bc-logo")).isEmpty();
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      phone.go(base + "/admin/brand.xhtml");
      assertThat(phone.text("#contrast")).contains("deshalb ist Text darauf schwarz");
      phone.fitsTheWindow("brand-de");
      phone.go(base + "/admin/dashboard.xhtml");
      assertThat(phone.find("#setup [data-step=brand]").getAttribute("class"))
          .as("open again once the logo is gone")
          .contains("bc-setup-open");
      phone.fitsTheWindow("setup-checklist-de");
    }
  }
}
