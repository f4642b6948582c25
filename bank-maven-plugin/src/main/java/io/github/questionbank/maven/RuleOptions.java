package io.github.questionbank.maven;

import io.github.questionbank.diagnostic.RuleConfigurationException;
import io.github.questionbank.diagnostic.RuleLevels;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads the levels of the rules from the POM's {@code <rules>} map and the {@code -Dbank.rules}
 * property ({@code rule=level,...}). Both may be given: each rule the property names takes the
 * property's level, the others keep the POM's, so a command line can try a level without editing
 * the POM.
 */
final class RuleOptions {

  private RuleOptions() {}

  /**
   * @param pom the {@code <rules>} map, or null
   * @param property the {@code bank.rules} property, or null
   * @throws MojoExecutionException naming every rule or level that cannot be applied
   */
  static RuleLevels parse(Map<String, String> pom, String property) throws MojoExecutionException {
    Map<String, String> written = new LinkedHashMap<>();
    if (pom != null) {
      written.putAll(pom);
    }
    if (property != null) {
      for (String entry : property.split(",")) {
        if (entry.isBlank()) {
          continue;
        }
        int equals = entry.indexOf('=');
        if (equals < 0) {
          throw new MojoExecutionException(ConfigurationMessages.rulesProperty(entry.strip()));
        }
        String rule = entry.substring(0, equals).strip();
        written.remove(rule); // the property's level, in the property's order
        written.put(rule, entry.substring(equals + 1).strip());
      }
    }
    try {
      return RuleLevels.parse(written);
    } catch (RuleConfigurationException e) {
      throw new MojoExecutionException(ConfigurationMessages.of(e));
    }
  }
}
