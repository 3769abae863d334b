package io.brandcloud.provisioning.domain;

/** The kinds of upstream cloud a tenant can connect. */
public enum ProviderType {
  SIMULATOR
}
