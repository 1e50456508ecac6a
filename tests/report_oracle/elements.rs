//! Whether the element text of a sharing pair is true: the report's element map against
//! every overlapping element pair NumPy's addresses give.
//!
//! The truth is the set of pairs (element of x, element of y) whose bytes intersect. What a
//! text claims depends on its form ([`notation`](super::notation)):
//!
//! - a block without notes, or with only a repeat note: group `i` of one side is paired with
//!   group `i` of the other (groups are the block's elements in C order, broadcast axes set
//!   aside), which gives a set of pairs that must be the true set exactly; a repeat note's
//!   count must be how many elements of one side sit on each element of the other;
//! - a block with a byte note (item sizes differ or items are not aligned) or the
//!   reordered-axes note: only which elements of each side take part, which must be exactly
//!   the elements of each side in some true pair; the note's names and item sizes must be
//!   the pair's;
//! - a list of pairs: without `…`, exactly the true pairs; with `…`, the first true pairs (by
//!   the first side's C order, then the second's) and a totals note with the exact numbers
//!   of pairs and of elements on each side;
//! - `all of v (it is ba's buffer …)`: every element of `v`, and `ba` a buffer object.

use std::collections::BTreeSet;

use super::check::StepCheck;
use super::notation::{self, Claim, Element, Note, Selection};
use super::selection::{Picked, pick};
use super::truth::{Memory, overlapping_pairs};

/// Pairs of flat indices.
type Pairs = BTreeSet<(usize, usize)>;

/// Checks the element text `text` claimed (in `place`) for names `x` and `y`, which share.
pub fn check(step: &mut StepCheck, x: &str, y: &str, text: &str, place: &str) {
    let detail = |what: &str| format!("{place}, {x} and {y}: {text:?}: {what}");
    let claim = match notation::claim(text) {
        Ok(claim) => claim,
        Err(error) => return step.find("elements: unreadable text", detail(&error)),
    };
    let names = match &claim {
        Claim::Block { a, b, .. } => [a.name.clone(), b.name.clone()],
        Claim::Pairs { pairs, .. } => match pairs.first() {
            Some((a, b)) => [a.name.clone(), b.name.clone()],
            None => return step.find("elements: unreadable text", detail("no pairs")),
        },
        Claim::AllOf { array, owner } => [array.clone(), owner.clone()],
    };
    let expected = [x, y];
    if !(names == expected || names == [y, x]) {
        return step.find(
            "elements: the text names other arrays",
            detail("wrong names"),
        );
    }
    let (Some(first), Some(second)) = (step.memory(&names[0]), step.memory(&names[1])) else {
        return;
    };
    let (first, second) = (first.clone(), second.clone());
    let truth: Pairs = overlapping_pairs(&first, &second).into_iter().collect();
    let sides = Sides {
        names: &names,
        memories: [&first, &second],
        truth: &truth,
    };
    let problem = match &claim {
        Claim::Block { a, b, notes } => block(&sides, a, b, notes),
        Claim::Pairs { pairs, more, notes } => listed(&sides, pairs, *more, notes),
        Claim::AllOf { .. } => all_of(step, &sides),
    };
    if let Some((kind, what)) = problem {
        step.find(format!("elements: {kind}"), detail(&what));
    }
}

/// The two sides of a claim, in the text's order, with the true pairs between them.
struct Sides<'s> {
    names: &'s [String; 2],
    memories: [&'s Memory; 2],
    truth: &'s Pairs,
}

/// What is wrong: a kind (without names) and the particulars.
type Problem = Option<(&'static str, String)>;

impl Sides<'_> {
    /// The elements of side `s` in some true pair.
    fn true_side(&self, s: usize) -> BTreeSet<usize> {
        self.truth.iter().map(|&(a, b)| [a, b][s]).collect()
    }

    /// Compares the elements each side claims with the true ones.
    fn compare_sides(&self, claimed: [BTreeSet<usize>; 2]) -> Problem {
        for (s, which) in [
            (0, "wrong elements of the first array"),
            (1, "wrong elements of the second array"),
        ] {
            let expected = self.true_side(s);
            if claimed[s] != expected {
                let what = format!(
                    "{} claims {:?}, NumPy {:?}",
                    self.names[s], claimed[s], expected
                );
                return Some((which, what));
            }
        }
        None
    }

    /// Checks a byte note's names and item sizes.
    fn byte_note(&self, note: &Note) -> Problem {
        let Note::Bytes { a, b, same } = note else {
            return None;
        };
        let sizes = [self.memories[0].itemsize, self.memories[1].itemsize];
        let expected = (
            Some((self.names[0].clone(), sizes[0])),
            Some((self.names[1].clone(), sizes[1])),
        );
        let fine = match same {
            Some(size) => sizes == [*size, *size],
            None => (a.clone(), b.clone()) == expected && sizes[0] != sizes[1],
        };
        let named = same.is_some()
            || a.as_ref()
                .zip(b.as_ref())
                .is_some_and(|(a, b)| self.names.contains(&a.0) && self.names.contains(&b.0));
        match (fine, named) {
            (true, _) => None,
            (false, false) => Some(("the byte note names another array", format!("{note:?}"))),
            (false, true) => Some((
                "wrong item sizes in the byte note",
                format!("{note:?}, sizes {sizes:?}"),
            )),
        }
    }
}

/// A block claim; see the module documentation.
fn block(sides: &Sides, a: &Selection, b: &Selection, notes: &[Note]) -> Problem {
    let picked = |s: usize, selection: &Selection| pick(selection, &sides.memories[s].shape);
    let (picked_a, picked_b) = match (picked(0, a), picked(1, b)) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => return Some(("a selection NumPy cannot apply", e)),
    };
    if let Some(problem) = notes.iter().find_map(|note| sides.byte_note(note)) {
        return Some(problem);
    }
    let only_sets = notes
        .iter()
        .any(|n| matches!(n, Note::Bytes { .. } | Note::Reordered));
    let sets = [set(&picked_a), set(&picked_b)];
    if only_sets {
        return sides.compare_sides(sets);
    }
    let claimed = match matched(&picked_a, &picked_b) {
        Some(claimed) => claimed,
        None => {
            return Some((
                "blocks of different sizes",
                format!("{:?} and {:?}", picked_a.shape, picked_b.shape),
            ));
        }
    };
    if let Some(problem) = sides.compare_sides(sets) {
        return Some(problem);
    }
    if claimed != *sides.truth {
        let what = format!("pairs {claimed:?}, NumPy {:?}", sides.truth);
        return Some(("wrong element correspondence", what));
    }
    notes.iter().find_map(|note| repeats(sides, note))
}

/// The pairs a block claims: group `i` of one side with group `i` of the other.
fn matched(a: &Picked, b: &Picked) -> Option<Pairs> {
    let (groups_a, groups_b) = (a.groups(), b.groups());
    (groups_a.len() == groups_b.len()).then(|| {
        let zipped = groups_a.iter().zip(&groups_b);
        zipped
            .flat_map(|(xs, ys)| {
                xs.iter()
                    .flat_map(move |&x| ys.iter().map(move |&y| (x, y)))
            })
            .collect()
    })
}

/// A repeat note's count against the true pairs.
fn repeats(sides: &Sides, note: &Note) -> Problem {
    let Note::Repeats { of, times, within } = note else {
        return None;
    };
    let Some(s) = sides.names.iter().position(|name| name == of) else {
        return Some(("the repeat note names another array", format!("{note:?}")));
    };
    if sides.names[1 - s] != *within {
        return Some(("the repeat note names another array", format!("{note:?}")));
    }
    let counts: BTreeSet<usize> = sides
        .true_side(s)
        .into_iter()
        .map(|e| sides.truth.iter().filter(|&&p| [p.0, p.1][s] == e).count())
        .collect();
    (counts != BTreeSet::from([*times]))
        .then(|| ("wrong repeat count", format!("{note:?}; NumPy: {counts:?}")))
}

/// A list of pairs; see the module documentation.
fn listed(sides: &Sides, pairs: &[(Element, Element)], more: bool, notes: &[Note]) -> Problem {
    let mut shown = vec![];
    for (a, b) in pairs {
        if [&a.name, &b.name] != [&sides.names[0], &sides.names[1]] {
            return Some(("the text names other arrays", format!("{a:?} ↔ {b:?}")));
        }
        match (
            flat(&a.index, sides.memories[0]),
            flat(&b.index, sides.memories[1]),
        ) {
            (Some(x), Some(y)) => shown.push((x, y)),
            _ => return Some(("an element NumPy does not have", format!("{a:?} ↔ {b:?}"))),
        }
    }
    if let Some(problem) = notes.iter().find_map(|note| sides.byte_note(note)) {
        return Some(problem);
    }
    let truth: Vec<(usize, usize)> = sides.truth.iter().copied().collect();
    if !more {
        let claimed: Pairs = shown.into_iter().collect();
        return (claimed != *sides.truth).then(|| {
            (
                "wrong element pairs",
                format!("pairs {claimed:?}, NumPy {truth:?}"),
            )
        });
    }
    if truth.get(..shown.len()) != Some(&shown[..]) {
        return Some((
            "wrong first pairs",
            format!("first {shown:?}, NumPy {truth:?}"),
        ));
    }
    totals(sides, notes)
}

/// The totals note after `…`.
fn totals(sides: &Sides, notes: &[Note]) -> Problem {
    let expected = Note::Totals {
        pairs: sides.truth.len(),
        a: (sides.true_side(0).len(), sides.names[0].clone()),
        b: (sides.true_side(1).len(), sides.names[1].clone()),
    };
    match notes.iter().find(|n| matches!(n, Note::Totals { .. })) {
        Some(note) if *note == expected => None,
        Some(note) => Some(("wrong totals", format!("{note:?}, NumPy {expected:?}"))),
        None => Some((
            "wrong totals",
            format!("no totals note, NumPy {expected:?}"),
        )),
    }
}

/// `all of v (it is ba's buffer …)`.
fn all_of(step: &StepCheck, sides: &Sides) -> Problem {
    let (array, owner) = (&sides.names[0], &sides.names[1]);
    if step.kind_of(array) != "array" || step.kind_of(owner) == "array" {
        return Some((
            "`all of` names an array as the buffer",
            format!("{array}, {owner}"),
        ));
    }
    let all: BTreeSet<usize> = (0..sides.memories[0].size()).collect();
    let expected = sides.true_side(0);
    (all != expected).then(|| {
        let what = format!(
            "all of {array}, NumPy: elements {expected:?} of {}",
            all.len()
        );
        ("wrong elements of the first array", what)
    })
}

/// The flat positions a picked block covers.
fn set(picked: &Picked) -> BTreeSet<usize> {
    picked.flat.iter().copied().collect()
}

/// The C-order position of `index` in an array, if it has that element.
fn flat(index: &[usize], memory: &Memory) -> Option<usize> {
    if index.len() != memory.shape.len() {
        return None;
    }
    let inside = index.iter().zip(&memory.shape).all(|(&i, &len)| i < len);
    inside.then(|| {
        index
            .iter()
            .zip(&memory.shape)
            .fold(0, |flat, (&i, &len)| flat * len + i)
    })
}
