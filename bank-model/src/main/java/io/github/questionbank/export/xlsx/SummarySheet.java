package io.github.questionbank.export.xlsx;

import io.github.questionbank.export.xlsx.CellWriter.Look;
import io.github.questionbank.model.Difficulty;
import io.github.questionbank.model.Lesson;
import io.github.questionbank.model.Question;
import io.github.questionbank.model.Section;
import io.github.questionbank.select.Pack;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The pack at a glance: how many questions each section has at each difficulty, and how well the
 * questions cover each lesson of the course (gaps show as zeros, so every lesson is listed).
 *
 * <p>Both tables put an id in column A, a title in column B and the counts in columns C to F, so
 * that the columns line up and fit the same widths.
 */
final class SummarySheet {

  static final String NAME = "Summary";
  static final String SECTIONS_TITLE = "Questions by section and difficulty";
  static final String LESSONS_TITLE =
      "Lesson coverage (a question with several lessons counts for each)";

  private static final List<Difficulty> DIFFICULTIES = List.of(Difficulty.values());
  private static final int FIRST_COUNT = 2;

  private final Sheet sheet;
  private final CellWriter cells;
  private int next;

  private SummarySheet(Sheet sheet, CellWriter cells) {
    this.sheet = sheet;
    this.cells = cells;
  }

  static void write(Sheet sheet, Pack pack, CellWriter cells) {
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    for (int column = FIRST_COUNT; column <= FIRST_COUNT + DIFFICULTIES.size(); column++) {
      sheet.setColumnWidth(column, 10 * 256);
    }
    SummarySheet summary = new SummarySheet(sheet, cells);
    summary.sections(pack);
    summary.next++;
    summary.lessons(pack);
  }

  private void sections(Pack pack) {
    title(SECTIONS_TITLE);
    header("Section");
    Counts total = new Counts();
    for (Section section : pack.sections()) {
      Counts counts = new Counts();
      for (Question question : section.questions()) {
        counts.add(question.difficulty());
        total.add(question.difficulty());
      }
      counts(section.id(), section.title(), counts, Look.TEXT);
    }
    counts("Total", "", total, Look.BOLD);
  }

  private void lessons(Pack pack) {
    title(LESSONS_TITLE);
    header("Lesson");
    Map<String, Counts> byLesson = new HashMap<>();
    for (Section section : pack.sections()) {
      for (Question question : section.questions()) {
        for (String lesson : new LinkedHashSet<>(question.lessons())) {
          byLesson.computeIfAbsent(lesson, id -> new Counts()).add(question.difficulty());
        }
      }
    }
    for (Lesson lesson : pack.bank().lessons()) {
      Counts counts = byLesson.getOrDefault(lesson.id(), new Counts());
      counts(lesson.id(), lesson.title(), counts, Look.TEXT);
    }
  }

  private void title(String title) {
    cells.text(sheet.createRow(next++), 0, title, Look.BOLD);
  }

  private void header(String first) {
    Row row = sheet.createRow(next++);
    cells.text(row, 0, first, Look.HEADER);
    cells.text(row, 1, "Title", Look.HEADER);
    for (int i = 0; i < DIFFICULTIES.size(); i++) {
      cells.text(row, FIRST_COUNT + i, DIFFICULTIES.get(i).name(), Look.HEADER);
    }
    cells.text(row, FIRST_COUNT + DIFFICULTIES.size(), "Total", Look.HEADER);
  }

  private void counts(String id, String title, Counts counts, Look look) {
    Row row = sheet.createRow(next++);
    cells.text(row, 0, id, look);
    if (!title.isEmpty()) {
      cells.text(row, 1, title, look);
    }
    for (int i = 0; i < DIFFICULTIES.size(); i++) {
      cells.number(row, FIRST_COUNT + i, counts.of(DIFFICULTIES.get(i)), look);
    }
    cells.number(row, FIRST_COUNT + DIFFICULTIES.size(), counts.total(), look);
  }

  /** Questions counted by difficulty. */
  private static final class Counts {
    private final Map<Difficulty, Integer> byDifficulty = new EnumMap<>(Difficulty.class);

    void add(Difficulty difficulty) {
      byDifficulty.merge(difficulty, 1, Integer::sum);
    }

    int of(Difficulty difficulty) {
      return byDifficulty.getOrDefault(difficulty, 0);
    }

    int total() {
      return byDifficulty.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
