package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.FreshShop;
import io.brandcloud.it.Http;
import io.brandcloud.it.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
  void anAdminPreviewsAColourSavesItAndUploadsALogo() throws Exception {
    FreshShop shop = FreshShop.open(new Http(Http.testServer()), "brandpage", "EUR");
    Path logo = Files.createTempFile("logo", ".png");
    Files.write(logo, TestImages.png(1200, 300));
    Path vector = Files.createTempFile("mark", ".svg");
    Files.writeString(
        vector,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 25\""
            + " onload=\"document.title='owned'\"><script>document.title='owned'</script>"
            + "<rect width=\"100\" height=\"25\" fill=\"#1864ab\"/></svg>");
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
      admin.type("#brand\\:sender", "Blue Sky Support");
      admin.waitForText("#mail-from", "Blue Sky Support");
      admin.click("#brand\\:same-accent .ui-chkbox-box");
      admin.script(
          "const c = document.getElementById('brand:accent'); c.value = '#ffd43b';"
              + " c.dispatchEvent(new Event('input', { bubbles: true }));");
      admin.waitForText("#contrast", "your accent is darkened to #");
      assertThat(admin.lowestContrast("#brand-preview .bc-preview-link"))
          .as("a pale accent, darkened for links")
          .isGreaterThanOrEqualTo(AA);

      admin.clickToLeave("#brand\\:save");
      admin.waitForText("#messages", "Saved");
      assertThat(
              admin.script(
                  "return fetch(document.getElementById('invoice-preview').href)"
                      + ".then(r => r.status + ' ' + r.headers.get('content-type'))"))
          .as("the sample invoice in the saved brand, one click from the page")
          .isEqualTo("200 application/pdf");
      assertThat(admin.text("#mail-subject"))
          .as("the shop's mail in its own words and name")
          .contains("Blue Sky Cloud");
      assertThat(admin.text("#mail-from")).isEqualTo("Blue Sky Support");
      assertThat(
              admin.script(
                  "return getComputedStyle(document.documentElement)"
                      + ".getPropertyValue('--accent').trim()"))
          .as("the portal's accent, saved")
          .isEqualTo("#ffd43b");
      assertThat(admin.text("header .bc-product")).isEqualTo("Blue Sky Cloud");
      assertThat(
              admin.script(
                  "return getComputedStyle(document.querySelector('header')).backgroundColor"))
          .isEqualTo("rgb(77, 171, 247)");
      assertThat(admin.lowestContrast("header .bc-product")).isGreaterThanOrEqualTo(AA);

      admin.upload("#logo input[type=file]", notAnImage).clickToLeave("#logo\\:upload");
      admin.waitForText("#messages", "not a readable image");
      assertThat(admin.all("header img.bc-logo")).isEmpty();
      admin.upload("#logo input[type=file]", vector).clickToLeave("#logo\\:upload");
      admin.waitForText("#messages", "The logo was uploaded");
      assertThat(admin.find("header img.bc-logo").getAttribute("src"))
          .as("an SVG logo is served as the PNG drawn from it")
          .contains("/" + base + "/brand/logo-")
          .endsWith(".png");
      assertThat(
              admin.script(
                  "const img = document.querySelector('header img.bc-logo');"
                      + " return img.naturalWidth + 'x' + img.naturalHeight + ' ' + document.title"))
          .as("drawn sharp at the largest size kept; its script never ran")
          .asString()
          .startsWith("640x160 ")
          .doesNotContain("owned");
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
      tabIcon(admin, base);
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.go(base + "/");
      assertThat(iconOf(phone))
          .as("a visitor's tab shows the uploaded icon")
          .contains("/" + base + "/brand/icon-");
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

  /**
   * The tab icon: the drawn one until an icon is uploaded, then the upload redrawn as a 64-pixel
   * square the panel serves, also at {@code favicon.ico}.
   */
  private static void tabIcon(Browser admin, String base) throws Exception {
    Path icon = Files.createTempFile("icon", ".png");
    Files.write(icon, TestImages.png(300, 200));
    assertThat(iconOf(admin)).contains("/favicon.svg?v=");
    admin.upload("#icon input[type=file]", icon).clickToLeave("#icon\\:upload");
    admin.waitForText("#messages", "The icon was uploaded");
    String address = iconOf(admin);
    assertThat(address).contains("/" + base + "/brand/icon-");
    assertThat(admin.script("return document.getElementById('icon-preview').naturalWidth"))
        .as("the 64-pixel square the panel drew")
        .isEqualTo(64L);
    HttpResponse<byte[]> ico =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Http.testServer() + base + "/favicon.ico"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(ico.statusCode()).as("favicon.ico sends the browser to the upload").isEqualTo(302);
    assertThat(ico.headers().firstValue("Location").orElse(""))
        .endsWith(URI.create(address).getPath());
    admin.fitsTheWindow("brand-icon-en");
  }

  private static String iconOf(Browser browser) {
    return browser.all("link[rel=icon]").get(0).getAttribute("href");
  }
}
