//! The quiz: multiple-choice questions generated from the session, whose correct option is
//! read from what really happened (the recorded values, the layouts in memory) and whose wrong
//! options are what a confused learner would answer (the value had it been a copy, the names
//! that would change if copies shared memory).
//!
//! The same seed always gives the same quiz. At the prompt, [`Question::check`] marks an
//! answer and explains it; for a script, [`render_quiz`] prints the questions and the key.

use super::facts::{Event, Kind};
use super::history::LessonHistory;
use super::quiz_facts::{self, Fact};

/// At most this many questions.
pub const QUESTIONS: usize = 5;

/// A generated quiz.
#[derive(Clone, Debug)]
pub struct Quiz {
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// One multiple-choice question.
#[derive(Clone, Debug)]
pub struct Question {
    /// The question.
    pub prompt: String,
    /// The options, shown as A, B, C, …
    pub options: Vec<String>,
    /// Index of the correct option.
    pub correct: usize,
    /// Why the correct option is correct.
    pub explanation: String,
    /// The fact of the session the question tests (what a checker can verify).
    pub fact: Fact,
}

/// The result of checking an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Right; with the explanation.
    Correct(String),
    /// Wrong; the right letter and the explanation.
    Wrong {
        /// The correct option's letter.
        answer: char,
        /// Why.
        explanation: String,
    },
    /// Not an option (`E`, `hello`); says what is accepted.
    NotAnOption(String),
}

impl Question {
    /// The letter of option `i` (`A` for 0).
    pub fn letter(i: usize) -> char {
        (b'A' + i as u8) as char
    }

    /// The question and its options, as printed.
    pub fn render(&self) -> String {
        let mut text = format!("{}\n", self.prompt);
        for (i, option) in self.options.iter().enumerate() {
            text += &format!(
                "  {}) {}\n",
                Question::letter(i),
                option.replace('\n', " / ")
            );
        }
        text
    }

    /// Checks an answer given as a letter (`b`, `B`) or a number from 1.
    pub fn check(&self, answer: &str) -> Verdict {
        let Some(chosen) = self.parse_answer(answer) else {
            let last = Question::letter(self.options.len() - 1);
            return Verdict::NotAnOption(format!("answer with a letter from A to {last}"));
        };
        if chosen == self.correct {
            Verdict::Correct(self.explanation.clone())
        } else {
            Verdict::Wrong {
                answer: Question::letter(self.correct),
                explanation: self.explanation.clone(),
            }
        }
    }

    fn parse_answer(&self, answer: &str) -> Option<usize> {
        let answer = answer.trim().trim_end_matches(')');
        let index = match answer.parse::<usize>() {
            Ok(n) => n.checked_sub(1)?,
            Err(_) => {
                let mut chars = answer.chars();
                let c = chars.next()?.to_ascii_uppercase();
                if chars.next().is_some() || !c.is_ascii_uppercase() {
                    return None;
                }
                (c as u8 - b'A') as usize
            }
        };
        (index < self.options.len()).then_some(index)
    }
}

impl Quiz {
    /// Questions about the recorded session (`session` is the session now, for questions
    /// about what a write would do next), chosen and shuffled by `seed`.
    pub fn generate(
        history: &LessonHistory,
        session: &crate::eval::Interpreter,
        seed: u64,
    ) -> Quiz {
        let mut rng = SplitMix(seed);
        let mut pools = [
            value_questions(history),
            view_or_copy_questions(history),
            quiz_facts::who_sees_questions(session),
            first_visible_questions(history),
        ];
        for pool in pools.iter_mut() {
            rng.shuffle(pool);
        }
        let mut questions = vec![];
        while questions.len() < QUESTIONS && pools.iter().any(|p| !p.is_empty()) {
            for pool in pools.iter_mut() {
                if let Some(q) = pool.pop().filter(|_| questions.len() < QUESTIONS) {
                    questions.push(q);
                }
            }
        }
        for question in questions.iter_mut() {
            shuffle_options(question, &mut rng);
        }
        Quiz { questions }
    }
}

/// Builds a question from its correct option and distractors (duplicates dropped).
pub(super) fn question(
    prompt: String,
    correct: String,
    wrong: Vec<String>,
    explanation: String,
    fact: Fact,
) -> Option<Question> {
    let mut options = vec![correct];
    for option in wrong {
        if !options.contains(&option) && options.len() < 4 {
            options.push(option);
        }
    }
    (options.len() >= 2).then_some(Question {
        prompt,
        options,
        correct: 0,
        explanation,
        fact,
    })
}

fn shuffle_options(question: &mut Question, rng: &mut SplitMix) {
    let right = question.options[question.correct].clone();
    rng.shuffle(&mut question.options);
    question.correct = question
        .options
        .iter()
        .position(|o| *o == right)
        .unwrap_or(0);
}

/// "After step 3 (`view[0] = 10`), what is `arr`?" for names changed through another name.
fn value_questions(history: &LessonHistory) -> Vec<Question> {
    let mut questions = vec![];
    for (number, step) in history.numbered_steps() {
        for event in &step.events {
            let Event::Wrote(write) = event else { continue };
            for seen in write.seen_elsewhere() {
                let name = &seen.name;
                let Some(now) = history.value_after(name, number) else {
                    continue;
                };
                let before = history.value_after(name, number - 1).unwrap_or_default();
                let through = write.through.as_deref().unwrap_or(&write.target);
                let other = history.value_after(through, number).unwrap_or_default();
                let explanation = format!(
                    "`{}` wrote {} of buffer {}, which {name} sees{}; had {name} and {through} not shared memory, {name} would still be {}.",
                    write.target,
                    write.location,
                    write.buffer,
                    seen_as(name, &seen.elements),
                    one_line(&before)
                );
                let prompt = format!(
                    "After step {number} (`{}`), what is `{name}`?",
                    step.statement
                );
                let wrong = vec![before, other];
                let fact = Fact::ValueAfter {
                    name: name.clone(),
                    step: number,
                };
                questions.extend(question(prompt, now, wrong, explanation, fact));
            }
        }
    }
    questions
}

/// ` as a[2]` when the write touched one element of `name`; nothing when it is all of `name`.
fn seen_as(name: &str, elements: &str) -> String {
    if elements == name {
        String::new()
    } else {
        format!(" as {elements}")
    }
}

/// "Is `view` a view or a copy of arr?" for every view or copy made.
fn view_or_copy_questions(history: &LessonHistory) -> Vec<Question> {
    let mut questions = vec![];
    for (number, step) in history.numbered_steps() {
        for event in &step.events {
            let Event::Made(made) = event else { continue };
            if made.kind == Kind::New {
                continue;
            }
            let source = made.source.clone().unwrap_or_else(|| "its source".into());
            let view = format!("a view: it shares memory with {source}");
            let copy = "a copy: it has memory of its own".to_string();
            let same = format!("the same object as {source}, under a second name");
            let (correct, wrong) = match made.kind {
                Kind::View => (view, vec![copy, same]),
                _ => (copy, vec![view, same]),
            };
            let prompt = format!(
                "Step {number} runs `{}`. What is `{}`?",
                step.statement, made.name
            );
            let explanation = made.rule.explanation().to_string();
            let fact = Fact::ViewOrCopy {
                name: made.name.clone(),
                step: number,
                view: made.kind == Kind::View,
            };
            questions.extend(question(prompt, correct, wrong, explanation, fact));
        }
    }
    questions
}

/// "At which step did a change through `view` first show up in `arr`?"
fn first_visible_questions(history: &LessonHistory) -> Vec<Question> {
    let mut seen_pairs: Vec<(String, String)> = vec![];
    let mut questions = vec![];
    let last = history.numbered_steps().last().map_or(0, |(n, _)| n);
    for (number, step) in history.numbered_steps() {
        for event in &step.events {
            let Event::Wrote(write) = event else { continue };
            let Some(through) = &write.through else {
                continue;
            };
            for seen in write.seen_elsewhere() {
                let pair = (through.clone(), seen.name.clone());
                if seen_pairs.contains(&pair) {
                    continue;
                }
                seen_pairs.push(pair);
                let prompt = format!(
                    "At which step did a write through `{through}` first change `{}`?",
                    seen.name
                );
                let wrong = [
                    number.saturating_sub(1),
                    number + 1,
                    number.saturating_sub(2),
                ]
                .into_iter()
                .filter(|&n| n >= 1 && n <= last && n != number)
                .map(|n| format!("Step {n}"))
                .collect();
                let explanation = format!(
                    "Step {number}: `{}` wrote memory that {} sees{}.",
                    step.statement,
                    seen.name,
                    seen_as(&seen.name, &seen.elements)
                );
                let fact = Fact::FirstVisible {
                    through: through.clone(),
                    seen: seen.name.clone(),
                    step: number,
                };
                questions.extend(question(
                    prompt,
                    format!("Step {number}"),
                    wrong,
                    explanation,
                    fact,
                ));
            }
        }
    }
    questions
}

fn one_line(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" / ")
}

/// `%quiz` for a script: the questions, then the answer key with explanations.
pub fn render_quiz(quiz: &Quiz) -> String {
    if quiz.questions.is_empty() {
        return "(no questions: the session made no views, copies or shared writes)\n".into();
    }
    let mut text = String::new();
    for (i, question) in quiz.questions.iter().enumerate() {
        text += &format!("{}. {}\n", i + 1, question.render());
    }
    text += "Answer key:\n";
    for (i, question) in quiz.questions.iter().enumerate() {
        let letter = Question::letter(question.correct);
        text += &format!("{}. {letter}: {}\n", i + 1, question.explanation);
    }
    text
}

/// A tiny deterministic generator (SplitMix64), so a seed gives the same quiz everywhere.
pub(super) struct SplitMix(pub u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_answer_blames_the_sharing_not_the_owner_being_a_copy() {
        let (history, _) = crate::script::record_lesson("a = arange(3)\nv = a[1:]\nv[0] = 9\n");
        let questions = value_questions(&history);
        let about_a = questions
            .iter()
            .find(|q| q.prompt.contains("what is `a`"))
            .expect("a question about a");
        let text = &about_a.explanation;
        assert!(text.contains("which a sees as a[1]"), "{text}");
        assert!(
            text.contains("had a and v not shared memory, a would still be [0 1 2]"),
            "{text}"
        );
        assert!(!text.contains("had a been a copy"), "{text}");
    }
}
