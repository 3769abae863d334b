/** Screening sign-ups and orders, and the review queue and block list staff work. */
package io.brandcloud.fraud.application;
