package io.github.questionbank.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.diagnostic.RuleLevels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * bank:help shows the {@code <rules>} parameter's description from the plugin descriptor: it must
 * name every rule with its default level and say which cannot be changed, so it cannot drift from
 * {@link Rule}.
 */
class HelpRulesTest {

  @Test
  void theRulesParameterListsEveryRuleWithItsDefaultLevelAndWhetherItCanBeChanged()
      throws Exception {
    List<String> descriptions = rulesDescriptions();
    assertThat(descriptions).as("the validate and export goals' <rules>").hasSize(2);

    for (String description : descriptions) {
      String changeable = description.substring(0, description.indexOf("always errors"));
      String fixed = description.substring(description.indexOf("always errors"));
      for (Rule rule : Rule.values()) {
        if (RuleLevels.canChange(rule)) {
          assertThat(changeable).contains(rule.id() + " (" + rule.severity().label() + ")");
          assertThat(fixed).doesNotContainPattern("\\b" + rule.id() + "\\b");
        } else {
          assertThat(fixed).containsPattern("[ :]" + rule.id() + "[,.]");
          assertThat(changeable).doesNotContainPattern("\\b" + rule.id() + " \\(");
        }
      }
    }
  }

  private static List<String> rulesDescriptions() throws Exception {
    Document descriptor =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    List<String> found = new ArrayList<>();
    NodeList parameters = descriptor.getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      NodeList names = parameter.getElementsByTagName("name");
      if (names.getLength() > 0 && names.item(0).getTextContent().equals("rules")) {
        found.add(parameter.getElementsByTagName("description").item(0).getTextContent());
      }
    }
    return found;
  }
}
