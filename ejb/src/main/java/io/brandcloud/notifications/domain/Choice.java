package io.brandcloud.notifications.domain;

/** How a user wants to hear of one kind of message: in the app, by mail, both or neither. */
public record Choice(String kind, boolean inApp, boolean mail) {

  /** What nobody chose otherwise: both. */
  public static Choice byDefault(String kind) {
    return new Choice(kind, true, true);
  }
}
