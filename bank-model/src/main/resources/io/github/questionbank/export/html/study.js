// The study page's behaviour: filters, search, review marks, "open all" / "close all".
// It only adds to a page that is complete without it, and it reads what it needs from each
// question's data-* attributes. It runs as the page's one inline script, allowed by its hash in
// the page's Content Security Policy: no inline handlers, no eval, no requests.
(function () {
  "use strict";

  var main = document.getElementById("questions");
  var form = document.getElementById("toolbar");
  if (!main || !form) {
    return;
  }
  var questions = Array.prototype.slice.call(main.querySelectorAll("article.question"));
  var sections = Array.prototype.slice.call(main.querySelectorAll("section.bank-section"));
  var panels = Array.prototype.slice.call(main.querySelectorAll("details.answer"));
  var status = document.getElementById("filter-status");
  var search = document.getElementById("filter-search");
  var reviewOnly = document.getElementById("filter-review");
  var selects = {
    section: document.getElementById("filter-section"),
    lesson: document.getElementById("filter-lesson"),
    tag: document.getElementById("filter-tag")
  };
  var difficulties = Array.prototype.slice.call(form.querySelectorAll("input[name=difficulty]"));

  // Marks are kept per bank, so that every pack and every rebuild of the bank shares them.
  var storageKey = "questionbank:" + main.getAttribute("data-bank") + ":marks";
  var marks = loadMarks();

  // Marks by question id, in an object without a prototype: an id such as "constructor" must not
  // find an inherited property.
  function loadMarks() {
    var marks = Object.create(null);
    try {
      var stored = JSON.parse(window.localStorage.getItem(storageKey) || "{}");
      if (stored && typeof stored === "object" && !Array.isArray(stored)) {
        Object.keys(stored).forEach(function (id) {
          marks[id] = stored[id];
        });
      }
    } catch (e) {
      // No storage (a private window, a browser setting): marks last until the page is closed.
    }
    return marks;
  }

  function saveMarks() {
    try {
      if (Object.keys(marks).length === 0) {
        window.localStorage.removeItem(storageKey);
      } else {
        window.localStorage.setItem(storageKey, JSON.stringify(marks));
      }
    } catch (e) {
      // See loadMarks.
    }
  }

  function plural(count, noun) {
    return count + " " + noun + (count === 1 ? "" : "s");
  }

  function words(text) {
    return text.toLowerCase().split(/\s+/).filter(function (word) {
      return word.length > 0;
    });
  }

  function listOf(question, name) {
    return (question.getAttribute("data-" + name) || "").split(" ");
  }

  // The question text each search looks in, normalised once.
  var texts = questions.map(function (question) {
    var text = question.querySelector(".question-text");
    return (text ? text.textContent : "").toLowerCase().replace(/\s+/g, " ");
  });

  function matches(question, index, wanted) {
    if (wanted.difficulties.indexOf(question.getAttribute("data-difficulty")) < 0) {
      return false;
    }
    if (wanted.section && question.getAttribute("data-section") !== wanted.section) {
      return false;
    }
    if (wanted.lesson && listOf(question, "lessons").indexOf(wanted.lesson) < 0) {
      return false;
    }
    if (wanted.tag && listOf(question, "tags").indexOf(wanted.tag) < 0) {
      return false;
    }
    if (wanted.review && marks[question.getAttribute("data-id")] !== "review") {
      return false;
    }
    return wanted.words.every(function (word) {
      return texts[index].indexOf(word) >= 0;
    });
  }

  function applyFilters() {
    var wanted = {
      difficulties: difficulties
        .filter(function (box) {
          return box.checked;
        })
        .map(function (box) {
          return box.value;
        }),
      section: selects.section.value,
      lesson: selects.lesson.value,
      tag: selects.tag.value,
      review: reviewOnly.checked,
      words: words(search.value)
    };
    var shown = 0;
    questions.forEach(function (question, index) {
      var match = matches(question, index, wanted);
      question.hidden = !match;
      if (match) {
        shown++;
      }
    });
    sections.forEach(function (section) {
      var all = section.querySelectorAll("article.question").length;
      var visible = section.querySelectorAll("article.question:not([hidden])").length;
      section.hidden = visible === 0;
      var summary = section.querySelector(".section-summary");
      if (summary) {
        summary.textContent =
          visible === all ? plural(all, "question") : visible + " of " + plural(all, "question");
      }
    });
    var total = questions.length;
    if (shown === total) {
      status.textContent = "All " + total + " questions shown";
    } else if (shown === 0) {
      status.textContent = "No question matches (0 of " + total + ")";
    } else {
      status.textContent = shown + " of " + total + " questions match";
    }
  }

  function showMark(question) {
    var mark = marks[question.getAttribute("data-id")];
    question.classList.toggle("marked-known", mark === "known");
    question.classList.toggle("marked-review", mark === "review");
    Array.prototype.forEach.call(question.querySelectorAll("button.mark"), function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-mark") === mark));
    });
  }

  main.addEventListener("click", function (event) {
    var button = event.target.closest("button.mark");
    if (!button) {
      return;
    }
    var question = button.closest("article.question");
    var id = question.getAttribute("data-id");
    var mark = button.getAttribute("data-mark");
    // Pressing the mark a question already has takes it off again.
    if (marks[id] === mark) {
      delete marks[id];
    } else {
      marks[id] = mark;
    }
    saveMarks();
    showMark(question);
    if (reviewOnly.checked) {
      applyFilters();
    }
  });

  function setAll(open) {
    panels.forEach(function (panel) {
      panel.open = open;
    });
  }

  document.getElementById("open-all").addEventListener("click", function () {
    setAll(true);
  });
  document.getElementById("close-all").addEventListener("click", function () {
    setAll(false);
  });
  document.getElementById("clear-filters").addEventListener("click", function () {
    form.reset();
    applyFilters();
  });
  document.getElementById("reset-marks").addEventListener("click", function () {
    marks = Object.create(null);
    saveMarks();
    questions.forEach(showMark);
    applyFilters();
    status.textContent = "Marks cleared. " + status.textContent;
  });

  form.addEventListener("input", applyFilters);
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });

  // Browsers without ::details-content print closed panels closed: open them for the print.
  var closedBeforePrint = [];
  window.addEventListener("beforeprint", function () {
    closedBeforePrint = panels.filter(function (panel) {
      return !panel.open;
    });
    setAll(true);
  });
  window.addEventListener("afterprint", function () {
    closedBeforePrint.forEach(function (panel) {
      panel.open = false;
    });
    closedBeforePrint = [];
  });

  questions.forEach(showMark);
  Array.prototype.forEach.call(main.querySelectorAll(".marks"), function (group) {
    group.hidden = false;
  });
  form.hidden = false;
  applyFilters();
})();
