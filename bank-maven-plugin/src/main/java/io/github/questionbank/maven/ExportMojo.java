package io.github.questionbank.maven;

import io.github.questionbank.export.Export;
import io.github.questionbank.export.ExportResult;
import io.github.questionbank.select.PackConfigurationException;
import io.github.questionbank.validate.ValidationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the bank, then writes each pack in its formats to the output directory. An invalid bank is
 * refused and the previous outputs stay; unchanged inputs rewrite nothing.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends AbstractBankMojo {

  /**
   * Comma-separated formats: pdf, practice-pdf, anki-csv, xlsx, anki-apkg, html. Default: all of
   * them.
   */
  @Parameter(property = "bank.formats")
  String formats;

  /** Named selections of the bank; default: one pack with the whole bank, named after its id. */
  @Parameter List<Pack> packs = new ArrayList<>();

  /** Paper size of the PDF handouts: A4 or LETTER. */
  @Parameter(property = "bank.pageSize", defaultValue = "A4")
  String pageSize;

  /**
   * Ruled lines to write on under each question of the practice PDF: {@code auto} sizes the room by
   * the question's model answer (from 4 lines up to as many as let two questions share a page: 13
   * on A4, 12 on Letter); a whole number from 1 to 25 gives every question that many lines, for a
   * shorter booklet ({@code 4}) or more room.
   */
  @Parameter(property = "bank.practiceLines", defaultValue = "auto")
  String practiceLines;

  /** The date written into the outputs, so that identical inputs give identical bytes. */
  @Parameter(defaultValue = "${project.build.outputTimestamp}")
  String outputTimestamp;

  @Override
  String work() {
    return "export";
  }

  @Override
  void run(Requests requests)
      throws IOException, PackConfigurationException, MojoExecutionException, MojoFailureException {
    ExportLog log = new ExportLog(getLog());
    Optional<ValidationResult> earlier = ValidateMojo.checked(getPluginContext(), requests);
    ExportResult result =
        new Export()
            .export(
                requests.export(
                    packs, formats, pageSize, practiceLines, outputTimestamp, failOnWarning, log),
                earlier);
    // When bank:validate already reported these findings in this build, say them once, not
    // twice; a bank changed since then was validated again, and its findings are new.
    boolean reported =
        earlier.isPresent()
            && earlier.get().diagnostics().equals(result.validation().diagnostics());
    new ValidationReport(getLog(), requests, failOnWarning).report(result.validation(), reported);
    log.report(result, requests, OutputTimestamp.isUnset(outputTimestamp));
  }
}
