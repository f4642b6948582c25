package io.github.questionbank.export;

import io.github.questionbank.diagnostic.FaultIsolation;
import io.github.questionbank.export.spi.ExportContext;
import io.github.questionbank.export.spi.Exporter;
import io.github.questionbank.export.spi.QuestionRendering;
import io.github.questionbank.export.spi.TaskFailures;
import io.github.questionbank.io.OutputStage;
import io.github.questionbank.select.Pack;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writes every format of every pack, as many at a time as there are cores: the formats share only
 * read-only trees and the stage, so they are independent jobs. Results come back in the order of
 * the packs and their formats, whatever order the jobs finish in.
 */
final class ParallelWriter {

  List<ExportedFile> writeAll(List<Pack> packs, ExportContext context, OutputStage stage)
      throws IOException {
    List<Job> jobs = new ArrayList<>();
    for (Pack pack : packs) {
      for (String format : pack.formats()) {
        jobs.add(new Job(pack, Formats.byName(format).orElseThrow()));
      }
    }
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService executor =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "questionbank-export");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<Optional<ExportedFile>>> results = new ArrayList<>();
      for (Job job : jobs) {
        results.add(executor.submit(() -> job.run(context, stage)));
      }
      List<ExportedFile> files = new ArrayList<>();
      for (Future<Optional<ExportedFile>> result : results) {
        await(result).ifPresent(files::add);
      }
      return files;
    } finally {
      // When one format fails, the others still finish before the stage is closed, so that no
      // job writes a temporary file after the stage has cleaned up.
      executor.shutdown();
      awaitTermination(executor);
    }
  }

  private static void awaitTermination(ExecutorService executor) {
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T await(Future<T> result) throws IOException {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the outputs", e);
    } catch (ExecutionException e) {
      throw TaskFailures.rethrow(e);
    }
  }

  private record Job(Pack pack, Exporter exporter) {
    /**
     * Writes the format, or reports at the question's file why it could not: the other formats
     * still run, and the export, seeing an error, commits nothing.
     */
    Optional<ExportedFile> run(ExportContext context, OutputStage stage) throws IOException {
      long start = System.nanoTime();
      try {
        exporter.export(pack, context, stage);
      } catch (QuestionRendering.Failure e) {
        context.findings().accept(FaultIsolation.failure(e.file(), "rendering", e.getCause()));
        return Optional.empty();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return Optional.of(
          new ExportedFile(
              pack.id(),
              exporter.format(),
              exporter.fileName(pack),
              pack.questionCount(),
              0L,
              millis));
    }
  }
}
