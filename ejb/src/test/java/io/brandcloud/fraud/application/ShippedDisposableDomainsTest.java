package io.brandcloud.fraud.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.fraud.domain.DisposableDomains;
import org.junit.jupiter.api.Test;

class ShippedDisposableDomainsTest {

  private final DisposableDomains domains = ShippedDisposableDomains.load();

  @Test
  void theShippedListIsThePackagesWholeList() {
    assertThat(domains.size()).isGreaterThan(5_000);
  }

  @Test
  void knownThrowawayDomainsAreListedAndDomainsBelowThemToo() {
    assertThat(domains.listedFor("someone@mailinator.com")).contains("mailinator.com");
    assertThat(domains.listedFor("someone@YOPMAIL.com")).contains("yopmail.com");
    assertThat(domains.listedFor("a@inbox.mailinator.com")).contains("mailinator.com");
  }

  @Test
  void ordinaryDomainsAreNot() {
    assertThat(domains.listedFor("ann@gmail.com")).isEmpty();
    assertThat(domains.listedFor("ann@example.test")).isEmpty();
    assertThat(domains.listedFor("ann@themailinator.com"))
        .as("a domain ending in a listed one is not below it")
        .isEmpty();
    assertThat(domains.listedFor(null)).isEmpty();
  }
}
