package io.github.questionbank.load;

import io.github.questionbank.diagnostic.Diagnostics;
import io.github.questionbank.diagnostic.Rule;
import io.github.questionbank.model.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an authored file as strict UTF-8. A file that is too large, holds a NUL byte or bytes that
 * are not UTF-8 yields a diagnostic at the first bad line instead of text.
 */
public final class TextFileReader {

  /** The largest bank file accepted: 1 MiB. */
  public static final long MAX_BYTES = 1024 * 1024;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * The file's text, or empty after reporting why it cannot be read as text.
   *
   * @throws IOException if the file cannot be read at all (permissions, I/O failure)
   */
  public Optional<SourceText> read(Path file, String path, Diagnostics diagnostics)
      throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      diagnostics.report(
          Rule.FILE_TOO_LARGE,
          Position.startOf(path),
          String.format(
              Locale.ROOT,
              "file is %.2f MiB; a bank file may not exceed 1 MiB: split it or shorten the answer",
              size / (double) MAX_BYTES));
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    int start = startsWithBom(bytes) ? BOM.length : 0;
    int nul = indexOfNul(bytes, start);
    if (nul >= 0) {
      diagnostics.report(
          Rule.ENCODING,
          positionOfByte(path, bytes, start, nul),
          "NUL byte: this is a binary file, not UTF-8 text");
      return Optional.empty();
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      diagnostics.report(
          Rule.ENCODING,
          positionOfByte(path, bytes, start, bad),
          String.format(
              Locale.ROOT,
              "byte 0x%02X is not valid UTF-8: save the file as UTF-8 (it looks like Latin-1 or"
                  + " another encoding, or a binary file)",
              bytes[bad] & 0xFF));
      return Optional.empty();
    }
    out.flip();
    return Optional.of(new SourceText(path, normalizeLineEndings(out.toString())));
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static int indexOfNul(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Line and column of a byte, counting columns in characters of the valid text before it. */
  private static Position positionOfByte(String path, byte[] bytes, int start, int offset) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new Position(path, line, before.length() + 1);
  }

  private static String normalizeLineEndings(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
