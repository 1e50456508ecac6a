//! The facts a lesson is made of, read from one step's [`Outcome`].
//!
//! The per-step report says these things in sentences; the lesson views need them as data: the
//! execution table's notes, the explanations, the quiz and the JSON trace all start from the
//! same [`Event`]s, so they can never disagree with each other or with the report.

use crate::value::Rule;
use std::rc::Rc;

use serde::Serialize;

use crate::eval::{Interpreter, NameChange, ObjectChange, Outcome, Write};
use crate::memory::ArrayData;
use crate::memory::overlap;
use crate::report::objects;
use crate::report::{
    arrays_on_buffer, buffer_objects_on, buffer_objects_under, is_shared_object, names_seeing,
    other_holders, short, source_name, written_location,
};
use crate::value::{ArrayObject, ObjectArrayObject, OriginKind, Value};

/// Something a step did that a learner should see.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A name was bound to a new array (a view, a copy, or brand new).
    Made(MadeArray),
    /// A name was bound to an object another name already holds (`b = a`).
    Alias {
        /// The new name.
        name: String,
        /// The names already holding it.
        others: Vec<String>,
        /// What the object is (`list`, `int64 array (3,)`).
        kind: String,
    },
    /// A name was bound to some other value (a list, a number).
    Bound {
        /// The name.
        name: String,
        /// Python's type name.
        type_name: String,
        /// Its repr, cut to one line.
        value: String,
    },
    /// Elements were written in place.
    Wrote(WriteFact),
    /// `del name`.
    Deleted {
        /// The name.
        name: String,
        /// Names that still reach its buffer.
        still_reachable: Vec<String>,
    },
    /// A Python object several names hold changed, or a slot was given another object.
    Object(ObjectChange),
    /// Anything else worth a line (dialect switch, flag change, resize).
    Note {
        /// The line.
        text: String,
    },
}

/// View, copy or new, as the JSON trace spells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Shares its source's memory.
    View,
    /// Has its own copy of its source's elements.
    Copy,
    /// Made from scratch.
    New,
}

impl From<OriginKind> for Kind {
    fn from(kind: OriginKind) -> Kind {
        match kind {
            OriginKind::View => Kind::View,
            OriginKind::Copy => Kind::Copy,
            OriginKind::New => Kind::New,
        }
    }
}

/// A name bound to a new array.
#[derive(Clone, Debug, Serialize)]
pub struct MadeArray {
    /// The name.
    pub name: String,
    /// View, copy or new.
    pub kind: Kind,
    /// The rule that decided it (`basic slice`, `advanced index: integer list or mask`).
    pub rule: Rule,
    /// What it was made from (`arr`, `a temporary view of arr`), if anything.
    pub source: Option<String>,
    /// The buffer it lives in (`b1`).
    pub buffer: String,
    /// Its dtype.
    pub dtype: String,
    /// Its shape.
    pub shape: Vec<usize>,
    /// Byte offset into the buffer.
    pub offset: isize,
    /// Byte strides.
    pub strides: Vec<isize>,
    /// `flags.writeable`.
    pub writeable: bool,
    /// Other names sharing its memory, with which elements.
    pub shares: Vec<SharedWith>,
    /// True when `.base` is set although it is a copy or new (NumPy's hidden temporary).
    pub base_misleads: bool,
    /// For an object array: which other names hold the objects its cells point at
    /// (`oa[0:3] point at the very objects lst[0:3] holds`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub objects_shared: Vec<String>,
}

/// Another name that shares memory, and the overlapping elements.
#[derive(Clone, Debug, Serialize)]
pub struct SharedWith {
    /// The other name.
    pub name: String,
    /// The overlap in NumPy notation (`view[0:2] ↔ arr[1:3]`).
    pub elements: String,
}

/// An in-place write and who saw it.
#[derive(Clone, Debug, Serialize)]
pub struct WriteFact {
    /// The target as written (`view[0]`).
    pub target: String,
    /// The buffer written.
    pub buffer: String,
    /// How many distinct elements.
    pub count: usize,
    /// `element 1` for a single element, else `3 elements`.
    pub location: String,
    /// The name written through (`view`), if the target starts with one.
    pub through: Option<String>,
    /// Every name that sees the new values, with where (`arr[1]`) for a single element.
    pub seen_by: Vec<SharedWith>,
    /// Named copies made earlier from the written buffer, which keep their old values.
    pub copies_unchanged: Vec<String>,
}

impl WriteFact {
    /// True when no name at all sees the write (it went into a temporary copy).
    pub fn into_temporary(&self) -> bool {
        self.seen_by.is_empty()
    }

    /// The names other than the one written through that see the write.
    pub fn seen_elsewhere(&self) -> impl Iterator<Item = &SharedWith> {
        self.seen_by
            .iter()
            .filter(|seen| Some(&seen.name) != self.through.as_ref())
    }
}

/// The events of one successful step.
pub fn events_of(outcome: &Outcome, session: &Interpreter) -> Vec<Event> {
    let mut events = vec![];
    if let Some(dialect) = outcome.dialect_switch {
        let text = format!("switched to the {} dialect", dialect.name());
        events.push(Event::Note { text });
    }
    for (at, change) in outcome.names.iter().enumerate() {
        events.extend(name_event(change, &outcome.names[at + 1..], session));
    }
    events.extend(outcome.writes.iter().map(|w| write_event(w, session)));
    for resize in &outcome.resizes {
        let text = format!("{} resized buffer {}", resize.target, resize.buffer.id);
        events.push(Event::Note { text });
    }
    let notes = outcome.notes.iter().cloned();
    events.extend(notes.map(|text| Event::Note { text }));
    events.extend(outcome.object_changes.iter().cloned().map(Event::Object));
    events
}

/// The event of one name change; `later` are the step's changes after it.
fn name_event(change: &NameChange, later: &[NameChange], session: &Interpreter) -> Option<Event> {
    match change {
        NameChange::Bound {
            name,
            value,
            previous,
        } if is_shared_object(value)
            && previous.as_ref().is_some_and(|p| p.is_same_object(value)) =>
        {
            Some(Event::Note {
                text: format!("{name} still holds the same {}", kind_text(value)),
            })
        }
        NameChange::Bound { name, value, .. } => bound_event(name, value, later, session),
        NameChange::Deleted { name, previous } => Some(Event::Deleted {
            name: name.clone(),
            still_reachable: reachable_from(previous, session),
        }),
    }
}

fn bound_event(
    name: &str,
    value: &Value,
    later: &[NameChange],
    session: &Interpreter,
) -> Option<Event> {
    let (others, held_before) = other_holders(name, value, later, session);
    if is_shared_object(value) && held_before {
        let kind = kind_text(value);
        let name = name.to_string();
        return Some(Event::Alias { name, others, kind });
    }
    match value {
        Value::Array(array) => Some(Event::Made(made_array(name, array, session))),
        Value::ObjectArray(array) => Some(Event::Made(made_object_array(name, array, session))),
        Value::Module(_) | Value::Function(_) => None,
        other => Some(Event::Bound {
            name: name.to_string(),
            type_name: other.type_name().to_string(),
            value: short(&other.to_repr()),
        }),
    }
}

fn kind_text(value: &Value) -> String {
    match value {
        Value::Array(a) => format!(
            "{} array {}",
            a.data.dtype,
            crate::report::tuple_text(a.data.shape())
        ),
        other => other.type_name().to_string(),
    }
}

/// The facts about a freshly bound array.
pub fn made_array(name: &str, array: &Rc<ArrayObject>, session: &Interpreter) -> MadeArray {
    let data = &array.data;
    let has_source = array.origin.source.is_some()
        || array.origin.source_owner.is_some()
        || array.origin.source_text.is_some()
        || array.base.is_some();
    MadeArray {
        name: name.to_string(),
        kind: array.origin.kind().into(),
        rule: array.origin.rule,
        source: has_source.then(|| source_name(array, session)),
        buffer: data.buffer.id.to_string(),
        dtype: data.dtype.to_string(),
        shape: data.layout.shape.clone(),
        offset: data.layout.offset,
        strides: data.layout.strides.clone(),
        writeable: array.writeable.get(),
        shares: sharing_of(name, data, session),
        base_misleads: array.origin.kind() != OriginKind::View && !array.owns_data(),
        objects_shared: vec![],
    }
}

/// The facts about a freshly bound object array: its pointer buffer, the arrays sharing
/// those pointers, and the names holding the objects they point at.
pub fn made_object_array(
    name: &str,
    array: &Rc<ObjectArrayObject>,
    session: &Interpreter,
) -> MadeArray {
    let layout = &array.layout;
    let kind = array.rule.kind();
    let shares = objects::pointer_sharing(name, array, session);
    MadeArray {
        name: name.to_string(),
        kind: kind.into(),
        rule: array.rule,
        source: objects::source_of(array, session),
        buffer: array.buffer.id.to_string(),
        dtype: "object".into(),
        shape: layout.shape.clone(),
        offset: layout.offset,
        strides: layout.strides.clone(),
        writeable: array.writeable.get(),
        shares: shares
            .into_iter()
            .map(|(name, elements)| SharedWith { name, elements })
            .collect(),
        base_misleads: false,
        objects_shared: match kind {
            OriginKind::View => vec![],
            _ => objects::shared_objects(name, array, session),
        },
    }
}

/// Every other name whose elements overlap `data`, with the overlap.
pub fn sharing_of(name: &str, data: &ArrayData, session: &Interpreter) -> Vec<SharedWith> {
    let mut shares = vec![];
    for (other, other_data) in arrays_on_buffer(&data.buffer, session) {
        let found = overlap::element_overlap(&data.layout, &other_data.layout);
        if other != name && !found.is_empty() {
            let elements = found.render(name, &other);
            shares.push(SharedWith {
                name: other,
                elements,
            });
        }
    }
    for (other, _) in buffer_objects_under(data, session) {
        let elements = format!("all of {name} (it is {other}'s buffer {})", data.buffer.id);
        shares.push(SharedWith {
            name: other,
            elements,
        });
    }
    shares
}

fn write_event(write: &Write, session: &Interpreter) -> Event {
    let buffer = &write.region.buffer;
    let location = written_location(write);
    let seen_by = names_seeing(write, session)
        .into_iter()
        .map(|(name, place)| SharedWith {
            elements: if place.is_empty() {
                name.clone()
            } else {
                place
            },
            name,
        })
        .collect();
    Event::Wrote(WriteFact {
        target: write.target_text(),
        buffer: buffer.id.to_string(),
        count: write.elements_written(),
        location,
        through: write.module_name(),
        seen_by,
        copies_unchanged: copies_of_region(&write.region, session),
    })
}

/// Named copies made from an array over `region`'s buffer whose source elements include some
/// of `region` (the copies that hold an old value of what was just written).
fn copies_of_region(region: &ArrayData, session: &Interpreter) -> Vec<String> {
    let buffer = &region.buffer;
    let mut names = vec![];
    for (name, value) in session.names() {
        let Value::Array(array) = value else { continue };
        let origin = &array.origin;
        if origin.kind() != OriginKind::Copy || Rc::ptr_eq(&array.data.buffer, buffer) {
            continue;
        }
        // The source's own layout when it is still alive; else its owner's, which covers it.
        let alive = |weak: &Option<std::rc::Weak<ArrayObject>>| weak.as_ref()?.upgrade();
        let source = alive(&origin.source).or_else(|| alive(&origin.source_owner));
        let copied_from_region = source.is_some_and(|src| {
            Rc::ptr_eq(&src.data.buffer, buffer)
                && !overlap::element_overlap(&src.data.layout, &region.layout).is_empty()
        });
        if copied_from_region {
            names.push(name.clone());
        }
    }
    names
}

fn reachable_from(previous: &Value, session: &Interpreter) -> Vec<String> {
    let buffer = match previous {
        Value::Array(a) => Rc::clone(&a.data.buffer),
        Value::Buffer(o) => Rc::clone(&o.buffer),
        _ => return vec![],
    };
    let arrays = arrays_on_buffer(&buffer, session)
        .into_iter()
        .map(|(n, _)| n);
    let objects = buffer_objects_on(&buffer, session)
        .into_iter()
        .map(|(n, _)| n);
    arrays.chain(objects).collect()
}
