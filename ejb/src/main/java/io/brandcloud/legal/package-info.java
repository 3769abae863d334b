/**
 * The shop's legal pages (terms, privacy policy, refund policy), each publication a version kept as
 * it was, and which version each customer accepted, when and how.
 */
package io.brandcloud.legal;
