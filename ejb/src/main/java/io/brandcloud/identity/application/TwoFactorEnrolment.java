package io.brandcloud.identity.application;

/** What a user needs to add the account to an authenticator app. */
public record TwoFactorEnrolment(String secret, String otpauthUri, String qrCodeDataUri) {}
