//! Reading viewfinder's overlap notation back into data.
//!
//! The text is written by `src/memory/overlap/render.rs` (and `all of …` by the lesson facts):
//!
//! ```text
//! claim     = "all of " NAME " (it is " NAME "'s buffer " ID ")"
//!           | body [" (" note {"; " note} ")"]
//! body      = selection " ↔ " selection                       (a block)
//!           | pair {", " pair} [", …"]                        (an irregular overlap)
//! selection = NAME [".reshape(" ints ")"] ["[" axis {", " axis} "]"] [".T" | ".transpose(" ints ")"]
//! axis      = INT | [INT] ":" [INT] [":" INT]
//! pair      = NAME ["[" ints "]"] " ↔ " NAME ["[" ints "]"]
//! note      = "each element of " NAME " appears " N " times in " NAME
//!           | "by bytes: the " N "-byte items are not aligned with each other"
//!           | "by bytes: " NAME " has " N "-byte items, " NAME " has " N "-byte items"
//!           | "axes walked in a different order"
//!           | N " pairs in all: " N " elements of " NAME ", " N " of " NAME
//! ```
//!
//! A text outside this grammar is an [`Err`], which the oracle reports as a finding: a claim
//! that cannot be read cannot be checked.

/// One overlap claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claim {
    /// Element `i` of one block (C order, broadcast axes aside) is element `i` of the other.
    Block {
        /// The first name's elements.
        a: Selection,
        /// The second name's elements.
        b: Selection,
        /// The notes after the block.
        notes: Vec<Note>,
    },
    /// The first pairs of an irregular overlap.
    Pairs {
        /// The pairs shown.
        pairs: Vec<(Element, Element)>,
        /// True when `…` says there are more.
        more: bool,
        /// The notes.
        notes: Vec<Note>,
    },
    /// `all of v (it is ba's buffer b2)`: every element of an array is in a buffer object.
    AllOf {
        /// The array.
        array: String,
        /// The buffer object.
        owner: String,
    },
}

/// Elements of one array as a NumPy expression: `name.reshape(..)[..].T`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    /// The array's name.
    pub name: String,
    /// `.reshape(shape)` first, if any.
    pub reshape: Option<Vec<usize>>,
    /// The index, one item per axis (`None`: no brackets, the whole array).
    pub axes: Option<Vec<Axis>>,
    /// `.T` (`Some(vec![])`: reverse every axis) or `.transpose(order)`.
    pub transpose: Option<Vec<usize>>,
}

/// One item of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    /// `3`: one position; the axis goes.
    Index(i64),
    /// `start:stop:step`, each part optional.
    Slice(Option<i64>, Option<i64>, Option<i64>),
}

/// One element: `m[1, 2]`, or a bare name for a 0-d array.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// The array's name.
    pub name: String,
    /// Its multi-index.
    pub index: Vec<usize>,
}

/// A note in parentheses after a claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// `each element of b appears 4 times in a`.
    Repeats {
        /// The name whose elements repeat.
        of: String,
        /// How many times.
        times: usize,
        /// The name they repeat in.
        within: String,
    },
    /// `by bytes: a has 8-byte items, r has 4-byte items` (or the same size, not aligned).
    Bytes {
        /// First name and its item size (`None` in the "not aligned" form).
        a: Option<(String, usize)>,
        /// Second name and its item size (in the "not aligned" form, the common size).
        b: Option<(String, usize)>,
        /// The common size in the "not aligned" form.
        same: Option<usize>,
    },
    /// `axes walked in a different order`.
    Reordered,
    /// `7 pairs in all: 7 elements of v, 7 of a`.
    Totals {
        /// Number of pairs.
        pairs: usize,
        /// Elements of the first name, and the name.
        a: (usize, String),
        /// Elements of the second name, and the name.
        b: (usize, String),
    },
}

/// Reads an overlap claim.
pub fn claim(text: &str) -> Result<Claim, String> {
    if let Some(rest) = text.strip_prefix("all of ") {
        return all_of(rest).ok_or_else(|| format!("unreadable `all of` claim {text:?}"));
    }
    let (body, notes) = split_notes(text)?;
    let parts = split_top(body, ", ");
    let more = parts.last() == Some(&"…");
    let shown = &parts[..parts.len() - usize::from(more)];
    if shown.len() == 1 && !more {
        let (a, b) = two_sides(shown[0], selection)?;
        return Ok(Claim::Block { a, b, notes });
    }
    let pairs = shown
        .iter()
        .map(|part| two_sides(part, element))
        .collect::<Result<_, _>>()?;
    Ok(Claim::Pairs { pairs, more, notes })
}

/// Reads a `seen_by` place: a selection, maybe with notes (`a[1] (by bytes: …)`).
pub fn place(text: &str) -> Result<(Selection, Vec<Note>), String> {
    let (body, notes) = split_notes(text)?;
    Ok((selection(body)?, notes))
}

fn all_of(rest: &str) -> Option<Claim> {
    let (array, rest) = rest.split_once(" (it is ")?;
    let (owner, rest) = rest.split_once("'s buffer ")?;
    let id = rest.strip_suffix(')')?;
    let valid = is_name(array) && is_name(owner) && id.starts_with('b');
    valid.then(|| Claim::AllOf {
        array: array.to_string(),
        owner: owner.to_string(),
    })
}

/// `(body, notes)`: notes are a final parenthesis preceded by a space.
fn split_notes(text: &str) -> Result<(&str, Vec<Note>), String> {
    let Some(open) = text.ends_with(')').then(|| matching_open(text)).flatten() else {
        return Ok((text, vec![]));
    };
    if open == 0 || !text[..open].ends_with(' ') {
        return Ok((text, vec![]));
    }
    let inside = &text[open + 1..text.len() - 1];
    let notes = inside.split("; ").map(note).collect::<Result<_, _>>()?;
    Ok((&text[..open - 1], notes))
}

/// The byte position of the `(` matching the final `)`.
fn matching_open(text: &str) -> Option<usize> {
    let mut depth = 0;
    for (at, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 1 => return Some(at),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// `text` split at `separator` outside brackets and parentheses.
fn split_top<'t>(text: &'t str, separator: &str) -> Vec<&'t str> {
    let (mut parts, mut depth, mut start) = (vec![], 0i32, 0);
    for (at, c) in text.char_indices() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' => depth -= 1,
            _ if depth == 0 && text[at..].starts_with(separator) && at >= start => {
                parts.push(&text[start..at]);
                start = at + separator.len();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn two_sides<T>(text: &str, side: impl Fn(&str) -> Result<T, String>) -> Result<(T, T), String> {
    let (a, b) = text
        .split_once(" ↔ ")
        .ok_or_else(|| format!("no ` ↔ ` in {text:?}"))?;
    Ok((side(a)?, side(b)?))
}

/// `name.reshape(2, 3)[0:2, 1].T` and its simpler forms.
pub fn selection(text: &str) -> Result<Selection, String> {
    let bad = || format!("unreadable selection {text:?}");
    let end = text.find(['.', '[']).unwrap_or(text.len());
    let (name, mut rest) = text.split_at(end);
    if !is_name(name) {
        return Err(bad());
    }
    let mut found = Selection {
        name: name.to_string(),
        reshape: None,
        axes: None,
        transpose: None,
    };
    if let Some(after) = rest.strip_prefix(".reshape(") {
        let (inside, tail) = after.split_once(')').ok_or_else(bad)?;
        found.reshape = Some(ints(inside).ok_or_else(bad)?);
        rest = tail;
    }
    if let Some(after) = rest.strip_prefix('[') {
        let (inside, tail) = after.split_once(']').ok_or_else(bad)?;
        let items = inside.split(", ").map(axis).collect::<Option<_>>();
        found.axes = Some(items.ok_or_else(bad)?);
        rest = tail;
    }
    found.transpose = match rest {
        "" => None,
        ".T" => Some(vec![]),
        _ => {
            let inside = rest
                .strip_prefix(".transpose(")
                .and_then(|r| r.strip_suffix(')'));
            Some(inside.and_then(ints).ok_or_else(bad)?)
        }
    };
    Ok(found)
}

fn axis(text: &str) -> Option<Axis> {
    if !text.contains(':') {
        return text.parse().ok().map(Axis::Index);
    }
    let parts: Vec<&str> = text.split(':').collect();
    let part = |i: usize| -> Option<Option<i64>> {
        match parts.get(i).copied() {
            None | Some("") => Some(None),
            Some(number) => number.parse().ok().map(Some),
        }
    };
    (parts.len() <= 3).then_some(())?;
    Some(Axis::Slice(part(0)?, part(1)?, part(2)?))
}

/// `m[1, 2]` or `m`.
fn element(text: &str) -> Result<Element, String> {
    let bad = || format!("unreadable element {text:?}");
    let (name, index) = match text.split_once('[') {
        None => (text, vec![]),
        Some((name, rest)) => {
            let inside = rest.strip_suffix(']').ok_or_else(bad)?;
            (name, ints(inside).ok_or_else(bad)?)
        }
    };
    match is_name(name) {
        true => Ok(Element {
            name: name.to_string(),
            index,
        }),
        false => Err(bad()),
    }
}

fn note(text: &str) -> Result<Note, String> {
    let bad = || format!("unreadable note {text:?}");
    if text == "axes walked in a different order" {
        return Ok(Note::Reordered);
    }
    if let Some(rest) = text.strip_prefix("each element of ") {
        let (of, rest) = rest.split_once(" appears ").ok_or_else(bad)?;
        let (times, within) = rest.split_once(" times in ").ok_or_else(bad)?;
        let times = times.parse().map_err(|_| bad())?;
        let (of, within) = (of.to_string(), within.to_string());
        return Ok(Note::Repeats { of, times, within });
    }
    if let Some(rest) = text.strip_prefix("by bytes: ") {
        return bytes_note(rest).ok_or_else(bad);
    }
    totals(text).ok_or_else(bad)
}

fn bytes_note(rest: &str) -> Option<Note> {
    if let Some(size) = rest.strip_prefix("the ") {
        let size = size.strip_suffix("-byte items are not aligned with each other")?;
        let same = Some(size.parse().ok()?);
        return Some(Note::Bytes {
            a: None,
            b: None,
            same,
        });
    }
    let (first, second) = rest.split_once(", ")?;
    let side = |text: &str| -> Option<(String, usize)> {
        let (name, size) = text.split_once(" has ")?;
        let size = size.strip_suffix("-byte items")?.parse().ok()?;
        Some((name.to_string(), size))
    };
    Some(Note::Bytes {
        a: Some(side(first)?),
        b: Some(side(second)?),
        same: None,
    })
}

fn totals(text: &str) -> Option<Note> {
    let (pairs, rest) = text.split_once(" pairs in all: ")?;
    let (first, second) = rest.split_once(", ")?;
    let (count_a, name_a) = first.split_once(" elements of ")?;
    let (count_b, name_b) = second.split_once(" of ")?;
    Some(Note::Totals {
        pairs: pairs.parse().ok()?,
        a: (count_a.parse().ok()?, name_a.to_string()),
        b: (count_b.parse().ok()?, name_b.to_string()),
    })
}

/// `2, 3` as numbers.
fn ints(text: &str) -> Option<Vec<usize>> {
    text.split(", ").map(|part| part.parse().ok()).collect()
}

/// A Python identifier (ASCII is all the generator uses).
fn is_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_read_with_reshapes_transposes_and_notes() {
        let Claim::Block { a, b, notes } =
            claim("mt[0:4, 0:3] ↔ m[0:3, 0:4].T (axes walked in a different order)").unwrap()
        else {
            panic!("a block")
        };
        assert_eq!(a.name, "mt");
        assert_eq!(b.transpose, Some(vec![]));
        assert_eq!(notes, [Note::Reordered]);
        let c = claim("a.reshape(3, 4)[::2, 1:] ↔ b[2::-1]").unwrap();
        let Claim::Block { a, b, .. } = c else {
            panic!("a block")
        };
        assert_eq!(a.reshape, Some(vec![3, 4]));
        assert_eq!(b.axes, Some(vec![Axis::Slice(Some(2), None, Some(-1))]));
    }

    #[test]
    fn pair_lists_and_totals_read() {
        let text = "v[0] ↔ a[0], v[1] ↔ a[2], … (7 pairs in all: 7 elements of v, 7 of a)";
        let Claim::Pairs { pairs, more, notes } = claim(text).unwrap() else {
            panic!("pairs")
        };
        assert_eq!(pairs.len(), 2);
        assert!(more);
        assert!(matches!(&notes[0], Note::Totals { pairs: 7, .. }));
    }

    #[test]
    fn byte_notes_and_buffers_read() {
        let text = "r[0:4] ↔ a[1:3] (by bytes: r has 4-byte items, a has 8-byte items)";
        let Claim::Block { notes, .. } = claim(text).unwrap() else {
            panic!("a block")
        };
        let sizes = (Some(("r".to_string(), 4)), Some(("a".to_string(), 8)));
        assert!(matches!(&notes[0], Note::Bytes { a, b, .. } if (a.clone(), b.clone()) == sizes));
        let all = claim("all of e (it is ba's buffer b2)").unwrap();
        assert!(matches!(all, Claim::AllOf { ref owner, .. } if owner == "ba"));
        let (seen, notes) =
            place("a[1] (by bytes: _ has 4-byte items, a has 8-byte items)").unwrap();
        assert_eq!(seen.axes, Some(vec![Axis::Index(1)]));
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn other_text_is_an_error() {
        assert!(claim("no overlapping elements").is_err());
        assert!(claim("a[0:2] ↔ b[1:3] (some new note)").is_err());
        assert!(
            claim("irregular overlap (element count not computed for layouts this large)").is_err()
        );
    }
}
