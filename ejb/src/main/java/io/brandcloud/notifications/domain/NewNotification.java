package io.brandcloud.notifications.domain;

/** A notification to keep for a user. */
public record NewNotification(long userId, String kind, String subject, String link) {}
