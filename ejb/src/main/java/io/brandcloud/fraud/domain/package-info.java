/**
 * The rules, the policy that weighs them, a check's verdict, and the store of checks and blocks.
 */
package io.brandcloud.fraud.domain;
