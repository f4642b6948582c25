package io.github.questionbank.export;

import io.github.questionbank.check.Diagnostic;
import io.github.questionbank.model.Bank;
import io.github.questionbank.output.AtomicFile;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates the bank, then writes every pack in its formats. An invalid bank is refused; a failure
 * part-way leaves the previous outputs exactly as they were; an export whose inputs have not
 * changed writes nothing.
 */
public final class Export {

  /**
   * @throws PackConfigurationException if a pack names something the bank does not have
   * @throws IOException if the bank cannot be read or the outputs cannot be written
   */
  public ExportResult export(ExportRequest request) throws IOException, PackConfigurationException {
    ValidationResult validation =
        new Validation()
            .validate(
                new ValidationRequest(
                    request.baseDirectory(),
                    request.bankDirectory(),
                    Optional.of(request.outputDirectory())));
    if (validation.bank().isEmpty() || (request.failOnWarning() && validation.warningCount() > 0)) {
      return new ExportResult(validation, List.of(), List.of(), false, true);
    }
    Bank bank = validation.bank().get();
    List<Pack> packs = select(bank, request);

    Path output = request.outputDirectory().toAbsolutePath().normalize();
    String fingerprint = Fingerprint.of(request, configuration(request, packs));
    Path fingerprintFile = output.resolve(Fingerprint.FILE);
    if (upToDate(fingerprintFile, fingerprint, output, packs)) {
      return new ExportResult(validation, List.of(), List.of(), true, false);
    }

    List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
    ExportContext context =
        new ExportContext(
            request.timestamp(),
            request.pageSize(),
            request.bankDirectory().toAbsolutePath().normalize(),
            validation.parsed(),
            warnings::add);
    List<ExportedFile> written = new ArrayList<>();
    List<Diagnostic> found;
    try (OutputStage stage = new OutputStage(output)) {
      for (Pack pack : packs) {
        for (String format : pack.formats()) {
          Exporter exporter = Formats.byName(format).orElseThrow();
          long start = System.nanoTime();
          exporter.export(pack, context, stage);
          long millis = (System.nanoTime() - start) / 1_000_000;
          ExportedFile file =
              new ExportedFile(
                  pack.id(), format, exporter.fileName(pack), pack.questionCount(), 0L, millis);
          written.add(file);
        }
      }
      // Each PDF format of each pack sees the same characters: report each problem once.
      found = warnings.stream().distinct().sorted().toList();
      if (request.failOnWarning() && !found.isEmpty()) {
        return new ExportResult(validation, List.of(), found, false, true); // nothing committed
      }
      // Nothing is moved into place until every format of every pack has been written.
      Files.deleteIfExists(fingerprintFile);
      stage.commit();
    }
    List<ExportedFile> files = new ArrayList<>();
    for (ExportedFile file : written) {
      ExportedFile sized =
          new ExportedFile(
              file.pack(),
              file.format(),
              file.file(),
              file.questions(),
              Files.size(output.resolve(file.file())),
              file.millis());
      files.add(sized);
      request.listener().written(sized);
    }
    AtomicFile.write(fingerprintFile, fingerprint.getBytes(StandardCharsets.UTF_8));
    return new ExportResult(validation, files, found, false, false);
  }

  private static List<Pack> select(Bank bank, ExportRequest request)
      throws PackConfigurationException {
    List<PackSpec> specs =
        request.packs().isEmpty() ? List.of(PackSpec.wholeBank(bank.id())) : request.packs();
    PackSelector selector = new PackSelector(bank);
    List<String> unknownFormats =
        request.formats().stream().filter(f -> Formats.byName(f).isEmpty()).toList();
    if (!unknownFormats.isEmpty()) {
      throw PackConfigurationException.formats(unknownFormats, Formats.names());
    }
    List<Pack> packs = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, String> files = new HashMap<>();
    for (PackSpec spec : specs) {
      if (!ids.add(spec.id())) {
        throw new PackConfigurationException(
            spec.id(), List.of("two packs have this id: pack ids name the files and must differ"));
      }
      Pack pack = selector.select(spec, request.formats(), Formats.names());
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

  /** The configuration the outputs depend on, as text for the fingerprint. */
  private static String configuration(ExportRequest request, List<Pack> packs) {
    StringBuilder text = new StringBuilder();
    text.append(request.timestamp()).append('|').append(request.pageSize());
    for (Pack pack : packs) {
      text.append('|')
          .append(pack.id())
          .append(':')
          .append(pack.title())
          .append(':')
          .append(pack.formats());
      pack.questions().forEach(q -> text.append(',').append(q.file()));
    }
    return text.toString();
  }

  private static boolean upToDate(
      Path fingerprintFile, String fingerprint, Path output, List<Pack> packs) throws IOException {
    if (!Files.isRegularFile(fingerprintFile)
        || !Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint)) {
      return false;
    }
    for (Pack pack : packs) {
      for (String format : pack.formats()) {
        String file = Formats.byName(format).orElseThrow().fileName(pack);
        if (!Files.isRegularFile(output.resolve(file))) {
          return false;
        }
      }
    }
    return true;
  }
}
