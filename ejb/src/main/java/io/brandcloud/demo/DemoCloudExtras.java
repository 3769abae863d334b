package io.brandcloud.demo;

import io.brandcloud.provisioning.apps.application.OneClickApps;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppField;
import io.brandcloud.provisioning.firewalls.application.FirewallPresets;
import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What a demo tenant offers with its servers: firewall presets and one-click apps. */
@ApplicationScoped
class DemoCloudExtras {

  @EJB FirewallPresets firewallPresets;
  @EJB OneClickApps oneClickApps;

  /** Seeds them in the current tenant, as its system caller. */
  void offer() {
    firewallPresets();
    apps();
  }

  /** Two one-click apps: a web server that greets with the site's name, and Docker. */
  private void apps() {
    oneClickApps.add(
        new App(
            0,
            "Nginx web server",
            "Nginx serving a first page with your site's name, ready for your content.",
            null,
            List.of(new AppField("site_name", "Site name")),
            String.join(
                "\n",
                "#cloud-config",
                "packages:",
                "  - nginx",
                "write_files:",
                "  - path: /var/www/html/index.html",
                "    content: |",
                "      <h1>{{site_name}}</h1>",
                "runcmd:",
                "  - systemctl enable --now nginx",
                "")),
        "demo-seeder");
    oneClickApps.add(
        new App(
            0,
            "Docker",
            "Docker Engine from Docker's own install script, to run containers.",
            null,
            List.of(),
            "#!/bin/sh\ncurl -fsSL https://get.docker.com | sh\n"),
        "demo-seeder");
  }

  /** Two presets customers start a firewall from; ping stays open on both. */
  private void firewallPresets() {
    FirewallRule ping = FirewallRule.of("icmp", null, FirewallRule.EVERYONE);
    FirewallRule ssh = FirewallRule.of("tcp", "22", FirewallRule.EVERYONE);
    firewallPresets.add("SSH only", new FirewallRules(List.of(ssh, ping)), "demo-seeder");
    firewallPresets.add(
        "Web server",
        new FirewallRules(
            List.of(
                ssh,
                FirewallRule.of("tcp", "80", FirewallRule.EVERYONE),
                FirewallRule.of("tcp", "443", FirewallRule.EVERYONE),
                ping)),
        "demo-seeder");
  }
}
