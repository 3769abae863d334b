package io.brandcloud.fraud.domain;

/** Who a check screens and where they came from ({@code clientAddress} null when unknown). */
public record ScreenedPerson(
    Long userId, Long organisationId, String email, String name, String clientAddress) {}
