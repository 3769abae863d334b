/**
 * What the panel keeps about a person, handed to them: the copy of their data a customer (or staff
 * for them) asks for, built in the background as a ZIP of JSON files, PDFs and ticket files, and
 * mailed as a link that works once.
 */
package io.brandcloud.privacy;
