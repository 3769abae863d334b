package io.brandcloud.identity.domain;

/**
 * A user's TOTP seed as stored: sealed, with the last time step a code was accepted for (null
 * before the first), and whether the user confirmed it with a code.
 */
public record TotpSeed(byte[] sealed, Long lastStep, boolean confirmed) {}
