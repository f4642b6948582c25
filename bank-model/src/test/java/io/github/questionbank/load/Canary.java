package io.github.questionbank.load;

/**
 * A class a hostile YAML tag names: if loading YAML ever initialized or instantiated it, {@link
 * LoadRulesTest#CANARY_TOUCHED} would say so. The flag lives outside this class, so that reading it
 * does not initialize Canary.
 */
public final class Canary {

  static {
    LoadRulesTest.CANARY_TOUCHED.set(true);
  }

  public Canary() {
    LoadRulesTest.CANARY_TOUCHED.set(true);
  }

  public Canary(String value) {
    LoadRulesTest.CANARY_TOUCHED.set(true);
  }
}
