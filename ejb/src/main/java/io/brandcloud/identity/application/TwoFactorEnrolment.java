package io.brandcloud.identity.application;

import java.io.Serializable;

/** What a user needs to add the account to an authenticator app. */
public record TwoFactorEnrolment(String secret, String otpauthUri, String qrCodeDataUri)
    implements Serializable {}
