package io.github.questionbank.model;

/** An entry of the course's lesson catalog ({@code lessons.yaml}) that questions point to. */
public record Lesson(String id, String title, Position position) {}
