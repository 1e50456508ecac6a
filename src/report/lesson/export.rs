//! The handout: the whole lesson in one file a teacher can hand out. `.md` gives the tables
//! as Markdown and the diagram as text; `.html` gives one self-contained page (inline CSS,
//! inline SVG, no script, nothing fetched) with the transcript, the execution table, the
//! variable tracker, the memory diagram, the key moments and the quiz with its answer key.

use super::diagram::render_diagram;
use super::explain::key_moments;
use super::history::LessonHistory;
use super::quiz::{Question, Quiz};
use super::svg::{escape, render_svg_diagram};
use super::table::{Grid, table_grid, tracker_grid};
use crate::eval::Interpreter;

/// The handout as one page: HTML when `html`, Markdown otherwise.
pub fn render_handout(
    history: &LessonHistory,
    session: &Interpreter,
    title: &str,
    html: bool,
    seed: u64,
) -> String {
    match html {
        true => render_html(history, session, title, seed),
        false => render_markdown(history, session, title, seed),
    }
}

/// The full transcript of the session.
fn transcript(history: &LessonHistory) -> String {
    history.steps().iter().map(|s| s.transcript()).collect()
}

/// The handout as Markdown.
pub fn render_markdown(
    history: &LessonHistory,
    session: &Interpreter,
    title: &str,
    seed: u64,
) -> String {
    let mut md = format!(
        "# {title}\n\n## Transcript\n\n```text\n{}```\n\n",
        transcript(history)
    );
    md += &format!(
        "## Execution table\n\n{}\n",
        markdown_grid(&table_grid(history))
    );
    md += &format!(
        "## Variable tracker\n\n{}\n",
        markdown_grid(&tracker_grid(history))
    );
    md += &format!(
        "## Memory diagram\n\n```text\n{}```\n\n",
        render_diagram(session, &[], 100, false)
    );
    md += "## Key moments\n\n";
    for moment in key_moments(history) {
        md += &format!(
            "**Step {}: {}**\n{}\n",
            moment.step, moment.question, moment.answer
        );
        if let Some(watch) = moment.watch_out {
            md += &format!("*Watch out:* {watch}\n");
        }
        md += "\n";
    }
    md + &markdown_quiz(&Quiz::generate(history, session, seed))
}

fn markdown_grid(grid: &Grid) -> String {
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', "<br>");
    let row = |cells: &[String]| {
        let inner: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |\n", inner.join(" | "))
    };
    let mut md = row(&grid.headers);
    md += &format!("|{}\n", "---|".repeat(grid.headers.len()));
    md + &grid.rows.iter().map(|r| row(r)).collect::<String>()
}

fn markdown_quiz(quiz: &Quiz) -> String {
    let mut md = "## Quiz\n\n".to_string();
    for (i, q) in quiz.questions.iter().enumerate() {
        md += &format!("{}. {}\n", i + 1, q.prompt);
        for (j, option) in q.options.iter().enumerate() {
            md += &format!(
                "   - {}) `{}`\n",
                Question::letter(j),
                option.replace('\n', " / ")
            );
        }
    }
    md += "\n### Answer key\n\n";
    for (i, q) in quiz.questions.iter().enumerate() {
        md += &format!(
            "{}. {}: {}\n",
            i + 1,
            Question::letter(q.correct),
            q.explanation
        );
    }
    md
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2937;line-height:1.45}
h1{font-size:1.7em;border-bottom:3px solid #2563eb;padding-bottom:.2em}h2{margin-top:1.6em;color:#1e3a8a}
pre{background:#f3f4f6;padding:1em;border-radius:6px;overflow-x:auto;font-size:.9em}
table{border-collapse:collapse;margin:.5em 0;font-size:.92em}th,td{border:1px solid #cbd5e1;padding:.3em .6em;vertical-align:top;text-align:left}
th{background:#e0e7ff}td.value{font-family:ui-monospace,monospace;white-space:pre}tr:nth-child(even) td{background:#f8fafc}\n.scroll{overflow-x:auto}td.notes{min-width:24em}
svg.memory{display:block;margin:1em 0}svg text{font-family:ui-monospace,monospace;font-size:13px}svg .title{font-weight:bold;font-family:system-ui,sans-serif}
svg .index{fill:#6b7280;text-anchor:middle;font-size:11px}svg .value{text-anchor:middle}svg .visit{text-anchor:middle;font-weight:bold}svg .label{font-weight:bold}
svg .cell{fill:#fff;stroke:#334155}.moment{border-left:4px solid #2563eb;padding:.2em .8em;margin:.8em 0;background:#f8fafc}.watch{color:#b45309}
ol.quiz li{margin-bottom:.8em}ol.quiz code{background:#f3f4f6;padding:0 .2em}";

/// The handout as one self-contained HTML page.
pub fn render_html(
    history: &LessonHistory,
    session: &Interpreter,
    title: &str,
    seed: u64,
) -> String {
    let title = escape(title);
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\n<style>{STYLE}</style></head>\n<body>\n<h1>{title}</h1>\n"
    );
    html += &format!(
        "<h2>Transcript</h2>\n<pre class=\"transcript\">{}</pre>\n",
        escape(&transcript(history))
    );
    html += &format!(
        "<h2>Execution table</h2>\n{}",
        html_grid(&table_grid(history), "execution", 2)
    );
    html += &format!(
        "<h2>Variable tracker</h2>\n{}",
        html_grid(&tracker_grid(history), "tracker", 1)
    );
    html += &format!(
        "<h2>Memory diagram</h2>\n<p>Each buffer is a row of cells; under it, each name marks the cells it covers, numbered in the order it visits them.</p>\n{}",
        render_svg_diagram(session, &[])
    );
    html += &html_moments(history);
    html += &html_quiz(&Quiz::generate(history, session, seed));
    html + "</body></html>\n"
}

/// A grid as an HTML table; columns from `first_value` up to the last-but-one hold values.
fn html_grid(grid: &Grid, class: &str, first_value: usize) -> String {
    let mut html = format!("<div class=\"scroll\"><table class=\"{class}\"><thead><tr>");
    html += &grid
        .headers
        .iter()
        .map(|h| format!("<th>{}</th>", escape(h)))
        .collect::<String>();
    html += "</tr></thead><tbody>\n";
    let values_end = if class == "execution" {
        grid.headers.len() - 1
    } else {
        grid.headers.len()
    };
    for row in &grid.rows {
        html += "<tr>";
        for (i, cell) in row.iter().enumerate() {
            let kind = match i {
                _ if i >= first_value && i < values_end => " class=\"value\"",
                _ if i + 1 == row.len() && class == "execution" => " class=\"notes\"",
                _ => "",
            };
            html += &format!("<td{kind}>{}</td>", escape(cell));
        }
        html += "</tr>\n";
    }
    html + "</tbody></table></div>\n"
}

fn html_moments(history: &LessonHistory) -> String {
    let mut html = "<h2>Key moments</h2>\n".to_string();
    for moment in key_moments(history) {
        html += &format!(
            "<div class=\"moment\"><p><b>Step {}: {}</b></p><p>{}</p>",
            moment.step,
            escape(&moment.question),
            escape(&moment.answer)
        );
        if let Some(watch) = moment.watch_out {
            html += &format!("<p class=\"watch\">Watch out: {}</p>", escape(&watch));
        }
        html += "</div>\n";
    }
    html
}

fn html_quiz(quiz: &Quiz) -> String {
    let mut html = "<h2>Quiz</h2>\n<ol class=\"quiz\">\n".to_string();
    for q in &quiz.questions {
        html += &format!("<li>{}<br>", escape(&q.prompt));
        for (j, option) in q.options.iter().enumerate() {
            html += &format!(
                "{}) <code>{}</code> &nbsp; ",
                Question::letter(j),
                escape(&option.replace('\n', " / "))
            );
        }
        html += "</li>\n";
    }
    html += "</ol>\n<details><summary>Answer key</summary><ol>\n";
    for q in &quiz.questions {
        html += &format!(
            "<li><b>{}</b>: {}</li>\n",
            Question::letter(q.correct),
            escape(&q.explanation)
        );
    }
    html + "</ol></details>\n"
}
