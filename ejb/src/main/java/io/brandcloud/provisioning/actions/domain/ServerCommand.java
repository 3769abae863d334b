package io.brandcloud.provisioning.actions.domain;

/**
 * What a customer or staff asks of a server: the action and, where it takes one, the image to
 * rebuild with, the plan to resize to or the new host name.
 */
public record ServerCommand(ServerActionType type, String image, Long planId, String hostname) {

  public static ServerCommand of(ServerActionType type) {
    return new ServerCommand(type, null, null, null);
  }
}
