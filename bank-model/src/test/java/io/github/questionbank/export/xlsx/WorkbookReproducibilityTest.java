package io.github.questionbank.export.xlsx;

import static io.github.questionbank.export.xlsx.WorkbookTesting.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.questionbank.io.ReproducibleZip;
import io.github.questionbank.select.Pack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same pack, same timestamp: same bytes, whenever and wherever the build runs. */
class WorkbookReproducibilityTest {

  @TempDir Path first;
  @TempDir Path second;

  @Test
  void sameInputGivesSameBytesAtAnotherTimeInAnotherFolder() throws Exception {
    Pack pack = WorkbookTesting.wholeBank(WorkbookTesting.realBank());
    Path one = WorkbookTesting.export(pack, first, TIMESTAMP);
    // Zip entry times count in steps of two seconds: wait long enough for the clock to show.
    Thread.sleep(2_100);
    Path two = WorkbookTesting.export(pack, second.resolve("elsewhere/deeper"), TIMESTAMP);

    assertThat(one).isNotEqualTo(two);
    assertThat(Files.mismatch(one, two)).as("first differing byte").isEqualTo(-1L);
  }

  @Test
  void entriesComeInAFixedOrderDatedWithTheTimestamp() throws Exception {
    Path file =
        WorkbookTesting.export(
            WorkbookTesting.wholeBank(WorkbookTesting.realBank()), first, TIMESTAMP);

    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), entry);
        texts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }

    List<String> names = new ArrayList<>(entries.keySet());
    assertThat(names.get(0)).isEqualTo("[Content_Types].xml");
    assertThat(names.subList(1, names.size())).isSorted();
    assertThat(names).contains("docProps/core.xml", "xl/workbook.xml");
    for (ZipEntry entry : entries.values()) {
      assertThat(entry.getTimeLocal())
          .as(entry.getName())
          .isEqualTo(LocalDateTime.of(2026, 11, 25, 0, 0));
      assertThat(entry.getExtra()).as(entry.getName()).isNull();
    }
    assertThat(texts.get("docProps/core.xml"))
        .contains(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-25T00:00:00Z</dcterms:created>")
        .contains(
            "<dcterms:modified"
                + " xsi:type=\"dcterms:W3CDTF\">2026-11-25T00:00:00Z</dcterms:modified>");
  }

  @Test
  void anotherTimestampChangesTheDatesOnly() throws Exception {
    Pack pack = WorkbookTesting.wholeBank(WorkbookTesting.realBank());
    Path one = WorkbookTesting.export(pack, first, TIMESTAMP);
    Path two = WorkbookTesting.export(pack, second, TIMESTAMP.plus(Duration.ofDays(1)));

    assertThat(Files.mismatch(one, two)).isNotEqualTo(-1L);
    Map<String, byte[]> before = entries(Files.readAllBytes(one));
    Map<String, byte[]> after = entries(Files.readAllBytes(two));
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (String name : before.keySet()) {
      if (!name.equals("docProps/core.xml")) {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }
    assertThat(new String(after.get("docProps/core.xml"), StandardCharsets.UTF_8))
        .contains("2026-11-26T00:00:00Z");
  }

  @Test
  void zipBytesDoNotDependOnTheTimeZone() throws Exception {
    byte[] zip = zip(Map.of("b.xml", "<b/>", "[Content_Types].xml", "<Types/>", "a.xml", "<a/>"));
    TimeZone zone = TimeZone.getDefault();
    byte[] auckland;
    byte[] losAngeles;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
      auckland = copy(zip, TIMESTAMP);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      losAngeles = copy(zip, TIMESTAMP);
    } finally {
      TimeZone.setDefault(zone);
    }

    assertThat(auckland).isEqualTo(losAngeles);
    assertThat(entries(auckland).keySet()).containsExactly("[Content_Types].xml", "a.xml", "b.xml");
    assertThat(entries(auckland).get("b.xml")).asString(StandardCharsets.UTF_8).isEqualTo("<b/>");
  }

  @Test
  void timestampsAZipCannotHoldAreClampedToItsRange() {
    assertThat(ReproducibleZip.dosTime(Instant.EPOCH))
        .isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
    assertThat(ReproducibleZip.dosTime(Instant.parse("2200-01-01T00:00:00Z")).getYear())
        .isEqualTo(2107);
    assertThat(ReproducibleZip.dosTime(Instant.parse("2026-11-25T10:20:30.456Z")))
        .isEqualTo(LocalDateTime.of(2026, 11, 25, 10, 20, 30));
  }

  private static byte[] copy(byte[] zip, Instant timestamp) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookZip.copy(zip, timestamp, out);
    return out.toByteArray();
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
