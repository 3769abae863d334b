package io.brandcloud.platform.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.Validation;
import org.junit.jupiter.api.Test;

class OwnDomainsTest {

  @Test
  void thePlatformsHostAndEveryNameBelowItAreThePlatforms() {
    assertThat(OwnDomains.isPlatformName("panel.example.net", "panel.example.net")).isTrue();
    assertThat(OwnDomains.isPlatformName("acme.panel.example.net", "panel.example.net")).isTrue();
    assertThat(OwnDomains.isPlatformName("mypanel.example.net", "panel.example.net")).isFalse();
    assertThat(OwnDomains.isPlatformName("shop.example.com", "panel.example.net")).isFalse();
  }

  @Test
  void aDomainIsWrittenAsDnsWritesIt() {
    assertThat(OwnDomains.asciiName(" Shop.Example.com. ")).isEqualTo("Shop.Example.com");
    assertThat(OwnDomains.asciiName("bücher.example")).isEqualTo("xn--bcher-kva.example");
    assertThat(OwnDomains.asciiName("шоп.рф")).isEqualTo("xn--n1acz.xn--p1ai");
    assertThat(OwnDomains.asciiName("not a domain")).isEqualTo("not a domain");
    assertThat(OwnDomains.asciiName(null)).isNull();
    assertThat(Validation.requireDomain("domain", OwnDomains.asciiName("шоп.рф")))
        .as("a top-level domain in its xn-- form is a domain")
        .isEqualTo("xn--n1acz.xn--p1ai");
  }
}
