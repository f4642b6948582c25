package io.github.questionbank.export;

import io.github.questionbank.diagnostic.Diagnostic;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.incremental.BankFingerprint;
import io.github.questionbank.incremental.ExportRecord;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.markdown.ParsedQuestions;
import io.github.questionbank.model.Bank;
import io.github.questionbank.select.Pack;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.select.PackSelector;
import io.github.questionbank.select.PackSpec;
import io.github.questionbank.validate.CheckedBank;
import io.github.questionbank.validate.Validation;
import io.github.questionbank.validate.ValidationRequest;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /** Where the fingerprint of the last export and the files it wrote are kept. */
  static final String FINGERPRINT_FILE = ".bank-export.fingerprint";

  /**
   * @throws PackConfigurationException if a pack names something the bank does not have
   * @throws IOException if the bank cannot be read or the outputs cannot be written
   */
  public ExportResult export(ExportRequest request) throws IOException, PackConfigurationException {
    return export(request, Optional.empty());
  }

  /**
   * Exports, reusing a validation made earlier in the same build (by bank:validate) when the bank's
   * files are still the ones it checked: the bank is then neither read nor checked again.
   *
   * @param earlier that validation, if there was one
   */
  public ExportResult export(ExportRequest request, Optional<CheckedBank> earlier)
      throws IOException, PackConfigurationException {
    Validation validator = new Validation();
    ValidationRequest validationRequest =
        new ValidationRequest(
            request.baseDirectory(),
            request.bankDirectory(),
            Optional.of(request.outputDirectory()),
            true);
    Path output = request.outputDirectory().toAbsolutePath().normalize();
    // Checked before anything is loaded: an unchanged bank costs one pass over its bytes, and that
    // one pass serves every check below.
    String bankFiles = BankFingerprint.ofFiles(request.bankDirectory());
    String fingerprint = BankFingerprint.of(bankFiles, configuration(request));
    Path fingerprintFile = output.resolve(FINGERPRINT_FILE);
    ExportRecord last = ExportRecord.read(fingerprintFile);
    if (last.upToDate(fingerprint, output)) {
      return new ExportResult(
          validator.checkIfChanged(validationRequest, bankFiles).result(),
          List.of(),
          List.of(),
          true,
          false);
    }

    long started = System.nanoTime();
    ValidationResult validation;
    if (earlier.isPresent() && earlier.get().stillHolds(bankFiles)) {
      validation = earlier.get().result();
      // That validation kept no Markdown trees: parse them now, on every core, for all formats.
      ParsedQuestions parsed = validation.parsed();
      validation.bank().orElseThrow().questions().parallel().forEach(parsed::get);
      request.listener().reusedValidation(validation.filesChecked(), millisSince(started));
    } else {
      validation = validator.validate(validationRequest, bankFiles);
      request.listener().validated(validation.filesChecked(), millisSince(started));
    }
    started = System.nanoTime();
    if (validation.bank().isEmpty() || (request.failOnWarning() && validation.warningCount() > 0)) {
      return new ExportResult(validation, List.of(), List.of(), false, true);
    }
    Bank bank = validation.bank().get();
    List<Pack> packs = select(bank, request);

    List<Diagnostic> findings = Collections.synchronizedList(new ArrayList<>());
    ExportContext context =
        new ExportContext(
            request.timestamp(),
            request.pageSize(),
            request.bankDirectory().toAbsolutePath().normalize(),
            validation.parsed(),
            findings::add);
    List<ExportedFile> written = new ArrayList<>();
    List<Diagnostic> found;
    List<String> staged;
    try (OutputStage stage = new OutputStage(output)) {
      written.addAll(new ParallelWriter().writeAll(packs, context, stage));
      // Each PDF format of each pack sees the same characters: report each problem once.
      found = findings.stream().distinct().sorted().toList();
      if (found.stream().anyMatch(Diagnostic::isError)
          || (request.failOnWarning() && !found.isEmpty())) {
        return new ExportResult(validation, List.of(), found, false, true); // nothing committed
      }
      // Nothing is moved into place until every format of every pack has been written.
      staged = stage.files().stream().sorted().toList();
      Files.deleteIfExists(fingerprintFile);
      stage.commit();
    }
    removeStale(output, last.files(), staged, request.listener());
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
    // The fingerprint, then the files it vouches for: all must still be there to skip an export.
    new ExportRecord(fingerprint, staged).write(fingerprintFile);
    request.listener().wroteAll(files.size(), millisSince(started));
    return new ExportResult(validation, files, found, false, false);
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
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

  /**
   * The configuration the outputs depend on, as text for the fingerprint. The packs' selections
   * follow from it and the bank's files, which the fingerprint also covers.
   */
  private static String configuration(ExportRequest request) {
    return String.join(
        "|",
        request.timestamp().toString(),
        request.pageSize().name(),
        String.valueOf(request.failOnWarning()),
        request.formats().toString(),
        request.packs().toString());
  }

  /**
   * Deletes what the last export wrote and this one did not (the files of a pack or format removed
   * from the POM, an image no answer shows any more), so that {@code target/bank} never publishes
   * stale outputs. Only files the last export recorded are touched, only inside the output
   * directory, and folders left empty go too.
   */
  private static void removeStale(
      Path output, List<String> previous, List<String> current, ExportListener listener)
      throws IOException {
    Set<String> kept = new HashSet<>(current);
    for (String name : previous) {
      Path file = output.resolve(name).normalize();
      if (kept.contains(name) || !file.startsWith(output) || file.equals(output)) {
        continue;
      }
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
        listener.removed(name);
        removeEmptyFolders(output, file.getParent());
      }
    }
  }

  private static void removeEmptyFolders(Path output, Path folder) throws IOException {
    for (Path dir = folder; dir != null && dir.startsWith(output) && !dir.equals(output); ) {
      try (var entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(dir);
      dir = dir.getParent();
    }
  }
}
