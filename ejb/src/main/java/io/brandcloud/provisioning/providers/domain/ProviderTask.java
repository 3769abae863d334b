package io.brandcloud.provisioning.providers.domain;

import java.util.Optional;

/**
 * What a provider answered to an action: done, or under way with a handle to ask about (a queue or
 * action id); with the root password it set, if it told us, and a note for the customer where the
 * provider did something they should know (e.g. mailed the password to its account holder).
 */
public record ProviderTask(String handle, String password, String note) {

  public static ProviderTask done() {
    return new ProviderTask(null, null, null);
  }

  public static ProviderTask underWay(String handle) {
    return new ProviderTask(handle, null, null);
  }

  public ProviderTask withPassword(String rootPassword) {
    return new ProviderTask(handle, rootPassword, note);
  }

  public ProviderTask withNote(String text) {
    return new ProviderTask(handle, password, text);
  }

  public boolean finished() {
    return handle == null;
  }

  public Optional<String> rootPassword() {
    return Optional.ofNullable(password);
  }

  @Override
  public String toString() {
    return "ProviderTask[" + (handle == null ? "done" : handle) + "]";
  }
}
