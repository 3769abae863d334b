/**
 * A data export and its states, the sections of a person's data it holds, and the stores the
 * exports and the data are read through.
 */
package io.brandcloud.privacy.domain;
