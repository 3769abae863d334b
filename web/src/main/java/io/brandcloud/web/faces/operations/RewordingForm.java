package io.brandcloud.web.faces.operations;

import java.io.Serializable;

/** A portal text as the texts page rewords it: which key, in which language, and the new words. */
public class RewordingForm implements Serializable {

  private String key;
  private String language = "en";
  private String text;

  /** The key as typed, without the spaces around it; null when none was typed. */
  String chosenKey() {
    return key == null ? null : key.strip();
  }

  /** After a text is reworded, the next starts empty in the same language. */
  void next() {
    key = null;
    text = null;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
