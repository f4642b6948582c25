package io.github.questionbank.export;

import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
      throw PackConfigurationException.formats(unknownFormats, Formats.names());
    }
    PackSelector selector = new PackSelector(bank);
    List<Pack> packs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> files = new HashMap<>();
    for (PackSpec spec : specs) {
      if (!ids.add(spec.id())) {
        throw new PackConfigurationException(
            spec.id(), List.of("two packs have this id: pack ids name the files and must differ"));
      }
      Pack pack = selector.select(spec, formats, Formats.names());
      for (String format : pack.formats()) {
        String file = Formats.byName(format).orElseThrow().fileName(pack);
        String other = files.putIfAbsent(file, pack.id());
        if (other != null) {
          throw new PackConfigurationException(
              pack.id(),
              List.of(
                  "its "
                      + format
                      + " file "
                      + file
                      + " is also written by pack '"
                      + other
                      + "': rename one of the two packs"));
        }
      }
      packs.add(pack);
    }
    return packs;
  }
}
