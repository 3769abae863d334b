package io.brandcloud.provisioning.firewalls.application;

import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import java.io.Serializable;
import java.util.List;

/**
 * A server's firewall: whether its provider ({@code providerName}) applies one, the rules it
 * applied last (none: everything comes in), and the presets to start from.
 */
public record FirewallView(
    boolean offered, String providerName, List<FirewallRule> rules, List<FirewallPreset> presets)
    implements Serializable {}
