package io.brandcloud.notifications.domain;

/** A user a message is addressed to, with their choice for its kind. */
public record Recipient(long userId, String email, Choice choice) {}
