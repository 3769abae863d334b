package io.brandcloud.provisioning.firewalls.domain;

import java.io.Serializable;

/** Rules staff set up under a name ("SSH only", "Web") for customers to start a firewall from. */
public record FirewallPreset(long id, String name, FirewallRules rules) implements Serializable {}
