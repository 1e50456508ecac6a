//! The "Notes" column of the execution table: what a step did in memory, in a few words.

use super::facts::{Event, Kind, MadeArray, WriteFact};
use super::history::StepRecord;

/// What the step did in memory: "view of arr (basic slice), shares b1: view[0:2] ↔ arr[1:3]",
/// "write through view is visible in arr[1]", "copy of arr: new buffer b2".
pub fn step_notes(step: &StepRecord) -> String {
    if let Some(error) = &step.error {
        return format!("{error} (nothing changed)");
    }
    let mut notes: Vec<String> = step.events.iter().map(event_note).collect();
    if notes.is_empty() && !step.changed.is_empty() {
        let names: Vec<&str> = step.changed.iter().map(|(n, _)| n.as_str()).collect();
        notes.push(format!("changes {}", names.join(", ")));
    }
    if notes.is_empty() && !step.printed.is_empty() {
        notes.push(format!("prints {}", one_line(&step.printed)));
    }
    if notes.is_empty() {
        notes.push("no change in memory".into());
    }
    notes.join("; ")
}

fn event_note(event: &Event) -> String {
    match event {
        Event::Made(made) => made_note(made),
        Event::Alias { name, others, kind } => {
            format!("{name} is another name for {}'s {kind}", others.join(", "))
        }
        Event::Bound {
            name, type_name, ..
        } => format!("{name}: new {type_name}"),
        Event::Wrote(write) => write_note(write),
        Event::Deleted {
            name,
            still_reachable,
        } if still_reachable.is_empty() => format!("del {name}: its memory is unreachable"),
        Event::Deleted {
            name,
            still_reachable,
        } => format!(
            "del {name}: memory still seen by {}",
            still_reachable.join(", ")
        ),
        Event::Note { text } => text.clone(),
        Event::Object(change) => change.text(),
    }
}

fn made_note(made: &MadeArray) -> String {
    let source = made.source.as_deref().unwrap_or("an unnamed array");
    match made.kind {
        Kind::View => {
            let mut note = format!("view of {source} ({}), shares {}", made.rule, made.buffer);
            if let Some(first) = made.shares.first() {
                note += &format!(": {}", first.elements);
            }
            note
        }
        Kind::Copy => format!(
            "copy of {source} ({}): new buffer {}",
            made.rule, made.buffer
        ),
        Kind::New => {
            let mut note = format!(
                "new {} array ({}), owns buffer {}",
                made.dtype, made.rule, made.buffer
            );
            if let Some(first) = made.objects_shared.first() {
                note += &format!("; {first}");
            }
            note
        }
    }
}

fn write_note(write: &WriteFact) -> String {
    let through = write.through.as_deref().unwrap_or(&write.target);
    let seen: Vec<&str> = write
        .seen_elsewhere()
        .map(|seen| seen.elements.as_str())
        .collect();
    let mut note = if write.into_temporary() {
        format!(
            "write to {} lands in a temporary copy ({}); no name sees it",
            write.target, write.buffer
        )
    } else if seen.is_empty() {
        format!(
            "write through {through} ({}); no other name sees it",
            write.buffer
        )
    } else {
        format!("write through {through} is visible in {}", seen.join(", "))
    };
    match write.copies_unchanged.as_slice() {
        [] => {}
        [name] => note += &format!("; {name} keeps its old values (own buffer)"),
        names => note += &format!("; {} keep their old values (own buffers)", names.join(", ")),
    }
    note
}

/// Output on one line: `[ 1 10  3]`, lines joined with ` / `.
pub(super) fn one_line(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_unchanged_copies_take_a_plural_verb() {
        let source = "a = arange(4)\nc = a.copy()\nd = a.copy()\na[0] = 9\n";
        let (history, _) = crate::script::record_lesson(source);
        let notes = step_notes(history.step(4).expect("step 4"));
        assert!(
            notes.ends_with("c, d keep their old values (own buffers)"),
            "{notes}"
        );
    }
}
