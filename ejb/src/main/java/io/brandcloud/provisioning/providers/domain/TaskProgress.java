package io.brandcloud.provisioning.providers.domain;

/**
 * How far a provider got with work it accepted: percent is 0 to 100, or null if it does not say.
 */
public record TaskProgress(Stage stage, Integer percent, String failure) {

  /** Where the work stands. */
  public enum Stage {
    UNDER_WAY,
    DONE,
    FAILED
  }

  public static TaskProgress underWay(Integer percent) {
    return new TaskProgress(Stage.UNDER_WAY, percent, null);
  }

  public static TaskProgress done() {
    return new TaskProgress(Stage.DONE, 100, null);
  }

  public static TaskProgress failed(String why) {
    return new TaskProgress(Stage.FAILED, null, why);
  }
}
