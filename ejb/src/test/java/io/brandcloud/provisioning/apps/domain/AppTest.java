package io.brandcloud.provisioning.apps.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppTest {

  private static final String WEB =
      "#cloud-config\nwrite_files:\n  - path: /var/www/html/index.html\n"
          + "    content: \"<h1>{{site_name}}</h1> {{admin_email}}\"\n";

  private static App web() {
    return new App(
        0,
        "Web server",
        "Nginx with a first page",
        "https://cdn.example.com/nginx.svg",
        App.fieldsOf("site_name: Site name\n\nadmin_email:  Your e-mail "),
        WEB);
  }

  @Test
  void answersFillTheTemplateAsWritten() {
    App app = web();

    assertThat(app.fields())
        .containsExactly(
            new AppField("site_name", "Site name"), new AppField("admin_email", "Your e-mail"));
    assertThat(app.fieldLines()).isEqualTo("site_name: Site name\nadmin_email: Your e-mail");
    assertThat(app.userData(Map.of("site_name", " Tom & Jerry <3 ", "admin_email", "a@b.example")))
        .as("no HTML escaping: it is cloud-init, not a page")
        .contains("content: \"<h1>Tom & Jerry <3</h1> a@b.example\"");
  }

  @Test
  void aTemplateNamingSomethingElseIsRefusedWhenSaved() {
    List<AppField> site = List.of(new AppField("site_name", "Site"));
    assertThatThrownBy(() -> new App(0, "Web", "d", null, site, "#cloud-config\n{{site}}"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("template uses site; the app's fields are site_name");
    assertThatThrownBy(() -> new App(0, "Web", "d", null, site, "#!/bin/sh\n{{> /etc/passwd}}"))
        .as("nothing is read from the disk")
        .hasMessageContaining("not a valid template");
    assertThatThrownBy(() -> new App(0, "Web", "d", null, List.of(), "#!/bin/sh\n\u0000"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageNotContaining("Exception");
    String wide = "#!/bin/sh\n" + "\u00e9".repeat(9000);
    assertThatThrownBy(() -> new App(0, "Web", "d", null, List.of(), wide))
        .as("counted in bytes, as the user data it becomes")
        .hasMessageContaining("bytes");
    assertThatThrownBy(() -> new App(0, "Web", "d", null, List.of(), "runcmd: [ls]"))
        .hasMessageContaining("cloud-config (#cloud-config) or a script (#!)");
    assertThatThrownBy(
            () -> new App(0, "Web", "d", "http://x.example/a.png", List.of(), "#!/bin/sh"))
        .hasMessageContaining("https://");
    assertThatThrownBy(() -> App.fieldsOf("Site Name: x")).hasMessageContaining("lower-case");
    assertThatThrownBy(() -> App.fieldsOf("site_name")).hasMessageContaining("a colon");
    assertThatThrownBy(
            () -> new App(0, "Web", "d", null, App.fieldsOf("a: A\na: B"), "#!/bin/sh\n{{a}}"))
        .hasMessageContaining("used once");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's",
        "say \"hi\"",
        "a\\b",
        "$(reboot)",
        "`id`",
        "two\nlines",
        "  ",
        "a\u2028b",
        "a\u0085b"
      })
  void anAnswerThatCouldBreakOutOfItsStringIsRefused(String answer) {
    assertThatThrownBy(
            () -> web().userData(Map.of("site_name", answer, "admin_email", "a@b.example")))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("Site name");
  }

  @Test
  void everyFieldIsAnsweredAndNothingElse() {
    assertThatThrownBy(() -> web().userData(Map.of("site_name", "Shop")))
        .hasMessageContaining("Your e-mail is required");
    assertThatThrownBy(
            () ->
                web()
                    .userData(
                        Map.of("site_name", "Shop", "admin_email", "a@b.example", "extra", "x")))
        .hasMessageContaining("asks for site_name, admin_email");
  }
}
