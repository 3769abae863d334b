package io.brandcloud.mail;

/**
 * How a reader without an account writes back about a mail: by answering it, when the tenant reads
 * a support mailbox, else through the website. A mail says it in the reader's language.
 */
public enum WritingBack {
  ANSWER_THIS_MAIL,
  USE_THE_WEBSITE
}
