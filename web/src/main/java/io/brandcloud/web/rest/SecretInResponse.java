package io.brandcloud.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a call whose answer carries a secret shown once. Its answer is never kept for idempotent
 * replay, since that would store the secret; such calls refuse an {@code Idempotency-Key}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SecretInResponse {}
