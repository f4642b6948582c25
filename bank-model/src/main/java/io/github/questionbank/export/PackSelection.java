package io.github.questionbank.export;

import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackProblem;
import io.github.questionbank.select.PackProblem.Kind;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The packs an export writes: each specification resolved against the bank, with its formats, and
 * no two packs that would write the same file.
 */
final class PackSelection {

  private PackSelection() {}

  /**
   * @throws PackConfigurationException if a format is unknown, a pack names something the bank does
   *     not have, two packs share an id, or two packs would write the same file
   */
  static List<Pack> select(Bank bank, List<PackSpec> requested, List<String> formats)
      throws PackConfigurationException {
    List<PackSpec> specs = requested.isEmpty() ? List.of(PackSpec.wholeBank(bank.id())) : requested;
    List<String> unknownFormats =
        formats.stream().filter(f -> Formats.byName(f).isEmpty()).toList();
    if (!unknownFormats.isEmpty()) {
      throw new PackConfigurationException(
          unknownFormats.stream()
              .map(f -> PackProblem.unknown(Kind.UNKNOWN_FORMAT, null, f, Formats.names()))
              .toList());
    }
    PackSelector selector = new PackSelector(bank);
    List<Pack> packs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> files = new HashMap<>();
    for (PackSpec spec : specs) {
      if (spec.id() != null && !ids.add(spec.id())) {
        throw new PackConfigurationException(PackProblem.of(Kind.DUPLICATE_ID, spec.id()));
      }
      Pack pack = selector.select(spec, formats, Formats.names());
      for (String format : pack.formats()) {
        String file = Formats.byName(format).orElseThrow().fileName(pack);
        String other = files.putIfAbsent(file, pack.id());
        if (other != null) {
          throw new PackConfigurationException(
              new PackProblem(
                  Kind.SAME_FILE,
                  Optional.of(pack.id()),
                  Optional.of(file),
                  List.of(),
                  List.of(),
                  Optional.of(other)));
        }
      }
      packs.add(pack);
    }
    return packs;
  }
}
