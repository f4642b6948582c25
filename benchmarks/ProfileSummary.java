import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes a JFR recording of a Maven run (benchmarks/profile.sh): where the CPU samples fall, by
 * library (the sampled top frame) and by our own class (the nearest io.github.questionbank frame
 * on the stack, so that a library's time is charged to the code of ours that called it), the
 * hottest methods, garbage collection and the heap.
 *
 * <p>Usage: {@code java benchmarks/ProfileSummary.java recording.jfr}. The JDK's {@code jfr} tool
 * of Java 17 prints events but no such summary; this needs nothing but the JDK.
 */
public final class ProfileSummary {

  /** Top-frame package prefixes to the library they belong to, first match wins. */
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("com.lowagie.", "OpenPDF");
    LIBRARIES.put("org.openpdf.", "OpenPDF");
    LIBRARIES.put("com.vladsch.flexmark.", "flexmark");
    LIBRARIES.put("org.apache.poi.", "POI");
    LIBRARIES.put("org.apache.xmlbeans.", "POI (XMLBeans)");
    LIBRARIES.put("org.apache.commons.compress.", "commons-compress");
    LIBRARIES.put("org.apache.commons.csv.", "commons-csv");
    LIBRARIES.put("org.yaml.snakeyaml.", "SnakeYAML");
    LIBRARIES.put("com.networknt.", "json-schema-validator");
    LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
    LIBRARIES.put("org.owasp.", "OWASP sanitizer");
    LIBRARIES.put("io.github.questionbank.", "questionbank");
    LIBRARIES.put("org.apache.maven.", "Maven");
    LIBRARIES.put("org.codehaus.plexus.", "Maven");
    LIBRARIES.put("org.eclipse.", "Maven");
    LIBRARIES.put("com.google.inject.", "Maven");
    LIBRARIES.put("java.util.zip.", "JDK zip (deflate)");
    LIBRARIES.put("java.util.regex.", "JDK regex");
    LIBRARIES.put("java.", "JDK");
    LIBRARIES.put("javax.", "JDK");
    LIBRARIES.put("jdk.", "JDK");
    LIBRARIES.put("sun.", "JDK");
  }

  private static final String OURS = "io.github.questionbank.";
  private static final int TOP = 15;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java benchmarks/ProfileSummary.java <recording.jfr>");
      System.exit(2);
    }
    Map<String, Integer> byLibrary = new HashMap<>();
    Map<String, Integer> byOurClass = new HashMap<>();
    Map<String, Integer> byMethod = new HashMap<>();
    Map<String, Map<String, Integer>> callers = new HashMap<>();
    int samples = 0;
    Duration gcPauses = Duration.ZERO;
    int collections = 0;
    long maxHeapUsed = 0;
    long maxHeapCommitted = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      switch (event.getEventType().getName()) {
        case "jdk.ExecutionSample" -> {
          RecordedStackTrace stack = event.getStackTrace();
          if (stack == null || stack.getFrames().isEmpty()) {
            continue;
          }
          samples++;
          List<RecordedFrame> frames = stack.getFrames();
          String top = className(frames.get(0));
          byLibrary.merge(library(top), 1, Integer::sum);
          String method = top + "." + frames.get(0).getMethod().getName();
          byMethod.merge(method, 1, Integer::sum);
          callers.computeIfAbsent(method, m -> new HashMap<>()).merge(caller(frames), 1, Integer::sum);
          byOurClass.merge(nearestOurs(frames), 1, Integer::sum);
        }
        case "jdk.GarbageCollection" -> {
          collections++;
          gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
        }
        case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, event.getLong("heapUsed"));
        case "jdk.GCConfiguration", "jdk.GCHeapConfiguration" -> {
          if (event.hasField("maxSize")) {
            maxHeapCommitted = Math.max(maxHeapCommitted, event.getLong("maxSize"));
          }
        }
        default -> {}
      }
    }
    System.out.printf("%d CPU samples (about one per 10-20 ms of a running thread)%n", samples);
    print("by library (the sampled frame)", byLibrary, samples);
    print("by our class nearest the sampled frame (inclusive of the libraries it calls)",
        byOurClass, samples);
    print("hottest methods (the sampled frame)", byMethod, samples);
    int total = samples;
    byMethod.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(3)
        .forEach(
            hot ->
                print(
                    "who calls " + hot.getKey() + " (the first frame outside the JDK)",
                    callers.get(hot.getKey()),
                    total));
    System.out.printf(
        "%nGC: %d collections, %d ms of pauses; heap used at most %d MB (max heap %d MB)%n",
        collections, gcPauses.toMillis(), maxHeapUsed >> 20, maxHeapCommitted >> 20);
  }

  private static String className(RecordedFrame frame) {
    return frame.getMethod().getType().getName();
  }

  private static String library(String className) {
    for (Map.Entry<String, String> prefix : LIBRARIES.entrySet()) {
      if (className.startsWith(prefix.getKey())) {
        return prefix.getValue();
      }
    }
    return "other";
  }

  /** The first frame from the top that is not the JDK's: the library code that did the call. */
  private static String caller(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = className(frame);
      if (!library(name).startsWith("JDK")) {
        return name + "." + frame.getMethod().getName();
      }
    }
    return "(the JDK alone)";
  }

  /** The first frame of ours from the top, as a short class name; or where the thread ran. */
  private static String nearestOurs(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String name = className(frame);
      if (name.startsWith(OURS)) {
        String simple = name.substring(OURS.length());
        int lambda = simple.indexOf("$$Lambda");
        return lambda < 0 ? simple : simple.substring(0, lambda);
      }
    }
    return "(not under our code: " + library(className(frames.get(frames.size() - 1))) + ")";
  }

  private static void print(String title, Map<String, Integer> counts, int samples) {
    System.out.printf("%n%s:%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(TOP)
        .forEach(
            entry ->
                System.out.printf(
                    "  %5.1f %%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
  }
}
