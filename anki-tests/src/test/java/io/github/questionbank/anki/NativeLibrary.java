package io.github.questionbank.anki;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The engine's native library, as the {@code anki-android-backend-testing} jar carries it and the
 * build unpacks it into {@code target/anki-backend/native}: {@code librsdroid.so} for Linux x86-64,
 * {@code librsdroid.dylib} for macOS (x86-64 and arm64), {@code rsdroid.dll} for Windows x86-64.
 * Where none fits, the tests fail saying so: they never skip, since a skipped suite would let a
 * build pass without Anki having seen the outputs.
 */
final class NativeLibrary {

  static final String FOLDER_PROPERTY = "anki.nativeLibraries";

  private static boolean loaded;

  private NativeLibrary() {}

  static synchronized void load() {
    if (!loaded) {
      String folder = System.getProperty(FOLDER_PROPERTY);
      Path library =
          Path.of(folder == null ? "target/anki-backend/native" : folder)
              .resolve(fileName(System.getProperty("os.name")));
      load(library, System.getProperty("os.name"), System.getProperty("os.arch"));
      loaded = true;
    }
  }

  /** Loads {@code library}, or fails with a message that says why the tests cannot run here. */
  static void load(Path library, String os, String arch) {
    if (!Files.isRegularFile(library)) {
      throw new IllegalStateException(
          "No Anki engine at "
              + library
              + ": the build unpacks it there from io.github.david-allison-1:"
              + "anki-android-backend-testing (run ./mvnw verify, not the tests alone), which"
              + " carries it for Linux x86-64, macOS and Windows x86-64; this is "
              + os
              + " "
              + arch
              + ". Leave these tests out with -pl '!anki-tests'.");
    }
    try {
      System.load(library.toAbsolutePath().toString());
    } catch (UnsatisfiedLinkError e) {
      throw new IllegalStateException(
          "Anki's engine at "
              + library
              + " does not load on "
              + os
              + " "
              + arch
              + " ("
              + e.getMessage()
              + "): AnkiDroid publishes it for Linux x86-64, macOS and Windows x86-64 only."
              + " Leave these tests out with -pl '!anki-tests'.",
          e);
    }
  }

  /** The library's name in the -testing jar for this operating system. */
  static String fileName(String os) {
    String name = os.toLowerCase(Locale.ROOT);
    if (name.startsWith("windows")) {
      return "rsdroid.dll";
    }
    if (name.startsWith("mac")) {
      return "librsdroid.dylib";
    }
    return "librsdroid.so";
  }
}
