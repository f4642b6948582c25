package io.github.questionbank.anki;

import anki.backend.BackendError;
import anki.backend.BackendInit;
import anki.backend.GeneratedBackend;
import anki.generic.Int64;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.Closeable;
import java.util.List;
import net.ankiweb.rsdroid.NativeMethods;

/**
 * Anki's engine, rslib, through the JNI entry points AnkiDroid compiles into it. The typed methods
 * (one per backend call the desktop app makes, e.g. {@code importAnkiPackage}) come from the AAR's
 * generated {@link GeneratedBackend}; this class only carries their protobuf bytes to {@link
 * NativeMethods} and back. AnkiDroid's own {@code Backend} subclass is not used: it needs Android
 * classes (Looper, Timber, org.json) that a plain JVM has not.
 */
final class AnkiEngine extends GeneratedBackend implements Closeable {

  private long pointer;

  /** A backend whose translations, and the names of the stock note types, are in {@code lang}. */
  AnkiEngine(String lang) {
    NativeLibrary.load();
    byte[] init =
        BackendInit.newBuilder().addAllPreferredLangs(List.of(lang)).build().toByteArray();
    try {
      pointer = Int64.parseFrom(unpack(NativeMethods.INSTANCE.openBackend(init))).getVal();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Anki's engine answered its opening with no backend", e);
    }
  }

  @Override
  protected synchronized byte[] runMethodRaw(int service, int method, byte[] input) {
    if (pointer == 0) {
      throw new IllegalStateException("The Anki engine is closed");
    }
    return unpack(NativeMethods.INSTANCE.runMethodRaw(pointer, service, method, input));
  }

  @Override
  protected byte[] runMethodRawNoLock(int service, int method, byte[] input) {
    return runMethodRaw(service, method, input);
  }

  @Override
  public synchronized void close() {
    if (pointer != 0) {
      NativeMethods.INSTANCE.closeBackend(pointer);
      pointer = 0;
    }
  }

  /** The backend answers a pair: the result's bytes, or a {@link BackendError}'s. */
  private static byte[] unpack(byte[][] result) {
    if (result == null || result.length != 2) {
      throw new IllegalStateException("Anki's engine gave no answer");
    }
    if (result[1] != null) {
      BackendError error;
      try {
        error = BackendError.parseFrom(result[1]);
      } catch (InvalidProtocolBufferException e) {
        throw new IllegalStateException("Anki's engine failed with an unreadable error", e);
      }
      throw new AnkiError(error.getKind().name(), error.getMessage());
    }
    return result[0];
  }

  /** A failure Anki reported: its kind (e.g. {@code INVALID_INPUT}) and message. */
  static final class AnkiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnkiError(String kind, String message) {
      super(kind + ": " + message);
    }
  }
}
