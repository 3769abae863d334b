package io.brandcloud.provisioning.firewalls.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FirewallRulesTest {

  @Test
  void rulesSurviveTheirTextAsWritten() {
    FirewallRules rules =
        new FirewallRules(
            List.of(
                FirewallRule.of("tcp", " 22 ", FirewallRule.EVERYONE),
                FirewallRule.of("udp", "60000-61000", List.of("203.0.113.7", "2001:DB8::/32")),
                FirewallRule.of("icmp", "", List.of("10.0.0.0/8"))));

    assertThat(rules.text())
        .isEqualTo(
            "tcp 22 0.0.0.0/0,::/0\nudp 60000-61000 203.0.113.7/32,2001:db8::/32\nicmp - 10.0.0.0/8");
    assertThat(FirewallRules.parse(rules.text())).isEqualTo(rules);
    assertThat(rules.rules().get(1).fromPort()).isEqualTo(60000);
    assertThat(rules.rules().get(1).toPort()).isEqualTo(61000);
    assertThat(rules.rules().get(1).ipv4Sources()).containsExactly("203.0.113.7/32");
    assertThat(rules.rules().get(1).ipv6Sources()).containsExactly("2001:db8::/32");
    assertThat(FirewallRules.parse(null).isEmpty()).isTrue();
    assertThat(FirewallRules.parse("").isEmpty()).isTrue();
  }

  @Test
  void aLineAsStaffTypeItIsTheSameRuleAsTheKeptOne() {
    FirewallRule web = FirewallRule.ofLine("  tcp 443 0.0.0.0/0,  ::/0 ");
    assertThat(web).isEqualTo(FirewallRule.of("tcp", "443", FirewallRule.EVERYONE));
    assertThat(web.typed()).isEqualTo("tcp 443 0.0.0.0/0, ::/0");
    FirewallRule ping = FirewallRule.ofLine("icmp 10.0.0.0/8");
    assertThat(ping).isEqualTo(FirewallRule.ofLine("icmp - 10.0.0.0/8"));
    assertThat(ping.typed()).isEqualTo("icmp 10.0.0.0/8");
    assertThatThrownBy(() -> FirewallRule.ofLine("tcp - 10.0.0.0/8"))
        .hasMessageContaining("Ports are one port");
    assertThatThrownBy(() -> FirewallRule.ofLine("tcp 22")).hasMessageContaining("one source");
    assertThatThrownBy(() -> FirewallRule.ofLine(" ")).hasMessageContaining("tcp, udp or icmp");
  }

  @Test
  void aLoneAddressIsANetworkOfOne() {
    assertThat(FirewallRule.of("tcp", "443", List.of("::1")).sources()).containsExactly("::1/128");
    assertThat(FirewallRule.of("tcp", "8000-8000", List.of("198.51.100.1")).ports())
        .isEqualTo("8000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cafe",
        "example.com",
        "203.0.113.0/33",
        "203.0.113.0/-1",
        "2001:db8::/129",
        "256.1.1.1",
        "203.0.113",
        "203.0.113.5/24",
        "2001:db8::1/32",
        "1.2.3.256",
        "01.2.3.4",
        "[::1]",
        "fe80::1%1",
        "::ffff:1.2.3.4",
        "zz:1",
        ""
      })
  void aSourceThatIsNoNetworkIsRefusedWithoutAskingDns(String source) {
    assertThatThrownBy(() -> FirewallRule.of("tcp", "22", List.of(source)))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageNotContaining("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65536", "22-21", "22,80", "http", "1-", " ", "022x"})
  void portsOutsideOneTo65535OrNotARangeAreRefused(String ports) {
    assertThatThrownBy(() -> FirewallRule.of("tcp", ports, FirewallRule.EVERYONE))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("Ports are one port");
  }

  @Test
  void eachPartOfARuleIsCheckedWithAMessageSayingWhat() {
    assertThatThrownBy(() -> FirewallRule.of("sctp", "22", FirewallRule.EVERYONE))
        .hasMessageContaining("tcp, udp or icmp");
    assertThatThrownBy(() -> FirewallRule.of("icmp", "8", FirewallRule.EVERYONE))
        .hasMessageContaining("ICMP has no ports");
    assertThatThrownBy(() -> FirewallRule.of("tcp", "22", List.of()))
        .hasMessageContaining("at least one source");
    assertThatThrownBy(() -> FirewallRule.of("tcp", "22", List.of("10.0.0.1", "10.0.0.1/32")))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () ->
                FirewallRule.of(
                    "tcp",
                    "22",
                    IntStream.range(0, FirewallRule.MAX_SOURCES + 1)
                        .mapToObj(i -> "10.0.0." + i)
                        .toList()))
        .hasMessageContaining("at most " + FirewallRule.MAX_SOURCES);
  }

  @Test
  void aFirewallTakesAtMost25DistinctRules() {
    FirewallRule ssh = FirewallRule.of("tcp", "22", FirewallRule.EVERYONE);
    assertThatThrownBy(() -> new FirewallRules(List.of(ssh, ssh)))
        .hasMessageContaining("listed twice");
    List<FirewallRule> many =
        IntStream.rangeClosed(1, FirewallRules.MAX_RULES + 1)
            .mapToObj(port -> FirewallRule.of("tcp", String.valueOf(port), FirewallRule.EVERYONE))
            .toList();
    assertThatThrownBy(() -> new FirewallRules(many)).hasMessageContaining("at most 25 rules");
    assertThat(new FirewallRules(many.subList(0, 25)).rules()).hasSize(25);
    assertThat(new FirewallRules(Collections.emptyList()).isEmpty()).isTrue();
  }
}
