//! Explanations: for each step that made a view or a copy, or wrote into memory other names
//! see, a question a learner would ask, the answer in plain words (the rule that decided it, and
//! what happened in memory), and what to watch out for. Generated from the recorded events, so
//! they fit whatever session produced them.

use super::facts::{Event, Kind, MadeArray, WriteFact};
use super::history::LessonHistory;
use crate::eval::ObjectChange;

/// One explanation, tied to the step it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyMoment {
    /// The step number.
    pub step: usize,
    /// The question a learner asks.
    pub question: String,
    /// The answer.
    pub answer: String,
    /// What to watch out for, if anything.
    pub watch_out: Option<String>,
}

/// The key moments of the session, in step order.
pub fn key_moments(history: &LessonHistory) -> Vec<KeyMoment> {
    let mut moments = vec![];
    for (number, step) in history.numbered_steps() {
        if let Some(error) = &step.error {
            moments.push(KeyMoment {
                step: number,
                question: format!("What did `{}` do?", step.statement),
                answer: format!("It raised {error}. A failing step changes nothing: every name and buffer is as it was."),
                watch_out: None,
            });
        }
        for event in &step.events {
            moments.extend(event_moment(number, event));
        }
    }
    moments
}

fn event_moment(step: usize, event: &Event) -> Option<KeyMoment> {
    match event {
        Event::Made(made) if !made.objects_shared.is_empty() => Some(pointers_moment(step, made)),
        Event::Made(made) if made.kind != Kind::New => Some(made_moment(step, made)),
        Event::Object(change) => object_moment(step, change),
        Event::Wrote(write) => write_moment(step, write),
        Event::Alias { name, others, kind } => Some(KeyMoment {
            step,
            question: format!("Did `{name} = …` copy the {kind}?"),
            answer: format!(
                "No. Assignment never copies: {name} is a second name for the very same {kind} as {}.",
                others.join(", ")
            ),
            watch_out: Some(format!(
                "A change made through {name} shows through {} too.",
                others.join(", ")
            )),
        }),
        _ => None,
    }
}

fn made_moment(step: usize, made: &MadeArray) -> KeyMoment {
    let source = made.source.as_deref().unwrap_or("its source");
    let owner = source
        .strip_prefix("a temporary view of ")
        .unwrap_or(source);
    let name = &made.name;
    let (question, mut answer, mut watch_out) = match made.kind {
        Kind::View => (
            format!("Why does `{name}` share memory with {source}?"),
            format!(
                "{} So {name} is a new array object over the same buffer {} (offset {} B, strides {}); nothing was copied.",
                made.rule.explanation(),
                made.buffer,
                made.offset,
                crate::report::tuple_text(&made.strides)
            ),
            view_watch_out(made, owner),
        ),
        _ => (
            format!("Is `{name}` a separate array with its own data?"),
            format!(
                "Yes. {} {name} got a new buffer {}: it shares memory with no other name.",
                made.rule.explanation(),
                made.buffer
            ),
            Some(format!(
                "Later writes to {owner} do not reach {name}, and writes to {name} stay in {name}."
            )),
        ),
    };
    for shared in &made.shares {
        answer += &format!(" Shared elements: {}.", shared.elements);
    }
    if made.base_misleads {
        let (what, how) = match made.kind {
            Kind::New => ("new", "computed"),
            _ => ("a copy", "copied"),
        };
        watch_out = Some(format!(
            "{name}.base is not None, yet {name} is {what}: NumPy keeps the temporary it {how} into as the base. Test sharing with np.shares_memory, not .base."
        ));
    }
    if !made.writeable {
        watch_out = Some(format!(
            "{name} is read-only: writing to it raises ValueError."
        ));
    }
    KeyMoment {
        step,
        question,
        answer,
        watch_out,
    }
}

/// An object array made from objects other names hold: its pointers are new, the objects not.
fn pointers_moment(step: usize, made: &MadeArray) -> KeyMoment {
    let name = &made.name;
    let size: usize = made.shape.iter().product();
    KeyMoment {
        step,
        question: format!("Did making `{name}` copy the objects it holds?"),
        answer: format!(
            "No, only pointers to them. {} Here {name} has buffer {} of its own ({} bytes: one 8-byte pointer per cell), and {}.",
            made.rule.explanation(),
            made.buffer,
            size * crate::value::OBJECT_ITEMSIZE,
            made.objects_shared.join("; ")
        ),
        watch_out: None,
    }
}

/// The moments of a change to shared objects: an attribute several places see, or a list
/// slot given another object while array cells keep the old one.
fn object_moment(step: usize, change: &ObjectChange) -> Option<KeyMoment> {
    match change {
        ObjectChange::AttributeSet {
            attr,
            class,
            seen_as,
        } if seen_as.len() > 1 => Some(KeyMoment {
            step,
            question: format!(
                "Why does setting {attr} show through {}?",
                seen_as.join(" and ")
            ),
            answer: format!(
                "{} are one and the same {class} object. Setting its attribute {attr} changes that one object, and every name, list item and array cell holding it sees the new value.",
                seen_as.join(" and ")
            ),
            watch_out: None,
        }),
        ObjectChange::SlotRebound {
            slot,
            old_type,
            still_pointing,
        } => Some(KeyMoment {
            step,
            question: format!("Did `{slot} = …` change {}?", still_pointing.join(", ")),
            answer: format!(
                "No. It put another object into {slot}; {} still point{} at the old {old_type}. An object array has its own buffer of pointers, copied when it was made: it is not a view of the list.",
                still_pointing.join(", "),
                if still_pointing.len() == 1 { "s" } else { "" }
            ),
            watch_out: None,
        }),
        ObjectChange::Repointed {
            target, seen_as, ..
        } if seen_as.len() > 1 => Some(KeyMoment {
            step,
            question: format!("Why does `{target}` show in {}?", seen_as.join(", ")),
            answer: format!(
                "The write changed which objects those pointer cells point at, and {} look at the same pointer cells.",
                seen_as.join(", ")
            ),
            watch_out: None,
        }),
        _ => None,
    }
}

/// "Writing through v changes a, …" for a view of a named array; a view of an unnamed
/// temporary names the arrays it shares memory with instead, or says nothing when there are none.
fn view_watch_out(made: &MadeArray, owner: &str) -> Option<String> {
    let name = &made.name;
    let unnamed = owner.starts_with("a temporary array") || owner.starts_with("an unnamed");
    let others = if unnamed || made.source.is_none() {
        let sharing: Vec<&str> = made.shares.iter().map(|s| s.name.as_str()).collect();
        if sharing.is_empty() {
            return None;
        }
        sharing.join(", ")
    } else {
        owner.to_string()
    };
    Some(format!(
        "Writing through {name} changes {others}, and writing {others} changes {name}."
    ))
}

fn write_moment(step: usize, write: &WriteFact) -> Option<KeyMoment> {
    let through = write
        .through
        .clone()
        .unwrap_or_else(|| write.target.clone());
    if write.into_temporary() {
        return Some(KeyMoment {
            step,
            question: format!("Why did `{}` not change {through}?", write.target),
            answer: format!(
                "The first index made a temporary copy (buffer {}); the write went into that copy, which no name keeps.",
                write.buffer
            ),
            watch_out: Some("In a chained index like a[[0, 1]][0] = x, only a first index that is a view writes back.".into()),
        });
    }
    let seen: Vec<&str> = write
        .seen_elsewhere()
        .map(|s| s.elements.as_str())
        .collect();
    if !seen.is_empty() {
        let names: Vec<&str> = write.seen_elsewhere().map(|s| s.name.as_str()).collect();
        return Some(KeyMoment {
            step,
            question: format!(
                "Why does writing `{}` also change {}?",
                write.target,
                names.join(" and ")
            ),
            answer: format!(
                "{} is {} of buffer {}, the same memory that {} show{}. One write, seen through every name that looks at it.",
                write.target,
                write.location,
                write.buffer,
                seen.join(", "),
                if seen.len() == 1 { "s" } else { "" }
            ),
            watch_out: copies_note(write),
        });
    }
    let note = copies_note(write)?;
    Some(KeyMoment {
        step,
        question: format!(
            "Why did {} not change when `{}` was written?",
            write.copies_unchanged.join(", "),
            write.target
        ),
        answer: note,
        watch_out: None,
    })
}

fn copies_note(write: &WriteFact) -> Option<String> {
    match write.copies_unchanged.as_slice() {
        [] => None,
        [name] => Some(format!(
            "{name} was copied out of {} earlier and has a buffer of its own, so this write does not reach it.",
            write.buffer,
        )),
        names => Some(format!(
            "{} were copied out of {} earlier and have buffers of their own, so this write does not reach them.",
            names.join(", "),
            write.buffer,
        )),
    }
}

/// `%explain [step]` / `--explain`: every key moment, or those of one step.
pub fn render_explanations(history: &LessonHistory, step: Option<usize>) -> String {
    let moments: Vec<KeyMoment> = key_moments(history)
        .into_iter()
        .filter(|m| step.is_none_or(|s| m.step == s))
        .collect();
    if moments.is_empty() {
        return match step {
            Some(s) => {
                format!("Step {s} made no view or copy and wrote nothing another name sees.\n")
            }
            None => "(nothing to explain yet: no views, copies or shared writes)\n".into(),
        };
    }
    let mut text = String::new();
    for moment in &moments {
        text += &format!(
            "Step {}: {}\n  {}\n",
            moment.step, moment.question, moment.answer
        );
        if let Some(watch) = &moment.watch_out {
            text += &format!("  Watch out: {watch}\n");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moments(source: &str) -> Vec<KeyMoment> {
        key_moments(&crate::script::record_lesson(source).0)
    }

    #[test]
    fn a_view_of_an_unnamed_temporary_has_no_watch_out_about_writing_the_temporary() {
        let found = moments("m = arange(6).reshape(2, 3)\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].watch_out, None, "{:?}", found[0]);
    }

    #[test]
    fn a_view_of_a_temporary_names_the_arrays_it_does_share_with() {
        let found = moments("a = arange(6)\nb = broadcast_to(a[:3], (2, 3))\n");
        let watch = found
            .iter()
            .find(|m| m.step == 2)
            .and_then(|m| m.watch_out.clone());
        assert!(watch.is_some_and(|w| !w.contains("temporary") && w.contains("a")));
    }

    #[test]
    fn only_copies_of_the_written_elements_are_said_to_keep_old_values() {
        // c copied tail = a[4:], which the write to a[0] does not touch; d copied all of a.
        let source = "a = arange(6)\ntail = a[4:]\nc = tail.copy()\nd = a.copy()\na[0] = 9\n";
        let found = moments(source);
        let write = found
            .iter()
            .find(|m| m.step == 5)
            .expect("a moment for the write");
        assert!(write.question.contains("Why did d not change"), "{write:?}");
        assert!(
            write.answer.starts_with("d was copied out of b1"),
            "{write:?}"
        );
    }

    #[test]
    fn an_object_array_of_shared_objects_explains_pointers_attributes_and_rebinding() {
        let source = "import numpy as np\nclass C:\n    pass\nobjs = [C(), C()]\noa = np.array(objs, dtype=object)\nobjs[0].x = 1\nobjs[1] = 5\n";
        let found = moments(source);
        let questions: Vec<&str> = found.iter().map(|m| m.question.as_str()).collect();
        assert_eq!(
            questions,
            [
                "Did making `oa` copy the objects it holds?",
                "Why does setting x show through oa[0] and objs[0]?",
                "Did `objs[1] = …` change oa[1]?"
            ]
        );
        assert!(
            found[0]
                .answer
                .contains("oa[0:2] point at the very objects objs[0:2] holds")
        );
    }
}
